export * from './read-store.contract.js';
export * from './projection-runner.scenarios.js';
export * from './delegating-read-store.js';
export * from './crashing-read-store.js';
export * from './unreachable-read-store.js';
export * from './projection-test-kit.js';
export * from './stream-counter.projection.js';
