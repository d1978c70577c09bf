import type { ClientSession, TransactionOptions } from 'mongodb';
import { isTransientTransactionError, isUnknownCommitResult } from './mongodb-errors.js';

export interface TransactionRetryPolicy {
  /** Further attempts after the first, for the whole transaction and for its commit. */
  retries: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

const TRANSACTION_OPTIONS: TransactionOptions = { writeConcern: { w: 'majority' }, readPreference: 'primary' };

/** Half to all of `initial * 2^attempt`, capped: spreads retries of competing writers apart. */
export function backoffMs(policy: TransactionRetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxBackoffMs, policy.initialBackoffMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (policy.random() * ceiling) / 2);
}

/**
 * Runs `work` in a transaction of `session` and commits it, following the MongoDB transactions
 * spec like `ClientSession.withTransaction`, but with a bounded number of attempts instead of
 * its 120-second budget: an error labelled TransientTransactionError (from the work or the commit)
 * aborts and runs the whole transaction again; UnknownTransactionCommitResult commits again. Any
 * other error aborts and is rethrown, as is the last one once the retries are spent.
 */
export async function runTransaction<T>(session: ClientSession, work: () => Promise<T>, policy: TransactionRetryPolicy): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    session.startTransaction(TRANSACTION_OPTIONS);
    let result: T;
    try {
      result = await work();
    } catch (error) {
      if (session.inTransaction()) await session.abortTransaction().catch(() => undefined);
      if (!isTransientTransactionError(error) || attempt >= policy.retries) throw error;
      await policy.sleep(backoffMs(policy, attempt));
      continue;
    }
    try {
      await commit(session, policy);
      return result;
    } catch (error) {
      if (!isTransientTransactionError(error) || attempt >= policy.retries) throw error;
      await policy.sleep(backoffMs(policy, attempt));
    }
  }
}

async function commit(session: ClientSession, policy: TransactionRetryPolicy): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await session.commitTransaction();
      return;
    } catch (error) {
      if (!isUnknownCommitResult(error) || attempt >= policy.retries) throw error;
      await policy.sleep(backoffMs(policy, attempt));
    }
  }
}
