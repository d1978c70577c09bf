import { CommandExecutor, type CommandExecutorOptions, type CommandResult, type HandleCommandOptions } from './command-executor.js';
import type { RecordedEvent, StreamAccess } from './store-types.js';
import type { Command, Decider, Event } from './types.js';

export type { CommandExecutorOptions, CommandResult, HandleCommandOptions } from './command-executor.js';

/** Folds recorded events into state with the decider's evolve. */
export function fold<S, E extends Event>(decider: Pick<Decider<never, S, E>, 'evolve' | 'initialState'>, events: readonly RecordedEvent[]): S {
  let state = decider.initialState();
  for (const e of events) state = decider.evolve(state, { type: e.type, data: e.data } as E);
  return state;
}

const executors = new WeakMap<StreamAccess, CommandExecutor>();

/**
 * The executor of the commands on this store object. Every handler and process given the same
 * store shares it, and with it one lane per stream and one cache of folded states; a second store
 * object (another process, a test) has its own.
 */
export function commandExecutor(store: StreamAccess): CommandExecutor {
  let executor = executors.get(store);
  if (!executor) {
    executor = new CommandExecutor(store);
    executors.set(store, executor);
  }
  return executor;
}

/** Sets how commands on this store object are run (deadline, snapshots, cache); call it before the first command. */
export function configureCommands(store: StreamAccess, options: CommandExecutorOptions): CommandExecutor {
  const executor = new CommandExecutor(store, options);
  executors.set(store, executor);
  return executor;
}

/** read state → decide → append, through the store's CommandExecutor (see there for the guarantees). */
export function handleCommand<C extends Command, S, E extends Event>(
  store: StreamAccess,
  decider: Decider<C, S, E>,
  streamName: string,
  command: C,
  options: HandleCommandOptions<E> = {},
): Promise<CommandResult<S, E>> {
  return commandExecutor(store).handle(decider, streamName, command, options);
}
