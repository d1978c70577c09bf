import { Inject, Injectable, Logger, Module, type OnModuleDestroy } from '@nestjs/common';
import { ChangeFeed, ProjectionRunner } from '#app/read-store';
import { EventStreams } from './event-streams.js';
import { EventTickets } from './event-tickets.js';
import { EventsController } from './events.controller.js';

/** Stops following the projections' changes when the app shuts down. */
@Injectable()
class ChangeFeedLifecycle implements OnModuleDestroy {
  constructor(@Inject(ChangeFeed) private readonly feed: ChangeFeed) {}

  onModuleDestroy() {
    return this.feed.close();
  }
}

@Module({
  controllers: [EventsController],
  providers: [
    { provide: ChangeFeed, useFactory: (runner: ProjectionRunner) => new ChangeFeed(runner, { logger: new Logger('Live') }), inject: [ProjectionRunner] },
    ChangeFeedLifecycle,
    EventStreams,
    EventTickets,
  ],
})
export class LiveModule {}
