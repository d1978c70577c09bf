import { commandExecutor, type Actor, type Decider, type DomainError, type Event, type StreamAccess } from '#app/eventsourcing';
import { historyPage, type HistoryPage } from './history-page.js';
import { requireReadableRow, requireReadableTeam } from './read-access.js';

export interface ReadableStream<S> {
  state: S;
  /** The revision and global position of the stream's last event (its ETag and read-your-writes position). */
  revision: number;
  position: number;
}

export interface StreamReader<S = unknown> {
  actor: Actor;
  /** Names the rows in the refusal, e.g. `plans`. */
  what: string;
  notFound: () => DomainError;
  /** For a stream that is one salesperson's row (a prospect): whose it is (null: nobody's yet); a salesperson reads only their own. */
  salespersonOf?: (state: S) => string | null;
}

type Model<S, E extends Event> = Pick<Decider<never, S, E>, 'evolve' | 'initialState' | 'version'>;

/**
 * A stream's state for one reader, from the command path's folded states (only events after the
 * cached revision or the snapshot are read): `notFound` while the state is still `none`,
 * AUTH.TEAM_FORBIDDEN when the reader may not read the state's team, AUTH.OWN_ROWS_ONLY when it is
 * another salesperson's row.
 */
export async function readableStream<S extends { status: string }, E extends Event>(
  store: StreamAccess,
  decider: Model<S, E>,
  streamName: string,
  reader: StreamReader<Exclude<S, { status: 'none' }>>,
): Promise<ReadableStream<Exclude<S, { status: 'none' }>>> {
  const { state, revision, position } = await commandExecutor(store).load(decider, streamName);
  if (state.status === 'none') throw reader.notFound();
  const found = state as Exclude<S, { status: 'none' }> & { team: string };
  requireReadableTeam(reader.actor, found.team, reader.what);
  if (reader.salespersonOf) requireReadableRow(reader.actor, reader.salespersonOf(found), reader.what);
  return { state: found, revision, position };
}

/** A page of the stream's events from `fromRevision` for a reader allowed to read the stream; reads only that page. */
export async function readableHistory<S extends { status: string }, E extends Event>(
  store: StreamAccess,
  decider: Model<S, E>,
  streamName: string,
  reader: StreamReader<Exclude<S, { status: 'none' }>>,
  fromRevision: number,
  limit: number,
): Promise<HistoryPage> {
  await readableStream(store, decider, streamName, reader);
  return historyPage(await store.readStream(streamName, { fromRevision, maxCount: limit + 1 }), fromRevision, limit);
}
