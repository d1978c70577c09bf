import { afterAll } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atomicMultiAppendContract, eventStoreContract } from '#testing/event-store';
import { readStoreContract } from '#testing/read-store';
import { loadConfig } from './config.js';
import { createEventStore, createReadStore } from './stores.js';

const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-production-stores-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const config = loadConfig({ DATA_DIR: dataDir });

eventStoreContract('the embedded event store as production composes it (createEventStore: hash chain, upcasting)', async () => createEventStore(config), undefined, {
  reopen: async () => createEventStore(config),
});
atomicMultiAppendContract('the embedded event store as production composes it', async () => createEventStore(config));
readStoreContract('the embedded read store as production builds it (createReadStore)', async () => createReadStore(config));
