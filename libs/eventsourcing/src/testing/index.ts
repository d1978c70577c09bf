export { deciderSpec } from './decider-spec.js';
export { describeUnless, skippedSuite } from './skip-with-reason.js';
