import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EventStore } from '#app/event-store';
import { ProjectionRunner } from '#app/read-store';
import { Public } from '../auth/public.decorator.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly events: EventStore,
    private readonly projections: ProjectionRunner,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ operationId: 'GetHealth', summary: 'Liveness, the event log head and projection lag' })
  async health() {
    const head = await this.events.headPosition();
    const projections = (await this.projections.status()).map((p) => ({ name: p.name, checkpoint: p.checkpoint, lag: p.lag, parked: p.parked, rebuilding: p.rebuilding }));
    return { status: 'ok', eventStore: { headPosition: head }, projections };
  }
}
