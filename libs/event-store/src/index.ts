export * from './event-store.port.js';
export * from './sqlite/sqlite-event-store.js';
export * from './eventstoredb/eventstoredb-event-store.js';
export * from './process/event-process-runner.js';
