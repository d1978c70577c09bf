import { describe, expect, it } from '@jest/globals';
import type { Projection } from '#app/read-store';
import {
  PERIOD,
  PLAN_ID,
  TEAM,
  actual,
  approved,
  bookApproved,
  bookRejected,
  bookSubmitted,
  executing,
  opened,
  personalSummary,
  recordedPlanEvents,
  rejected,
  submitted,
  teamSummary,
} from '#testing/sales-planning';
import type { PlanEvent } from '../plan/plan.events.js';
import { planIdFor } from '../plan/plan.js';
import { decisionLogProjection } from './decision-log/decision-log.projection.js';
import type { DecisionDocument } from './decision-log/decision-log.responses.js';
import { followUpSheetProjection } from './follow-up-sheet/follow-up-sheet.projection.js';
import type { FollowUpSheetDocument } from './follow-up-sheet/follow-up-sheet.responses.js';
import { plansListProjection, type PlanListDocument } from './plans-list/plans-list.projection.js';
import { ledgerId, rolloverLedgerProjection, type RolloverLedgerDocument } from './rollover-ledger/rollover-ledger.projection.js';
import { trackingSheetProjection, type TrackingSheetDocument } from './tracking-sheet/tracking-sheet.projection.js';
import { trackingSheetView } from './tracking-sheet/tracking-sheet.view.js';

const ref = { planId: PLAN_ID, team: TEAM, period: PERIOD };

/** Applies events the way the runner does: per key, in order, starting from nothing. */
function project<D extends { id: string }>(projection: Projection, events: readonly PlanEvent[]): Map<string, D> {
  const docs = new Map<string, D>();
  for (const event of recordedPlanEvents(events) as Parameters<Projection['evolve']>[1][]) {
    if (!(projection.eventTypes as readonly string[]).includes(event.type)) continue;
    for (const id of projection.keys(event)) {
      const next = projection.evolve((docs.get(id) ?? null) as never, event, id) as D | null;
      if (next === null) docs.delete(id);
      else docs.set(id, next);
    }
  }
  return docs;
}

function appliedTwiceUnchanged(projection: Projection, events: readonly PlanEvent[]) {
  const recorded = recordedPlanEvents(events) as Parameters<Projection['evolve']>[1][];
  const docs = new Map<string, unknown>();
  for (const event of recorded) {
    if (!(projection.eventTypes as readonly string[]).includes(event.type)) continue;
    for (const id of projection.keys(event)) {
      const once = projection.evolve((docs.get(id) ?? null) as never, event, id);
      const twice = once === null ? null : projection.evolve(once as never, event, id);
      expect(twice).toEqual(once);
      docs.set(id, once);
    }
  }
}

const carried: PlanEvent = {
  type: 'CarryOverReceived',
  data: {
    ...ref,
    sourcePlanId: planIdFor(TEAM, '2026-Q4'),
    sourcePeriod: '2026-Q4',
    appliedAs: 'pending_approval',
    lines: [{ lineId: 'L1', salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue', amount: 10_000_00, currency: 'CNY', originPeriod: '2026-Q3', path: ['2026-Q3', '2026-Q4'], sourcePlanId: planIdFor(TEAM, '2026-Q4') }],
  },
};
const waived: PlanEvent = {
  type: 'CarryOverWaived',
  data: { ...ref, lineId: 'L1', salespersonId: 'ann', metric: 'revenue', amount: 10_000_00, originPeriod: '2026-Q3', waivedBy: 'mgr-1', reason: 'Customer gone' },
};
const review: PlanEvent = {
  type: 'ProgressReviewRecorded',
  data: { ...ref, reviewNumber: 1, reviewDate: '2027-02-20', reviewedBy: 'mgr-1', reviews: [{ salespersonId: 'ann', findings: 'Behind', rating: 'off_track', actions: [{ action: 'Call', owner: 'ann', deadline: '2027-03-01' }] }] },
};
const report: PlanEvent = {
  type: 'DifficultyReportSubmitted',
  data: { ...ref, reportNumber: 1, salespersonId: 'ann', difficulty: 'Bankruptcy', cause: 'external', evidence: 'Notice', supportRequested: 'Cut', proposals: [{ metric: 'revenue', originalTarget: 50_000_00, proposedTarget: 40_000_00 }], effectiveFrom: '2027-02-15', submittedBy: 'ann' },
};
const commentedOn = (item: 'review' | 'difficulty_report', comment: string): PlanEvent => ({
  type: 'FollowUpItemCommented',
  data: { ...ref, salespersonId: 'ann', item, number: 1, comment, commentedBy: 'sup-1' },
});
const proposed: PlanEvent = {
  type: 'TargetAdjustmentProposed',
  data: { ...ref, adjustmentNumber: 1, changes: [{ salespersonId: 'ann', metric: 'revenue', from: 50_000_00, to: 45_000_00 }], reason: 'Bankruptcy', difficultyReports: [1], proposedBy: 'sup-1' },
};
const adjustmentApproved: PlanEvent = { type: 'TargetAdjustmentApproved', data: { ...ref, adjustmentNumber: 1, changes: [{ salespersonId: 'ann', metric: 'revenue', from: 50_000_00, to: 45_000_00 }], approvedBy: 'mgr-1' } };
const adjustmentRejected: PlanEvent = { type: 'TargetAdjustmentRejected', data: { ...ref, adjustmentNumber: 1, rejectedBy: 'mgr-1', reason: 'No' } };
const item = (over: Record<string, unknown>) => ({ salespersonName: 'Ann', currency: 'CNY', baseTarget: 0, carriedIn: 0, adjustments: 0, completionBasisPoints: 0, pieces: [], settled: [], ...over });
const published: PlanEvent = {
  type: 'ResultsPublished',
  data: {
    ...ref,
    items: [
      item({ salespersonId: 'ann', metric: 'revenue', effectiveTarget: 60_000_00, actual: 15_000_00, shortfall: 45_000_00, settled: [{ lineId: 'L1', amount: 10_000_00 }] }),
      item({ salespersonId: 'bob', salespersonName: 'Bob', metric: 'revenue', effectiveTarget: 40_000_00, actual: 40_000_00, shortfall: 0 }),
    ] as never,
    carryOver: [{ lineId: 'L2', salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue', amount: 45_000_00, currency: 'CNY', originPeriod: PERIOD, path: [PERIOD], sourcePlanId: PLAN_ID }],
    nextPeriod: '2027-Q2',
    nextPlanId: planIdFor(TEAM, '2027-Q2'),
    publishedBy: 'mgr-1',
  },
};

describe('tracking sheet projection', () => {
  it('keeps the plan state and the actuals per day, and renders the sheet as of a date', () => {
    const doc = project<TrackingSheetDocument>(trackingSheetProjection, [
      carried, ...executing, actual('ann', 'revenue', 10_000_00, '2027-01-20'), actual('ann', 'revenue', 5_000_00, '2027-02-20'), proposed, adjustmentApproved,
    ]).get(PLAN_ID)!;
    expect(doc.actualsByDate['ann:revenue']).toEqual({ '2027-01-20': 10_000_00, '2027-02-20': 5_000_00 });
    const view = trackingSheetView(doc, '2027-02-14')!;
    const ann = view.rows.find((r) => r.salespersonId === 'ann' && r.metric === 'revenue')!;
    // base 50,000.00 + carried 10,000.00 − adjustment 5,000.00; actual to 14 Feb = 10,000.00; 45 of 90 days elapsed.
    expect(ann).toMatchObject({ baseTarget: 50_000_00, carriedIn: 10_000_00, adjustments: -5_000_00, effectiveTarget: 55_000_00, actualToDate: 10_000_00, expectedToDate: 27_500_00, variance: -45_000_00, pace: 'behind' });
    expect(ann.completionPercent).toBeCloseTo(18.18, 2);
    // The 10,000.00 of actuals to 14 Feb pay off the carried line first, as they arrive.
    expect(ann.carriedInLines).toEqual([{ lineId: 'L1', amount: 10_000_00, originPeriod: '2026-Q3', path: ['2026-Q3', '2026-Q4'], status: 'active', sourcePlanId: planIdFor(TEAM, '2026-Q4'), settledToDate: 10_000_00, outstanding: 0 }]);
    const early = trackingSheetView(doc, '2027-01-10')!.rows.find((r) => r.salespersonId === 'ann' && r.metric === 'revenue')!;
    expect(early.carriedInLines[0]).toMatchObject({ settledToDate: 0, outstanding: 10_000_00 });
    expect(view.elapsedPercent).toBe(50);
    const later = trackingSheetView(doc, '2027-03-31')!.rows.find((r) => r.salespersonId === 'ann' && r.metric === 'revenue')!;
    expect(later.actualToDate).toBe(15_000_00);
    // Actuals pay the carried debt first: 4,000.00 by 19 January settles 4,000.00 of the 10,000.00 line.
    const partly = trackingSheetView(project<TrackingSheetDocument>(trackingSheetProjection, [carried, ...executing, actual('ann', 'revenue', 4_000_00, '2027-01-19')]).get(PLAN_ID)!, '2027-01-31')!;
    expect(partly.rows.find((r) => r.salespersonId === 'ann' && r.metric === 'revenue')!.carriedInLines.map((l) => [l.settledToDate, l.outstanding])).toEqual([[4_000_00, 6_000_00]]);
    expect(trackingSheetView(doc, '2027-01-01')!.rows.find((r) => r.salespersonId === 'ann' && r.metric === 'revenue')!.carriedInLines[0]!.settledToDate).toBe(0);
  });

  it('judges pace on the unrounded expected-to-date and rounds completion half up (3 × 15/31 = 1.45: an actual of 1 is behind; 2/3 is 66.67 %)', () => {
    const monthly = (events: PlanEvent[]) => events.map((e) => ({ ...e, data: { ...e.data, period: '2027-03' } }) as PlanEvent);
    const three = { ...submitted(), data: { ...submitted().data, targets: [{ salespersonId: 'ann', salespersonName: 'Ann', metric: 'new_customers' as const, amount: 3 }] } } as PlanEvent;
    const doc = project<TrackingSheetDocument>(trackingSheetProjection, monthly([opened, three, approved(), bookSubmitted(), bookApproved(), actual('ann', 'new_customers', 1, '2027-03-02')])).get(PLAN_ID)!;
    const row = (asOf: string) => trackingSheetView(doc, asOf)!.rows[0]!;
    expect(row('2027-03-15')).toMatchObject({ expectedToDate: 1, actualToDate: 1, pace: 'behind', completionPercent: 33.33 });
    expect(row('2027-03-10')).toMatchObject({ expectedToDate: 1, pace: 'on_track' });
    const twoOfThree = project<TrackingSheetDocument>(trackingSheetProjection, monthly([opened, three, approved(), bookSubmitted(), bookApproved(), actual('ann', 'new_customers', 2, '2027-03-02')])).get(PLAN_ID)!;
    expect(trackingSheetView(twoOfThree, '2027-03-31')!.rows[0]!.completionPercent).toBe(66.67);
  });

  it('shows pace met, on track, at risk and behind by the documented thresholds', () => {
    const doc = project<TrackingSheetDocument>(trackingSheetProjection, [
      ...executing, actual('bob', 'revenue', 40_000_00, '2027-01-05'), actual('ann', 'revenue', 21_000_00, '2027-01-05'),
    ]).get(PLAN_ID)!;
    const rows = trackingSheetView(doc, '2027-02-14')!.rows;
    expect(rows.find((r) => r.salespersonId === 'bob')!.pace).toBe('met');
    expect(rows.find((r) => r.salespersonId === 'ann' && r.metric === 'revenue')!.pace).toBe('at_risk');
    expect(trackingSheetView(doc, '2027-01-10')!.rows.find((r) => r.salespersonId === 'ann' && r.metric === 'revenue')!.pace).toBe('on_track');
    expect(rows.find((r) => r.metric === 'new_customers')!.pace).toBe('behind');
  });

  it('shows a waived carried line without counting it', () => {
    const doc = project<TrackingSheetDocument>(trackingSheetProjection, [carried, waived, ...executing]).get(PLAN_ID)!;
    const ann = trackingSheetView(doc, '2027-02-14')!.rows.find((r) => r.salespersonId === 'ann' && r.metric === 'revenue')!;
    expect(ann.carriedIn).toBe(0);
    expect(ann.carriedInLines[0]!.status).toBe('waived');
    expect(ann.carriedInLines[0]!.settledToDate).toBe(0);
  });

  it('is unchanged when an event is applied twice', () => {
    appliedTwiceUnchanged(trackingSheetProjection, [carried, ...executing, actual('ann', 'revenue', 1), proposed, adjustmentApproved, personalSummary('ann')]);
  });
});

describe('follow-up sheet projection', () => {
  it('collects reviews, difficulty reports, adjustments with their outcome and summaries per salesperson', () => {
    const doc = project<FollowUpSheetDocument>(followUpSheetProjection, [...executing, review, report, proposed, adjustmentApproved, personalSummary('ann')]).get(PLAN_ID)!;
    const ann = doc.salespeople.ann!;
    expect(ann.name).toBe('Ann');
    expect(ann.reviews).toEqual([{ reviewNumber: 1, reviewDate: '2027-02-20', findings: 'Behind', rating: 'off_track', actions: [{ action: 'Call', owner: 'ann', deadline: '2027-03-01' }], reviewedBy: 'mgr-1', reviewedByName: 'MGR-1', supervisorComments: [] }]);
    expect(ann.difficultyReports[0]).toMatchObject({ reportNumber: 1, cause: 'external', outcome: 'adjustment_approved' });
    expect(ann.adjustments).toEqual([{ adjustmentNumber: 1, changes: [{ salespersonId: 'ann', metric: 'revenue', from: 50_000_00, to: 45_000_00 }], reason: 'Bankruptcy', difficultyReports: [1], outcome: 'approved', decidedBy: 'mgr-1', decidedByName: 'MGR-1' }]);
    expect(ann.summarySubmitted).toBe(true);
    expect(doc.salespeople.bob).toMatchObject({ name: 'Bob', summarySubmitted: false, reviews: [] });
  });

  it('shows the supervisor’s comments on a review finding and on a difficulty report (FollowUpItemCommented)', () => {
    const events = [...executing, review, report, commentedOn('review', 'Call the distributor first'), commentedOn('difficulty_report', 'Send the notice'), commentedOn('review', 'Done?')];
    const ann = project<FollowUpSheetDocument>(followUpSheetProjection, events).get(PLAN_ID)!.salespeople.ann!;
    expect(ann.reviews[0]!.supervisorComments.map((c) => [c.comment, c.commentedBy])).toEqual([
      ['Call the distributor first', 'sup-1'],
      ['Done?', 'sup-1'],
    ]);
    expect(ann.difficultyReports[0]!.supervisorComments).toEqual([{ comment: 'Send the notice', commentedBy: 'sup-1', commentedByName: 'MGR-1', commentedAt: expect.any(String) }]);
    appliedTwiceUnchanged(followUpSheetProjection, events);
  });

  it('marks a rejected adjustment and its report', () => {
    const ann = project<FollowUpSheetDocument>(followUpSheetProjection, [...executing, report, proposed, adjustmentRejected]).get(PLAN_ID)!.salespeople.ann!;
    expect(ann.adjustments[0]).toMatchObject({ outcome: 'rejected', decisionReason: 'No' });
    expect(ann.difficultyReports[0]!.outcome).toBe('adjustment_rejected');
  });

  it('is unchanged when an event is applied twice', () => {
    appliedTwiceUnchanged(followUpSheetProjection, [...executing, review, report, proposed, adjustmentApproved, personalSummary('ann')]);
  });
});

describe('plans list projection', () => {
  it('tracks status, versions and what the plan awaits from whom', () => {
    const at = (events: PlanEvent[]) => project<PlanListDocument>(plansListProjection, events).get(PLAN_ID)!;
    expect(at([opened])).toMatchObject({ team: TEAM, period: PERIOD, granularity: 'quarter', periodStart: '2027-01-01', status: 'draft', awaiting: null });
    expect(at([opened, submitted()])).toMatchObject({ status: 'submitted', awaiting: 'plan_approval', awaitingSubmittedBy: 'sup-1', awaitingSubmittedByName: 'MGR-1', planVersion: 1 });
    expect(at([opened, submitted(), approved()])).toMatchObject({ awaiting: null, awaitingSubmittedBy: null, awaitingSubmittedByName: null });
    expect(at([opened, submitted(), rejected()])).toMatchObject({ status: 'rejected', awaiting: null });
    expect(at([opened, submitted(), approved(), bookSubmitted()])).toMatchObject({ awaiting: 'plan_book_approval' });
    expect(at([opened, submitted(), approved(), bookSubmitted(), bookRejected()])).toMatchObject({ status: 'book_rejected', awaiting: null });
    expect(at([...executing, proposed])).toMatchObject({ status: 'executing', awaiting: 'adjustment_approval', awaitingSubmittedBy: 'sup-1' });
    expect(at([...executing, personalSummary('ann'), personalSummary('bob'), teamSummary])).toMatchObject({ status: 'summarised', awaiting: 'appraisal' });
    expect(project(plansListProjection, [carried]).size).toBe(0);
    expect(at([...executing, bookApproved()]).status).toBe('executing');
  });

  it('lists everyone who acted on the plan once, under the name of their latest event, and no system process', () => {
    type Recorded = Parameters<typeof plansListProjection.evolve>[1];
    const as = (events: PlanEvent[], from: number, actor: string, role: string, name?: string): Recorded[] =>
      (recordedPlanEvents(events, { from, actor, role }) as Recorded[]).map((e) => (name ? { ...e, metadata: { ...e.metadata, actorName: name } } : e));
    const docs = (events: Recorded[]) => events.reduce<PlanListDocument | null>((doc, event) => plansListProjection.evolve(doc, event, PLAN_ID), null)!;
    const events = [
      ...as([opened, submitted()], 1, 'sup-1', 'supervisor'),
      ...as([approved()], 3, 'mgr-1', 'manager'),
      ...as([bookSubmitted()], 4, 'sup-1', 'supervisor', 'Sue Supervisor'),
      ...as([bookApproved()], 5, 'carry-over', 'system'),
    ];
    expect(docs(events).people).toEqual([
      { id: 'sup-1', name: 'Sue Supervisor', role: 'supervisor' },
      { id: 'mgr-1', name: 'MGR-1', role: 'manager' },
    ]);
  });

  it('is unchanged when an event is applied twice', () => {
    appliedTwiceUnchanged(plansListProjection, [opened, submitted(), approved(), bookSubmitted(), bookApproved(), proposed]);
  });
});

describe('roll-over ledger projection', () => {
  it('books carried in (by origin), waived, settled and carried out per team × period', () => {
    const doc = project<RolloverLedgerDocument>(rolloverLedgerProjection, [carried, waived, published]).get(ledgerId(TEAM, PERIOD))!;
    expect(doc).toMatchObject({ team: TEAM, period: PERIOD, granularity: 'quarter', periodStart: '2027-01-01', published: true, salespeople: ['ann', 'bob'], withShortfall: ['ann'] });
    expect(doc.names).toEqual({ ann: 'Ann', bob: 'Bob' });
    expect(doc.entries.every((e) => e.salespersonName === doc.names[e.salespersonId])).toBe(true);
    expect(doc.entries.map((e) => [e.kind, e.lineId, e.amount, e.originPeriod, e.counterpartPeriod ?? null])).toEqual([
      ['carried_in', 'L1', 10_000_00, '2026-Q3', '2026-Q4'],
      ['waived', 'L1', 10_000_00, '2026-Q3', null],
      ['settled', 'L1', 10_000_00, '2026-Q3', null],
      ['carried_out', 'L2', 45_000_00, PERIOD, '2027-Q2'],
    ]);
  });

  it('books the settlement of carried debt as actuals arrive, oldest debt first, before the appraisal; publication books the appraisal’s', () => {
    const settledOf = (events: PlanEvent[]) =>
      project<RolloverLedgerDocument>(rolloverLedgerProjection, events).get(ledgerId(TEAM, PERIOD))!.entries.filter((e) => e.kind === 'settled').map((e) => [e.lineId, e.amount]);
    const live = [carried, ...executing];
    expect(settledOf(live)).toEqual([]);
    expect(settledOf([...live, actual('ann', 'revenue', 6_000_00, '2027-01-20')])).toEqual([['L1', 6_000_00]]);
    const liveEntries = project<RolloverLedgerDocument>(rolloverLedgerProjection, [...live, actual('ann', 'revenue', 6_000_00, '2027-01-20')]).get(ledgerId(TEAM, PERIOD))!.entries;
    expect(liveEntries.map((e) => [e.kind, e.salespersonName])).toEqual([['carried_in', 'Ann'], ['settled', 'Ann']]);
    expect(settledOf([...live, actual('ann', 'revenue', 6_000_00, '2027-01-20'), actual('ann', 'revenue', 5_000_00, '2027-02-20')])).toEqual([['L1', 10_000_00]]);
    expect(settledOf([...live, actual('bob', 'revenue', 6_000_00, '2027-01-20')])).toEqual([]);
    expect(settledOf([...live, actual('ann', 'revenue', 6_000_00, '2027-01-20'), published])).toEqual([['L1', 10_000_00]]);
  });

  it('is unchanged when an event is applied twice', () => {
    appliedTwiceUnchanged(rolloverLedgerProjection, [carried, waived, published]);
    appliedTwiceUnchanged(rolloverLedgerProjection, [carried, ...executing, actual('ann', 'revenue', 6_000_00, '2027-01-20')]);
  });
});

describe('decision log projection', () => {
  it('records every approval, rejection, waiver and publication with who, role, when, why', () => {
    const docs = [...project<DecisionDocument>(decisionLogProjection, [opened, submitted(), rejected(), submitted(2), approved(2), waived, published]).values()];
    expect(docs.map((d) => [d.eventType, d.decision, d.subject, d.version])).toEqual([
      ['PlanRejected', 'rejection', 'plan', 1],
      ['PlanApproved', 'approval', 'plan', 2],
      ['CarryOverWaived', 'waiver', 'carry_over', null],
      ['ResultsPublished', 'publication', 'results', null],
    ]);
    expect(docs[0]).toMatchObject({ actorId: 'mgr-1', actorRole: 'manager', reason: 'Too low', planId: PLAN_ID, team: TEAM, period: PERIOD, revision: 2, position: 3, commandId: 'cmd-3', correlationId: 'corr-3' });
    expect(docs[0]!.occurredAt).toMatch(/^2027-02-01T/);
  });

  it('is unchanged when an event is applied twice', () => {
    appliedTwiceUnchanged(decisionLogProjection, [opened, submitted(), rejected(), waived, published]);
  });
});
