import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EventStore } from '#app/event-store';
import { ServiceUnavailableError } from '#app/eventsourcing';
import type { AppConfig } from '#app/platform';
import { ProjectionRunner } from '#app/read-store';
import { Public } from '../auth/public.decorator.js';
import { APP_CONFIG } from '../infrastructure/tokens.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly events: EventStore,
    private readonly projections: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ operationId: 'GetHealth', summary: 'Liveness, the event log head and projection lag' })
  async health() {
    const head = await this.events.headPosition();
    const projections = (await this.projections.status()).map((p) => ({ name: p.name, checkpoint: p.checkpoint, lag: p.lag, parked: p.parked, rebuilding: p.rebuilding }));
    return { status: 'ok', eventStore: { headPosition: head }, projections };
  }

  @Get('live')
  @Public()
  @ApiOperation({ operationId: 'GetLiveness', summary: 'Liveness: 200 while the process answers, also while it catches up' })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiOperation({
    operationId: 'GetReadiness',
    summary: 'Readiness: 200 once every projection and process is within HEALTH_MAX_PROJECTION_LAG events of the log; 503 HEALTH.NOT_READY with the catch-up progress before',
  })
  async ready() {
    const catchUp = await this.projections.catchUpProgress(this.config.healthMaxProjectionLag);
    if (!catchUp.caughtUp) {
      throw new ServiceUnavailableError('HEALTH.NOT_READY', `Catching up with the log: ${Math.floor(catchUp.progress * 100)} % applied, ${catchUp.behind.length} behind`, { catchUp });
    }
    return { status: 'ready', catchUp };
  }
}
