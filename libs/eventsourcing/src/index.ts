export * from './errors.js';
export * from './types.js';
export * from './ids.js';
export * from './store-types.js';
export * from './handle-command.js';
export * from './upcasting.js';
export { logContext, type LogContext } from './log-context.js';
