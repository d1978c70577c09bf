import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ForbiddenError, NotFoundError, ValidationError, type Actor } from '#app/eventsourcing';
import { ProjectionRunner } from '#app/read-store';
import { CurrentActor } from '../auth/current-actor.decorator.js';

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
  constructor(private readonly runner: ProjectionRunner) {}

  private known(name: string): void {
    if (![...this.runner.names, ...this.runner.processNames].includes(name)) {
      throw new NotFoundError('PROJECTION.NOT_FOUND', `No projection named ${name}`, { projection: name });
    }
  }

  @Get()
  @ApiOperation({ operationId: 'GetProjectionStatus', summary: 'Per projection: checkpoint, head, lag (events behind), parked count, rebuild state; then per event-driven process (kind: process): checkpoint, head, lag, parked count' })
  async status(@CurrentActor() actor: Actor) {
    requireOperator(actor);
    return [...(await this.runner.status()), ...(await this.runner.processStatus())];
  }

  @Get('parked')
  @ApiOperation({ operationId: 'ListParkedEvents', summary: 'Events a projection or process could not apply, with their error' })
  @ApiQuery({ name: 'projection', required: false })
  async parked(@CurrentActor() actor: Actor, @Query('projection') projection?: string) {
    requireOperator(actor);
    if (projection !== undefined) this.known(projection);
    return { items: await this.runner.listParked(projection) };
  }

  @Post(':name/parked/:position/retry')
  @HttpCode(200)
  @ApiOperation({ operationId: 'RetryParkedEvent', summary: 'Re-applies a parked event (after a fix); 409 if it fails again' })
  async retry(@CurrentActor() actor: Actor, @Param('name') name: string, @Param('position', position) at: number) {
    requireOperator(actor);
    this.known(name);
    await this.runner.retryParked(name, at);
    return { projection: name, position: at, retried: true };
  }
}
