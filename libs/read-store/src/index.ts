export * from './read-store.port.js';
export * from './sqlite/sqlite-read-store.js';
export * from './projection/projection.js';
export * from './projection/projection-runner.js';
