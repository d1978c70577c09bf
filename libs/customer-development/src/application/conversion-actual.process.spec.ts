import { describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '#app/eventsourcing';
import { EventProcessRunner, SqliteEventStore, type CheckpointStore, type EventStore } from '#app/event-store';
import { SqliteReadStore } from '#app/read-store';
import { ExecutePlanCommandHandler, planIdFor, planStream, type ActualRecorded, type PlanEvent } from '#app/sales-planning';
import { PROSPECT_ID, inDevelopment, prospectConverted } from '#testing/customer-development';
import { approved, executing, opened, publishedPlan, submitted } from '#testing/sales-planning';
import type { ProspectEvent } from '../prospect/prospect.events.js';
import { prospectStream } from '../prospect/prospect.js';
import { ConversionActualProcess, conversionPeriods } from './conversion-actual.process.js';
import { conversionStream, type ConversionLeftUnattributed } from './conversion-attribution.events.js';

const TEAM = 'north';
const QUARTER = planIdFor(TEAM, '2027-Q1');
const MONTH = planIdFor(TEAM, '2027-03');
const YEAR = planIdFor(TEAM, '2027');
const CHECKPOINT = 'process:conversion-actuals';
const meta = { actorId: 'ann', correlationId: 'corr-convert', commandId: 'cmd-convert' };

function checkpointsIn(readStore: SqliteReadStore, failSaves = 0): CheckpointStore {
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
function forgetfulCheckpoints(): CheckpointStore {
  const saved = new Map<string, number>();
  return { getCheckpoint: async (name) => saved.get(name) ?? null, saveCheckpoint: async (name, position) => void saved.set(name, position) };
}

const appendAll = (store: EventStore, stream: string, events: readonly (PlanEvent | ProspectEvent)[]) =>
  store.append(stream, events.map((e) => ({ type: e.type, data: e.data, metadata: meta })));

/** The plan fixtures moved to another period of the same team. */
const inPeriod = (events: readonly PlanEvent[], period: string): PlanEvent[] =>
  events.map((e) => ({ type: e.type, data: { ...e.data, planId: planIdFor(TEAM, period), period } }) as PlanEvent);

async function setUp(plans: Record<string, readonly PlanEvent[]>, conversion: ProspectEvent = prospectConverted) {
  const store = new SqliteEventStore({ filename: ':memory:' });
  const readStore = new SqliteReadStore({ filename: ':memory:' });
  for (const [period, events] of Object.entries(plans)) await appendAll(store, planStream(planIdFor(TEAM, period)), inPeriod(events, period));
  await appendAll(store, prospectStream(PROSPECT_ID), [...inDevelopment, conversion]);
  const process = () => new ConversionActualProcess(store, new ExecutePlanCommandHandler(store), () => new Date('2027-03-21T08:00:00.000Z'));
  return { store, readStore, process };
}

const conversionActuals = async (store: EventStore, planId: string) =>
  (await store.readStream(planStream(planId))).filter((e) => e.type === 'ActualRecorded') as RecordedEvent<ActualRecorded['data']>[];

const unattributed = async (store: EventStore) => (await store.readStream(conversionStream(PROSPECT_ID))) as RecordedEvent<ConversionLeftUnattributed['data']>[];

describe('the periods a conversion date falls in', () => {
  it('are its month, quarter and year, most specific first', () => {
    expect(conversionPeriods('2027-03-20')).toEqual(['2027-03', '2027-Q1', '2027']);
    expect(conversionPeriods('2027-10-01')).toEqual(['2027-10', '2027-Q4', '2027']);
  });
});

describe('the conversion process', () => {
  it('counts a conversion as one new customer for the converting salesperson on the executing quarter plan', async () => {
    const { store, readStore, process } = await setUp({ '2027-Q1': executing });
    expect(await new EventProcessRunner(store, checkpointsIn(readStore), process()).catchUp()).toBe(1);
    const [counted, ...more] = await conversionActuals(store, QUARTER);
    expect(more).toEqual([]);
    expect(counted!.data).toEqual({
      planId: QUARTER,
      team: TEAM,
      period: '2027-Q1',
      salespersonId: 'ann',
      metric: 'new_customers',
      amount: 1,
      date: '2027-03-20',
      reference: `prospect:${PROSPECT_ID}`,
      recordedBy: 'system',
    });
    expect(counted!.metadata).toMatchObject({
      actorId: 'system',
      actorRole: 'system',
      commandType: 'RecordConversionActual',
      correlationId: 'corr-convert',
      causationId: 'cmd-convert',
      occurredAt: '2027-03-21T08:00:00.000Z',
    });
    expect(await unattributed(store)).toEqual([]);
    expect(await readStore.getCheckpoint(CHECKPOINT)).toBe(await store.headPosition());
  });

  it('counts it on the month’s plan when that one executes, and on no other', async () => {
    const { store, readStore, process } = await setUp({ '2027-03': executing, '2027-Q1': executing });
    await new EventProcessRunner(store, checkpointsIn(readStore), process()).catchUp();
    expect(await conversionActuals(store, MONTH)).toHaveLength(1);
    expect(await conversionActuals(store, QUARTER)).toHaveLength(0);
  });

  it('counts it on the year’s plan when neither the month’s nor the quarter’s executes', async () => {
    const { store, readStore, process } = await setUp({ '2027-Q1': [opened, submitted(), approved()], '2027': executing });
    await new EventProcessRunner(store, checkpointsIn(readStore), process()).catchUp();
    expect(await conversionActuals(store, YEAR)).toHaveLength(1);
    expect(await conversionActuals(store, QUARTER)).toHaveLength(0);
  });

  it('loses nothing and duplicates nothing when it crashes between the actual and its checkpoint', async () => {
    const { store, readStore, process } = await setUp({ '2027-Q1': executing });
    const crashing = new EventProcessRunner(store, checkpointsIn(readStore, 1), process());
    await expect(crashing.catchUp()).rejects.toThrow('crash before the checkpoint was saved');
    expect(await readStore.getCheckpoint(CHECKPOINT)).toBeNull();
    expect(await conversionActuals(store, QUARTER)).toHaveLength(1);

    const restarted = new EventProcessRunner(store, checkpointsIn(readStore), process());
    expect(await restarted.catchUp()).toBe(1);
    expect(await conversionActuals(store, QUARTER)).toHaveLength(1);
    expect(await restarted.catchUp()).toBe(0);
  });

  it('appends nothing when it runs over the whole log again, even after a month plan started executing', async () => {
    const { store, readStore, process } = await setUp({ '2027-Q1': executing });
    await new EventProcessRunner(store, checkpointsIn(readStore), process()).catchUp();
    await appendAll(store, planStream(MONTH), inPeriod(executing, '2027-03'));
    const head = await store.headPosition();
    expect(await new EventProcessRunner(store, forgetfulCheckpoints(), process()).catchUp()).toBe(1);
    expect(await store.headPosition()).toBe(head);
  });

  it('does not count a conversion a salesperson already recorded by hand with its reference', async () => {
    const byHand: PlanEvent = {
      type: 'ActualRecorded',
      data: { planId: QUARTER, team: TEAM, period: '2027-Q1', salespersonId: 'ann', metric: 'new_customers', amount: 1, date: '2027-03-20', reference: `prospect:${PROSPECT_ID}`, recordedBy: 'ann' },
    };
    const { store, readStore, process } = await setUp({ '2027-Q1': [...executing, byHand] });
    const head = await store.headPosition();
    await new EventProcessRunner(store, checkpointsIn(readStore), process()).catchUp();
    expect(await store.headPosition()).toBe(head);
  });
});

describe('the conversion process without an executing plan', () => {
  it('records the conversion as unattributed with every plan it tried and why', async () => {
    const { store, readStore, process } = await setUp({ '2027-Q1': [opened, submitted(), approved()] });
    await new EventProcessRunner(store, checkpointsIn(readStore), process()).catchUp();
    const [left, ...more] = await unattributed(store);
    expect(more).toEqual([]);
    expect(left!.type).toBe('ConversionLeftUnattributed');
    expect(left!.data).toEqual({
      prospectId: PROSPECT_ID,
      team: TEAM,
      salespersonId: 'ann',
      convertedOn: '2027-03-20',
      conversionEventId: expect.any(String),
      attempts: [
        { period: '2027-03', planId: MONTH, outcome: 'no_plan', code: 'PLAN.NOT_FOUND' },
        { period: '2027-Q1', planId: QUARTER, outcome: 'not_executing', code: 'PLAN.NOT_EXECUTING', planStatus: 'approved' },
        { period: '2027', planId: YEAR, outcome: 'no_plan', code: 'PLAN.NOT_FOUND' },
      ],
    });
    expect(left!.metadata).toMatchObject({ actorId: 'system', actorRole: 'system', commandType: 'RecordUnattributedConversion', causationId: 'cmd-convert' });
    expect(await conversionActuals(store, QUARTER)).toEqual([]);
  });

  it('names a salesperson without targets on the executing plan', async () => {
    const carls: ProspectEvent = { type: 'ProspectConverted', data: { ...(prospectConverted.data as object), salespersonId: 'carl' } } as ProspectEvent;
    const { store, readStore, process } = await setUp({ '2027-Q1': executing }, carls);
    await new EventProcessRunner(store, checkpointsIn(readStore), process()).catchUp();
    const [left] = await unattributed(store);
    expect(left!.data.attempts.map((a) => [a.period, a.outcome])).toEqual([
      ['2027-03', 'no_plan'],
      ['2027-Q1', 'no_targets'],
      ['2027', 'no_plan'],
    ]);
  });

  it('names a plan whose results are published', async () => {
    const { store, readStore, process } = await setUp({ '2027-Q1': publishedPlan() });
    await new EventProcessRunner(store, checkpointsIn(readStore), process()).catchUp();
    const [left] = await unattributed(store);
    expect(left!.data.attempts[1]).toEqual({ period: '2027-Q1', planId: QUARTER, outcome: 'closed', code: 'PLAN.CLOSED' });
  });

  it('records it once, even when it crashes before its checkpoint and a plan executes by the replay', async () => {
    const { store, readStore, process } = await setUp({});
    await expect(new EventProcessRunner(store, checkpointsIn(readStore, 1), process()).catchUp()).rejects.toThrow('crash before the checkpoint was saved');
    expect(await unattributed(store)).toHaveLength(1);
    await appendAll(store, planStream(QUARTER), inPeriod(executing, '2027-Q1'));
    expect(await new EventProcessRunner(store, checkpointsIn(readStore), process()).catchUp()).toBe(1);
    expect(await unattributed(store)).toHaveLength(1);
    expect(await conversionActuals(store, QUARTER)).toEqual([]);
  });
});
