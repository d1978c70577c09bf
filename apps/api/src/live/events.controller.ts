import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { decodeJwt } from 'jose';
import type { Actor } from '#app/eventsourcing';
import { bearerToken, type AuthenticatedRequest } from '../auth/auth.guard.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Public } from '../auth/public.decorator.js';
import { ChangeFeed } from '#app/read-store';
import { EventStreams, type StreamReply, type StreamRequest } from './event-streams.js';
import { EventTickets } from './event-tickets.js';
import { EventStreamRequest } from './events.requests.js';
import { EventStreamTicketResponse } from './events.responses.js';
import { Route } from '../openapi/route-docs.js';
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
  @Route({
    operationId: 'CreateEventStreamTicket',
    summary: 'A one-time ticket (60 s) for GET /api/events/stream, which an EventSource opens without headers',
    description: 'Any signed-in user. The ticket carries the caller’s identity, is signed with a key of its own (never a valid bearer token), is redeemed once and lives 60 seconds, so the long-lived bearer token never appears in a URL.',
    ok: { status: 201, description: 'The ticket', type: EventStreamTicketResponse },
  })
  issue(@CurrentActor() actor: Actor, @Req() request: AuthenticatedRequest, @NoFields() _body: void) {
    const { exp } = decodeJwt(bearerToken(request));
    return this.tickets.issue(actor, typeof exp === 'number' ? exp : null);
  }

  @Get('stream')
  @Public()
  @Route({
    operationId: 'StreamReadModelChanges',
    summary: 'Server-sent events telling which documents of the listed projections changed, for the ticket holder’s teams',
    description:
      'Authenticated by the one-time `ticket` (an EventSource cannot send an Authorization header). First `retry: 3000`, then the event `ready` with data `{projections, ignored, positions, user, tokenExpiresAt}` (names this server has no projection for are ignored and listed); then `change` with data `{projection, position, reset, ids, teams}` (id: the position) whenever a listed projection commits documents of a team the ticket holder may read (`reset: true` after a rebuild: reload everything); a comment line every 15 s; and `expired` with data `{code: AUTH.TOKEN_EXPIRED, message}` when the bearer token the ticket was bought with expires, after which the stream ends. The stream also ends when the server shuts down or the client falls over 1 MB behind; reconnect with a new ticket.',
    ok: {
      description: 'The event stream (never ends by itself while the token is valid)',
      content: { 'text/event-stream': { schema: { type: 'string', description: 'text/event-stream framing: `event:`, `id:` and `data:` (JSON) lines, blank-line separated' } } },
    },
    errors: {
      400: 'A malformed ticket or projections list, or an unknown parameter (REQUEST.VALIDATION_FAILED)',
      401: 'The ticket is expired (AUTH.TICKET_EXPIRED), not valid (AUTH.TICKET_INVALID) or already used (AUTH.TICKET_USED)',
      503: 'The server is shutting down (LIVE.SHUTTING_DOWN, SERVER.SHUTTING_DOWN), or the read store is unavailable',
    },
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
