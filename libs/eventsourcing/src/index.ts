export {
  type ErrorKind,
  type FieldError,
  ConcurrencyError,
  DomainError,
  ForbiddenError,
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
export {
  type AppendOptions,
  type AppendResult,
  type CommandOutcome,
  type CommandStamp,
  type EventToAppend,
  type ExpectedRevision,
  type RecordedCommand,
  type RecordedEvent,
  type SnapshotAccess,
  type StoredSnapshot,
  type StreamAccess,
  COMMAND_RECORDED,
} from './store-types.js';
export { type CommandExecutorOptions, type CommandResult, type HandleCommandOptions, commandExecutor, configureCommands, fold, handleCommand } from './handle-command.js';
export { CommandExecutor } from './command-executor.js';
export { StateCache, type FoldedState } from './state-cache.js';
export { deepFreeze } from './deep-freeze.js';
export { type EventTypeVersion, type Upcaster, eventTypeVersion, UpcasterChain, versionedType } from './upcasting.js';
export { type LogContext, logContext } from './log-context.js';
