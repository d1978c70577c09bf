import type Database from 'better-sqlite3';
import { COMMAND_RECORDED, ConcurrencyError, type AppendResult, type CommandOutcome, type CommandStamp, type ExpectedRevision, type RecordedCommand } from '#app/eventsourcing';
import { isConstraintViolation } from './sqlite-schema.js';

/** An event as it is stored: its id given or generated, data and metadata already JSON. */
export interface SerializedEvent {
  id: string;
  type: string;
  data: string;
  metadata: string;
}

export interface AppendRequest {
  streamName: string;
  events: SerializedEvent[];
  expectedRevision: ExpectedRevision;
  commands?: readonly CommandStamp[] | undefined;
}

/** The result of one append; `createdAt` is set when this call wrote the events (not for an idempotent replay). */
export interface AppendOutcome extends AppendResult {
  createdAt?: string;
}

interface CommandRow {
  stream_name: string;
  first_revision: number;
  last_revision: number;
  position: number;
  request_hash: string | null;
}

interface EventIdRow {
  event_id: string;
  revision: number;
  position: number;
}

/** Stream head revisions as seen inside one batch (null: no stream). */
type BatchHeads = Map<string, number | null>;

/** Thrown inside the optimistic pass to roll the whole batch back and run it again with savepoints. */
class RetryWithSavepoints extends Error {}

const MAX_REMEMBERED_HEADS = 100_000;

/**
 * Writes batches of appends, each batch in one IMMEDIATE transaction (one commit, one fsync),
 * each append with its own expected-revision check, idempotency and result.
 *
 * The optimistic pass trusts the remembered head revision of each stream and lets the
 * UNIQUE (stream_name, revision) constraint catch a head that another process moved: then the
 * transaction is rolled back and the batch runs again in the careful pass, which reads every head
 * from the database and puts each append in a savepoint.
 */
export class SqliteAppender {
  private readonly heads = new Map<string, number>();
  private readonly stmt: {
    streamHead: Database.Statement<[string], number | null>;
    eventsAfter: Database.Statement<[string, number, number], EventIdRow>;
    streamEventIds: Database.Statement<[string], EventIdRow>;
    insert: Database.Statement<[string, string, number, string, string, string, string]>;
    lastPosition: Database.Statement<[], number | null>;
    command: Database.Statement<[string], CommandRow>;
    insertCommand: Database.Statement<[string, string, number, number, number, string | null]>;
  };
  private readonly optimistic: (batch: readonly AppendRequest[], heads: BatchHeads) => (AppendOutcome | Error)[];
  private readonly careful: (batch: readonly AppendRequest[], heads: BatchHeads) => (AppendOutcome | Error)[];

  constructor(db: Database.Database) {
    this.stmt = {
      streamHead: db.prepare<[string], number | null>('SELECT MAX(revision) FROM events WHERE stream_name = ?').pluck(),
      eventsAfter: db.prepare('SELECT event_id, revision, position FROM events WHERE stream_name = ? AND revision > ? ORDER BY revision LIMIT ?'),
      streamEventIds: db.prepare('SELECT event_id, revision, position FROM events WHERE stream_name = ? ORDER BY revision'),
      insert: db.prepare(
        'INSERT INTO events (event_id, stream_name, revision, type, data, metadata, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      lastPosition: db.prepare<[], number | null>('SELECT MAX(position) FROM events').pluck(),
      command: db.prepare('SELECT stream_name, first_revision, last_revision, position, request_hash FROM commands WHERE command_id = ?'),
      insertCommand: db.prepare(
        'INSERT INTO commands (command_id, stream_name, first_revision, last_revision, position, request_hash) VALUES (?, ?, ?, ?, ?, ?)',
      ),
    };
    this.optimistic = db
      .transaction((batch: readonly AppendRequest[], heads: BatchHeads) => batch.map((r) => this.appendOptimistically(r, heads)))
      .immediate;
    const inSavepoint = db.transaction((r: AppendRequest) => this.appendCarefully(r));
    this.careful = db.transaction((batch: readonly AppendRequest[], heads: BatchHeads) =>
      batch.map((r) => {
        try {
          const result = inSavepoint(r);
          if (result.createdAt !== undefined) heads.set(r.streamName, result.nextExpectedRevision);
          return result;
        } catch (error) {
          if (error instanceof ConcurrencyError || isConstraintViolation(error)) return error as Error;
          throw error;
        }
      }),
    ).immediate;
  }

  /**
   * Commits the batch in one transaction. Returns one result or error per append, in order;
   * throws (and writes nothing) when the transaction itself fails, e.g. SQLITE_BUSY.
   */
  appendBatch(batch: readonly AppendRequest[]): (AppendOutcome | Error)[] {
    let heads: BatchHeads = new Map();
    let results: (AppendOutcome | Error)[];
    try {
      results = this.optimistic(batch, heads);
    } catch (error) {
      if (!(error instanceof RetryWithSavepoints)) throw error;
      heads = new Map();
      results = this.careful(batch, heads);
    }
    this.remember(heads);
    return results;
  }

  findCommand(commandId: string): RecordedCommand | null {
    const row = this.stmt.command.get(commandId);
    if (!row) return null;
    return {
      commandId,
      streamName: row.stream_name,
      requestHash: row.request_hash,
      outcome: { firstRevision: row.first_revision, lastRevision: row.last_revision, position: row.position },
    };
  }

  /** Forgets remembered heads, e.g. when a commit failed in a way that leaves them in doubt. */
  forget(): void {
    this.heads.clear();
  }

  private appendOptimistically(r: AppendRequest, heads: BatchHeads): AppendOutcome | Error {
    if (r.events.length === 0) return this.emptyAppend(r, heads);
    let current = heads.has(r.streamName) ? heads.get(r.streamName)! : (this.heads.get(r.streamName) ?? this.dbHead(r.streamName, heads));
    try {
      if (!satisfies(r.expectedRevision, current)) {
        current = this.dbHead(r.streamName, heads);
        if (!satisfies(r.expectedRevision, current)) return this.replayOf(r) ?? wrongRevision(r, current);
      } else if (!isExactExpectation(r.expectedRevision)) {
        const replay = this.replayOf(r);
        if (replay) return replay;
      }
      this.refuseRecordedCommands(r);
    } catch (error) {
      return error as Error;
    }
    try {
      const result = this.insert(r, current);
      heads.set(r.streamName, result.nextExpectedRevision);
      return result;
    } catch (error) {
      if (isConstraintViolation(error)) throw new RetryWithSavepoints();
      throw error;
    }
  }

  private appendCarefully(r: AppendRequest): AppendOutcome {
    const current = this.stmt.streamHead.get(r.streamName) ?? null;
    if (!satisfies(r.expectedRevision, current)) {
      const replay = this.replayOf(r);
      if (replay) return replay;
      throw wrongRevision(r, current);
    }
    if (!isExactExpectation(r.expectedRevision)) {
      const replay = this.replayOf(r);
      if (replay) return replay;
    }
    if (r.events.length === 0) return { nextExpectedRevision: current ?? -1, position: this.stmt.lastPosition.get() ?? 0 };
    this.refuseRecordedCommands(r);
    return this.insert(r, current);
  }

  /** An append carrying a command id already in the index writes nothing (the caller looks it up). */
  private refuseRecordedCommands(r: AppendRequest): void {
    for (const command of r.commands ?? []) {
      if (!command.indexed) continue;
      const row = this.stmt.command.get(command.commandId);
      if (row) {
        throw new ConcurrencyError(
          `Command ${command.commandId} already appended to ${row.stream_name}`,
          r.expectedRevision,
          this.stmt.streamHead.get(r.streamName) ?? 'no_stream',
          COMMAND_RECORDED,
        );
      }
    }
  }

  private emptyAppend(r: AppendRequest, heads: BatchHeads): AppendOutcome | Error {
    const current = this.dbHead(r.streamName, heads);
    if (!satisfies(r.expectedRevision, current)) return wrongRevision(r, current);
    return { nextExpectedRevision: current ?? -1, position: this.stmt.lastPosition.get() ?? 0 };
  }

  private insert(r: AppendRequest, current: number | null): AppendOutcome {
    let revision = current ?? -1;
    let position = 0;
    const createdAt = new Date().toISOString();
    const positions: number[] = [];
    for (const event of r.events) {
      revision += 1;
      const info = this.stmt.insert.run(event.id, r.streamName, revision, event.type, event.data, event.metadata, createdAt);
      position = Number(info.lastInsertRowid);
      positions.push(position);
    }
    if (!r.commands) return { nextExpectedRevision: revision, position, createdAt };
    const first = (current ?? -1) + 1;
    let offset = 0;
    const commands: CommandOutcome[] = [];
    for (const command of r.commands) {
      const lastIndex = offset + command.eventCount - 1;
      const outcome = lastIndex < 0 ? { lastRevision: first - 1, position: 0 } : { lastRevision: first + lastIndex, position: positions[lastIndex]! };
      if (command.indexed && command.eventCount > 0) {
        this.stmt.insertCommand.run(command.commandId, r.streamName, first + offset, outcome.lastRevision, outcome.position, command.requestHash ?? null);
      }
      commands.push(outcome);
      offset += command.eventCount;
    }
    return { nextExpectedRevision: revision, position, createdAt, commands };
  }

  private dbHead(streamName: string, heads: BatchHeads): number | null {
    const head = this.stmt.streamHead.get(streamName) ?? null;
    heads.set(streamName, head);
    return head;
  }

  /**
   * EventStoreDB's idempotency: the original result when the append's event ids are already in the
   * stream, in order — right after the expected revision for `no_stream` or a revision, anywhere
   * for `any` and `stream_exists`. Some but not all of them there is a conflict.
   */
  private replayOf(r: AppendRequest): AppendResult | undefined {
    if (r.events.length === 0) return undefined;
    const ids = r.events.map((e) => e.id);
    const found = isExactExpectation(r.expectedRevision)
      ? this.stmt.eventsAfter.all(r.streamName, r.expectedRevision === 'no_stream' ? -1 : r.expectedRevision, ids.length)
      : this.stmt.streamEventIds.all(r.streamName).filter((row) => ids.includes(row.event_id));
    if (found.length === 0) return undefined;
    const inOrder = found.length === ids.length && found.every((row, i) => row.event_id === ids[i] && row.revision === found[0]!.revision + i);
    if (inOrder) return { nextExpectedRevision: found.at(-1)!.revision, position: found.at(-1)!.position };
    if (!found.some((row) => ids.includes(row.event_id))) return undefined;
    throw new ConcurrencyError(
      `Append to ${r.streamName} repeats some event ids already in the stream but not others`,
      'idempotent',
      this.stmt.streamHead.get(r.streamName) ?? 'no_stream',
      'STREAM.PARTIAL_DUPLICATE',
    );
  }

  private remember(heads: BatchHeads) {
    if (this.heads.size + heads.size > MAX_REMEMBERED_HEADS) this.heads.clear();
    for (const [stream, head] of heads) {
      if (head === null) this.heads.delete(stream);
      else this.heads.set(stream, head);
    }
  }
}

function satisfies(expected: ExpectedRevision, current: number | null): boolean {
  return (
    expected === 'any' ||
    (expected === 'no_stream' && current === null) ||
    (expected === 'stream_exists' && current !== null) ||
    (typeof expected === 'number' && current === expected)
  );
}

/** `no_stream` or a revision: the append's place in the stream is known, so its ids are only looked for there. */
function isExactExpectation(expected: ExpectedRevision): expected is 'no_stream' | number {
  return expected === 'no_stream' || typeof expected === 'number';
}

function wrongRevision(r: AppendRequest, current: number | null): ConcurrencyError {
  return new ConcurrencyError(
    `Append to ${r.streamName} expected revision ${r.expectedRevision} but the stream is at ${current ?? 'no_stream'}`,
    r.expectedRevision,
    current ?? 'no_stream',
  );
}
