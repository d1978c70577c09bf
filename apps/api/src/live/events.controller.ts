import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { decodeJwt } from 'jose';
import type { Actor } from '#app/eventsourcing';
import { bearerToken, type AuthenticatedRequest } from '../auth/auth.guard.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Public } from '../auth/public.decorator.js';
import { ChangeFeed } from '#app/read-store';
import { EventStreams, type StreamReply, type StreamRequest } from './event-streams.js';
import { EventTickets } from './event-tickets.js';
import { EventStreamRequest } from './events.requests.js';
import { NoFields } from '../http/validation.js';

/** Live read models: tell open dashboards which documents of the projections they show have changed. */
@ApiTags('live')
@Controller('events')
export class EventsController {
  constructor(
    private readonly tickets: EventTickets,
    private readonly streams: EventStreams,
    private readonly feed: ChangeFeed,
  ) {}

  @Post('tickets')
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiOperation({ operationId: 'CreateEventStreamTicket', summary: 'A one-time ticket (60 s) for GET /api/events/stream, which an EventSource opens without headers' })
  issue(@CurrentActor() actor: Actor, @Req() request: AuthenticatedRequest, @NoFields() _body: void) {
    const { exp } = decodeJwt(bearerToken(request));
    return this.tickets.issue(actor, typeof exp === 'number' ? exp : null);
  }

  @Get('stream')
  @Public()
  @ApiProduces('text/event-stream')
  @ApiOperation({
    operationId: 'StreamReadModelChanges',
    summary:
      'Server-sent events: `ready` {projections, ignored, positions}, then `change` {projection, position, reset, ids, teams} whenever a listed projection commits documents of a team the ticket holder may read, and `expired` when their token expires. Names this server has no projection for are ignored and listed in `ready`.',
  })
  async stream(@Query() query: EventStreamRequest, @Req() request: StreamRequest, @Res() reply: StreamReply) {
    const grant = await this.tickets.redeem(query.ticket);
    const known = new Set(await this.feed.projectionNames());
    const requested = [...new Set(query.projections.split(','))];
    const projections = requested.filter((p) => known.has(p));
    const ignored = requested.filter((p) => !known.has(p));
    await this.streams.start(request, reply, grant, projections, ignored);
  }
}
