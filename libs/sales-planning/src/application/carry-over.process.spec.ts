import { describe, expect, it } from '@jest/globals';
import { fold, type RecordedEvent } from '#app/eventsourcing';
import { EventProcessRunner, SqliteEventStore, type CheckpointStore, type EventStore } from '#app/event-store';
import { SqliteReadStore } from '#app/read-store';
import { PERIOD, PLAN_ID, TEAM, actual, executing, personalSummary, publishedPlan, teamSummary } from '#testing/sales-planning';
import { planDecider } from '../plan/plan.decide.js';
import type { CarryOverReceived, PlanEvent } from '../plan/plan.events.js';
import { planIdFor, planStream } from '../plan/plan.js';
import { CarryOverProcess } from './carry-over.process.js';
import { ExecutePlanCommandHandler } from './execute-plan-command.js';

const meta = { actorId: 'x', correlationId: 'corr-pub', commandId: 'cmd-pub' };
const CLOCK = () => new Date('2027-04-02T08:00:00.000Z');
const carryOver = (store: EventStore) => new CarryOverProcess(store, new ExecutePlanCommandHandler(store), CLOCK);

function readStoreCheckpoints(readStore: SqliteReadStore, failSaves = 0): CheckpointStore {
  let failures = failSaves;
  return {
    getCheckpoint: (name) => readStore.getCheckpoint(name),
    async saveCheckpoint(name, position) {
      if (failures-- > 0) throw new Error('crash before the checkpoint was saved');
      await readStore.transaction((tx) => tx.setCheckpoint(name, position));
    },
  };
}

/** A fresh checkpoint: the process sees the whole log again, as after a rebuild. */
function freshCheckpoints(): CheckpointStore {
  const saved = new Map<string, number>();
  return { getCheckpoint: async (name) => saved.get(name) ?? null, saveCheckpoint: async (name, position) => void saved.set(name, position) };
}

async function setUp() {
  const store = new SqliteEventStore({ filename: ':memory:' });
  const readStore = new SqliteReadStore({ filename: ':memory:' });
  await store.append(planStream(PLAN_ID), publishedPlan([actual('ann', 'revenue', 30_000_00), actual('bob', 'revenue', 45_000_00)]).map((e) => ({ type: e.type, data: e.data, metadata: meta })));
  return { store, readStore };
}

const received = (events: RecordedEvent[]) => events.filter((e) => e.type === 'CarryOverReceived') as unknown as { data: CarryOverReceived['data']; metadata: Record<string, unknown> }[];
const NEXT_ID = planIdFor(TEAM, '2027-Q2');

describe('the carry-over process', () => {
  it('turns each published shortfall into a line waiting on the next period’s plan', async () => {
    const { store, readStore } = await setUp();
    const handled = await new EventProcessRunner(store, readStoreCheckpoints(readStore), carryOver(store)).catchUp();
    expect(handled).toBe(1);
    const lines = received(await store.readStream(planStream(NEXT_ID)));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.data).toMatchObject({ planId: NEXT_ID, team: TEAM, period: '2027-Q2', sourcePlanId: PLAN_ID, sourcePeriod: PERIOD, appliedAs: 'pending_approval' });
    expect(lines[0]!.data.lines.map((l) => [l.salespersonId, l.metric, l.amount, l.path])).toEqual([
      ['ann', 'revenue', 20_000_00, [PERIOD]],
      ['ann', 'new_customers', 4, [PERIOD]],
    ]);
    expect(lines[0]!.metadata).toMatchObject({ actorId: 'system', actorRole: 'system', correlationId: 'corr-pub', causationId: 'cmd-pub', commandType: 'ReceiveCarryOver', occurredAt: '2027-04-02T08:00:00.000Z' });
    expect(await readStore.getCheckpoint('process:carry-over')).toBe(await store.headPosition());
  });

  it('loses nothing and duplicates nothing when it crashes between the carry-over and its checkpoint', async () => {
    const { store, readStore } = await setUp();
    const crashing = new EventProcessRunner(store, readStoreCheckpoints(readStore, 1), carryOver(store));
    await expect(crashing.catchUp()).rejects.toThrow('crash before the checkpoint was saved');
    expect(await readStore.getCheckpoint('process:carry-over')).toBeNull();
    expect(received(await store.readStream(planStream(NEXT_ID)))).toHaveLength(1);

    const restarted = new EventProcessRunner(store, readStoreCheckpoints(readStore), carryOver(store));
    expect(await restarted.catchUp()).toBe(1);
    expect(received(await store.readStream(planStream(NEXT_ID)))).toHaveLength(1);
    expect(await restarted.catchUp()).toBe(0);
  });

  it('picks up a publication made while it was not running (crash between publication and carry-over)', async () => {
    const { store, readStore } = await setUp();
    expect(await store.readStream(planStream(NEXT_ID))).toEqual([]);
    const runner = new EventProcessRunner(store, readStoreCheckpoints(readStore), carryOver(store), undefined, { idleMs: 10 });
    runner.start();
    for (let i = 0; i < 200 && received(await store.readStream(planStream(NEXT_ID))).length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await runner.stop();
    expect(received(await store.readStream(planStream(NEXT_ID)))).toHaveLength(1);
  });

  it('forwards the lines to the period after when the next plan no longer takes them', async () => {
    const { store, readStore } = await setUp();
    const closedNext = [...executing, personalSummary('ann'), personalSummary('bob'), teamSummary].map((e) => ({
      type: e.type,
      data: { ...(e.data as object), planId: NEXT_ID, period: '2027-Q2' },
      metadata: meta,
    }));
    await store.append(planStream(NEXT_ID), closedNext);
    expect(fold(planDecider, await store.readStream(planStream(NEXT_ID))).status).toBe('summarised');
    await new EventProcessRunner(store, readStoreCheckpoints(readStore), carryOver(store)).catchUp();
    expect(received(await store.readStream(planStream(NEXT_ID)))).toHaveLength(0);
    const after = received(await store.readStream(planStream(planIdFor(TEAM, '2027-Q3'))));
    expect(after).toHaveLength(1);
    expect(after[0]!.data.period).toBe('2027-Q3');
  });

  it('does not forward lines on a replay when the plan that took them has closed since', async () => {
    const { store, readStore } = await setUp();
    await new EventProcessRunner(store, readStoreCheckpoints(readStore), carryOver(store)).catchUp();
    const closingNext = [...executing, personalSummary('ann'), personalSummary('bob'), teamSummary].map((e) => ({
      type: e.type,
      data: { ...(e.data as object), planId: NEXT_ID, period: '2027-Q2' },
      metadata: meta,
    }));
    await store.append(planStream(NEXT_ID), closingNext);
    expect(fold(planDecider, await store.readStream(planStream(NEXT_ID))).status).toBe('summarised');
    const head = await store.headPosition();
    expect(await new EventProcessRunner(store, freshCheckpoints(), carryOver(store)).catchUp()).toBe(1);
    expect(await store.headPosition()).toBe(head);
    expect(received(await store.readStream(planStream(planIdFor(TEAM, '2027-Q3'))))).toHaveLength(0);
  });
});
