export * from './actors.js';
export * from './development-scope-fixtures.js';
export * from './prospect-fixtures.js';
