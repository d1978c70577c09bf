import { describe, expect, it } from '@jest/globals';
import { fold, handleCommand, type RecordedEvent } from '#app/eventsourcing';
import { IntegrityEventStore, SqliteEventStore, auditedEventStore, rawEventStore, verifyAuditTrail } from '#app/event-store';
import { ProjectionRunner, SqliteReadStore } from '#app/read-store';
import { deciderSpec } from '#testing/eventsourcing';
import { PLAN_ID, actual, ctx, executing, manager, personalSummary, supervisor, teamSummary } from '#testing/sales-planning';
import { PLANS_LIST, plansListProjection, type PlanListDocument } from '../read-models/plans-list/plans-list.projection.js';
import { TRACKING_SHEET, trackingSheetProjection, type TrackingSheetDocument } from '../read-models/tracking-sheet/tracking-sheet.projection.js';
import type { PlanCommand } from './plan.commands.js';
import { planDecider } from './plan.decide.js';
import type { PlanEvent, TeamSummarySubmitted } from './plan.events.js';
import { planStream } from './plan.js';
import { PLANNING_UPCASTERS } from './plan.upcasters.js';
import { teamSummarySubmittedV1ToV2 } from './team-summary-submitted.v2.js';

const spec = deciderSpec(planDecider);
const v1Data = teamSummary.data as TeamSummarySubmitted['data'];
const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
const submitTeamSummary = (): PlanCommand => ({ type: 'SubmitTeamSummary', data: { planId: PLAN_ID, summary: 'Closed', analysis: 'Mixed' }, context: ctx(supervisor) });
// Ann beats her revenue target by 10,000.00 while Bob misses his by 15,000.00: the team is 5,000.00 short
// by totals, but Decision 6 does not net, so the team shortfall is Bob's 15,000.00 plus Ann's 4 customers.
const closing: PlanEvent[] = [...executing, actual('ann', 'revenue', 60_000_00), actual('bob', 'revenue', 25_000_00), personalSummary('ann'), personalSummary('bob')];

describe('TeamSummarySubmitted.v2', () => {
  it('is what the decider writes: each total carries the un-netted shortfall of Decision 6', () => {
    spec.given(closing).when(submitTeamSummary()).thenProduces((events) => {
      expect(events.map((e) => e.type)).toEqual(['TeamSummarySubmitted.v2']);
      expect((events[0]!.data as { totals: unknown[] }).totals).toEqual([
        { metric: 'revenue', target: 90_000_00, actual: 85_000_00, currency: 'CNY', shortfall: 15_000_00 },
        { metric: 'new_customers', target: 4, actual: 0, shortfall: 4 },
      ]);
    });
  });

  it('upcasts a v1 summary with shortfall null ("not recorded"), leaving the rest as it was', () => {
    const withTotals = { ...v1Data, totals: [{ metric: 'revenue', target: 90_000_00, actual: 85_000_00, currency: 'CNY' }] };
    expect(teamSummarySubmittedV1ToV2.upcast(withTotals, {})).toEqual({ ...withTotals, totals: [{ metric: 'revenue', target: 90_000_00, actual: 85_000_00, currency: 'CNY', shortfall: null }] });
    expect(teamSummarySubmittedV1ToV2.upcast(v1Data, {})).toEqual({ ...v1Data, totals: [] });
  });

  it('lets a stream written with v1 replay through the decider and the projections, read as v2', async () => {
    const adapter = new SqliteEventStore({ filename: ':memory:' });
    // What an earlier release wrote: the same events, chained, with the v1 summary.
    const earlier = new IntegrityEventStore(adapter);
    const v1Summary: PlanEvent = { type: 'TeamSummarySubmitted', data: { ...v1Data, totals: [{ metric: 'revenue', target: 90_000_00, actual: 85_000_00, currency: 'CNY' }] } };
    await earlier.append(planStream(PLAN_ID), [...closing, v1Summary].map((e) => ({ type: e.type, data: e.data, metadata: { actorId: 'sup-1', occurredAt: '2027-03-31T10:00:00.000Z' } })));
    const store = auditedEventStore(adapter, { upcasters: PLANNING_UPCASTERS });

    const read = await store.readStream(planStream(PLAN_ID));
    expect(read.at(-1)).toMatchObject({ type: 'TeamSummarySubmitted.v2', data: { totals: [{ metric: 'revenue', shortfall: null }] } });
    expect((await rawEventStore(store).readStream(planStream(PLAN_ID))).at(-1)!.type).toBe('TeamSummarySubmitted');
    expect(fold(planDecider, read)).toMatchObject({ status: 'summarised', teamSummaryBy: 'sup-1' });
    const appraisal = await handleCommand(store, planDecider, planStream(PLAN_ID), { type: 'AppraisePlan', data: { planId: PLAN_ID, rating: 'good', comments: 'ok' }, context: ctx(manager) });
    expect(appraisal.events.map((e) => e.type)).toEqual(['PlanAppraised']);

    const readStore = new SqliteReadStore({ filename: ':memory:' });
    const runner = new ProjectionRunner(store, readStore, [plansListProjection, trackingSheetProjection] as never, { logger: quiet });
    await runner.catchUp();
    expect(await readStore.get<PlanListDocument>(await runner.activeCollection(PLANS_LIST), PLAN_ID)).toMatchObject({ status: 'appraised', awaiting: 'publication' });
    const sheet = await readStore.get<TrackingSheetDocument>(await runner.activeCollection(TRACKING_SHEET), PLAN_ID);
    expect(sheet).toMatchObject({ status: 'appraised' });
    expect((await verifyAuditTrail(store)).ok).toBe(true);
    await runner.stop();
    await readStore.close();
    await store.close();
  });

  it('folds the same state from v1 and from v2', () => {
    const recorded = (events: PlanEvent[]) => events.map((e) => ({ type: e.type, data: e.data }) as RecordedEvent);
    const v2: PlanEvent = { type: 'TeamSummarySubmitted.v2', data: { ...v1Data, totals: [] } };
    expect(fold(planDecider, recorded([...closing, v2]))).toEqual(fold(planDecider, recorded([...closing, teamSummary])));
  });
});
