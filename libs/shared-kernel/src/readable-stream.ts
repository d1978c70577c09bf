import { fold, type Actor, type Decider, type DomainError, type Event, type RecordedEvent, type StreamAccess } from '#app/eventsourcing';
import { requireReadableTeam } from './read-access.js';

export interface ReadableStream<S> {
  events: RecordedEvent[];
  state: S;
  /** The revision and global position of the stream's last event (its ETag and read-your-writes position). */
  revision: number;
  position: number;
}

/**
 * A stream read for one reader: its events and the state they fold to, `notFound` while the state is
 * still `none`, AUTH.TEAM_FORBIDDEN when the reader may not read the state's team (`what` names the rows).
 */
export async function readableStream<S extends { status: string }, E extends Event>(
  store: Pick<StreamAccess, 'readStream'>,
  decider: Pick<Decider<never, S, E>, 'evolve' | 'initialState'>,
  streamName: string,
  reader: { actor: Actor; what: string; notFound: () => DomainError },
): Promise<ReadableStream<Exclude<S, { status: 'none' }>>> {
  const events = await store.readStream(streamName);
  const state = fold(decider, events);
  if (state.status === 'none') throw reader.notFound();
  const found = state as Exclude<S, { status: 'none' }> & { team: string };
  requireReadableTeam(reader.actor, found.team, reader.what);
  const last = events[events.length - 1]!;
  return { events, state: found, revision: last.revision, position: last.position };
}
