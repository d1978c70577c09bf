export * from './config.js';
export * from './jwt.js';
export * from './stores.js';
export * from './startup.js';
export * from './runtime.js';
export { DATA_DIR_EXIT_CODE, DataDirError, checkDataDir, dataDirFailure } from './data-dir.js';
export { sealReceiptSinks, verifyOptionsFor } from './audit-trail.js';
export { claimProcessSlot, type ProcessSlot } from './process-slot.js';
