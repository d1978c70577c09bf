import { ConcurrencyError, IllegalStateError, deterministicUuid, type Command, type EventMetadata, type RecordedEvent } from '#app/eventsourcing';
import type { EventStore, StreamAppend } from '#app/event-store';
import type { ProspectEvent } from '../prospect/prospect.events.js';
import { prospectStream } from '../prospect/prospect.js';
import { prospectKeyStream, type ProspectKey, type ProspectKeyReserved } from './prospect-key.events.js';

/**
 * How long a reservation whose prospect stream does not exist yet is presumed to belong to a
 * request still in flight. After that it is a leftover of a crash between the two appends and
 * is taken over; a retry with the same Idempotency-Key reuses it at once.
 */
export const RESERVATION_GRACE_MS = 30_000;

const MAX_RACES = 3;

/** Registration numbers (统一社会信用代码 and the like) compared without case, spaces, dashes or dots. */
export const normaliseRegistrationNumber = (value: string): string =>
  value.normalize('NFKC').toUpperCase().replace(/[\s\p{Pd}._/]/gu, '');

export const prospectNameKey = (team: string, normalisedName: string): ProspectKey => ({ team, kind: 'name', key: normalisedName });

export const registrationNumberKey = (team: string, registrationNumber: string): ProspectKey => ({
  team,
  kind: 'registration_number',
  key: normaliseRegistrationNumber(registrationNumber),
});

type Slot =
  | { key: ProspectKey; status: 'held' }
  | { key: ProspectKey; status: 'free'; expectedRevision: 'no_stream' | number; previousProspectId?: string }
  | { key: ProspectKey; status: 'taken'; holderId: string };

/**
 * Strongly consistent duplicate detection without a read model: one stream per team × key whose
 * last event names the prospect holding it, written with an expected revision before the
 * prospect's own stream.
 */
export class ProspectKeyReservations {
  constructor(
    private readonly store: EventStore,
    private readonly graceMs = RESERVATION_GRACE_MS,
  ) {}

  /**
   * Makes prospectId the holder of every key, or throws PROSPECT.DUPLICATE (409) with the id of
   * the prospect holding one. Every key is checked before any is written, so a duplicate appends nothing.
   */
  async reserve(keys: readonly ProspectKey[], prospectId: string, command: Command): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const appends = await this.reservations(keys, prospectId, command);
      try {
        for (const { streamName, events, expectedRevision } of appends) await this.store.append(streamName, events, { expectedRevision });
        return;
      } catch (error) {
        if (error instanceof ConcurrencyError && attempt < MAX_RACES) continue;
        throw error;
      }
    }
  }

  /**
   * The appends that would make prospectId the holder of every key, for writing in one atomic step
   * with the prospect's own events; throws PROSPECT.DUPLICATE when another prospect holds one.
   * A key already held by prospectId needs none.
   */
  async reservations(keys: readonly ProspectKey[], prospectId: string, command: Command): Promise<StreamAppend[]> {
    const slots = await Promise.all(keys.map((key) => this.inspect(key, prospectId, command.context.now)));
    const taken = slots.find((slot) => slot.status === 'taken');
    if (taken) throw duplicate(taken.key, taken.holderId);
    return slots.filter((slot) => slot.status === 'free').map((slot) => this.reservation(slot, prospectId, command));
  }

  private async inspect(key: ProspectKey, prospectId: string, now: Date): Promise<Slot> {
    const reservations = await this.store.readStream(prospectKeyStream(key));
    const last = reservations.at(-1) as RecordedEvent<ProspectKeyReserved['data']> | undefined;
    if (!last) return { key, status: 'free', expectedRevision: 'no_stream' };
    const holderId = last.data.prospectId;
    if (holderId === prospectId) return { key, status: 'held' };
    const holder = await this.store.readStream(prospectStream(holderId));
    const stale = { key, status: 'free', expectedRevision: last.revision, previousProspectId: holderId } as const;
    if (holder.length === 0) {
      const inFlight = now.getTime() - Date.parse(last.data.reservedAt) < this.graceMs;
      return inFlight ? { key, status: 'taken', holderId } : stale;
    }
    return carriesKey(holder, key) ? { key, status: 'taken', holderId } : stale;
  }

  private reservation(slot: Extract<Slot, { status: 'free' }>, prospectId: string, command: Command): StreamAppend {
    const ctx = command.context;
    const stream = prospectKeyStream(slot.key);
    const event: ProspectKeyReserved = {
      type: 'ProspectKeyReserved',
      data: {
        ...slot.key,
        prospectId,
        reservedAt: ctx.now.toISOString(),
        ...(slot.previousProspectId ? { previousProspectId: slot.previousProspectId } : {}),
      },
    };
    return {
      streamName: stream,
      events: [
        {
          id: deterministicUuid(`${ctx.commandId}:${stream}:${slot.expectedRevision}`),
          type: event.type,
          data: event.data,
          metadata: {
            actorId: ctx.actor.id,
            actorName: ctx.actor.name,
            actorRole: ctx.actingRole ?? ctx.actor.roles[0] ?? 'system',
            commandId: ctx.commandId,
            commandType: command.type,
            correlationId: ctx.correlationId,
            causationId: ctx.causationId ?? ctx.commandId,
            occurredAt: ctx.now.toISOString(),
          } satisfies EventMetadata,
        },
      ],
      expectedRevision: slot.expectedRevision,
    };
  }
}

/** The name never changes; the registration number is the one of the latest credit check, else the one given when added. */
function carriesKey(events: readonly RecordedEvent[], key: ProspectKey): boolean {
  let name: string | undefined;
  let registrationNumber: string | undefined;
  for (const { type, data } of events as RecordedEvent<ProspectEvent['data']>[]) {
    const event = { type, data } as ProspectEvent;
    if (event.type === 'ProspectAdded') {
      name = event.data.normalisedName;
      registrationNumber = event.data.registrationNumber;
    } else if (event.type === 'CreditCheckRecorded') {
      registrationNumber = event.data.registrationNumber;
    }
  }
  if (key.kind === 'name') return name === key.key;
  return registrationNumber !== undefined && normaliseRegistrationNumber(registrationNumber) === key.key;
}

function duplicate(key: ProspectKey, existingProspectId: string): IllegalStateError {
  const what = key.kind === 'name' ? 'name' : 'registration number';
  return new IllegalStateError(
    'PROSPECT.DUPLICATE',
    `A prospect with this ${what} is already on team ${key.team}'s list: ${existingProspectId}`,
    { existingProspectId, matchedOn: key.kind === 'name' ? 'name' : 'registrationNumber' },
  );
}
