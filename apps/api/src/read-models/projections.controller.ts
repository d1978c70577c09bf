import { Controller, Get, HttpCode, Logger, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiQuery, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ForbiddenError, NotFoundError, ValidationError, type Actor } from '#app/eventsourcing';
import { ProjectionRunner } from '#app/read-store';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { OperatorRoute } from '../openapi/route-docs.js';
import { ParkedEventPageResponse, ProcessStatusResponse, ProjectionStatusResponse, RebuildStartedResponse, RetriedParkedEventResponse } from './projections.responses.js';
import { NoFields } from '../http/validation.js';

/** Operations on projections: lag, parked (poison) events and their retry. Auditors and managers. */
function requireOperator(actor: Actor): void {
  if (!actor.roles.includes('auditor') && !actor.roles.includes('manager')) {
    throw new ForbiddenError('AUTH.ROLE_REQUIRED', 'Projection operations need the auditor or manager role', { requiredRole: 'auditor|manager' });
  }
}

const position = new ParseIntPipe({
  exceptionFactory: () => new ValidationError('REQUEST.INVALID_PATH', 'position must be an integer', [{ field: 'position', messages: ['an integer'] }]),
});

@ApiTags('projections')
@ApiBearerAuth()
@Controller('projections')
export class ProjectionsController {
  private readonly logger = new Logger('Projections');
  private readonly rebuilds = new Map<string, Promise<void>>();

  constructor(private readonly runner: ProjectionRunner) {}

  private known(name: string, names: readonly string[] = [...this.runner.names, ...this.runner.processNames]): void {
    if (!names.includes(name)) {
      throw new NotFoundError('PROJECTION.NOT_FOUND', `No projection named ${name}`, { projection: name });
    }
  }

  @Get()
  @OperatorRoute(
    'GetProjectionStatus',
    'Per projection: checkpoint, head, lag (events behind), parked count, rebuild state; then per event-driven process (kind: process): checkpoint, head, lag, parked count',
    {
      description: 'The projections, then the processes',
      schema: { type: 'array', items: { oneOf: [{ $ref: getSchemaPath(ProjectionStatusResponse) }, { $ref: getSchemaPath(ProcessStatusResponse) }] } },
    },
    {},
    [ProjectionStatusResponse, ProcessStatusResponse],
  )
  async status(@CurrentActor() actor: Actor) {
    requireOperator(actor);
    return [...(await this.runner.status()), ...(await this.runner.processStatus())];
  }

  @Get('parked')
  @OperatorRoute('ListParkedEvents', 'Events a projection or process could not apply, with their error', { description: 'The parked events', type: ParkedEventPageResponse }, { 404: 'No projection or process of that name (PROJECTION.NOT_FOUND)' })
  @ApiQuery({ name: 'projection', required: false, type: String, description: 'One projection’s or process’s parked events; all when absent' })
  async parked(@CurrentActor() actor: Actor, @Query('projection') projection?: string) {
    requireOperator(actor);
    if (projection !== undefined) this.known(projection);
    return { items: await this.runner.listParked(projection) };
  }

  @Post(':name/parked/:position/retry')
  @HttpCode(200)
  @OperatorRoute('RetryParkedEvent', 'Re-applies a parked event (after a fix); 409 if it fails again', { description: 'Applied: the parking record is gone', type: RetriedParkedEventResponse }, {
    400: 'position is not an integer (REQUEST.INVALID_PATH)',
    404: 'No projection or process of that name (PROJECTION.NOT_FOUND), or nothing parked at that position (PROJECTION.PARKED_NOT_FOUND)',
    409: 'It failed again (PROJECTION.RETRY_FAILED, the record keeps the new error), the record belongs to another version of the projection (PROJECTION.VERSION_MISMATCH), or another process applies it (PROJECTION.LEASE_HELD)',
  })
  @ApiParam({ name: 'name', description: 'A projection or process name' })
  @ApiParam({ name: 'position', schema: { type: 'integer', minimum: 0 }, description: 'The parked event’s global position' })
  async retry(@CurrentActor() actor: Actor, @Param('name') name: string, @Param('position', position) at: number, @NoFields() _body: void) {
    requireOperator(actor);
    this.known(name);
    await this.runner.retryParked(name, at);
    return { projection: name, position: at, retried: true };
  }

  @Post(':name/rebuild')
  @HttpCode(202)
  @OperatorRoute(
    'RebuildProjection',
    'Rebuilds the projection from the start of the log into a fresh collection while the current one keeps serving reads, then switches; answers 202 once it is under way (progress: `rebuild` in GET /api/projections)',
    { status: 202, description: 'Under way (or already done, `rebuilding: false`)', type: RebuildStartedResponse },
    { 404: 'No projection of that name (PROJECTION.NOT_FOUND; processes are not rebuilt)', 409: 'Another process applies the projection (PROJECTION.LEASE_HELD): ask that one' },
  )
  @ApiParam({ name: 'name', schema: { allOf: [{ $ref: '#/components/schemas/ProjectionName' }] } })
  async rebuild(@CurrentActor() actor: Actor, @Param('name') name: string, @NoFields() _body: void) {
    requireOperator(actor);
    this.known(name, this.runner.names);
    let run = this.rebuilds.get(name);
    if (!run) {
      const started = performance.now();
      run = this.runner.rebuild(name);
      this.rebuilds.set(name, run);
      run.then(
        async () => this.logger.log(`Projection ${name}: rebuilt on request in ${((performance.now() - started) / 1000).toFixed(1)} s; now serving ${await this.runner.activeCollection(name)}`),
        (error: unknown) => this.logger.error(`Projection ${name}: the requested rebuild failed: ${error instanceof Error ? error.message : String(error)}`),
      ).finally(() => this.rebuilds.delete(name));
    }
    // Answer once the rebuild is under way (or has failed to start, e.g. on another process's lease).
    let settled = false;
    const outcome = run.then(() => (settled = true), (error: unknown) => ((settled = true), Promise.reject(error)));
    outcome.catch(() => undefined);
    while (!settled && !(await this.runner.status()).find((s) => s.name === name)?.rebuilding) await new Promise((resolve) => setTimeout(resolve, 10));
    if (settled) await outcome;
    return { projection: name, rebuilding: !settled, progress: '/api/projections' };
  }
}
