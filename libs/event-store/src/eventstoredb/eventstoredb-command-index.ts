import { ErrorType, FORWARDS, NO_STREAM } from '@eventstore/db-client';
import { COMMAND_RECORDED, ConcurrencyError, newId, type CommandStamp, type RecordedCommand } from '#app/eventsourcing';
import type { EsdbEventData, EventStoreDbClientLike } from './eventstoredb-client.js';
import { COMMAND_INDEX_STREAM_PREFIX, errorType, translateError } from './eventstoredb-mapping.js';
import { toGlobalPosition, toSafeNumber } from './eventstoredb-positions.js';
import { appendIf, lastEventOf } from './eventstoredb-reads.js';

const RESERVED = 'CommandReserved';
const RELEASED = 'CommandReleased';

interface Reservation {
  streamName: string;
  requestHash: string | null;
  firstRevision: number;
  eventCount: number;
  firstEventId: string;
  reservedAt: number;
}

/** A reservation this append holds: the index stream and the revision of its reservation event. */
export interface HeldReservation {
  indexStream: string;
  revision: bigint;
}

/**
 * The command index on EventStoreDB, which has no transactions across streams: before the events,
 * each indexed command writes a reservation to its own stream `commandindex-<commandId>` with
 * `no_stream`, naming the target stream, the revision its first event will get and that event's
 * id. The command counts as recorded once that event is found there; looking it up reads two
 * small slices, never a stream's history.
 *
 * A crash between the reservation and the append leaves a reservation whose events are not in the
 * stream: a retry of the same command takes it over once it is older than `graceMs` (before that,
 * the first attempt may still be writing, so the retry waits); an append that fails releases its
 * reservations at once. The events' ids derive from the command id, so even an old attempt landing
 * late at the same revision is deduplicated by EventStoreDB.
 */
export class EventStoreDbCommandIndex {
  constructor(
    private readonly client: EventStoreDbClientLike,
    private readonly graceMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async find(commandId: string): Promise<RecordedCommand | null> {
    const last = await lastEventOf(this.client, indexStream(commandId));
    if (!last || last.type !== RESERVED) return null;
    const reservation = last.data as Reservation;
    const outcome = await this.outcomeOf(reservation);
    return { commandId, streamName: reservation.streamName, requestHash: reservation.requestHash, ...(outcome ? { outcome } : {}) };
  }

  /**
   * Reserves every indexed command of an append about to start at `firstRevision`; throws a
   * ConcurrencyError (and holds nothing) when one is recorded or still being written elsewhere.
   */
  async reserve(streamName: string, firstRevision: number, commands: readonly CommandStamp[], eventIds: readonly string[]): Promise<HeldReservation[]> {
    const reservations: Promise<HeldReservation>[] = [];
    let offset = 0;
    for (const command of commands) {
      if (command.indexed && command.eventCount > 0) {
        reservations.push(
          this.reserveOne(command.commandId, {
            streamName,
            requestHash: command.requestHash ?? null,
            firstRevision: firstRevision + offset,
            eventCount: command.eventCount,
            firstEventId: eventIds[offset]!,
            reservedAt: this.now(),
          }),
        );
      }
      offset += command.eventCount;
    }
    const settled = await Promise.allSettled(reservations);
    const held = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (!failed) return held;
    await this.release(held);
    throw failed.reason;
  }

  /** Gives reservations up after their append failed; one that cannot be released expires after the grace period. */
  async release(held: readonly HeldReservation[]): Promise<void> {
    await Promise.all(held.map((h) => appendIf(this.client, h.indexStream, [event(RELEASED, {})], h.revision).catch(() => false)));
  }

  private async reserveOne(commandId: string, reservation: Reservation): Promise<HeldReservation> {
    const stream = indexStream(commandId);
    const written = await appendIf(this.client, stream, [event(RESERVED, reservation)], NO_STREAM);
    if (written) return { indexStream: stream, revision: written.revision };
    const last = await lastEventOf(this.client, stream);
    if (!last) throw recorded(commandId, 'STREAM.COMMAND_IN_FLIGHT', `Command ${commandId} is being reserved by another writer`);
    if (last.type === RESERVED) {
      const held = last.data as Reservation;
      const sameRequest = held.streamName === reservation.streamName && (!held.requestHash || !reservation.requestHash || held.requestHash === reservation.requestHash);
      if (!sameRequest || (await this.outcomeOf(held))) throw recorded(commandId, COMMAND_RECORDED, `Command ${commandId} already appended to ${held.streamName}`);
      if (this.now() - held.reservedAt < this.graceMs) throw recorded(commandId, 'STREAM.COMMAND_IN_FLIGHT', `Command ${commandId} is being appended by another writer`);
    }
    const superseded = await appendIf(this.client, stream, [event(RESERVED, reservation)], last.revision);
    if (!superseded) throw recorded(commandId, 'STREAM.COMMAND_IN_FLIGHT', `Command ${commandId} was reserved by another writer meanwhile`);
    return { indexStream: stream, revision: superseded.revision };
  }

  /** Where the reserved events are, if they are in the target stream where the reservation said. */
  private async outcomeOf(reservation: Reservation) {
    const events = [];
    try {
      for await (const resolved of this.client.readStream(reservation.streamName, {
        direction: FORWARDS,
        fromRevision: BigInt(reservation.firstRevision),
        maxCount: reservation.eventCount,
      })) {
        if (resolved.event) events.push(resolved.event);
      }
    } catch (error) {
      if (errorType(error) === ErrorType.STREAM_NOT_FOUND) return undefined;
      const translated = translateError(error, { streamName: reservation.streamName });
      if ((translated as { kind?: string }).kind === 'unavailable') throw translated;
      return undefined;
    }
    if (events.length !== reservation.eventCount || events[0]!.id !== reservation.firstEventId) return undefined;
    const last = events.at(-1)!;
    return {
      firstRevision: reservation.firstRevision,
      lastRevision: toSafeNumber(last.revision, 'The revision of a reserved command'),
      position: toGlobalPosition(last.position, `event ${last.id} in ${last.streamId}`),
    };
  }
}

const indexStream = (commandId: string): string => `${COMMAND_INDEX_STREAM_PREFIX}${commandId}`;

function event(type: string, data: object): EsdbEventData {
  return { id: newId(), contentType: 'application/json', type, data: data as Record<string, unknown>, metadata: undefined };
}

function recorded(commandId: string, code: string, message: string): ConcurrencyError {
  return new ConcurrencyError(message, `reservation of ${commandId}`, 'no_stream', code);
}
