import { canonicalJson, sha256Hex, type RecordedEvent } from '#app/eventsourcing';

/** Where the chain link lives: `metadata.integrity`. */
export const INTEGRITY_FIELD = 'integrity';

/**
 * The link of an event to its stream predecessor. `hash` covers the event's stream, id, type,
 * data, revision, metadata (without this field) and `previousHash`, so editing any of them, or
 * moving, reordering or dropping events of a stream, breaks the chain.
 */
export interface IntegrityStamp {
  v: 1;
  /** The hash of the event at revision − 1; null for revision 0. */
  previousHash: string | null;
  hash: string;
}

export interface HashedEvent {
  streamName: string;
  id: string;
  type: string;
  data: unknown;
  /** Without `integrity`. */
  metadata: Readonly<Record<string, unknown>>;
  revision: number;
}

/** SHA-256 over the canonical JSON (keys sorted at every level) of the event as stored. */
export function eventHash(event: HashedEvent, previousHash: string | null): string {
  return sha256Hex(
    canonicalJson({
      v: 1,
      streamName: event.streamName,
      id: event.id,
      type: event.type,
      revision: event.revision,
      data: event.data ?? null,
      metadata: event.metadata,
      previousHash,
    }),
  );
}

/** The stamp in the metadata, or null when there is none or it is malformed. */
export function integrityOf(metadata: unknown): IntegrityStamp | null {
  const stamp = (metadata as Record<string, unknown> | null | undefined)?.[INTEGRITY_FIELD] as Partial<IntegrityStamp> | undefined;
  if (!stamp || typeof stamp !== 'object' || stamp.v !== 1 || typeof stamp.hash !== 'string') return null;
  if (stamp.previousHash !== null && typeof stamp.previousHash !== 'string') return null;
  return { v: 1, previousHash: stamp.previousHash, hash: stamp.hash };
}

export function withoutIntegrity(metadata: Readonly<Record<string, unknown>>): Record<string, unknown> {
  if (!(INTEGRITY_FIELD in metadata)) return metadata as Record<string, unknown>;
  const { [INTEGRITY_FIELD]: _stamp, ...rest } = metadata;
  return rest;
}

/** Recomputes the hash of a stored event from its content and the previous hash it claims. */
export function recomputeHash(event: RecordedEvent, previousHash: string | null): string {
  return eventHash(
    { streamName: event.streamName, id: event.id, type: event.type, data: event.data, metadata: withoutIntegrity(event.metadata), revision: event.revision },
    previousHash,
  );
}
