export {
  type ErrorKind,
  type FieldError,
  ConcurrencyError,
  DomainError,
  ForbiddenError,
  InsufficientStorageError,
  IllegalStateError,
  NotFoundError,
  PreconditionFailedError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthorizedError,
  UnprocessableError,
  ValidationError,
} from './errors.js';
export { type Actor, type Command, type CommandContext, type Decider, type Event, type EventMetadata, type Role, ROLES } from './types.js';
export { canonicalJson, deterministicUuid, newId, sha256Hex } from './ids.js';
export type { AppendResult, EventToAppend, ExpectedRevision, RecordedEvent, StreamAccess } from './store-types.js';
export { type CommandResult, type HandleCommandOptions, fold, handleCommand } from './handle-command.js';
export { type EventTypeVersion, type Upcaster, eventTypeVersion, UpcasterChain, versionedType } from './upcasting.js';
export { type LogContext, logContext } from './log-context.js';
