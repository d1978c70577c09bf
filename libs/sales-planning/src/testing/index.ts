export * from './plan-fixtures.js';
