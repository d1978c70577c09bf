import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { setImmediate as tick } from 'node:timers/promises';
import { EventProcessRunner, type CheckpointStore } from '../process/event-process-runner.js';
import { SqliteEventStore } from '../sqlite/sqlite-event-store.js';
import { AUDIT_TRAIL_SEALED, AuditSealer } from './audit-seal.js';
import { AuditSealProcess, type AuditSealSchedule } from './audit-seal.process.js';
import { IntegrityEventStore } from './integrity-event-store.js';
import { verifyAuditTrail } from './verify-audit-trail.js';

const TYPES = ['Opened', 'Noted', AUDIT_TRAIL_SEALED];

function memoryCheckpoints(): CheckpointStore {
  const saved = new Map<string, number>();
  return { getCheckpoint: async (name) => saved.get(name) ?? null, saveCheckpoint: async (name, position) => void saved.set(name, position) };
}

describe('AuditSealProcess', () => {
  let store: IntegrityEventStore;
  let sealer: AuditSealer;
  let now: number;
  const runner = (schedule: AuditSealSchedule) => new EventProcessRunner(store, memoryCheckpoints(), new AuditSealProcess(store, TYPES, schedule, { now: () => now }));
  const append = (n: number) => store.append('order-1', Array.from({ length: n }, () => ({ type: 'Noted', data: {} })));

  beforeEach(() => {
    store = new IntegrityEventStore(new SqliteEventStore({ filename: ':memory:' }));
    sealer = new AuditSealer(store);
    now = Date.parse('2027-01-01T00:00:00Z');
  });
  afterEach(async () => {
    jest.useRealTimers();
    await store.close();
  });

  it('seals every N events, counting neither sealed events nor seals', async () => {
    const seals = runner({ everyEvents: 3, intervalMs: 0 });
    await append(2);
    await seals.catchUp();
    expect(await sealer.latest()).toBeNull();
    await append(1);
    await seals.catchUp();
    expect((await sealer.latest())?.seal).toMatchObject({ sealNumber: 1, fromPosition: 0, toPosition: 3, eventCount: 3 });
    await seals.catchUp();
    await append(2);
    await seals.catchUp();
    expect((await sealer.latest())?.seal.sealNumber).toBe(1);
    await append(1);
    await seals.catchUp();
    expect((await sealer.latest())?.seal).toMatchObject({ sealNumber: 2, fromPosition: 3, toPosition: 7, eventCount: 4 });
    expect((await verifyAuditTrail(store)).ok).toBe(true);
  });

  it('seals when the interval has passed since the last seal', async () => {
    const seals = runner({ everyEvents: 0, intervalMs: 60_000 });
    await append(1);
    await seals.catchUp();
    expect(await sealer.latest()).toBeNull();
    now += 60_000;
    await append(1);
    await seals.catchUp();
    expect((await sealer.latest())?.seal).toMatchObject({ sealNumber: 1, eventCount: 2 });
  });

  it('seals the tail once the interval has passed, when no more events come', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
    const seals = runner({ everyEvents: 100, intervalMs: 60_000 });
    await append(2);
    await seals.catchUp();
    expect(await sealer.latest()).toBeNull();
    now += 60_000;
    jest.advanceTimersByTime(60_000);
    for (let i = 0; i < 100 && (await sealer.latest()) === null; i++) await tick();
    expect((await sealer.latest())?.seal).toMatchObject({ sealNumber: 1, eventCount: 2 });
  });

  it('does nothing when both triggers are off', async () => {
    const seals = runner({ everyEvents: 0, intervalMs: 0 });
    await append(5);
    await seals.catchUp();
    expect(await sealer.latest()).toBeNull();
  });
});
