/**
 * The one error hierarchy of the system. Every error carries a stable, machine-readable code
 * (e.g. `PLAN.ALREADY_APPROVED`) that clients may switch on; messages are for people.
 */
export type ErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'illegal_state'
  | 'concurrency'
  | 'precondition_failed'
  | 'unprocessable'
  | 'too_many_requests'
  | 'unavailable'
  | 'insufficient_storage';

export abstract class DomainError extends Error {
  abstract readonly kind: ErrorKind;

  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldError {
  field: string;
  messages: string[];
}

export class ValidationError extends DomainError {
  readonly kind = 'validation' as const;

  constructor(code: string, message: string, readonly fields: FieldError[] = [], details: Record<string, unknown> = {}) {
    super(code, message, details);
  }
}

export class UnauthorizedError extends DomainError {
  readonly kind = 'unauthorized' as const;
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden' as const;
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found' as const;
}

/** The command is not allowed in the current state (HTTP 409). */
export class IllegalStateError extends DomainError {
  readonly kind = 'illegal_state' as const;
}

/** The stream moved on between read and append (optimistic concurrency). */
export class ConcurrencyError extends DomainError {
  readonly kind = 'concurrency' as const;

  constructor(
    message: string,
    readonly expected: string | number,
    readonly actual: number | 'no_stream',
    code = 'STREAM.WRONG_EXPECTED_REVISION',
  ) {
    super(code, message, { expectedRevision: expected, actualRevision: actual });
  }
}

/** The client's precondition (If-Match) no longer holds (HTTP 412). */
export class PreconditionFailedError extends DomainError {
  readonly kind = 'precondition_failed' as const;
}

/** Well-formed but unusable request, e.g. an idempotency key reused with another body (HTTP 422). */
export class UnprocessableError extends DomainError {
  readonly kind = 'unprocessable' as const;
}

/** The client sent too much of something (e.g. failed sign-ins) and must wait `details.retryAfterSeconds` (HTTP 429). */
export class TooManyRequestsError extends DomainError {
  readonly kind = 'too_many_requests' as const;
}

/** A back end is unreachable or overloaded; the request may be retried (HTTP 503). */
export class ServiceUnavailableError extends DomainError {
  readonly kind = 'unavailable' as const;
}

/** The disk under a store is full: nothing was written, and the request may be retried once space is freed (HTTP 507). */
export class InsufficientStorageError extends DomainError {
  readonly kind = 'insufficient_storage' as const;
}
