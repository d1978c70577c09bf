import type { RecordedEvent } from '#app/eventsourcing';
import { denseNumberingOf, type EventStore } from '../event-store.port.js';
import { PagePacer } from '../follower/page-pacer.js';
import { AUDIT_SEAL_STREAM, AUDIT_TRAIL_SEALED, RangeHasher, recordedSeal, sealHashOf, type AuditSeal, type RecordedSeal } from './audit-seal.js';
import { integrityOf, recomputeHash } from './event-hash.js';
import { IntegrityEventStore } from './integrity-event-store.js';
import { findDecorator, rawEventStore } from './event-store-decorator.js';
import type { SealReceipt } from './seal-receipts.js';

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

export type ReceiptProblemKind =
  /** A receipt names a seal the log no longer holds: the seal stream was deleted or shortened. */
  | 'SEAL_MISSING'
  /** The log's seal of that number is not the one the receipt recorded: the seals were rewritten. */
  | 'SEAL_DIFFERS';

export interface ReceiptProblem {
  sealNumber: number;
  problem: ReceiptProblemKind;
  expected: string;
  actual: string | null;
}

/** Positions the log skips (only on a store whose positions run 1, 2, 3 …): events deleted there. */
export interface PositionGap {
  /** The last position before the hole (0 at the start of the log). */
  after: number;
  /** The first position after it (the highest position ever assigned + 1 for a truncated tail). */
  next: number;
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
  log: {
    /** Whether the store numbers its log densely, so that holes can be looked for. */
    dense: boolean;
    /** Holes in the positions, in order (at most `maxReported`), a truncated tail last. */
    gaps: PositionGap[];
    gapCount: number;
    missingPositions: number;
  };
  seals: {
    count: number;
    verified: number;
    problems: SealProblem[];
    /** Record this hash outside the system to detect a later rewrite of the seals themselves. */
    latest: { sealNumber: number; sealHash: string; toPosition: number; sealedAt: string } | null;
    /** Events after the latest seal (seals aside): protected by their stream chains only until the next seal. */
    unsealedEvents: number;
    /** Unsealed events older than the seal interval (and its grace): sealing stopped, or the seals were removed. */
    overdue: { events: number; oldestPosition: number; oldestAt: string; olderThanMs: number } | null;
    /** The log's seals against the receipts kept outside it; null when none were given. */
    receipts: { count: number; matched: number; problems: ReceiptProblem[]; unreceipted: number } | null;
  };
}

export interface VerifyOptions {
  /** Most events read per page; pages take turns with the rest of the event loop. Defaults to 1,000. */
  batchSize?: number;
  /** Longest list of broken streams and of gaps reported; every one is counted. Defaults to 1,000. */
  maxReported?: number;
  /** Called after each page with the position reached and the head. */
  onProgress?: (position: number, head: number) => void;
  clock?: () => Date;
  /** The seal receipts kept outside the store, in the order written (duplicates allowed). */
  receipts?: readonly SealReceipt[] | null;
  /** The seal schedule's interval (ms): unsealed events older than it plus `sealGraceMs` are reported. 0 or absent: not checked. */
  sealIntervalMs?: number;
  /** Defaults to a minute. */
  sealGraceMs?: number;
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
 * decorator, as written), in one pass over the global log, in pages that take turns with the rest
 * of the event loop; checks the seal stream against the receipts kept outside the store, the
 * positions for holes where the store numbers densely, and that no event waited for its seal longer
 * than the seal interval. Memory grows with the number of streams, not events.
 */
export async function verifyAuditTrail(store: EventStore, options: VerifyOptions = {}): Promise<AuditTrailReport> {
  const raw = rawEventStore(store);
  const pacer = new PagePacer(options.batchSize ?? 1000);
  const maxReported = options.maxReported ?? 1000;
  const verifiedAt = (options.clock ?? (() => new Date()))();
  const headPosition = await raw.headPosition();
  const numbering = denseNumberingOf(raw);
  // A bounded read goes to the storage itself, past any cache of whole streams (which assumes streams only grow).
  const seals = (await raw.readStream(AUDIT_SEAL_STREAM, { maxCount: Number.MAX_SAFE_INTEGER })).map(recordedSeal);
  const sealProblems = checkSealChain(seals);

  const latest = seals.at(-1) ?? null;
  const sealedTo = latest?.seal.toPosition ?? 0;
  const overdueBefore = options.sealIntervalMs ? verifiedAt.getTime() - options.sealIntervalMs - (options.sealGraceMs ?? 60_000) : null;
  let overdue: NonNullable<AuditTrailReport['seals']['overdue']> | null = null;
  const links = new Map<string, StreamLink>();
  const broken: ChainBreak[] = [];
  let brokenStreamCount = 0;
  const eventProblems: EventProblem[] = [];
  let eventProblemCount = 0;
  const gaps = new GapCounter(maxReported);
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

  let after = 0;
  for (;;) {
    await pacer.turn();
    const size = pacer.size;
    const batch = await raw.readAll({ after, maxCount: size });
    if (batch.length === 0) break;
    for (const event of batch) {
      events++;
      if (numbering) gaps.next(event.position);
      if (event.position > sealedTo && event.type !== AUDIT_TRAIL_SEALED) {
        unsealedEvents++;
        if (overdueBefore !== null && Date.parse(event.createdAt) < overdueBefore) {
          overdue ??= { events: 0, oldestPosition: event.position, oldestAt: event.createdAt, olderThanMs: verifiedAt.getTime() - overdueBefore };
          overdue.events++;
        }
      }
      while (pending.length > 0 && event.position > pending[0]!.seal.fromPosition) open.push({ recorded: pending.shift()!, hasher: new RangeHasher() });
      for (const s of open.filter((s) => event.position > s.recorded.seal.toPosition)) closeSeal(s);
      open = open.filter((s) => event.position <= s.recorded.seal.toPosition);
      for (const s of open) s.hasher.add(event);
      checkLink(event, links, breakLink);
    }
    for (const { event, problem } of (await options.checkEvents?.(batch)) ?? []) {
      if (eventProblemCount++ < maxReported) eventProblems.push({ streamName: event.streamName, revision: event.revision, position: event.position, eventId: event.id, eventType: event.type, problem });
    }
    pacer.done(size, batch.length);
    after = batch[batch.length - 1]!.position;
    options.onProgress?.(after, headPosition);
  }
  for (const s of [...open, ...pending.map((recorded) => ({ recorded, hasher: new RangeHasher() }))]) closeSeal(s);
  if (numbering) gaps.end(await numbering.highestAssignedPosition());

  sealProblems.sort((a, b) => a.sealNumber - b.sealNumber);
  const receipts = options.receipts ? checkReceipts(seals, options.receipts) : null;
  return {
    ok: brokenStreamCount === 0 && sealProblems.length === 0 && gaps.count === 0 && eventProblemCount === 0 && overdue === null && (receipts?.problems.length ?? 0) === 0,
    verifiedAt: verifiedAt.toISOString(),
    headPosition,
    chaining: findDecorator(store, IntegrityEventStore) !== undefined,
    events,
    streams: links.size,
    brokenStreams: broken,
    brokenStreamCount,
    eventProblems,
    eventProblemCount,
    log: { dense: numbering !== null, gaps: gaps.reported, gapCount: gaps.count, missingPositions: gaps.missing },
    seals: {
      count: seals.length,
      verified: seals.length - new Set(sealProblems.map((p) => p.sealNumber)).size,
      problems: sealProblems,
      latest: latest ? { sealNumber: latest.seal.sealNumber, sealHash: latest.seal.sealHash, toPosition: latest.seal.toPosition, sealedAt: latest.sealedAt } : null,
      unsealedEvents,
      overdue,
      receipts,
    },
  };
}

/** Positions 1, 2, 3 … with every hole counted, and the first `max` kept. */
class GapCounter {
  readonly reported: PositionGap[] = [];
  count = 0;
  missing = 0;
  private last = 0;

  constructor(private readonly max: number) {}

  next(position: number) {
    if (position > this.last + 1) this.hole(this.last, position);
    this.last = position;
  }

  /** The highest position ever assigned: positions past the last one read were truncated. */
  end(highestAssigned: number) {
    if (highestAssigned > this.last) this.hole(this.last, highestAssigned + 1);
  }

  private hole(after: number, next: number) {
    this.count++;
    this.missing += next - after - 1;
    if (this.reported.length < this.max) this.reported.push({ after, next });
  }
}

function checkReceipts(seals: readonly RecordedSeal[], receipts: readonly SealReceipt[]): NonNullable<AuditTrailReport['seals']['receipts']> {
  const byNumber = new Map(seals.map((s) => [s.seal.sealNumber, s.seal]));
  const problems: ReceiptProblem[] = [];
  const received = new Map<number, SealReceipt>();
  for (const receipt of receipts) received.set(receipt.sealNumber, receipt);
  let matched = 0;
  for (const receipt of [...received.values()].sort((a, b) => a.sealNumber - b.sealNumber)) {
    const seal = byNumber.get(receipt.sealNumber);
    if (!seal) problems.push({ sealNumber: receipt.sealNumber, problem: 'SEAL_MISSING', expected: receipt.sealHash, actual: null });
    else if (seal.sealHash !== receipt.sealHash) problems.push({ sealNumber: receipt.sealNumber, problem: 'SEAL_DIFFERS', expected: receipt.sealHash, actual: seal.sealHash });
    else matched++;
  }
  return { count: received.size, matched, problems, unreceipted: seals.filter((s) => !received.has(s.seal.sealNumber)).length };
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
