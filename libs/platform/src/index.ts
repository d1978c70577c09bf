export * from './config.js';
export * from './jwt.js';
