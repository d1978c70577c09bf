import type { EventStore } from '#app/event-store';
import type { EventToAppend } from '#app/eventsourcing';
import { emptyTally, tally, type Tally } from '../support/events.js';
import type { Contender } from './contender.js';
import { RawGroupCommit } from './raw-group-commit.js';

/** Our store (bare or as production composes it) through the EventStore port. */
export class SalesflowContender implements Contender {
  constructor(
    readonly name: string,
    private readonly store: EventStore,
  ) {}

  async append(stream: string, revision: number, event: EventToAppend): Promise<void> {
    await this.store.append(stream, [event], { expectedRevision: revision === 0 ? 'no_stream' : revision - 1 });
  }

  async readAndFold(stream: string): Promise<Tally> {
    let state = emptyTally();
    for (const e of await this.store.readStream(stream)) state = tally(state, e.data);
    return state;
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** The ceiling: raw inserts into the store's table with its settings and its same-turn group commit, no checks. */
export class RawContender implements Contender {
  constructor(
    readonly name: string,
    private readonly raw: RawGroupCommit,
  ) {}

  append(stream: string, revision: number, event: EventToAppend): Promise<void> {
    return this.raw.append(stream, revision, event);
  }

  async readAndFold(stream: string): Promise<Tally> {
    return this.raw.readAndTally(stream);
  }

  async close(): Promise<void> {
    this.raw.close();
  }
}
