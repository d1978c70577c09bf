export * from './errors.js';
export * from './types.js';
export * from './ids.js';
export * from './store-types.js';
export * from './handle-command.js';
export { CommandExecutor } from './command-executor.js';
export { StateCache, type FoldedState } from './state-cache.js';
export { deepFreeze } from './deep-freeze.js';
export * from './upcasting.js';
