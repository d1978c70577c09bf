export * from './shared/period.js';
export * from './shared/metric.js';
export * from './shared/authorization.js';
export * from './plan/plan.events.js';
export * from './plan/plan.commands.js';
export * from './plan/plan.js';
export * from './plan/plan.decide.js';
