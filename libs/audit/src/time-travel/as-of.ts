import { NotFoundError, type DomainError, type RecordedEvent, type StreamAccess } from '#app/eventsourcing';
import { occurredAtOf } from '#app/shared-kernel';

/** A point of a stream's history: a moment (ISO 8601 timestamp with offset) or a stream revision. */
export type AsOf = { at: string } | { revision: number };

export interface AsOfCut {
  events: RecordedEvent[];
  /** The last event included. */
  last: RecordedEvent;
}

/**
 * The stream as it stood at that point: the longest prefix of its events that happened at or
 * before `at` (a prefix, so the state is one that existed even if clocks were skewed), or up to and
 * including `revision`. NotFound when the stream did not exist yet, or has no such revision.
 */
export function cutAsOf(events: readonly RecordedEvent[], asOf: AsOf, streamName: string): AsOfCut {
  let end: number;
  if ('at' in asOf) {
    const at = Date.parse(asOf.at);
    end = events.findIndex((event) => Date.parse(occurredAtOf(event)) > at);
    if (end === -1) end = events.length;
    if (end === 0) {
      throw new NotFoundError('AUDIT.BEFORE_STREAM_EXISTED', `${streamName} did not exist yet at ${asOf.at}`, {
        streamName,
        at: asOf.at,
        ...(events[0] ? { firstEventAt: occurredAtOf(events[0]) } : {}),
      });
    }
  } else {
    const last = events[events.length - 1];
    if (!last || asOf.revision > last.revision) {
      throw new NotFoundError('AUDIT.REVISION_NOT_FOUND', `${streamName} has no revision ${asOf.revision}`, {
        streamName,
        revision: asOf.revision,
        lastRevision: last?.revision ?? null,
      });
    }
    end = events.findIndex((event) => event.revision > asOf.revision);
    if (end === -1) end = events.length;
  }
  const cut = events.slice(0, end);
  return { events: cut, last: cut[cut.length - 1]! };
}

/** What every as-of answer says about the point it stands at. */
export interface AsOfPoint {
  streamName: string;
  asOf: { at: string | null; revision: number | null };
  /** The last event included: its revision, global position, time and type. */
  revision: number;
  position: number;
  occurredAt: string;
  lastEventType: string;
  eventCount: number;
}

export function asOfPoint(streamName: string, asOf: AsOf, cut: AsOfCut): AsOfPoint {
  return {
    streamName,
    asOf: 'at' in asOf ? { at: asOf.at, revision: null } : { at: null, revision: asOf.revision },
    revision: cut.last.revision,
    position: cut.last.position,
    occurredAt: occurredAtOf(cut.last),
    lastEventType: cut.last.type,
    eventCount: cut.events.length,
  };
}

/** A stream read and cut at a point, with what the answer says about the point; `notFound` when the stream has no events. */
export async function streamAsOf(store: Pick<StreamAccess, 'readStream'>, streamName: string, asOf: AsOf, notFound: () => DomainError): Promise<{ cut: AsOfCut; point: AsOfPoint }> {
  const events = await store.readStream(streamName);
  if (events.length === 0) throw notFound();
  const cut = cutAsOf(events, asOf, streamName);
  return { cut, point: asOfPoint(streamName, asOf, cut) };
}
