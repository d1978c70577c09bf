import { ANY, ErrorType, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import {
  ConcurrencyError,
  DomainError,
  NotFoundError,
  ServiceUnavailableError,
  UnprocessableError,
  ValidationError,
  newId,
  type EventToAppend,
  type ExpectedRevision,
  type RecordedEvent,
} from '#app/eventsourcing';
import type { EsdbEventData, EsdbExpectedRevision, EsdbJson, EsdbRecordedEvent } from './eventstoredb-client.js';
import { toGlobalPosition, toSafeNumber } from './eventstoredb-positions.js';

export function toEsdbExpectedRevision(expected: ExpectedRevision): EsdbExpectedRevision {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default:
      return BigInt(expected);
  }
}

export function toEventData(event: EventToAppend): EsdbEventData {
  return {
    id: event.id ?? newId(),
    contentType: 'application/json',
    type: event.type,
    // The client JSON-encodes data itself and cannot encode `undefined`.
    data: (event.data ?? null) as EsdbJson,
    metadata: event.metadata,
  };
}

export function toRecordedEvent(event: EsdbRecordedEvent): RecordedEvent {
  return {
    id: event.id,
    type: event.type,
    data: decodeJson(event.data),
    metadata: decodeMetadata(event.metadata),
    streamName: event.streamId,
    revision: toSafeNumber(event.revision, `The revision of event ${event.id}`),
    position: toGlobalPosition(event.position, `event ${event.id} in ${event.streamId}@${event.revision}`),
    createdAt: event.created.toISOString(),
  };
}

/** Streams this adapter keeps beside the events: snapshots and the command index. Never part of the global log we expose. */
export const SNAPSHOT_STREAM_PREFIX = 'snapshot-';
export const COMMAND_INDEX_STREAM_PREFIX = 'commandindex-';

export function isSystemEvent(event: EsdbRecordedEvent): boolean {
  return (
    event.type.startsWith('$') ||
    event.streamId.startsWith('$') ||
    event.streamId.startsWith(SNAPSHOT_STREAM_PREFIX) ||
    event.streamId.startsWith(COMMAND_INDEX_STREAM_PREFIX)
  );
}

/** The client hands back bytes when the content type is not JSON or the JSON is malformed. */
function decodeJson(value: unknown): unknown {
  if (!(value instanceof Uint8Array)) return value;
  try {
    return JSON.parse(new TextDecoder().decode(value));
  } catch {
    return value;
  }
}

function decodeMetadata(value: unknown): Record<string, unknown> {
  const decoded = decodeJson(value);
  return decoded !== null && typeof decoded === 'object' && !Array.isArray(decoded) && !(decoded instanceof Uint8Array)
    ? (decoded as Record<string, unknown>)
    : {};
}

const UNAVAILABLE_TYPES: ReadonlySet<string> = new Set([
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.NOT_LEADER,
  ErrorType.CANCELLED,
]);

export interface ErrorContext {
  streamName?: string;
  expectedRevision?: ExpectedRevision;
}

/** Codes of failures that waiting cannot fix: start-up gives up on them at once. */
export const MISCONFIGURED_EVENT_STORE_CODES: ReadonlySet<string> = new Set(['EVENT_STORE.ACCESS_DENIED', 'EVENT_STORE.UNSUPPORTED']);

/**
 * Vendor errors to ours, each with a stable code: the client marks its errors with a `type`
 * (ErrorType), which is what it checks too. Anything the client raises that is not one of ours
 * becomes `EVENT_STORE.FAILED` (503), never a bare 500.
 */
export function translateError(error: unknown, context: ErrorContext = {}): unknown {
  if (error instanceof DomainError) return error;
  const type = errorType(error);
  const reason = (error as Error | null)?.message ?? String(error);
  const details = { reason, ...(type ? { errorType: type } : {}) };
  const stream = context.streamName ?? 'the stream';
  if (type === ErrorType.WRONG_EXPECTED_VERSION) {
    const actualVersion = (error as { actualVersion?: unknown }).actualVersion;
    const actual = typeof actualVersion === 'bigint' ? toSafeNumber(actualVersion, 'The current revision') : 'no_stream';
    return concurrencyError(context, actual);
  }
  if ((type !== undefined && UNAVAILABLE_TYPES.has(type)) || isDiscoveryFailure(error)) {
    return new ServiceUnavailableError('EVENT_STORE.UNAVAILABLE', 'EventStoreDB is unavailable; retry the request', details);
  }
  switch (type) {
    case ErrorType.STREAM_DELETED:
      return new NotFoundError('STREAM.DELETED', `${stream} was deleted from EventStoreDB (tombstoned): it can no longer be read or written`, {
        ...details,
        ...(context.streamName ? { streamName: context.streamName } : {}),
      });
    case ErrorType.ACCESS_DENIED:
      return new ServiceUnavailableError(
        'EVENT_STORE.ACCESS_DENIED',
        'EventStoreDB refused the credentials of this service (reading $all needs a user in $ops or $admins on a secure cluster)',
        details,
      );
    case ErrorType.MAXIMUM_APPEND_SIZE_EXCEEDED:
      return new UnprocessableError('EVENT_STORE.APPEND_TOO_LARGE', `The events for ${stream} exceed EventStoreDB's maximum append size`, {
        ...details,
        maxAppendSize: (error as { maxAppendSize?: unknown }).maxAppendSize ?? null,
      });
    case ErrorType.INVALID_ARGUMENT:
      return new ValidationError('EVENT_STORE.INVALID_ARGUMENT', `EventStoreDB refused the request as invalid: ${reason}`, [], details);
    case ErrorType.UNSUPPORTED:
      return new ServiceUnavailableError('EVENT_STORE.UNSUPPORTED', `This EventStoreDB server is too old: ${reason}`, details);
    default:
      return type === undefined && !isGrpcError(error)
        ? error
        : new ServiceUnavailableError('EVENT_STORE.FAILED', 'EventStoreDB failed to answer the request; retry it', details);
  }
}

export function concurrencyError(context: ErrorContext, actual: number | 'no_stream'): ConcurrencyError {
  const expected = context.expectedRevision ?? 'any';
  return new ConcurrencyError(
    `Append to ${context.streamName ?? 'the stream'} expected revision ${expected} but the stream is at ${actual}`,
    expected,
    actual,
  );
}

export function errorType(error: unknown): string | undefined {
  const type = (error as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : undefined;
}

/** A gRPC status error the client passed on without a type of its own. */
function isGrpcError(error: unknown): boolean {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'number' && typeof (error as { details?: unknown }).details === 'string';
}

/** Raised by the client as a plain Error when no cluster node answers. */
function isDiscoveryFailure(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('Failed to discover after');
}
