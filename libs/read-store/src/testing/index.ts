export { readStoreContract } from './read-store.contract.js';
export { type ReadStoreFixture, projectionRunnerScenarios } from './projection-runner.scenarios.js';
export { DelegatingReadStore } from './delegating-read-store.js';
export { CrashingReadStore } from './crashing-read-store.js';
export { UnreachableReadStore } from './unreachable-read-store.js';
export { allDocuments, appendTypes, positionsOf, quietLogger } from './projection-test-kit.js';
export { type CounterEvent, type StreamCount, streamCounter } from './stream-counter.projection.js';
export { type UndeclaredQuery, QueryShapeGuard } from './query-shape-guard.js';
