import {
  MongoBulkWriteError,
  MongoClientClosedError,
  MongoError,
  MongoErrorLabel,
  MongoNetworkError,
  MongoNotConnectedError,
  MongoOperationTimeoutError,
  MongoServerClosedError,
  MongoServerError,
  MongoServerSelectionError,
  MongoTopologyClosedError,
} from 'mongodb';
import { ServiceUnavailableError } from '#app/eventsourcing';

/** Server answers that mean "no usable primary right now": elections, shutdowns, lost hosts, timeouts. */
const UNAVAILABLE_CODES: ReadonlySet<number> = new Set([
  6, // HostUnreachable
  7, // HostNotFound
  50, // MaxTimeMSExpired
  64, // WriteConcernTimeout
  89, // NetworkTimeout
  91, // ShutdownInProgress
  133, // FailedToSatisfyReadPreference
  189, // PrimarySteppedDown
  262, // ExceededTimeLimit
  9001, // SocketException
  10058, // LegacyNotPrimary
  10107, // NotWritablePrimary
  11600, // InterruptedAtShutdown
  11602, // InterruptedDueToReplStateChange
  13435, // NotPrimaryNoSecondaryOk
  13436, // NotPrimaryOrSecondary
]);

const DUPLICATE_KEY = 11000;
const NAMESPACE_NOT_FOUND = 26;
const NAMESPACE_EXISTS = 48;

export function hasLabel(error: unknown, label: MongoErrorLabel): boolean {
  return error instanceof MongoError && error.hasErrorLabel(label);
}

/** The whole transaction may be run again (write conflicts, elections, network errors inside it). */
export function isTransientTransactionError(error: unknown): boolean {
  return hasLabel(error, MongoErrorLabel.TransientTransactionError);
}

/** The commit may or may not have happened; committing again is safe. */
export function isUnknownCommitResult(error: unknown): boolean {
  return hasLabel(error, MongoErrorLabel.UnknownTransactionCommitResult) && !(error instanceof MongoServerError && error.code === 50);
}

/** A bulk write wraps a driver error (network, server selection) that happened while it ran. */
export function rootOf(error: unknown): unknown {
  return error instanceof MongoBulkWriteError && error.errorResponse instanceof MongoError ? error.errorResponse : error;
}

export function isUnreachable(failure: unknown): boolean {
  const error = rootOf(failure);
  return (
    error instanceof MongoServerSelectionError ||
    error instanceof MongoNetworkError ||
    error instanceof MongoTopologyClosedError ||
    error instanceof MongoNotConnectedError ||
    error instanceof MongoServerClosedError ||
    error instanceof MongoClientClosedError ||
    error instanceof MongoOperationTimeoutError ||
    (error instanceof MongoServerError && typeof error.code === 'number' && UNAVAILABLE_CODES.has(error.code))
  );
}

export function isDuplicateKey(error: unknown): boolean {
  return error instanceof MongoServerError && error.code === DUPLICATE_KEY;
}

export function isNamespaceNotFound(error: unknown): boolean {
  return error instanceof MongoServerError && error.code === NAMESPACE_NOT_FOUND;
}

export function isNamespaceExists(error: unknown): boolean {
  return error instanceof MongoServerError && error.code === NAMESPACE_EXISTS;
}

/**
 * The port's errors for the driver's: an unreachable server or cluster without a primary is
 * ServiceUnavailableError `READ_STORE.UNAVAILABLE`; a transaction still conflicting after its
 * retries is `READ_STORE.BUSY`. Anything else passes through unchanged.
 */
export function translateMongoError(error: unknown): unknown {
  if (!(error instanceof MongoError)) return error;
  if (isUnreachable(error)) return unavailable(rootOf(error));
  if (isTransientTransactionError(error) || hasLabel(error, MongoErrorLabel.UnknownTransactionCommitResult)) {
    return new ServiceUnavailableError('READ_STORE.BUSY', 'The read store is busy with conflicting writes; retry the request', {
      reason: error.message,
      errorName: error.name,
    });
  }
  return error;
}

export function unavailable(cause: unknown): ServiceUnavailableError {
  return new ServiceUnavailableError('READ_STORE.UNAVAILABLE', 'The read store (MongoDB) is unavailable; retry the request', {
    reason: (cause as Error | null)?.message ?? String(cause),
    errorName: (cause as Error | null)?.name ?? 'Error',
  });
}

/** The client has no live topology (its connection failed or was closed): it must connect again. */
export function isTopologyLost(failure: unknown): boolean {
  const error = rootOf(failure);
  return error instanceof MongoServerSelectionError || error instanceof MongoTopologyClosedError || error instanceof MongoNotConnectedError;
}
