import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { checkMasterKey, createEventStore, loadConfig } from '#app/platform';
import { SqliteReadStore, followEventStore } from '#app/read-store';
import { buildPrivately, entryPoint } from '../support/private-build.js';

let build: string;
let dataDir: string;

beforeAll(() => {
  build = buildPrivately();
  dataDir = mkdtempSync(join(tmpdir(), 'salesflow-config-'));
}, 120_000);
afterAll(() => {
  rmSync(build, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

const SECRET = 'a-test-secret-of-at-least-32-characters';

/** Starts an entry point of the private build once, to its exit: its status, stderr lines and stdout. */
function startOnce(app: Parameters<typeof entryPoint>[1], args: readonly string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, [entryPoint(build, app), ...args], { cwd: build, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH, ...env } });
  return { status: run.status, lines: run.stderr.split('\n').filter((line) => line.trim() !== ''), stdout: run.stdout };
}

const BAD_SETTINGS = [
  ['an esdb:// string the client cannot parse (?tls=maybe)', { EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=maybe' }, /^configuration error: EVENTSTORE_CONNECTION_STRING is not usable: .*maybe/],
  ['an esdb:// port that is not a number', { EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:abc?tls=false' }, /^configuration error: EVENTSTORE_CONNECTION_STRING is not usable: .*port number/],
  ['an esdb:// port beyond 65535', { EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:99999?tls=false' }, /^configuration error: EVENTSTORE_CONNECTION_STRING is not usable: port 99999 of localhost/],
  ['a MongoDB URI the driver cannot parse', { READ_STORE: 'mongodb', MONGODB_URI: 'mongodb://a:b:c' }, /^configuration error: MONGODB_URI is not usable: Unable to parse a:b:c/],
  ['a production store without PII_MASTER_KEY', { READ_STORE: 'mongodb', MONGODB_URI: 'mongodb://localhost:27017/?replicaSet=rs0' }, /^configuration error: PII_MASTER_KEY is required when a production store \(EventStoreDB or MongoDB\) is configured$/],
  ['a PII_MASTER_KEY that is not 32 bytes', { PII_MASTER_KEY: 'too-short' }, /^configuration error: PII_MASTER_KEY must be 32 random bytes written as 64 hex digits or 44 base64 characters$/],
] as const;

const ENTRY_POINTS = [
  ['the API', 'api', [], 'salesflow'],
  ['the projector', 'projector', [], 'salesflow projector'],
  ['the CLI', 'cli', ['projections'], 'salesflow'],
] as const;

describe.each(ENTRY_POINTS)('%s, started with a bad connection setting', (_name, app, args, program) => {
  it.each(BAD_SETTINGS)('stops on %s with one sentence on stderr and exit code 2', (_case, env, sentence) => {
    const { status, lines, stdout } = startOnce(app, args, { DATA_DIR: dataDir, AUTH_JWT_SECRET: SECRET, ...env });
    expect({ status, lines }).toEqual({ status: 2, lines: [expect.stringMatching(new RegExp(`^${program}: ${sentence.source.slice(1)}`))] });
    expect(stdout).not.toMatch(/\n\s+at /);
  });
});

describe.each(ENTRY_POINTS)('%s, started with the wrong master key', (_name, app, args, program) => {
  const created = 'a'.repeat(64);
  let keyed: string;

  beforeAll(async () => {
    keyed = mkdtempSync(join(tmpdir(), 'salesflow-keyed-'));
    const store = createEventStore(loadConfig({ DATA_DIR: keyed, PII_MASTER_KEY: created }));
    await checkMasterKey(store);
    await store.close();
  });
  afterAll(() => rmSync(keyed, { recursive: true, force: true }));

  it('stops with one sentence naming both key ids and exit code 2, before serving anything', () => {
    const { status, lines } = startOnce(app, args, { DATA_DIR: keyed, AUTH_JWT_SECRET: SECRET, PII_MASTER_KEY: 'b'.repeat(64), PORT: '0' });
    expect({ status, lines }).toEqual({
      status: 2,
      lines: [expect.stringMatching(new RegExp(`^${program}: configuration error: PII_MASTER_KEY \\(key id \\w{16}\\) is not the master key of the key store \\(key id \\w{16}\\); give the key the store was created with$`))],
    });
  });
});

describe.each(ENTRY_POINTS)('%s, started on a read store that follows another event store', (_name, app, args, program) => {
  it('stops with one sentence naming both stores and the remedy, and exit code 2', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'salesflow-foreign-'));
    try {
      const readStore = new SqliteReadStore({ filename: join(folder, 'read.sqlite') });
      await followEventStore(readStore, { storeId: 'an-older-log', description: 'the SQLite event store /srv/old/events.sqlite' }, 'rebuild it');
      await readStore.transaction((tx) => tx.setCheckpoint('tracking-sheet:tracking_sheets_v1', 42));
      await readStore.close();
      const { status, lines } = startOnce(app, args, { DATA_DIR: folder, AUTH_JWT_SECRET: SECRET, PORT: '0' });
      expect({ status, lines }).toEqual({
        status: 2,
        lines: [
          `${program}: configuration error: the read store's checkpoints are positions in the SQLite event store /srv/old/events.sqlite (store id an-older-log), ` +
            `but the configured event store is the SQLite event store ${join(folder, 'events.sqlite')} (store id ${storeIdOf(join(folder, 'events.sqlite'))}); ` +
            `delete ${join(folder, 'read.sqlite')} (with its -wal and -shm files) to have every read model rebuilt from the configured event store at the next start, ` +
            'or set EVENT_STORE and its settings back to the event store it follows',
        ],
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

function storeIdOf(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT value FROM store_meta WHERE key = 'store_id'`).pluck().get() as string | undefined) ?? '(none)';
  } finally {
    db.close();
  }
}

describe('the API on the development secret', () => {
  it.each([['0.0.0.0'], ['192.168.1.10']])('stops when HOST=%s (not loopback) and AUTH_JWT_SECRET is not set, with one sentence and exit code 2', (host) => {
    const { status, lines } = startOnce('api', [], { DATA_DIR: dataDir, HOST: host, PORT: '0' });
    expect({ status, lines }).toEqual({
      status: 2,
      lines: [`salesflow: configuration error: HOST=${host} is not a loopback address, so AUTH_JWT_SECRET must be set: the development secret and sign-in answer only this machine`],
    });
  });
});
