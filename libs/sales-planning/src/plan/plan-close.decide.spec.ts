import { describe, expect, it } from '@jest/globals';
import { ForbiddenError, IllegalStateError, NotFoundError, ValidationError, type Actor } from '#app/eventsourcing';
import { deciderSpec } from '#testing/eventsourcing';
import {
  PERIOD,
  PLAN_ID,
  TEAM,
  actor,
  actual,
  ctx,
  executing,
  manager,
  opened,
  personalSummary,
  salesAnn,
  salesBob,
  submitted,
  approved,
  supervisor,
  system,
  teamSummary,
} from '#testing/sales-planning';
import type { PlanCommand } from './plan.commands.js';
import { carryLineId } from './plan-close.decide.js';
import { planDecider } from './plan.decide.js';
import type { AppraisalItem, CarryOverLine, PlanEvent } from './plan.events.js';
import { planIdFor } from './plan.js';

const spec = deciderSpec(planDecider);
const ref = { planId: PLAN_ID, team: TEAM, period: PERIOD };
const cmd = <T extends PlanCommand['type']>(type: T, data: Omit<Extract<PlanCommand, { type: T }>['data'], 'planId'>, who: Actor): PlanCommand =>
  ({ type, data: { planId: PLAN_ID, ...data }, context: ctx(who) }) as PlanCommand;

const decideAll = (events: PlanEvent[], command: PlanCommand) => planDecider.decide(command, events.reduce(planDecider.evolve, planDecider.initialState()));
const after = (events: PlanEvent[], command: PlanCommand) => [...events, ...decideAll(events, command)];

const propose = (to = 45_000_00, who = supervisor) =>
  cmd('ProposeTargetAdjustment', { changes: [{ salespersonId: 'ann', metric: 'revenue', to }], reason: 'Key account lost', difficultyReports: [] }, who);
const summarised = [...executing, actual('ann', 'revenue', 30_000_00), actual('bob', 'revenue', 45_000_00), personalSummary('ann'), personalSummary('bob'), teamSummary];
const appraise = (who = manager) => cmd('AppraisePlan', { rating: 'good', comments: 'Solid quarter' }, who);
const appraised = after(summarised, appraise());
const revise = (to = 35_000_00) => cmd('ReviseAppraisal', { corrections: [{ salespersonId: 'ann', metric: 'revenue', field: 'actual', to, reason: 'Invoice booked late' }] }, supervisor);

describe('an executing plan: review and adjustment (steps 5–7)', () => {
  it('records a manager’s progress review with findings, rating and actions', () => {
    spec.given(executing).when(cmd('RecordProgressReview', {
      reviewDate: '2027-02-20',
      reviews: [{ salespersonId: 'ann', findings: 'Behind on revenue', rating: 'needs_attention', actions: [{ action: 'Visit top 5 accounts', owner: 'ann', deadline: '2027-03-01' }] }],
    }, manager)).then([
      {
        type: 'ProgressReviewRecorded',
        data: {
          ...ref,
          reviewNumber: 1,
          reviewDate: '2027-02-20',
          reviews: [{ salespersonId: 'ann', findings: 'Behind on revenue', rating: 'needs_attention', actions: [{ action: 'Visit top 5 accounts', owner: 'ann', deadline: '2027-03-01' }] }],
          reviewedBy: 'mgr-1',
        },
      },
    ]);
  });

  it('reviews only salespeople of the plan, and only as a manager', () => {
    const review = (who: Actor, salespersonId = 'ann') =>
      cmd('RecordProgressReview', { reviewDate: '2027-02-20', reviews: [{ salespersonId, findings: 'x', rating: 'on_track', actions: [] }] }, who);
    spec.given(executing).when(review(manager, 'zed')).thenThrows(ValidationError, 'REVIEW.UNKNOWN_SALESPERSON');
    spec.given(executing).when(review(supervisor)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
  });

  it('takes a salesperson’s difficulty report with the original target filled in', () => {
    spec.given(executing).when(cmd('SubmitDifficultyReport', {
      difficulty: 'Main customer went bankrupt',
      cause: 'external',
      evidence: 'Court notice',
      supportRequested: 'Lower target',
      proposals: [{ metric: 'revenue', proposedTarget: 40_000_00 }],
      effectiveFrom: '2027-02-15',
    }, salesAnn)).thenProduces((events) => {
      expect(events[0]).toMatchObject({
        type: 'DifficultyReportSubmitted',
        data: { reportNumber: 1, salespersonId: 'ann', cause: 'external', proposals: [{ metric: 'revenue', originalTarget: 50_000_00, proposedTarget: 40_000_00 }] },
      });
    });
  });

  it('rejects a difficulty report with a bad cause or an effective date outside the period', () => {
    const report = (over: Record<string, unknown>) =>
      cmd('SubmitDifficultyReport', { difficulty: 'd', cause: 'external', evidence: '', supportRequested: '', proposals: [], effectiveFrom: '2027-02-15', ...over } as never, salesAnn);
    spec.given(executing).when(report({ cause: 'fate' })).thenThrows(ValidationError, 'DIFFICULTY.INVALID_CAUSE');
    spec.given(executing).when(report({ effectiveFrom: '2027-05-01' })).thenThrows(ValidationError, 'DIFFICULTY.EFFECTIVE_OUTSIDE_PERIOD');
  });

  it('proposes an adjustment old → new from the effective target', () => {
    spec.given(executing).when(propose()).then([
      {
        type: 'TargetAdjustmentProposed',
        data: { ...ref, adjustmentNumber: 1, changes: [{ salespersonId: 'ann', metric: 'revenue', from: 50_000_00, to: 45_000_00 }], reason: 'Key account lost', difficultyReports: [], proposedBy: 'sup-1' },
      },
    ]);
  });

  it('rejects adjustments naming an unknown salesperson or metric, negative targets, unknown reports or no change', () => {
    const bad = (change: Record<string, unknown>, reports: number[] = []) =>
      cmd('ProposeTargetAdjustment', { changes: [{ salespersonId: 'ann', metric: 'revenue', to: 1, ...change }], reason: 'r', difficultyReports: reports } as never, supervisor);
    spec.given(executing).when(bad({ salespersonId: 'zed' })).thenThrows(ValidationError, 'ADJUSTMENT.UNKNOWN_SALESPERSON');
    spec.given(executing).when(bad({ metric: 'karma' })).thenThrows(ValidationError, 'METRIC.UNKNOWN');
    spec.given(executing).when(bad({ to: -1 })).thenThrows(ValidationError, 'AMOUNT.INVALID');
    spec.given(executing).when(bad({ to: 50_000_00 })).thenThrows(ValidationError, 'ADJUSTMENT.NO_CHANGE');
    spec.given(executing).when(bad({}, [3])).thenThrows(ValidationError, 'ADJUSTMENT.UNKNOWN_REPORT');
  });

  it('allows one pending adjustment at a time', () => {
    spec.given(after(executing, propose())).when(propose(44_000_00)).thenThrows(IllegalStateError, 'ADJUSTMENT.ALREADY_PENDING');
  });

  it('makes the new target effective only on the manager’s approval, keeping the original visible', () => {
    const pending = after(executing, propose());
    const approvedAdj = after(pending, cmd('ApproveTargetAdjustment', { adjustmentNumber: 1 }, manager));
    expect(approvedAdj.at(-1)).toMatchObject({ type: 'TargetAdjustmentApproved', data: { adjustmentNumber: 1, changes: [{ from: 50_000_00, to: 45_000_00 }] } });
    const state = approvedAdj.reduce(planDecider.evolve, planDecider.initialState());
    expect(state.status !== 'none' && state.targets.find((t) => t.salespersonId === 'ann' && t.metric === 'revenue')!.amount).toBe(50_000_00);
    spec.given(approvedAdj).when(propose(40_000_00)).thenProduces((events) => {
      expect(events[0]!.data).toMatchObject({ adjustmentNumber: 2, changes: [{ from: 45_000_00, to: 40_000_00 }] });
    });
    spec.given(pending).when(cmd('SubmitPersonalSummary', { summary: 's' }, salesAnn)).thenProduces((events) => {
      expect((events[0]!.data as { totals: unknown[] }).totals).toContainEqual({ metric: 'revenue', target: 50_000_00, actual: 0, currency: 'CNY' });
    });
  });

  it('is decided by a manager who did not propose it; a rejection needs a reason and returns it to the team', () => {
    const pending = after(executing, propose());
    const both = actor('sup-1', ['supervisor', 'manager']);
    spec.given(pending).when(cmd('ApproveTargetAdjustment', { adjustmentNumber: 1 }, both)).thenThrows(ForbiddenError, 'AUTH.SELF_APPROVAL');
    spec.given(pending).when(cmd('ApproveTargetAdjustment', { adjustmentNumber: 7 }, manager)).thenThrows(IllegalStateError, 'ADJUSTMENT.NOT_PENDING');
    spec.given(pending).when(cmd('RejectTargetAdjustment', { adjustmentNumber: 1, reason: ' ' }, manager)).thenThrows(ValidationError, 'DECISION.REASON_REQUIRED');
    const rejectedAdj = after(pending, cmd('RejectTargetAdjustment', { adjustmentNumber: 1, reason: 'Keep the target' }, manager));
    spec.given(rejectedAdj).when(propose(47_000_00)).thenProduces((events) => expect(events[0]!.data).toMatchObject({ adjustmentNumber: 2, changes: [{ from: 50_000_00 }] }));
  });
});

describe('summaries (steps 8–9)', () => {
  it('computes a personal summary’s totals from the recorded actuals', () => {
    spec.given([...executing, actual('ann', 'revenue', 10_000_00), actual('ann', 'revenue', 5_000_00)]).when(cmd('SubmitPersonalSummary', { summary: 'Hard quarter' }, salesAnn)).then([
      {
        type: 'PersonalSummarySubmitted',
        data: {
          ...ref,
          salespersonId: 'ann',
          summary: 'Hard quarter',
          totals: [
            { metric: 'revenue', target: 50_000_00, actual: 15_000_00, currency: 'CNY' },
            { metric: 'new_customers', target: 4, actual: 0 },
          ],
          submittedBy: 'ann',
        },
      },
    ]);
  });

  it('refuses a summary from someone without targets, and a second one', () => {
    spec.given(executing).when(cmd('SubmitPersonalSummary', { summary: 's' }, actor('carl', ['salesperson']))).thenThrows(IllegalStateError, 'SUMMARY.NO_TARGETS');
    spec.given([...executing, personalSummary('ann')]).when(cmd('SubmitPersonalSummary', { summary: 's' }, salesAnn)).thenThrows(IllegalStateError, 'SUMMARY.ALREADY_SUBMITTED');
  });

  it('takes the team summary only when every salesperson with targets has submitted', () => {
    let error: unknown;
    try {
      decideAll([...executing, personalSummary('ann')], cmd('SubmitTeamSummary', { summary: 's', analysis: 'a' }, supervisor));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IllegalStateError);
    expect((error as IllegalStateError).code).toBe('SUMMARY.PERSONAL_SUMMARIES_MISSING');
    expect((error as IllegalStateError).details).toEqual({ missing: ['bob'] });
  });

  it('computes the team totals from actuals, never typed in', () => {
    spec.given([...executing, actual('ann', 'revenue', 30_000_00), actual('bob', 'revenue', 45_000_00), personalSummary('ann'), personalSummary('bob')])
      .when(cmd('SubmitTeamSummary', { summary: 'Closed', analysis: 'Bob carried the team' }, supervisor))
      .thenProduces((events) => {
        expect(events[0]!.data).toMatchObject({ totals: [{ metric: 'revenue', target: 90_000_00, actual: 75_000_00, currency: 'CNY' }, { metric: 'new_customers', target: 4, actual: 0 }] });
      });
  });

  it('locks actuals once the team summary is in', () => {
    spec.given(summarised).when(cmd('RecordActual', { metric: 'revenue', amount: 1, currency: 'CNY', date: '2027-03-30', reference: 'late' }, salesAnn)).thenThrows(IllegalStateError, 'PLAN.NOT_EXECUTING');
  });
});

describe('appraisal (step 10)', () => {
  it('is refused before all summaries', () => {
    spec.given([...executing, personalSummary('ann')]).when(appraise()).thenThrows(IllegalStateError, 'APPRAISAL.SUMMARIES_MISSING');
  });

  it('computes effective target, actual, completion and shortfall per salesperson × metric', () => {
    const event = appraised.at(-1)!;
    expect(event.type).toBe('PlanAppraised');
    const items = (event.data as { items: AppraisalItem[] }).items;
    expect(items.map((i) => [i.salespersonId, i.metric, i.effectiveTarget, i.actual, i.completionBasisPoints, i.shortfall])).toEqual([
      ['ann', 'revenue', 50_000_00, 30_000_00, 6000, 20_000_00],
      ['ann', 'new_customers', 4, 0, 0, 4],
      ['bob', 'revenue', 40_000_00, 45_000_00, 11250, 0],
    ]);
    expect(event.data).toMatchObject({ rating: 'good', comments: 'Solid quarter', appraisedBy: 'mgr-1' });
  });

  it('is not made by the supervisor who wrote the team summary', () => {
    spec.given(summarised).when(appraise(actor('sup-1', ['supervisor', 'manager']))).thenThrows(ForbiddenError, 'AUTH.SELF_APPROVAL');
  });

  it('is made once', () => {
    spec.given(appraised).when(appraise()).thenThrows(IllegalStateError, 'APPRAISAL.NOT_ALLOWED');
  });
});

describe('revision and review of the appraisal (step 11)', () => {
  it('recomputes the corrected items and records from → to with the reason', () => {
    spec.given(appraised).when(revise()).thenProduces((events) => {
      const data = events[0]!.data as { revision: number; corrections: unknown[]; items: AppraisalItem[] };
      expect(data.revision).toBe(1);
      expect(data.corrections).toEqual([{ salespersonId: 'ann', metric: 'revenue', field: 'actual', from: 30_000_00, to: 35_000_00, reason: 'Invoice booked late' }]);
      expect(data.items[0]).toMatchObject({ actual: 35_000_00, shortfall: 15_000_00, completionBasisPoints: 7000 });
    });
  });

  it('corrects an unreasonable target through the own part of the line', () => {
    spec.given(appraised).when(cmd('ReviseAppraisal', { corrections: [{ salespersonId: 'ann', metric: 'new_customers', field: 'effectiveTarget', to: 2, reason: 'Region closed' }] }, supervisor))
      .thenProduces((events) => {
        const item = (events[0]!.data as { items: AppraisalItem[] }).items[1]!;
        expect(item).toMatchObject({ metric: 'new_customers', effectiveTarget: 2, adjustments: -2, shortfall: 2 });
      });
  });

  it('rejects corrections of unknown items and needs reasons', () => {
    const bad = (c: Record<string, unknown>) => cmd('ReviseAppraisal', { corrections: [{ salespersonId: 'ann', metric: 'revenue', field: 'actual', to: 1, reason: 'r', ...c }] } as never, supervisor);
    spec.given(appraised).when(bad({ salespersonId: 'zed' })).thenThrows(ValidationError, 'APPRAISAL.UNKNOWN_ITEM');
    spec.given(appraised).when(bad({ reason: '' })).thenThrows(ValidationError, 'DECISION.REASON_REQUIRED');
    spec.given(appraised).when(bad({ to: -3 })).thenThrows(ValidationError, 'AMOUNT.INVALID');
  });

  it('is approved or rejected by a manager; a rejection asks for another revision', () => {
    const revised = after(appraised, revise());
    spec.given(revised).when(cmd('ApproveAppraisal', {}, manager)).thenProduces((e) => expect(e[0]!.type).toBe('AppraisalApproved'));
    spec.given(revised).when(cmd('RejectAppraisal', { reason: '' }, manager)).thenThrows(ValidationError, 'DECISION.REASON_REQUIRED');
    const rejectedRev = after(revised, cmd('RejectAppraisal', { reason: 'Not documented' }, manager));
    spec.given(rejectedRev).when(cmd('PublishResults', {}, manager)).thenThrows(IllegalStateError, 'APPRAISAL.REVISION_REQUIRED');
    spec.given(rejectedRev).when(revise(34_000_00)).thenProduces((e) => expect(e[0]!.data).toMatchObject({ revision: 2 }));
    spec.given(revised).when(cmd('PublishResults', {}, manager)).thenThrows(IllegalStateError, 'APPRAISAL.REVIEW_PENDING');
    spec.given(appraised).when(cmd('ApproveAppraisal', {}, manager)).thenThrows(IllegalStateError, 'APPRAISAL.NO_REVISION_PENDING');
  });
});

describe('publication (step 12) and carry-over (Decision 7)', () => {
  const published = after(appraised, cmd('PublishResults', {}, manager));

  it('publishes the results with each shortfall as a carry-over line for the next period', () => {
    const event = published.at(-1)!;
    expect(event.type).toBe('ResultsPublished');
    const data = event.data as { carryOver: CarryOverLine[]; nextPeriod: string; nextPlanId: string };
    expect(data.nextPeriod).toBe('2027-Q2');
    expect(data.nextPlanId).toBe(planIdFor(TEAM, '2027-Q2'));
    expect(data.carryOver).toEqual([
      { lineId: carryLineId(PLAN_ID, 'ann', 'revenue', undefined), salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue', amount: 20_000_00, currency: 'CNY', originPeriod: PERIOD, path: [PERIOD], sourcePlanId: PLAN_ID },
      { lineId: carryLineId(PLAN_ID, 'ann', 'new_customers', undefined), salespersonId: 'ann', salespersonName: 'Ann', metric: 'new_customers', amount: 4, originPeriod: PERIOD, path: [PERIOD], sourcePlanId: PLAN_ID },
    ]);
  });

  it('publishes an approved revision', () => {
    const approvedRev = after(after(appraised, revise()), cmd('ApproveAppraisal', {}, manager));
    spec.given(approvedRev).when(cmd('PublishResults', {}, manager)).thenProduces((e) => {
      expect((e[0]!.data as { carryOver: CarryOverLine[] }).carryOver[0]!.amount).toBe(15_000_00);
    });
  });

  it('is refused before the appraisal, twice, and closes the plan to everything', () => {
    spec.given(summarised).when(cmd('PublishResults', {}, manager)).thenThrows(IllegalStateError, 'APPRAISAL.REQUIRED');
    spec.given(published).when(cmd('PublishResults', {}, manager)).thenThrows(IllegalStateError, 'PLAN.ALREADY_PUBLISHED');
    spec.given(published).when(revise()).thenThrows(IllegalStateError, 'PLAN.CLOSED');
    spec.given(published).when(cmd('RecordActual', { metric: 'revenue', amount: 1, currency: 'CNY', date: '2027-03-01', reference: 'x' }, salesAnn)).thenThrows(IllegalStateError, 'PLAN.CLOSED');
  });

  it('is published by a manager only', () => {
    spec.given(appraised).when(cmd('PublishResults', {}, supervisor)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
  });
});

describe('receiving carried lines on the next period’s plan', () => {
  const NEXT = '2027-Q2';
  const nextId = planIdFor(TEAM, NEXT);
  const line = (over: Partial<CarryOverLine> = {}): CarryOverLine => ({
    lineId: 'line-1', salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue', amount: 20_000_00, currency: 'CNY', originPeriod: PERIOD, path: [PERIOD], sourcePlanId: PLAN_ID, ...over,
  });
  const receive = (lines = [line()], who: Actor = system): PlanCommand => ({
    type: 'ReceiveCarryOver',
    data: { planId: nextId, team: TEAM, period: NEXT, sourcePlanId: PLAN_ID, sourcePeriod: PERIOD, lines },
    context: ctx(who),
  });
  const nextRef = { planId: nextId, team: TEAM, period: NEXT };
  const nextOpened: PlanEvent = { ...opened, data: { ...opened.data, ...nextRef } } as PlanEvent;
  const nextSubmitted = { ...submitted(), data: { ...submitted().data, ...nextRef } } as PlanEvent;
  const nextApproved = { ...approved(), data: { ...approved().data, ...nextRef } } as PlanEvent;
  const received = (appliedAs: 'pending_approval' | 'active', lines = [line()]): PlanEvent => ({
    type: 'CarryOverReceived',
    data: { ...nextRef, sourcePlanId: PLAN_ID, sourcePeriod: PERIOD, lines, appliedAs },
  });
  const state = (events: PlanEvent[]) => events.reduce(planDecider.evolve, planDecider.initialState());

  it('waits on a plan not yet opened and becomes part of it when opened', () => {
    spec.given([]).when(receive()).then([received('pending_approval')]);
    const s = state([received('pending_approval'), nextOpened]);
    expect(s.status !== 'none' && s.carriedIn.map((c) => [c.lineId, c.status])).toEqual([['line-1', 'pending_approval']]);
  });

  it('is part of what the manager approves on a draft or submitted plan', () => {
    spec.given([nextOpened, nextSubmitted]).when(receive()).then([received('pending_approval')]);
    const s = state([nextOpened, nextSubmitted, received('pending_approval'), nextApproved]);
    expect(s.status !== 'none' && s.carriedIn[0]!.status).toBe('active');
  });

  it('is added at once to an approved or executing plan', () => {
    spec.given([nextOpened, nextSubmitted, nextApproved]).when(receive()).then([received('active')]);
  });

  it('ignores lines it already has (exactly once)', () => {
    spec.given([received('pending_approval')]).when(receive()).then([]);
    spec.given([received('pending_approval')]).when(receive([line(), line({ lineId: 'line-2', metric: 'gross_profit' })])).thenProduces((events) => {
      expect((events[0]!.data as { lines: CarryOverLine[] }).lines.map((l) => l.lineId)).toEqual(['line-2']);
    });
  });

  it('accepts lines only from the carry-over process', () => {
    spec.given([]).when(receive([line()], manager)).thenThrows(ForbiddenError, 'AUTH.SYSTEM_ONLY');
  });

  it('is refused by a plan past its team summary', () => {
    spec.given(summarised).when({ ...receive(), data: { ...receive().data, planId: PLAN_ID } } as PlanCommand).thenThrows(IllegalStateError, 'CARRYOVER.PLAN_CLOSED');
  });

  it('counts carried lines in effective targets and lets their salespeople record and summarise', () => {
    const events = [...executing, { ...received('active', [line({ salespersonId: 'carl', salespersonName: 'Carl' })]), data: { ...(received('active').data as object), ...ref, lines: [line({ salespersonId: 'carl', salespersonName: 'Carl' })] } } as PlanEvent];
    const carl = actor('carl', ['salesperson']);
    spec.given(events).when(cmd('RecordActual', { metric: 'revenue', amount: 5, currency: 'CNY', date: '2027-03-01', reference: 'r' }, carl)).thenProduces((e) => expect(e).toHaveLength(1));
    spec.given(events).when(cmd('SubmitPersonalSummary', { summary: 's' }, carl)).thenProduces((e) => {
      expect((e[0]!.data as { totals: unknown[] }).totals).toEqual([{ metric: 'revenue', target: 20_000_00, actual: 0, currency: 'CNY' }]);
    });
  });

  describe('waiving', () => {
    const waive = (lineId = 'line-1', reason = 'Customer left the market', who: Actor = manager): PlanCommand => ({
      type: 'WaiveCarryOver',
      data: { planId: nextId, lineId, reason },
      context: ctx(who),
    });

    it('lets a manager waive a line with a reason, even before the plan is opened', () => {
      spec.given([received('pending_approval')]).when(waive()).then([
        {
          type: 'CarryOverWaived',
          data: { ...nextRef, lineId: 'line-1', salespersonId: 'ann', metric: 'revenue', amount: 20_000_00, originPeriod: PERIOD, waivedBy: 'mgr-1', reason: 'Customer left the market' },
        },
      ]);
    });

    it('refuses waiving twice, an unknown line, another team’s line, or without a reason', () => {
      const waivedOnce = [received('pending_approval'), ...decideAll([received('pending_approval')], waive())];
      spec.given(waivedOnce).when(waive()).thenThrows(IllegalStateError, 'CARRYOVER.ALREADY_WAIVED');
      spec.given([received('pending_approval')]).when(waive('nope')).thenThrows(NotFoundError, 'CARRYOVER.LINE_NOT_FOUND');
      spec.given([received('pending_approval')]).when(waive('line-1', 'x', actor('mgr-2', ['manager'], ['south']))).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
      spec.given([received('pending_approval')]).when(waive('line-1', '')).thenThrows(ValidationError, 'DECISION.REASON_REQUIRED');
    });

    it('takes a waived line out of the effective target', () => {
      const events = [nextOpened, received('pending_approval'), ...decideAll([nextOpened, received('pending_approval')], waive()), nextSubmitted, nextApproved];
      const s = state(events);
      expect(s.status !== 'none' && s.carriedIn[0]!.status).toBe('waived');
      spec.given(events).when(cmd('SubmitPlanBook', { outlook: 'o', marketIndicators: [] }, supervisor)).thenProduces((e) => expect(e).toHaveLength(1));
    });
  });
});

describe('salespeople', () => {
  it('bob may summarise too', () => {
    spec.given(executing).when(cmd('SubmitPersonalSummary', { summary: 'ok' }, salesBob)).thenProduces((e) => expect(e[0]!.data).toMatchObject({ salespersonId: 'bob' }));
  });
});
