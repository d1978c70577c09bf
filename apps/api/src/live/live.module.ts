import { Module } from '@nestjs/common';
import { ALL_PROJECTIONS } from '#app/platform';
import { ChangeFeed, LIVE_PROJECTIONS } from './change-feed.js';
import { EventStreams } from './event-streams.js';
import { EventTickets } from './event-tickets.js';
import { EventsController } from './events.controller.js';

@Module({
  controllers: [EventsController],
  providers: [ChangeFeed, EventStreams, EventTickets, { provide: LIVE_PROJECTIONS, useValue: ALL_PROJECTIONS }],
})
export class LiveModule {}
