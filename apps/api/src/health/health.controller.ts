import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, type HealthCheckResult, type HealthIndicatorResult } from '@nestjs/terminus';
import { EventStore } from '#app/event-store';
import { ServiceUnavailableError } from '#app/eventsourcing';
import type { AppConfig } from '#app/platform';
import { ProjectionRunner, ReadStore } from '#app/read-store';
import { Public } from '../auth/public.decorator.js';
import { HttpLifecycle } from '../http/http-server.js';
import { APP_CONFIG } from '../infrastructure/tokens.js';
import { Route } from '../openapi/route-docs.js';
import { HealthDetailResponse, LivenessResponse, ReadinessResponse } from './health.responses.js';

const CHECK_TIMEOUT_MS = 3000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly events: EventStore,
    private readonly readStore: ReadStore,
    private readonly projections: ProjectionRunner,
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly lifecycle: HttpLifecycle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @Route({
    operationId: 'GetHealth',
    summary: 'The event log head and each projection’s lag (a detail view; probes use /health/live and /health/ready)',
    description: 'Public. Always 200 while both stores answer, however far the projections lag; 503 when a store does not answer.',
    ok: { description: 'The detail', type: HealthDetailResponse },
  })
  async detail() {
    const head = await this.events.headPosition();
    const projections = (await this.projections.status()).map((p) => ({ name: p.name, checkpoint: p.checkpoint, lag: p.lag, lagAtLeast: p.lagAtLeast, parked: p.parked, rebuilding: p.rebuilding }));
    return { status: 'ok', eventStore: { headPosition: head }, projections };
  }

  @Get('live')
  @Public()
  @Route({
    operationId: 'GetLiveness',
    summary: 'Liveness: 200 while the process serves requests',
    description: 'Public. For a liveness probe: touches no store, so a store outage does not restart the process.',
    ok: { description: 'The process is alive', type: LivenessResponse },
    errors: { 503: 'The server is shutting down (SERVER.SHUTTING_DOWN)' },
  })
  live() {
    return this.health.check([() => this.indicators.check('process').up({ pid: process.pid, uptimeSeconds: Math.round(process.uptime()) })]);
  }

  @Get('ready')
  @Public()
  @Route({
    operationId: 'GetReadiness',
    summary: 'Readiness: both stores answer and every projection and process is within HEALTH_MAX_PROJECTION_LAG events of the log',
    description: 'Public. For a readiness probe: 200 with each check, or 503 HEALTH.NOT_READY with each check (up or down, with the reason) in `details.checks` (`projections` with the catch-up progress of the one furthest behind); also 503 while shutting down.',
    ok: { description: 'Ready', type: ReadinessResponse },
    errors: { 503: 'Not ready (HEALTH.NOT_READY, each check in `details.checks`), or shutting down (SERVER.SHUTTING_DOWN)' },
  })
  async ready() {
    try {
      return await this.health.check([
        () => this.server(),
        () => this.indicators.check('eventStore').attempt(async () => ({ headPosition: await this.events.headPosition() })).withTimeout(CHECK_TIMEOUT_MS),
        () => this.indicators.check('readStore').attempt(() => this.readStore.ping()).withTimeout(CHECK_TIMEOUT_MS),
        () => this.projectionLag(),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const result = error.getResponse() as HealthCheckResult;
      const failing = Object.keys(result.error ?? {});
      throw new ServiceUnavailableError('HEALTH.NOT_READY', `Not ready: ${failing.join(', ')} ${failing.length === 1 ? 'is' : 'are'} down`, { checks: result.details });
    }
  }

  private server(): HealthIndicatorResult<'server'> {
    const check = this.indicators.check('server');
    return this.lifecycle.shuttingDown ? check.down({ reason: 'shutting down' }) : check.up();
  }

  /** Every projection and process within HEALTH_MAX_PROJECTION_LAG of the log, with the catch-up progress of the one furthest behind. */
  private async projectionLag(): Promise<HealthIndicatorResult<'projections'>> {
    const check = this.indicators.check('projections');
    let catchUp;
    try {
      catchUp = await this.projections.catchUpProgress(this.config.healthMaxProjectionLag);
    } catch (error) {
      return check.down({ reason: error instanceof Error ? error.message : String(error) });
    }
    const { maxLag, worstLag, headPosition, slowestCheckpoint, progress, parked } = catchUp;
    const behind = catchUp.behind.map(({ name, lag }) => ({ name, lag }));
    const data = { maxLag, worstLag, parked, progress, headPosition, slowestCheckpoint, ...(behind.length > 0 ? { behind } : {}) };
    return catchUp.caughtUp ? check.up(data) : check.down(data);
  }
}
