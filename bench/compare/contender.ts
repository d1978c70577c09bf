import type { EventToAppend } from '#app/eventsourcing';
import type { Tally } from '../support/events.js';

/** One implementation in the side-by-side: append one event at a known revision, read a stream back and fold it. */
export interface Contender {
  readonly name: string;
  /** `revision` is the 0-based revision the event gets (the stream holds `revision` events before it). */
  append(stream: string, revision: number, event: EventToAppend): Promise<void>;
  readAndFold(stream: string): Promise<Tally>;
  close(): Promise<void>;
}
