import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoDbReadStore, SqliteReadStore } from '#app/read-store';
import { ConfigError, loadConfig } from './config.js';
import { createReadStore } from './stores.js';

const SECRET = 'a-test-secret-of-at-least-32-characters';

describe('production-store configuration', () => {
  it('defaults the start-up timeout to 60 s and the lease to 30 s, and validates both', () => {
    expect(loadConfig({})).toMatchObject({ startupTimeoutMs: 60_000, leaseTtlMs: 30_000 });
    expect(loadConfig({ STARTUP_TIMEOUT_MS: '0', PROJECTION_LEASE_TTL_MS: '5000' })).toMatchObject({ startupTimeoutMs: 0, leaseTtlMs: 5_000 });
    expect(() => loadConfig({ STARTUP_TIMEOUT_MS: 'soon' })).toThrow(new ConfigError('STARTUP_TIMEOUT_MS must be an integer from 0 to 3600000 (got "soon")'));
    expect(() => loadConfig({ PROJECTION_LEASE_TTL_MS: '100' })).toThrow(ConfigError);
  });

  it('refuses a MongoDB database name MongoDB would refuse', () => {
    expect(() => loadConfig({ MONGODB_DATABASE: 'sales.flow' })).toThrow(ConfigError);
    expect(loadConfig({ MONGODB_DATABASE: 'salesflow-prod_2' }).mongodbDatabase).toBe('salesflow-prod_2');
  });

  it('builds the MongoDB read store for READ_STORE=mongodb without connecting yet', async () => {
    const store = createReadStore(loadConfig({ READ_STORE: 'mongodb', MONGODB_URI: 'mongodb://localhost:27017/?replicaSet=rs0', AUTH_JWT_SECRET: SECRET }));
    expect(store).toBeInstanceOf(MongoDbReadStore);
    await store.close();
  });

  it.each([
    ['MONGODB_URI', { READ_STORE: 'mongodb', MONGODB_URI: 'mongodb://db/?notAnOption=1' }, 'MONGODB_URI is not usable: option notanoption is not supported'],
    ['MONGODB_URI', { READ_STORE: 'mongodb', MONGODB_URI: 'mongodb://a:b:c' }, 'MONGODB_URI is not usable: Unable to parse a:b:c with URL'],
    ['EVENTSTORE_CONNECTION_STRING', { EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=maybe' }, 'EVENTSTORE_CONNECTION_STRING is not usable: Unexpected "maybe" at position 26, expected true or false.'],
    ['EVENTSTORE_CONNECTION_STRING', { EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://a:2113,b:70000' }, 'EVENTSTORE_CONNECTION_STRING is not usable: port 70000 of b:70000 is not from 1 to 65535'],
  ])('refuses a %s its client cannot use while loading the configuration, in one sentence', (_name, env, sentence) => {
    expect(() => loadConfig({ ...env, AUTH_JWT_SECRET: SECRET })).toThrow(new ConfigError(sentence));
  });

  it('builds the embedded read store in DATA_DIR by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesflow-stores-'));
    const store = createReadStore(loadConfig({ DATA_DIR: dir }));
    expect(store).toBeInstanceOf(SqliteReadStore);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
