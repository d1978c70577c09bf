import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EventStore, SqliteEventStore } from '#app/event-store';
import { PersonalDataVault, SubjectKeyStore, openSqlitePersonalData, keyStoreUnavailable, type StoredSubjectKey } from '#app/personal-data';
import { TokenService, createReadStore, loadConfig, productionEventStore, resolvePiiMasterKey, type AppConfig } from '#app/platform';
import { UNREADABLE } from '#app/shared-kernel';
import { createApp } from '../../apps/api/src/app.factory.js';
import { prospectBody } from '../support/prospect-requests.js';

/** A key store that answers until it is switched off, like a MongoDB replica set that goes away. */
class SwitchableKeyStore extends SubjectKeyStore {
  down = false;

  constructor(private readonly inner: SubjectKeyStore) {
    super();
  }

  private async call<T>(work: () => Promise<T>): Promise<T> {
    if (this.down) throw keyStoreUnavailable(new Error('connection refused'));
    return work();
  }

  override find = (ids: readonly string[]) => this.call(() => this.inner.find(ids));
  override addMissing = (keys: readonly StoredSubjectKey[]) => this.call(() => this.inner.addMissing(keys));
  override destroy = (id: string, at: string) => this.call(() => this.inner.destroy(id, at));
  override wrappedByOther = (id: string, limit: number) => this.call(() => this.inner.wrappedByOther(id, limit));
  override rewrap = (id: string, from: string, key: Uint8Array, to: string) => this.call(() => this.inner.rewrap(id, from, key, to));
  override masterKeyState = () => this.call(() => this.inner.masterKeyState());
  override setMasterKeyState = (state: { current: string }) => this.call(() => this.inner.setMasterKeyState(state));
  override ping = () => this.call(() => this.inner.ping());
  override close = () => this.inner.close();
}

const SECRET = 'personal-data-faults-secret-long-enough!';
const TEAM = 'north';
const CONTACT = { name: 'Qian Duoduo', phone: '+86 10 5555 0101' };

let dir: string;
let config: AppConfig;
let app: NestFastifyApplication;
let keys: SwitchableKeyStore;
const tokens = new TokenService(new TextEncoder().encode(SECRET));
const as = (roles: ('salesperson' | 'auditor' | 'analyst' | 'manager')[]) => tokens.sign({ sub: `u-${roles.join('-')}`, name: 'Someone', roles, teams: [TEAM] });

async function request(method: 'GET' | 'POST', url: string, roles: Parameters<typeof as>[0], body?: unknown) {
  const res = await app.inject({ method, url, headers: { authorization: `Bearer ${await as(roles)}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { payload: JSON.stringify(body) } : {}) });
  return { status: res.statusCode, body: res.json() as Record<string, any>, raw: res.body };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'salesflow-pii-faults-'));
  config = loadConfig({ DATA_DIR: dir, AUTH_JWT_SECRET: SECRET });
  const files = openSqlitePersonalData(join(dir, 'keys.sqlite'));
  keys = new SwitchableKeyStore(files.keys);
  const store = productionEventStore(new SqliteEventStore({ filename: join(dir, 'events.sqlite') }), new PersonalDataVault(keys, files.accessLog, resolvePiiMasterKey(config).key));
  app = await createApp(config, { eventStore: store, readStore: createReadStore(config), logger: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
});

afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('personal data when things go wrong', () => {
  let prospectId: string;

  it('an unreachable key store answers 503 PERSONAL_DATA.KEY_STORE_UNAVAILABLE, to commands and reads alike, and never clear text', async () => {
    const added = await request('POST', '/api/prospects', ['salesperson'], prospectBody({ team: TEAM, contact: CONTACT }));
    expect(added.status).toBe(201);
    prospectId = added.body.prospectId;
    expect((await request('GET', `/api/prospects/${prospectId}`, ['manager'])).body.contact).toEqual(CONTACT);

    keys.down = true;
    try {
      for (const roles of [['manager'], ['analyst'], ['auditor']] as const) {
        const read = await request('GET', `/api/prospects/${prospectId}`, [...roles]);
        expect([read.status, read.body.code]).toEqual([503, 'PERSONAL_DATA.KEY_STORE_UNAVAILABLE']);
        expect(read.raw).not.toContain(CONTACT.name);
      }
      const head = await app.get(EventStore).headPosition();
      const refused = await request('POST', '/api/prospects', ['salesperson'], prospectBody({ team: TEAM, contact: CONTACT }));
      expect([refused.status, refused.body.code]).toEqual([503, 'PERSONAL_DATA.KEY_STORE_UNAVAILABLE']);
      expect(await app.get(EventStore).headPosition()).toBe(head);
    } finally {
      keys.down = false;
    }
    const history = await request('GET', `/api/audit/streams/prospect-${prospectId}/events`, ['auditor']);
    expect(history.body.events).toHaveLength(1);
  });

  it('an altered ciphertext reads [unreadable] (200, never a 500) and verify reports its event', async () => {
    const db = new Database(join(dir, 'events.sqlite'));
    const row = db.prepare<[string], { position: number; data: string }>("SELECT position, data FROM events WHERE stream_name = ? AND type = 'ProspectAdded'").get(`prospect-${prospectId}`)!;
    const data = JSON.parse(row.data) as { contact: { phone: string } };
    data.contact.phone = `${data.contact.phone.slice(0, -6)}AAAAAA`;
    db.prepare('UPDATE events SET data = ? WHERE position = ?').run(JSON.stringify(data), row.position);
    db.close();

    const history = await request('GET', `/api/audit/streams/prospect-${prospectId}/events`, ['auditor']);
    expect(history.status).toBe(200);
    expect(history.body.events[0].data.contact).toEqual({ name: CONTACT.name, phone: UNREADABLE });
    const verify = await request('POST', '/api/audit/verify', ['auditor']);
    expect(verify.status).toBe(200);
    expect(verify.body.ok).toBe(false);
    expect(verify.body.eventProblems).toEqual([expect.objectContaining({ streamName: `prospect-${prospectId}`, revision: 0, eventType: 'ProspectAdded', problem: 'UNREADABLE_PERSONAL_DATA' })]);
    expect(verify.body.brokenStreams).toEqual([expect.objectContaining({ streamName: `prospect-${prospectId}`, problem: 'HASH_MISMATCH' })]);
  });
});
