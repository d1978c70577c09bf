import { START } from '@eventstore/db-client';
import type { EsdbLogPosition } from './eventstoredb-client.js';

/*
 * Why the global position is the commit position, and why that is safe:
 * every event appended over gRPC (one or many per append) is written as its own prepare record
 * flagged IsCommitted, so the server reports it at commit = prepare = that record's byte offset
 * in the transaction log. Offsets are unique and $all is read in log order, so the number is
 * unique and strictly increasing; events of one append get consecutive, distinct numbers.
 * Reading $all forwards from {n, n} starts *at* the event at n (inclusive), so callers drop
 * events at or before `after`. Only legacy explicit (TCP) transactions give commit ≠ prepare
 * (several events sharing a commit); they cannot be ordered by one number, so they are refused.
 */

/** The server's "position unknown" (ulong.MaxValue), sent for stream reads before 22.6. */
const NO_POSITION = 2n ** 64n - 1n;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function toGlobalPosition(position: EsdbLogPosition | undefined, what: string): number {
  if (position === undefined || position.commit === NO_POSITION) {
    throw new Error(`EventStoreDB did not report the log position of ${what}; it does so on stream reads from version 22.6`);
  }
  if (position.commit !== position.prepare) {
    throw new Error(
      `${what} has commit position ${position.commit} but prepare position ${position.prepare}: it was written in an ` +
        'explicit (TCP client) transaction, whose events share a commit position and cannot be numbered uniquely',
    );
  }
  return toSafeNumber(position.commit, `The log position of ${what}`);
}

/** Where to start reading $all so that the event at `after` (if any) comes first. */
export function toLogPosition(after: number): typeof START | EsdbLogPosition {
  if (after <= 0) return START;
  if (!Number.isSafeInteger(after)) throw new RangeError(`A global position must be a safe integer, got ${after}`);
  const offset = BigInt(after);
  return { commit: offset, prepare: offset };
}

export function toSafeNumber(value: bigint, what: string): number {
  if (value > MAX_SAFE || value < -MAX_SAFE) {
    throw new RangeError(`${what} (${value}) is beyond Number.MAX_SAFE_INTEGER and cannot be represented exactly`);
  }
  return Number(value);
}

export function compareLogPositions(a: EsdbLogPosition, b: EsdbLogPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}
