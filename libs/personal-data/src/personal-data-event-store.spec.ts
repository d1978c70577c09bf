import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CommandExecutor, ForbiddenError, IllegalStateError, NotFoundError, ServiceUnavailableError, ValidationError, type Actor, type Command, type CommandContext, type Decider } from '#app/eventsourcing';
import { IntegrityEventStore, SqliteEventStore, rawEventStore, type EventStore } from '#app/event-store';
import { deciderSpec } from '#testing/eventsourcing';
import { eventually } from '../../../test/support/eventually.js';
import { ERASED, MASKED, NOT_PERSONAL as N, UNREADABLE, personal } from '#app/shared-kernel';
import { PersonalDataAccessLog } from './access/personal-data-access-log.port.js';
import { PersonalDataClassification } from './classification/personal-fields.js';
import { MasterKey } from './crypto/master-key.js';
import { isPersonalToken } from './crypto/personal-token.js';
import { EraseDataSubjectCommand, EraseDataSubjectHandler, dataSubjectDecider, type EraseDataSubject } from './erasure/erase-data-subject.js';
import { dataSubjectStream } from './erasure/data-subject.events.js';
import { keyStoreUnavailable } from './keys/key-store-errors.js';
import { PersonalDataVault, rotateMasterKey } from './keys/personal-data-vault.js';
import { SubjectKeyStore } from './keys/subject-key-store.port.js';
import { PersonalDataEventStore } from './personal-data-event-store.js';
import { PersonalDataReader } from './reveal/personal-data-reader.js';
import { openSqlitePersonalData } from './sqlite/sqlite-personal-data.js';
import { verifyAuditTrailAndPersonalData } from './verification/unreadable-personal-data.js';

const classification = new PersonalDataClassification({
  ProspectAdded: { prospectId: N, name: N, 'contact.name': personal('contact', 'prospectId'), 'contact.phone': personal('contact', 'prospectId') },
  ProspectNoted: { prospectId: N, note: N },
});

const sue: Actor = { id: 'sue', name: 'Sue Supervisor', roles: ['supervisor'], teams: ['north'] };
const ann: Actor = { id: 'ann', name: 'Ann Analyst', roles: ['analyst'], teams: [] };
const pia: Actor = { id: 'pia', name: 'Pia Privacy', roles: ['privacy_officer'], teams: [] };
const metadataOf = (actor: Actor) => ({ actorId: actor.id, actorName: actor.name, actorRole: actor.roles[0], occurredAt: '2027-01-05T09:00:00.000Z' });
const added = (prospectId: string, contact = { name: 'Li Wei', phone: '+86 10 1234 5678' }) => ({ type: 'ProspectAdded', data: { prospectId, name: 'Acme Co', contact }, metadata: metadataOf(sue) });

/** The store's file and its write-ahead log, as text. */
const fileText = (file: string) => ['', '-wal'].map((suffix) => { try { return readFileSync(`${file}${suffix}`).toString('latin1'); } catch { return ''; } }).join('');

describe('PersonalDataEventStore over the hash chain, on SQLite files', () => {
  let dir: string;
  let store: PersonalDataEventStore;
  let vault: PersonalDataVault;
  let reader: PersonalDataReader;
  let master: MasterKey;
  const open = (key: MasterKey) => {
    const files = openSqlitePersonalData(join(dir, 'keys.sqlite'));
    return new PersonalDataVault(files.keys, files.accessLog, key, () => new Date('2027-03-02T10:00:00.000Z'));
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'salesflow-pii-'));
    master = MasterKey.parse(MasterKey.generate());
    vault = open(master);
    store = new PersonalDataEventStore(new IntegrityEventStore(new SqliteEventStore({ filename: join(dir, 'events.sqlite') })), vault, classification);
    reader = new PersonalDataReader(vault, () => new Date('2027-03-02T11:00:00.000Z'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores personal fields and the actor’s name encrypted, chains the encrypted form, and writes no clear text to the file', async () => {
    await store.append('prospect-p1', [added('p1')]);
    const [stored] = await rawEventStore(store).readStream('prospect-p1');
    const data = stored!.data as { name: string; contact: { name: string; phone: string } };
    expect(data.name).toBe('Acme Co');
    expect([data.contact.name, data.contact.phone, (stored!.metadata as { actorName: string }).actorName].every(isPersonalToken)).toBe(true);
    expect(fileText(join(dir, 'events.sqlite'))).not.toContain('Li Wei');
    expect(fileText(join(dir, 'events.sqlite'))).not.toContain('Sue Supervisor');
    expect((await verifyAuditTrailAndPersonalData(store)).ok).toBe(true);
  });

  it('encrypts a multi-stream append like an append: every stream’s personal texts stored encrypted and chained, what was stored answered per stream', async () => {
    const results = await store.appendMany([
      { streamName: 'prospect-p1', events: [added('p1')], expectedRevision: 'no_stream' },
      { streamName: 'prospect-p2', events: [added('p2', { name: 'Zhao Min', phone: '+86 21 0000 0000' })], expectedRevision: 'no_stream' },
      { streamName: 'note-1', events: [{ type: 'ProspectNoted', data: { prospectId: 'p1', note: 'call back' } }], expectedRevision: 'no_stream' },
    ]);
    const stored = await rawEventStore(store).readAll();
    expect(stored.map((e) => e.streamName)).toEqual(['prospect-p1', 'prospect-p2', 'note-1']);
    for (const event of stored.slice(0, 2)) {
      const { contact } = event.data as { contact: { name: string; phone: string } };
      expect([contact.name, contact.phone, (event.metadata as { actorName: string }).actorName].every(isPersonalToken)).toBe(true);
    }
    expect(results.map((r) => (r.stored?.[0]?.data as { contact?: { name: string } } | undefined)?.contact?.name)).toEqual([
      (stored[0]!.data as { contact: { name: string } }).contact.name,
      (stored[1]!.data as { contact: { name: string } }).contact.name,
      undefined,
    ]);
    for (const text of ['Li Wei', 'Zhao Min', 'Sue Supervisor']) expect(fileText(join(dir, 'events.sqlite'))).not.toContain(text);
    expect((await verifyAuditTrailAndPersonalData(store)).ok).toBe(true);
    const refused = await store.appendMany([{ streamName: 'note-2', events: [{ type: 'ProspectNoted', data: { prospectId: 'p1', note: 'pii:1:forged' } }], expectedRevision: 'no_stream' }]).catch((e: unknown) => e);
    expect((refused as ValidationError).code).toBe('PERSONAL_DATA.RESERVED_TEXT');
    expect(await rawEventStore(store).readStream('note-2')).toEqual([]);
  });
  it('shows the data in clear to a role that may see it and logs the read; masks it for analysts without a log entry', async () => {
    await store.append('prospect-p1', [added('p1')]);
    const events = await store.readStream('prospect-p1');
    const shown = await reader.reveal(events, { actor: sue, route: 'GET /api/prospects/:prospectId' });
    expect(shown[0]!.data).toEqual({ prospectId: 'p1', name: 'Acme Co', contact: { name: 'Li Wei', phone: '+86 10 1234 5678' } });
    expect((shown[0]!.metadata as { actorName: string }).actorName).toBe('Sue Supervisor');
    const masked = await reader.reveal(events, { actor: ann, route: 'GET /api/prospects/:prospectId' });
    expect(masked[0]!.data).toEqual({ prospectId: 'p1', name: 'Acme Co', contact: { name: MASKED, phone: MASKED } });
    expect((await reader.reveal(events, { actor: sue, route: 'export', wantsClearText: false }))[0]!.data).toMatchObject({ contact: { name: MASKED } });
    const log = await vault.accessLog.find({}, { limit: 10 });
    expect(log.entries.map((e) => [e.actorId, e.subjectId, e.route, e.at])).toEqual([
      ['sue', 'contact:p1', 'GET /api/prospects/:prospectId', '2027-03-02T11:00:00.000Z'],
      ['sue', 'employee:sue', 'GET /api/prospects/:prospectId', '2027-03-02T11:00:00.000Z'],
    ]);
  });

  it('after the subject’s key is destroyed: [erased] everywhere, the chain still verifies, and no new clear data about them is taken', async () => {
    await store.append('prospect-p1', [added('p1')]);
    await store.append('prospect-p2', [added('p2', { name: 'Zhao Min', phone: '+86 21 0000 0000' })]);
    const token = ((await store.readStream('prospect-p1'))[0]!.data as { contact: { name: string } }).contact.name;
    expect(await vault.erase('contact:p1')).toBe('destroyed');
    const shown = await reader.reveal(await store.readAll(), { actor: sue, route: 'r' });
    expect(shown.map((e) => (e.data as { contact: { name: string } }).contact.name)).toEqual([ERASED, 'Zhao Min']);
    expect((await verifyAuditTrailAndPersonalData(store)).ok).toBe(true);

    const refused = await store.append('prospect-p1', [{ type: 'ProspectAdded', data: { prospectId: 'p1', name: 'Acme', contact: { name: 'Li Wei' } } }]).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(IllegalStateError);
    expect((refused as IllegalStateError).code).toBe('PERSONAL_DATA.SUBJECT_ERASED');
    await store.append('prospect-p1', [{ type: 'ProspectAdded', data: { prospectId: 'p1', name: 'Acme', contact: { name: token } } }]);
    expect(await store.headPosition()).toBe(3);
  });

  it('the command path caches and snapshots the state folded from the encrypted form, never from the events as decided', async () => {
    type Contacted = { type: 'ProspectAdded'; data: { prospectId: string; name: string; contact: { name: string; phone: string } } };
    const decider: Decider<Command<'AddContact', { name: string }>, { contact: string | null }, Contacted> = {
      version: 'contact-test-1',
      initialState: () => ({ contact: null }),
      evolve: (_state, event) => ({ contact: event.data.contact.name }),
      decide: (command) => [{ type: 'ProspectAdded', data: { prospectId: 'p9', name: 'Acme', contact: { name: command.data.name, phone: '+86 10 0000 0001' } } }],
    };
    const executor = new CommandExecutor(store, { snapshotEvery: 1 });
    const result = await executor.handle(decider, 'prospect-p9', { type: 'AddContact', data: { name: 'Li Wei' }, context: { actor: sue, commandId: 'c-9', correlationId: 'c-9', now: new Date() } });
    expect(result.state.contact).toBe('Li Wei');
    const cached = await executor.load(decider, 'prospect-p9');
    expect(isPersonalToken(cached.state.contact)).toBe(true);
    await eventually(async () => (await store.snapshots!.read('prospect-p9')) !== null, 'the snapshot to be written');
    const snapshot = (await store.snapshots!.read('prospect-p9'))!;
    expect(snapshot.state).not.toContain('Li Wei');
    expect(isPersonalToken((JSON.parse(snapshot.state) as { contact: string }).contact)).toBe(true);
  });

  it('a ciphertext altered in the file reads [unreadable] and is reported by verify, beside the broken link', async () => {
    await store.append('prospect-p1', [added('p1')]);
    await store.append('prospect-p1', [{ type: 'ProspectNoted', data: { prospectId: 'p1', note: 'call back' }, metadata: metadataOf(sue) }]);
    await store.close();
    const db = new Database(join(dir, 'events.sqlite'));
    const row = db.prepare<[], { data: string }>('SELECT data FROM events WHERE position = 1').get()!;
    const data = JSON.parse(row.data) as { contact: { name: string } };
    data.contact.name = `${data.contact.name.slice(0, -4)}AAAA`;
    db.prepare('UPDATE events SET data = ? WHERE position = 1').run(JSON.stringify(data));
    db.close();
    vault = open(master);
    store = new PersonalDataEventStore(new IntegrityEventStore(new SqliteEventStore({ filename: join(dir, 'events.sqlite') })), vault, classification);

    const shown = await new PersonalDataReader(vault).reveal(await store.readStream('prospect-p1'), { actor: sue, route: 'r' });
    expect((shown[0]!.data as { contact: { name: string; phone: string } }).contact).toEqual({ name: UNREADABLE, phone: '+86 10 1234 5678' });
    const report = await verifyAuditTrailAndPersonalData(store);
    expect(report.ok).toBe(false);
    expect(report.brokenStreams.map((b) => b.problem)).toEqual(['HASH_MISMATCH']);
    expect(report.eventProblems.map((p) => [p.position, p.eventType, p.problem])).toEqual([[1, 'ProspectAdded', 'UNREADABLE_PERSONAL_DATA']]);
  });

  it('a subject key altered in the key store reads [unreadable]; verify names the events while every chain holds', async () => {
    await store.append('prospect-p1', [added('p1')]);
    const keysDb = new Database(join(dir, 'keys.sqlite'));
    keysDb.prepare("UPDATE subject_keys SET wrapped_key = zeroblob(60) WHERE subject_id = 'contact:p1'").run();
    keysDb.close();
    const shown = await reader.reveal(await store.readStream('prospect-p1'), { actor: sue, route: 'r' });
    expect((shown[0]!.data as { contact: { name: string } }).contact.name).toBe(UNREADABLE);
    const report = await verifyAuditTrailAndPersonalData(store);
    expect([report.ok, report.brokenStreamCount, report.eventProblemCount]).toEqual([false, 0, 1]);
  });

  it('rotates the master key by re-wrapping subject keys: the events stay as they were and read with the new key only', async () => {
    await store.append('prospect-p1', [added('p1')]);
    const before = await rawEventStore(store).readAll();
    const next = MasterKey.parse(MasterKey.generate());
    await vault.checkMasterKey();
    expect(await rotateMasterKey(vault.keys, master, next)).toEqual({ rewrapped: 2 });
    expect(await rawEventStore(store).readAll()).toEqual(before);

    const rotated = open(next);
    await rotated.checkMasterKey();
    const shown = await new PersonalDataReader(rotated).reveal(before, { actor: sue, route: 'r' });
    expect((shown[0]!.data as { contact: { name: string } }).contact.name).toBe('Li Wei');
    await expect(open(master).checkMasterKey()).rejects.toThrow(/is not the master key of the key store/);
    expect((await new PersonalDataReader(open(master)).reveal(before, { actor: sue, route: 'r' }))[0]!.data).toMatchObject({ contact: { name: UNREADABLE } });
    await rotated.close();
  });

  it('refuses a wrong master key, and an unfinished rotation, until the rotation is run again', async () => {
    await vault.checkMasterKey();
    const other = MasterKey.parse(MasterKey.generate());
    await expect(open(other).checkMasterKey()).rejects.toThrow(`PII_MASTER_KEY (key id ${other.id}) is not the master key of the key store (key id ${master.id})`);
    await vault.keys.setMasterKeyState({ current: master.id, rotatingTo: other.id });
    await expect(vault.checkMasterKey()).rejects.toThrow(/rotation .* is unfinished/);
    await rotateMasterKey(vault.keys, master, other);
    await expect(open(other).checkMasterKey()).resolves.toBeUndefined();
  });
});

class UnreachableKeyStore extends SubjectKeyStore {
  private fail(): never {
    throw keyStoreUnavailable(new Error('connection refused'));
  }
  override find = async () => this.fail();
  override addMissing = async () => this.fail();
  override destroy = async () => this.fail();
  override wrappedByOther = async () => this.fail();
  override rewrap = async () => this.fail();
  override masterKeyState = async () => this.fail();
  override setMasterKeyState = async () => this.fail();
  override ping = async () => this.fail();
  override close = async () => undefined;
}

class FailingAccessLog extends PersonalDataAccessLog {
  override record = async () => {
    throw new Error('disk full');
  };
  override find = async () => ({ entries: [], next: null });
  override close = async () => undefined;
}

describe('when the key store or the access log cannot be used', () => {
  const master = MasterKey.parse(MasterKey.generate());

  it('refuses the append (503) and writes nothing, in clear or otherwise', async () => {
    const files = openSqlitePersonalData(':memory:');
    const inner = new IntegrityEventStore(new SqliteEventStore({ filename: ':memory:' }));
    const store = new PersonalDataEventStore(inner, new PersonalDataVault(new UnreachableKeyStore(), files.accessLog, master), classification);
    const error = await store.append('prospect-p1', [added('p1')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as ServiceUnavailableError).code).toBe('PERSONAL_DATA.KEY_STORE_UNAVAILABLE');
    expect(await inner.headPosition()).toBe(0);
    await store.close();
  });

  it('shows nothing (503) rather than clear text it cannot read or whose access it cannot log', async () => {
    const files = openSqlitePersonalData(':memory:');
    const vault = new PersonalDataVault(files.keys, new FailingAccessLog(), master);
    const store = new PersonalDataEventStore(new SqliteEventStore({ filename: ':memory:' }), vault, classification);
    await store.append('prospect-p1', [added('p1')]);
    const events = await store.readAll();
    await expect(new PersonalDataReader(vault).reveal(events, { actor: sue, route: 'r' })).rejects.toMatchObject({ code: 'PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE' });
    expect((await new PersonalDataReader(vault).reveal(events, { actor: ann, route: 'r' }))[0]!.data).toMatchObject({ contact: { name: MASKED } });
    const down = new PersonalDataVault(new UnreachableKeyStore(), files.accessLog, master);
    await expect(new PersonalDataReader(down).reveal(events, { actor: sue, route: 'r' })).rejects.toMatchObject({ code: 'PERSONAL_DATA.KEY_STORE_UNAVAILABLE' });
    await store.close();
  });
});

describe('EraseDataSubject', () => {
  const context = (actor: Actor, commandId = 'c-1'): CommandContext => ({ actor, commandId, correlationId: commandId, now: new Date('2027-03-02T10:00:00.000Z') });
  const erase = (keyStatus: EraseDataSubject['data']['keyStatus'], actor = pia, subjectId = 'contact:p1'): EraseDataSubject => ({
    type: 'EraseDataSubject',
    data: { subjectId, legalBasis: 'PIPL Art. 47', keyStatus },
    context: context(actor),
  });
  const spec = deciderSpec(dataSubjectDecider);
  const erased = { type: 'DataSubjectErased' as const, data: { subjectId: 'contact:p1', kind: 'contact' as const, legalBasis: 'PIPL Art. 47', erasedBy: 'pia', erasedAt: '2027-03-02T10:00:00.000Z' } };

  it('a privacy officer erases a known subject, naming the subject, themself and the legal basis', () => spec.given([]).when(erase('active')).then([erased]));
  it('nobody else may', () => spec.given([]).when(erase('active', sue)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED'));
  it('an unknown subject is 404', () => spec.given([]).when(erase('unknown')).thenThrows(NotFoundError, 'PERSONAL_DATA.SUBJECT_NOT_FOUND'));
  it('an erased subject is 409', () => spec.given([erased]).when(erase('erased')).thenThrows(IllegalStateError, 'PERSONAL_DATA.ALREADY_ERASED'));
  it('a malformed subject id is refused', () => spec.given([]).when(erase('active', pia, 'someone')).thenThrows(ValidationError, 'PERSONAL_DATA.SUBJECT_ID_INVALID'));

  it('through the handler: the event first, then the key; refusals append nothing', async () => {
    const files = openSqlitePersonalData(':memory:');
    const vault = new PersonalDataVault(files.keys, files.accessLog, MasterKey.parse(MasterKey.generate()));
    const store: EventStore = new PersonalDataEventStore(new IntegrityEventStore(new SqliteEventStore({ filename: ':memory:' })), vault, classification);
    const handler = new EraseDataSubjectHandler(store, vault);
    const command = (subjectId: string, commandId: string) =>
      new EraseDataSubjectCommand({ type: 'EraseDataSubject', data: { subjectId, legalBasis: 'PIPL Art. 47' }, context: context(pia, commandId) });
    await store.append('prospect-p1', [added('p1')]);

    await expect(handler.execute(command('contact:nobody', 'c-0'))).rejects.toMatchObject({ code: 'PERSONAL_DATA.SUBJECT_NOT_FOUND' });
    expect(await store.headPosition()).toBe(1);
    const outcome = await handler.execute(command('contact:p1', 'c-1'));
    expect(outcome).toEqual({ subjectId: 'contact:p1', erasedAt: '2027-03-02T10:00:00.000Z', revision: 0, position: 2, replayed: false });
    expect((await vault.status('contact:p1')).status).toBe('erased');
    const [event] = await store.readStream(dataSubjectStream('contact:p1'));
    expect(event).toMatchObject({ type: 'DataSubjectErased', data: { subjectId: 'contact:p1', legalBasis: 'PIPL Art. 47', erasedBy: 'pia' }, metadata: { actorId: 'pia', actorRole: 'privacy_officer' } });
    expect(await handler.execute(command('contact:p1', 'c-1'))).toMatchObject({ replayed: true, position: 2 });
    await expect(handler.execute(command('contact:p1', 'c-2'))).rejects.toMatchObject({ code: 'PERSONAL_DATA.ALREADY_ERASED' });
    expect(await store.headPosition()).toBe(2);
    await store.close();
  });
});
