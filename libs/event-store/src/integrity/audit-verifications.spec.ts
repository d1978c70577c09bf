import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { IllegalStateError, NotFoundError, ServiceUnavailableError } from '#app/eventsourcing';
import { SqliteEventStore } from '../sqlite/sqlite-event-store.js';
import { AuditVerifications } from './audit-verifications.js';
import { IntegrityEventStore } from './integrity-event-store.js';

describe('AuditVerifications', () => {
  let store: IntegrityEventStore;

  beforeEach(async () => {
    store = new IntegrityEventStore(new SqliteEventStore({ filename: ':memory:' }));
    for (let i = 0; i < 30; i++) await store.append(`order-${i % 3}`, [{ type: 'Noted', data: { i } }]);
  });
  afterEach(async () => {
    await store.close();
  });

  it('runs one verification at a time in the background and keeps its progress and report', async () => {
    const verifications = new AuditVerifications(store, { verifyOptions: () => ({ batchSize: 5 }) });
    const started = verifications.start('aud-1');
    expect(started).toMatchObject({ status: 'running', requestedBy: 'aud-1', report: null, finishedAt: null });

    let refusal: unknown;
    try {
      verifications.start('aud-2');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(IllegalStateError);
    expect(refusal).toMatchObject({ code: 'AUDIT.VERIFICATION_RUNNING', details: { verificationId: started.id } });

    const done = await verifications.finished(started.id);
    expect(done).toMatchObject({ status: 'done', progress: { position: 30, headPosition: 30, share: 1 }, report: { ok: true, events: 30 } });
    expect(verifications.get(started.id)).toEqual(done);
    expect(verifications.start('aud-2').status).toBe('running');
  });

  it('reports a verification the store failed as failed, with the reason, and lets the next one start', async () => {
    const failing = Object.assign(Object.create(store.inner) as SqliteEventStore, {
      readAll: async () => {
        throw new ServiceUnavailableError('EVENT_STORE.UNAVAILABLE', 'the store is down');
      },
    });
    const verifications = new AuditVerifications(failing);
    const { id } = verifications.start('aud-1');
    expect(await verifications.finished(id)).toMatchObject({ status: 'failed', error: 'the store is down', report: null });
    expect(verifications.start('aud-1').status).toBe('running');
  });

  it('forgets the oldest finished verifications beyond `keep`, and says so for an unknown id', async () => {
    const verifications = new AuditVerifications(store, { keep: 2 });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { id } = verifications.start('aud-1');
      ids.push(id);
      await verifications.finished(id);
    }
    expect(() => verifications.get(ids[0]!)).toThrow(NotFoundError);
    expect(verifications.get(ids[2]!).status).toBe('done');
  });
});
