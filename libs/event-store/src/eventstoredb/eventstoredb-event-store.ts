import { setTimeout as sleepFor } from 'node:timers/promises';
import { BACKWARDS, END, ErrorType, EventStoreDBClient, FORWARDS, START, excludeSystemEvents } from '@eventstore/db-client';
import {
  ServiceUnavailableError,
  ValidationError,
  newId,
  type AppendOptions,
  type AppendResult,
  type CommandOutcome,
  type CommandStamp,
  type EventToAppend,
  type RecordedCommand,
  type RecordedEvent,
} from '#app/eventsourcing';
import {
  EventStore,
  type EventSubscription,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeOptions,
} from '../event-store.port.js';
import type { EsdbAppendResult, EsdbReadAllOptions, EsdbRecordedEvent, EventStoreDbClientLike } from './eventstoredb-client.js';
import { EventStoreDbCommandIndex, type HeldReservation } from './eventstoredb-command-index.js';
import {
  concurrencyError,
  errorType,
  isSystemEvent,
  toEsdbExpectedRevision,
  toEventData,
  toRecordedEvent,
  translateError,
  type ErrorContext,
} from './eventstoredb-mapping.js';
import { compareLogPositions, toGlobalPosition, toLogPosition, toSafeNumber } from './eventstoredb-positions.js';
import { EventStoreDbSnapshotStore } from './eventstoredb-snapshot-store.js';
import { ResubscribingSubscription, type EventStoreDbLogger, type ResubscribePolicy } from './eventstoredb-subscription.js';

export type { EventStoreDbClientLike } from './eventstoredb-client.js';
export type { EventStoreDbLogger } from './eventstoredb-subscription.js';

export interface EventStoreDbEventStoreOptions {
  /** Receives subscription drops and resubscriptions; defaults to console.warn. */
  logger?: EventStoreDbLogger;
  /** Resubscription backoff: the first delay, doubled per consecutive failure up to the cap (ms). */
  backoff?: { initialMs?: number; maxMs?: number };
  /** Injected by tests so a backoff does not really wait. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
  /** How long a command's reservation whose events never arrived blocks a retry of that command (ms); defaults to 10,000. */
  reservationGraceMs?: number;
  /** The clock of reservations (ms since the epoch). */
  now?: () => number;
}

const HEAD_SCAN_PAGE = 100;

/**
 * The EventStore port on EventStoreDB (gRPC client `@eventstore/db-client`).
 *
 * Global positions are the events' transaction-log positions (see eventstoredb-positions.ts);
 * system events (`$`-types and `$`-streams) are left out of readAll, headPosition and subscriptions.
 */
export class EventStoreDbEventStore extends EventStore {
  private readonly client: EventStoreDbClientLike;
  private readonly ownsClient: boolean;
  private readonly policy: ResubscribePolicy;
  private readonly subscriptions = new Set<ResubscribingSubscription>();
  private readonly commandIndex: EventStoreDbCommandIndex;
  private readonly snapshotStore: EventStoreDbSnapshotStore;
  private closed = false;

  /** `connection`: a connection string such as `esdb://localhost:2113?tls=false`, or a client (tests). */
  constructor(connection: string | EventStoreDbClientLike, options: EventStoreDbEventStoreOptions = {}) {
    super();
    this.ownsClient = typeof connection === 'string';
    this.client = typeof connection === 'string' ? clientFor(connection) : connection;
    this.policy = {
      logger: options.logger ?? ((message, details) => console.warn(`[EventStoreDbEventStore] ${message}`, details)),
      sleep: options.sleep ?? ((ms, signal) => sleepFor(ms, undefined, { signal })),
      random: options.random ?? Math.random,
      initialBackoffMs: options.backoff?.initialMs ?? 100,
      maxBackoffMs: options.backoff?.maxMs ?? 5000,
    };
    this.commandIndex = new EventStoreDbCommandIndex(this.client, options.reservationGraceMs ?? 10_000, options.now);
    this.snapshotStore = new EventStoreDbSnapshotStore(this.client);
  }

  static fromConnectionString(connectionString: string, options: EventStoreDbEventStoreOptions = {}): EventStoreDbEventStore {
    return new EventStoreDbEventStore(connectionString, options);
  }

  override async append(streamName: string, events: EventToAppend[], options: AppendOptions = {}): Promise<AppendResult> {
    if (this.closed) throw new ServiceUnavailableError('EVENT_STORE.CLOSED', 'The event store is closed');
    const context: ErrorContext = { streamName, expectedRevision: options.expectedRevision ?? 'any' };
    if (events.length === 0) return this.checkRevision(context);
    const commands = options.commands;
    if (!commands?.some((c) => c.indexed && c.eventCount > 0)) {
      const result = await this.appendEvents(streamName, events, context);
      return commands ? { ...result, commands: await this.outcomes(streamName, result, commands) } : result;
    }
    const expected = context.expectedRevision;
    if (expected !== 'no_stream' && typeof expected !== 'number') {
      throw new ValidationError('EVENT_STORE.COMMANDS_NEED_REVISION', 'An append that records commands needs an exact expected revision');
    }
    const withIds = events.map((e) => ({ ...e, id: e.id ?? newId() }));
    const held: HeldReservation[] = await this.commandIndex.reserve(streamName, expected === 'no_stream' ? 0 : expected + 1, commands, withIds.map((e) => e.id));
    let result: AppendResult;
    try {
      result = await this.appendEvents(streamName, withIds, context);
    } catch (error) {
      await this.commandIndex.release(held);
      throw error;
    }
    return { ...result, commands: await this.outcomes(streamName, result, commands) };
  }

  override findCommand(commandId: string): Promise<RecordedCommand | null> {
    return this.commandIndex.find(commandId);
  }

  override get snapshots(): EventStoreDbSnapshotStore {
    return this.snapshotStore;
  }

  /** Each command's last revision and position; positions are not consecutive numbers here, so several commands read theirs back. */
  private async outcomes(streamName: string, result: AppendResult, commands: readonly CommandStamp[]): Promise<CommandOutcome[]> {
    const total = commands.reduce((n, c) => n + c.eventCount, 0);
    const first = result.nextExpectedRevision - total + 1;
    const appended = commands.filter((c) => c.eventCount > 0).length > 1 ? await this.readStream(streamName, { fromRevision: first, maxCount: total }) : [];
    let offset = 0;
    return commands.map((c) => {
      offset += c.eventCount;
      if (offset === total) return { lastRevision: result.nextExpectedRevision, position: result.position };
      const last = appended[offset - 1];
      return { lastRevision: first + offset - 1, position: last?.position ?? result.position };
    });
  }

  private async appendEvents(streamName: string, events: EventToAppend[], context: ErrorContext): Promise<AppendResult> {
    let result: EsdbAppendResult;
    try {
      result = await this.client.appendToStream(streamName, events.map(toEventData), {
        expectedRevision: toEsdbExpectedRevision(context.expectedRevision!),
      });
    } catch (error) {
      throw translateError(error, context);
    }
    if (!result.success) {
      throw concurrencyError(context, result.nextExpectedRevision < 0n ? 'no_stream' : toSafeNumber(result.nextExpectedRevision, 'The current revision'));
    }
    const nextExpectedRevision = toSafeNumber(result.nextExpectedRevision, `The revision of ${streamName}`);
    const position =
      result.position && events.length === 1
        ? toGlobalPosition(result.position, `the append to ${streamName}`)
        : await this.positionOfRevision(streamName, nextExpectedRevision);
    return { nextExpectedRevision, position };
  }

  override async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const recorded: RecordedEvent[] = [];
    try {
      const events = this.client.readStream(streamName, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision === undefined ? (backwards ? END : START) : BigInt(options.fromRevision),
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      });
      for await (const resolved of events) if (resolved.event) recorded.push(toRecordedEvent(resolved.event));
    } catch (error) {
      if (errorType(error) === ErrorType.STREAM_NOT_FOUND) return [];
      throw translateError(error, { streamName });
    }
    return recorded;
  }

  /**
   * The client cannot filter reads of $all, so system events are skipped here, page after page,
   * until the batch is full or the log ends.
   */
  override async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? 0;
    const maxCount = options.maxCount ?? 1000;
    if (maxCount <= 0) return [];
    // The page starts with the event at `after` itself (reads are inclusive), hence one more.
    const pageSize = maxCount + 1;
    const batch: RecordedEvent[] = [];
    let from: EsdbReadAllOptions['fromPosition'] = toLogPosition(after);
    for (;;) {
      const page = await this.readAllPage({ direction: FORWARDS, fromPosition: from, maxCount: pageSize });
      for (const event of page) {
        if (isSystemEvent(event)) continue;
        const recorded = toRecordedEvent(event);
        if (recorded.position > after) batch.push(recorded);
      }
      const last = page.at(-1)?.position;
      const advanced = last !== undefined && (typeof from === 'string' || compareLogPositions(last, from) > 0);
      if (batch.length >= maxCount || page.length < pageSize || !advanced) return batch.slice(0, maxCount);
      from = last;
    }
  }

  override async headPosition(): Promise<number> {
    let from: EsdbReadAllOptions['fromPosition'] = END;
    for (;;) {
      const page = await this.readAllPage({ direction: BACKWARDS, fromPosition: from, maxCount: HEAD_SCAN_PAGE });
      const newest = page.find((event) => !isSystemEvent(event));
      if (newest) return toGlobalPosition(newest.position, `event ${newest.id} in ${newest.streamId}`);
      const last = page.at(-1)?.position;
      const advanced = last !== undefined && (typeof from === 'string' || compareLogPositions(last, from) < 0);
      if (page.length < HEAD_SCAN_PAGE || !advanced) return 0;
      from = last;
    }
  }

  override subscribeToAll(options: SubscribeOptions = {}): EventSubscription {
    const subscription = new ResubscribingSubscription(
      (after) => this.client.subscribeToAll({ fromPosition: toLogPosition(after), filter: excludeSystemEvents() }),
      options.after ?? 0,
      this.policy,
      (closed) => this.subscriptions.delete(closed),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  override async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    if (this.ownsClient) await this.client.dispose();
  }

  private async readAllPage(options: EsdbReadAllOptions): Promise<EsdbRecordedEvent[]> {
    const page: EsdbRecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readAll(options)) if (resolved.event) page.push(resolved.event);
    } catch (error) {
      throw translateError(error);
    }
    return page;
  }

  /**
   * The position of the event at `revision`, read back: for an append without a position, and for
   * every multi-event append, whose answer is not documented to be its last event's place in $all
   * (read-your-writes needs exactly that one).
   */
  private async positionOfRevision(streamName: string, revision: number): Promise<number> {
    const [event] = await this.readStream(streamName, { fromRevision: revision, maxCount: 1 });
    if (event?.revision !== revision) throw new Error(`EventStoreDB reported revision ${revision} of ${streamName}, which cannot be read`);
    return event.position;
  }

  /** An empty append writes nothing but still checks the expectation, like the embedded store. */
  private async checkRevision(context: ErrorContext): Promise<AppendResult> {
    const streamName = context.streamName!;
    const [last] = await this.readStream(streamName, { direction: 'backwards', maxCount: 1 });
    const expected = context.expectedRevision ?? 'any';
    const ok =
      expected === 'any' ||
      (expected === 'no_stream' && last === undefined) ||
      (expected === 'stream_exists' && last !== undefined) ||
      expected === last?.revision;
    if (!ok) throw concurrencyError(context, last?.revision ?? 'no_stream');
    return { nextExpectedRevision: last?.revision ?? -1, position: await this.headPosition() };
  }
}

/**
 * Refuses a connection string the client cannot use, before anything connects: what its parser
 * refuses (`?tls=maybe`, `host:abc`) and ports outside 1–65535, which it lets through. Throws
 * ValidationError `EVENT_STORE.INVALID_CONNECTION_STRING`.
 */
export function checkEventStoreDbConnectionString(connectionString: string): void {
  void clientFor(connectionString).dispose();
  const hosts = /^esdb(?:\+discover)?:\/\/(?:[^@/?]*@)?([^/?]*)/.exec(connectionString)?.[1] ?? '';
  for (const host of hosts.split(',')) {
    const port = /:(\d+)$/.exec(host)?.[1];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65_535)) {
      throw invalidConnectionString(`port ${port} of ${host} is not from 1 to 65535`);
    }
  }
}

function clientFor(connectionString: string): EventStoreDBClient {
  try {
    return EventStoreDBClient.connectionString(connectionString);
  } catch (error) {
    throw invalidConnectionString((error as Error).message);
  }
}

function invalidConnectionString(reason: string): ValidationError {
  return new ValidationError('EVENT_STORE.INVALID_CONNECTION_STRING', `The EventStoreDB connection string is invalid: ${reason}`);
}
