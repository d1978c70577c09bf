import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore, auditedEventStore } from '#app/event-store';
import { MasterKey } from '#app/personal-data';
import { createEventStore, loadConfig } from '#app/platform';
import { MASKED } from '#app/shared-kernel';
import { runCli } from '../support/run-cli.js';

const CONTACT = { name: 'Sun Wukong', phone: '+86 10 8888 0000' };
const added = { type: 'ProspectAdded', data: { prospectId: 'p1', team: 'north', name: 'Acme', normalisedName: 'acme', industry: 'Food', region: 'Jinan', size: 'medium', contact: CONTACT, source: 'Fair', initialAssessment: 'Good', addedBy: 'sue' }, metadata: { actorId: 'sue', actorName: 'Sue Supervisor', actorRole: 'supervisor', occurredAt: '2027-01-05T09:00:00.000Z' } };

let dir: string;
const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const vars: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir, ...extra };
  for (const name of ['AUTH_JWT_SECRET', 'PII_MASTER_KEY', 'PII_NEW_MASTER_KEY', 'EVENT_STORE', 'READ_STORE', 'KEY_STORE']) if (!(name in extra)) delete vars[name];
  return vars;
};
const cli = async (args: string[], extra: Record<string, string> = {}) => (await runCli(args, { env: env(extra) })).stdout;
const history = async (args: string[] = [], extra: Record<string, string> = {}) => (await cli(['history', 'prospect-p1', ...args], extra)).trim().split('\n').map((line) => JSON.parse(line));
const storedEvents = () => {
  const db = new Database(join(dir, 'events.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT data, metadata FROM events ORDER BY position').all();
  } finally {
    db.close();
  }
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'salesflow-pii-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function encrypted(extra: Record<string, string> = {}) {
  const store = createEventStore(loadConfig({ DATA_DIR: dir, ...extra }));
  await store.append('prospect-p1', [added]);
  await store.close();
}

describe('the CLI and personal data', () => {
  it('prints it masked, or in clear with --personal-data, which goes to the access log as the operator', async () => {
    await encrypted();
    expect((await history())[0].data.contact).toEqual({ name: MASKED, phone: MASKED });
    expect((await history(['--personal-data']))[0].data.contact).toEqual(CONTACT);
    const db = new Database(join(dir, 'keys.sqlite'), { readonly: true });
    expect(db.prepare('SELECT actor_id, route, subject_id FROM personal_data_access ORDER BY id').all()).toEqual([
      { actor_id: `cli:${userInfo().username}`, route: 'cli history', subject_id: 'contact:p1' },
      { actor_id: `cli:${userInfo().username}`, route: 'cli history', subject_id: 'employee:sue' },
    ]);
    db.close();
  });

  it('rotates the development master key: every subject key re-wrapped, not one event changed, the data still reads', async () => {
    await encrypted();
    const before = storedEvents();
    const next = MasterKey.generate();
    const report = JSON.parse(await cli(['personal-data', 'rotate-master-key', '--json'], { PII_NEW_MASTER_KEY: next }));
    expect(report).toMatchObject({ rewrapped: 2, to: MasterKey.parse(next).id, newKey: 'written to the development key file in DATA_DIR' });
    expect(readFileSync(join(dir, '.dev-pii-master-key'), 'utf8')).toBe(next);
    expect(storedEvents()).toEqual(before);
    expect((await history(['--personal-data']))[0].data.contact).toEqual(CONTACT);
  });

  it('rotates PII_MASTER_KEY: afterwards the old key is refused in one sentence, the new one reads everything', async () => {
    const old = MasterKey.generate();
    const next = MasterKey.generate();
    await encrypted({ PII_MASTER_KEY: old });
    await cli(['verify'], { PII_MASTER_KEY: old });
    const printed = await cli(['personal-data', 'rotate-master-key'], { PII_MASTER_KEY: old, PII_NEW_MASTER_KEY: next });
    expect(printed).toMatch(/^re-wrapped 2 subject keys from master key \w+ to \w+; set PII_MASTER_KEY to the new key before starting\n$/);
    await expect(history([], { PII_MASTER_KEY: old })).rejects.toThrow(/^PII_MASTER_KEY \(key id \w+\) is not the master key of the key store \(key id \w+\); give the key the store was created with$/);
    expect((await history(['--personal-data'], { PII_MASTER_KEY: next }))[0].data.contact).toEqual(CONTACT);
    await expect(cli(['personal-data', 'rotate-master-key'], { PII_MASTER_KEY: next, PII_NEW_MASTER_KEY: 'short' })).rejects.toThrow(/the new master key must be 32 random bytes/);
  });

  it('encrypts a log written before encryption, which then verifies', async () => {
    const legacy = auditedEventStore(new SqliteEventStore({ filename: join(dir, 'events.sqlite') }));
    await legacy.append('prospect-p1', [added]);
    await legacy.close();
    expect(JSON.stringify(storedEvents())).toContain(CONTACT.name);
    const report = JSON.parse(await cli(['personal-data', 'encrypt-existing', '--json']));
    expect(report).toMatchObject({ events: 1, encryptedEvents: 1, rewrittenEvents: 1 });
    expect(JSON.stringify(storedEvents())).not.toContain(CONTACT.name);
    expect(await cli(['verify'])).toMatch(/^audit trail OK: 3 events in 3 streams/);
    expect((await history(['--personal-data']))[0].data.contact).toEqual(CONTACT);
  });
});
