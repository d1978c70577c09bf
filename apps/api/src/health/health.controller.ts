import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EventStore } from '#app/event-store';
import { Public } from '../auth/public.decorator.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly events: EventStore) {}

  @Get()
  @Public()
  @ApiOperation({ operationId: 'GetHealth', summary: 'Liveness, the event log head and projection lag' })
  async health() {
    const head = await this.events.headPosition();
    return { status: 'ok', eventStore: { headPosition: head } };
  }
}
