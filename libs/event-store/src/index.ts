export * from './event-store.port.js';
export * from './sqlite/sqlite-event-store.js';
