import { ConcurrencyError, PreconditionFailedError, UnprocessableError } from './errors.js';
import { deterministicUuid } from './ids.js';
import type { RecordedEvent, StreamAccess } from './store-types.js';
import type { Command, Decider, Event, EventMetadata } from './types.js';

export interface HandleCommandOptions<E extends Event> {
  /** The revision the client last saw (If-Match). A mismatch is a PreconditionFailedError, never retried. */
  expectedRevision?: number;
  /** Extra metadata per event, e.g. the reason or comment the command carries. */
  metadataFor?: (event: E) => Partial<EventMetadata>;
  /** Retries after losing an optimistic-concurrency race when the client gave no expectation. */
  maxRetries?: number;
}

export interface CommandResult<S, E extends Event> {
  streamName: string;
  nextExpectedRevision: number;
  position: number;
  events: E[];
  state: S;
  /** True when the command had been handled before (same command id) and nothing was appended. */
  replayed: boolean;
}

/** Folds recorded events into state with the decider's evolve. */
export function fold<S, E extends Event>(decider: Pick<Decider<never, S, E>, 'evolve' | 'initialState'>, events: readonly RecordedEvent[]): S {
  let state = decider.initialState();
  for (const e of events) state = decider.evolve(state, { type: e.type, data: e.data } as E);
  return state;
}

/**
 * read stream → fold → decide → append with the expected revision.
 * A command id already present in the stream is answered from the stored events (idempotent retry);
 * the same command id with a different request hash is rejected.
 */
export async function handleCommand<C extends Command, S, E extends Event>(
  store: StreamAccess,
  decider: Decider<C, S, E>,
  streamName: string,
  command: C,
  options: HandleCommandOptions<E> = {},
): Promise<CommandResult<S, E>> {
  const maxRetries = options.expectedRevision === undefined ? (options.maxRetries ?? 5) : 0;
  for (let attempt = 0; ; attempt++) {
    const recorded = await store.readStream(streamName);
    const replay = previousOutcome(recorded, command);
    if (replay) return { ...replay, streamName, state: fold(decider, recorded) as S } as CommandResult<S, E>;

    const currentRevision = recorded.length === 0 ? -1 : recorded[recorded.length - 1]!.revision;
    if (options.expectedRevision !== undefined && options.expectedRevision !== currentRevision) {
      throw new PreconditionFailedError(
        'STREAM.REVISION_MISMATCH',
        `The resource changed: you sent revision ${options.expectedRevision}, it is now at ${currentRevision}`,
        { expectedRevision: options.expectedRevision, currentRevision },
      );
    }
    const state = fold(decider, recorded) as S;
    const events = decider.decide(command, state);
    if (events.length === 0) {
      return { streamName, nextExpectedRevision: currentRevision, position: recorded.at(-1)?.position ?? 0, events, state, replayed: false };
    }
    const ctx = command.context;
    try {
      const result = await store.append(
        streamName,
        events.map((event, index) => ({
          id: deterministicUuid(`${ctx.commandId}:${index}`),
          type: event.type,
          data: event.data,
          metadata: {
            actorId: ctx.actor.id,
            actorName: ctx.actor.name,
            actorRole: actingRole(command),
            commandId: ctx.commandId,
            commandType: command.type,
            correlationId: ctx.correlationId,
            causationId: ctx.causationId ?? ctx.commandId,
            occurredAt: ctx.now.toISOString(),
            ...(ctx.requestHash ? { requestHash: ctx.requestHash } : {}),
            ...reasonAndComment(event),
            ...(options.metadataFor?.(event) ?? {}),
          } satisfies EventMetadata,
        })),
        { expectedRevision: currentRevision === -1 ? 'no_stream' : currentRevision },
      );
      const newState = events.reduce(decider.evolve, state);
      return { streamName, ...result, events, state: newState, replayed: false };
    } catch (error) {
      if (error instanceof ConcurrencyError) {
        if (options.expectedRevision !== undefined) {
          throw new PreconditionFailedError('STREAM.REVISION_MISMATCH', 'The resource changed while the command was handled', {
            expectedRevision: options.expectedRevision,
          });
        }
        if (attempt < maxRetries) continue;
      }
      throw error;
    }
  }
}

/** Decision 9: the reason or comment of a decision travels in the metadata too, for auditors. */
function reasonAndComment(event: Event): Partial<EventMetadata> {
  const data = event.data as { reason?: unknown; comment?: unknown };
  return {
    ...(typeof data.reason === 'string' ? { reason: data.reason } : {}),
    ...(typeof data.comment === 'string' ? { comment: data.comment } : {}),
  };
}

/** The role the actor acted in: set by the application from the command's rule, else the first role held. */
function actingRole(command: Command): EventMetadata['actorRole'] {
  return command.context.actingRole ?? command.context.actor.roles[0] ?? 'system';
}

function previousOutcome(recorded: readonly RecordedEvent[], command: Command) {
  const ctx = command.context;
  const earlier = recorded.filter((e) => (e.metadata as { commandId?: string }).commandId === ctx.commandId);
  if (earlier.length === 0) return undefined;
  const storedHash = (earlier[0]!.metadata as { requestHash?: string }).requestHash;
  if (ctx.requestHash && storedHash && storedHash !== ctx.requestHash) {
    throw new UnprocessableError(
      'REQUEST.IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used with a different request',
      { commandId: ctx.commandId },
    );
  }
  const last = earlier[earlier.length - 1]!;
  return {
    nextExpectedRevision: last.revision,
    position: last.position,
    events: earlier.map((e) => ({ type: e.type, data: e.data })),
    replayed: true,
  };
}
