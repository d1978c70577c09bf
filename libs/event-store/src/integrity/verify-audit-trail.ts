import type { RecordedEvent } from '#app/eventsourcing';
import type { EventStore } from '../event-store.port.js';
import { AUDIT_SEAL_STREAM, AUDIT_TRAIL_SEALED, RangeHasher, recordedSeal, sealHashOf, type AuditSeal, type RecordedSeal } from './audit-seal.js';
import { integrityOf, recomputeHash } from './event-hash.js';
import { IntegrityEventStore } from './integrity-event-store.js';
import { findDecorator, rawEventStore } from './event-store-decorator.js';

export type ChainProblem =
  /** The event carries no `metadata.integrity` (written past the integrity decorator). */
  | 'MISSING_INTEGRITY'
  /** Revisions of the stream are not 0, 1, 2 …: events were deleted from it. */
  | 'REVISION_GAP'
  /** The event does not point at the hash of its predecessor: one of them was replaced or removed. */
  | 'PREVIOUS_HASH_MISMATCH'
  /** The event's content no longer gives its hash: it was edited. */
  | 'HASH_MISMATCH';

/** The first broken link of one stream. */
export interface ChainBreak {
  streamName: string;
  revision: number;
  position: number;
  eventId: string;
  eventType: string;
  problem: ChainProblem;
  expected: string | number | null;
  actual: string | number | null;
}

export type SealProblemKind =
  | 'SEAL_HASH_MISMATCH'
  | 'SEAL_CHAIN_BROKEN'
  | 'SEAL_RANGE_GAP'
  /** Fewer (deleted streams or events, truncated tail) or more (inserted) events than sealed. */
  | 'EVENT_COUNT_MISMATCH'
  /** As many events as sealed, but not the same ones. */
  | 'EVENTS_HASH_MISMATCH';

export interface SealProblem {
  sealNumber: number;
  fromPosition: number;
  toPosition: number;
  problem: SealProblemKind;
  expected: string | number | null;
  actual: string | number | null;
}

/** An event whose content a check given to verify (`checkEvents`) found wrong, e.g. personal data that no longer decrypts. */
export interface EventProblem {
  streamName: string;
  revision: number;
  position: number;
  eventId: string;
  eventType: string;
  problem: string;
}

export interface AuditTrailReport {
  ok: boolean;
  verifiedAt: string;
  headPosition: number;
  /** Whether this store stamps new events (the integrity decorator is installed). */
  chaining: boolean;
  events: number;
  streams: number;
  /** First broken link per stream, in log order (at most `maxReported`). */
  brokenStreams: ChainBreak[];
  brokenStreamCount: number;
  /** What `checkEvents` found, in log order (at most `maxReported`; every one is counted). */
  eventProblems: EventProblem[];
  eventProblemCount: number;
  seals: {
    count: number;
    verified: number;
    problems: SealProblem[];
    /** Record this hash outside the system to detect a later rewrite of the seals themselves. */
    latest: { sealNumber: number; sealHash: string; toPosition: number; sealedAt: string } | null;
    /** Events after the latest seal (seals aside): protected by their stream chains only until the next seal. */
    unsealedEvents: number;
  };
}

export interface VerifyOptions {
  batchSize?: number;
  /** Longest list of broken streams reported; every one is counted. Defaults to 1,000. */
  maxReported?: number;
  /** Called after each batch with the position reached and the head. */
  onProgress?: (position: number, head: number) => void;
  clock?: () => Date;
  /** Further checks of each batch of stored events; each problem fails the report. */
  checkEvents?: (events: readonly RecordedEvent[]) => Promise<readonly { event: RecordedEvent; problem: string }[]>;
}

interface StreamLink {
  revision: number;
  hash: string | null;
  broken: boolean;
}

interface OpenSeal {
  recorded: RecordedSeal;
  hasher: RangeHasher;
}

/**
 * Recomputes every stream's hash chain and every seal from the stored events (read under every
 * decorator, as written), in one pass over the global log. Memory grows with the number of
 * streams, not events.
 */
export async function verifyAuditTrail(store: EventStore, options: VerifyOptions = {}): Promise<AuditTrailReport> {
  const raw = rawEventStore(store);
  const batchSize = options.batchSize ?? 1000;
  const maxReported = options.maxReported ?? 1000;
  const verifiedAt = (options.clock ?? (() => new Date()))().toISOString();
  const headPosition = await raw.headPosition();
  const seals = (await raw.readStream(AUDIT_SEAL_STREAM)).map(recordedSeal);
  const sealProblems = checkSealChain(seals);

  const latest = seals.at(-1) ?? null;
  const sealedTo = latest?.seal.toPosition ?? 0;
  const links = new Map<string, StreamLink>();
  const broken: ChainBreak[] = [];
  let brokenStreamCount = 0;
  const eventProblems: EventProblem[] = [];
  let eventProblemCount = 0;
  let events = 0;
  let unsealedEvents = 0;
  const pending = [...seals].sort((a, b) => a.seal.fromPosition - b.seal.fromPosition);
  let open: OpenSeal[] = [];
  const closeSeal = ({ recorded, hasher }: OpenSeal) => {
    const problem = rangeProblem(recorded.seal, hasher);
    if (problem) sealProblems.push(problem);
  };

  const breakLink = (event: RecordedEvent, link: StreamLink, problem: ChainProblem, expected: ChainBreak['expected'], actual: ChainBreak['actual']) => {
    link.broken = true;
    brokenStreamCount++;
    if (broken.length < maxReported) {
      broken.push({ streamName: event.streamName, revision: event.revision, position: event.position, eventId: event.id, eventType: event.type, problem, expected, actual });
    }
  };

  for (let after = 0; ; ) {
    const batch = await raw.readAll({ after, maxCount: batchSize });
    if (batch.length === 0) break;
    for (const event of batch) {
      events++;
      if (event.position > sealedTo && event.type !== AUDIT_TRAIL_SEALED) unsealedEvents++;
      while (pending.length > 0 && event.position > pending[0]!.seal.fromPosition) open.push({ recorded: pending.shift()!, hasher: new RangeHasher() });
      for (const s of open.filter((s) => event.position > s.recorded.seal.toPosition)) closeSeal(s);
      open = open.filter((s) => event.position <= s.recorded.seal.toPosition);
      for (const s of open) s.hasher.add(event);
      checkLink(event, links, breakLink);
    }
    for (const { event, problem } of (await options.checkEvents?.(batch)) ?? []) {
      if (eventProblemCount++ < maxReported) eventProblems.push({ streamName: event.streamName, revision: event.revision, position: event.position, eventId: event.id, eventType: event.type, problem });
    }
    after = batch[batch.length - 1]!.position;
    options.onProgress?.(after, headPosition);
  }
  for (const s of [...open, ...pending.map((recorded) => ({ recorded, hasher: new RangeHasher() }))]) closeSeal(s);

  sealProblems.sort((a, b) => a.sealNumber - b.sealNumber);
  return {
    ok: brokenStreamCount === 0 && sealProblems.length === 0 && eventProblemCount === 0,
    verifiedAt,
    headPosition,
    chaining: findDecorator(store, IntegrityEventStore) !== undefined,
    events,
    streams: links.size,
    brokenStreams: broken,
    brokenStreamCount,
    eventProblems,
    eventProblemCount,
    seals: {
      count: seals.length,
      verified: seals.length - new Set(sealProblems.map((p) => p.sealNumber)).size,
      problems: sealProblems,
      latest: latest ? { sealNumber: latest.seal.sealNumber, sealHash: latest.seal.sealHash, toPosition: latest.seal.toPosition, sealedAt: latest.sealedAt } : null,
      unsealedEvents,
    },
  };
}

function checkLink(
  event: RecordedEvent,
  links: Map<string, StreamLink>,
  breakLink: (event: RecordedEvent, link: StreamLink, problem: ChainProblem, expected: ChainBreak['expected'], actual: ChainBreak['actual']) => void,
): void {
  let link = links.get(event.streamName);
  if (!link) {
    link = { revision: -1, hash: null, broken: false };
    links.set(event.streamName, link);
  }
  if (link.broken) return;
  const stamp = integrityOf(event.metadata);
  if (event.revision !== link.revision + 1) return breakLink(event, link, 'REVISION_GAP', link.revision + 1, event.revision);
  if (!stamp) return breakLink(event, link, 'MISSING_INTEGRITY', 'metadata.integrity', null);
  if (stamp.previousHash !== link.hash) return breakLink(event, link, 'PREVIOUS_HASH_MISMATCH', link.hash, stamp.previousHash);
  const recomputed = recomputeHash(event, stamp.previousHash);
  if (recomputed !== stamp.hash) return breakLink(event, link, 'HASH_MISMATCH', stamp.hash, recomputed);
  link.revision = event.revision;
  link.hash = stamp.hash;
}

function checkSealChain(seals: readonly RecordedSeal[]): SealProblem[] {
  const problems: SealProblem[] = [];
  let previous: AuditSeal | null = null;
  for (const { seal } of seals) {
    const at = { sealNumber: seal.sealNumber, fromPosition: seal.fromPosition, toPosition: seal.toPosition };
    const recomputed = sealHashOf(seal);
    if (recomputed !== seal.sealHash) problems.push({ ...at, problem: 'SEAL_HASH_MISMATCH', expected: seal.sealHash, actual: recomputed });
    else if (seal.previousSealHash !== (previous?.sealHash ?? null) || seal.sealNumber !== (previous?.sealNumber ?? 0) + 1) {
      problems.push({ ...at, problem: 'SEAL_CHAIN_BROKEN', expected: previous?.sealHash ?? null, actual: seal.previousSealHash });
    } else if (seal.fromPosition !== (previous?.toPosition ?? 0)) {
      problems.push({ ...at, problem: 'SEAL_RANGE_GAP', expected: previous?.toPosition ?? 0, actual: seal.fromPosition });
    }
    previous = seal;
  }
  return problems;
}

function rangeProblem(seal: AuditSeal, hasher: RangeHasher): SealProblem | null {
  const at = { sealNumber: seal.sealNumber, fromPosition: seal.fromPosition, toPosition: seal.toPosition };
  if (hasher.count !== seal.eventCount) return { ...at, problem: 'EVENT_COUNT_MISMATCH', expected: seal.eventCount, actual: hasher.count };
  const digest = hasher.digest();
  if (digest !== seal.eventsHash) return { ...at, problem: 'EVENTS_HASH_MISMATCH', expected: seal.eventsHash, actual: digest };
  return null;
}
