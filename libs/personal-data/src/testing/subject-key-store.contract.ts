import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import type { PersonalDataAccessLog } from '../access/personal-data-access-log.port.js';
import type { StoredSubjectKey, SubjectKeyStore } from '../keys/subject-key-store.port.js';

export interface OpenedPersonalDataStores {
  keys: SubjectKeyStore;
  accessLog: PersonalDataAccessLog;
  /** Removes what the test wrote (a database, a file), after both are closed. */
  destroy?: () => Promise<void>;
}

const key = (subjectId: string, masterKeyId = 'master-a', createdAt = '2027-01-05T09:00:00.000Z'): StoredSubjectKey => ({
  subjectId,
  wrappedKey: new Uint8Array(randomBytes(60)),
  masterKeyId,
  createdAt,
  erasedAt: null,
});

/**
 * What every adapter of SubjectKeyStore and PersonalDataAccessLog must do, run against each:
 * SQLite (memory and file) here, MongoDB with MONGODB_URI.
 */
export function subjectKeyStoreContract(name: string, open: () => Promise<OpenedPersonalDataStores>): void {
  describe(`SubjectKeyStore and PersonalDataAccessLog contract: ${name}`, () => {
    let stores: OpenedPersonalDataStores;
    let keys: SubjectKeyStore;
    let log: PersonalDataAccessLog;

    beforeEach(async () => {
      stores = await open();
      keys = stores.keys;
      log = stores.accessLog;
    });
    afterEach(async () => {
      await keys.close();
      await log.close();
      await stores.destroy?.();
    });

    it('knows no subject before a key is added, and answers only those it knows', async () => {
      expect((await keys.find(['contact:p-1'])).size).toBe(0);
      const ann = key('employee:ann');
      await keys.addMissing([ann]);
      const found = await keys.find(['employee:ann', 'contact:p-1', 'employee:ann']);
      expect([...found.keys()]).toEqual(['employee:ann']);
      expect(found.get('employee:ann')).toEqual(ann);
    });

    it('keeps the first key of a subject: a second writer gets the stored one back', async () => {
      const first = key('contact:p-1');
      const second = key('contact:p-1');
      expect((await keys.addMissing([first])).get('contact:p-1')).toEqual(first);
      const answered = await keys.addMissing([second, key('contact:p-2')]);
      expect(answered.get('contact:p-1')).toEqual(first);
      expect(answered.get('contact:p-2')?.subjectId).toBe('contact:p-2');
      expect((await keys.find(['contact:p-1'])).get('contact:p-1')).toEqual(first);
    });

    it('destroys a key once: its bytes and master key id are gone, the record says when, and it is never re-created', async () => {
      await keys.addMissing([key('contact:p-1')]);
      expect(await keys.destroy('contact:p-1', '2027-03-02T10:00:00.000Z')).toBe('destroyed');
      const erased = { subjectId: 'contact:p-1', wrappedKey: null, masterKeyId: null, createdAt: '2027-01-05T09:00:00.000Z', erasedAt: '2027-03-02T10:00:00.000Z' };
      expect((await keys.find(['contact:p-1'])).get('contact:p-1')).toEqual(erased);
      expect(await keys.destroy('contact:p-1', '2027-03-03T10:00:00.000Z')).toBe('already_erased');
      expect(await keys.destroy('contact:nobody', '2027-03-03T10:00:00.000Z')).toBe('unknown');
      expect((await keys.addMissing([key('contact:p-1')])).get('contact:p-1')).toEqual(erased);
    });

    it('lists live keys of other master keys and re-wraps one only from the master key it names', async () => {
      await keys.addMissing([key('employee:a', 'old'), key('employee:b', 'old'), key('employee:c', 'new'), key('employee:d', 'old')]);
      await keys.destroy('employee:d', '2027-03-02T10:00:00.000Z');
      expect((await keys.wrappedByOther('new', 10)).map((k) => k.subjectId)).toEqual(['employee:a', 'employee:b']);
      expect((await keys.wrappedByOther('new', 1)).map((k) => k.subjectId)).toEqual(['employee:a']);
      const wrapped = new Uint8Array(randomBytes(60));
      expect(await keys.rewrap('employee:a', 'other', wrapped, 'new')).toBe(false);
      expect(await keys.rewrap('employee:a', 'old', wrapped, 'new')).toBe(true);
      expect(await keys.rewrap('employee:d', 'old', wrapped, 'new')).toBe(false);
      expect((await keys.find(['employee:a'])).get('employee:a')).toMatchObject({ wrappedKey: wrapped, masterKeyId: 'new' });
      expect((await keys.wrappedByOther('new', 10)).map((k) => k.subjectId)).toEqual(['employee:b']);
    });

    it('keeps the state of the master key', async () => {
      expect(await keys.masterKeyState()).toBeNull();
      await keys.setMasterKeyState({ current: 'a', rotatingTo: 'b' });
      expect(await keys.masterKeyState()).toEqual({ current: 'a', rotatingTo: 'b' });
      await keys.setMasterKeyState({ current: 'b' });
      expect(await keys.masterKeyState()).toEqual({ current: 'b' });
      await expect(keys.ping()).resolves.toBeUndefined();
    });

    it('logs accesses and finds them by subject, reader and time, oldest first, a page at a time', async () => {
      const at = (minute: number) => `2027-03-02T10:${String(minute).padStart(2, '0')}:00.000Z`;
      await log.record([
        { at: at(1), actorId: 'max', actorRoles: ['manager'], route: 'GET /api/prospects/:prospectId', subjectId: 'contact:p-1' },
        { at: at(1), actorId: 'max', actorRoles: ['manager'], route: 'GET /api/prospects/:prospectId', subjectId: 'employee:ann' },
      ]);
      await Promise.all([
        log.record([{ at: at(2), actorId: 'ada', actorRoles: ['auditor'], route: 'GET /api/audit/streams/:streamName/events', subjectId: 'contact:p-1' }]),
        log.record([]),
      ]);
      await log.record([{ at: at(3), actorId: 'max', actorRoles: ['manager', 'supervisor'], route: 'GET /api/prospects', subjectId: 'contact:p-1' }]);

      const bySubject = await log.find({ subjectId: 'contact:p-1' }, { limit: 10 });
      expect(bySubject.entries.map((e) => [e.at, e.actorId])).toEqual([[at(1), 'max'], [at(2), 'ada'], [at(3), 'max']]);
      expect(bySubject.entries[2]).toMatchObject({ actorRoles: ['manager', 'supervisor'], route: 'GET /api/prospects' });
      expect(bySubject.next).toBeNull();
      expect((await log.find({ actorId: 'ada' }, { limit: 10 })).entries.map((e) => e.subjectId)).toEqual(['contact:p-1']);
      expect((await log.find({ from: at(2), to: at(2) }, { limit: 10 })).entries.map((e) => e.actorId)).toEqual(['ada']);

      const first = await log.find({}, { limit: 3 });
      expect(first.entries).toHaveLength(3);
      const rest = await log.find({}, { limit: 3, after: first.next! });
      expect(rest).toMatchObject({ next: null });
      expect(rest.entries.map((e) => e.at)).toEqual([at(3)]);
      expect(new Set([...first.entries, ...rest.entries].map((e) => e.id)).size).toBe(4);
    });
  });
}
