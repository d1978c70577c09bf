import { describe, expect, it } from '@jest/globals';
import { ForbiddenError, IllegalStateError, NotFoundError, ValidationError } from '#app/eventsourcing';
import { deciderSpec } from '#testing/eventsourcing';
import {
  PERIOD,
  PLAN_ID,
  TEAM,
  actor,
  approved,
  bookApproved,
  bookRejected,
  bookSubmitted,
  ctx,
  executing,
  manager,
  opened,
  rejected,
  salesAnn,
  salesBob,
  subPlans,
  submitted,
  supervisor,
} from '#testing/sales-planning';
import type { PlanCommand } from './plan.commands.js';
import { planDecider } from './plan.decide.js';
import { evolve, hasTargets, initialState, planIdFor, salespeopleWithTargets, type CarriedLine, type OpenPlanState } from './plan.js';

const spec = deciderSpec(planDecider);

const openPlan = (overrides: Partial<Extract<PlanCommand, { type: 'OpenPlan' }>['data']> = {}, who = supervisor): PlanCommand => ({
  type: 'OpenPlan',
  data: {
    planId: PLAN_ID,
    team: TEAM,
    period: PERIOD,
    currency: 'CNY',
    companyTargets: [{ metric: 'revenue', amount: 100_000_00, currency: 'CNY' }],
    problems: ['Flat sales in the north'],
    ...overrides,
  },
  context: ctx(who),
});

const submitPlan = (targets = [{ salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue', amount: 50_000_00, currency: 'CNY' }] as {
  salespersonId: string;
  salespersonName: string;
  metric: string;
  amount: number;
  currency?: string;
}[], who = supervisor): PlanCommand => ({
  type: 'SubmitPlan',
  data: {
    planId: PLAN_ID,
    targets,
    profitTarget: { amount: 20_000_00, currency: 'CNY' },
    expenseBudget: { amount: { amount: 5_000_00, currency: 'CNY' }, controlNotes: 'Monthly review' },
    subPlans,
  },
  context: ctx(who),
});

const approvePlan = (who = manager): PlanCommand => ({ type: 'ApprovePlan', data: { planId: PLAN_ID, comment: 'Fine' }, context: ctx(who) });
const rejectPlan = (reason = 'Too low', who = manager): PlanCommand => ({ type: 'RejectPlan', data: { planId: PLAN_ID, reason }, context: ctx(who) });
const submitBook = (who = supervisor): PlanCommand => ({
  type: 'SubmitPlanBook',
  data: { planId: PLAN_ID, outlook: 'Demand recovers in Q2', marketIndicators: [{ indicator: 'Competitor entry', assessment: 'Likely' }] },
  context: ctx(who),
});
const approveBook = (who = manager): PlanCommand => ({ type: 'ApprovePlanBook', data: { planId: PLAN_ID }, context: ctx(who) });
const rejectBook = (reason = 'Vague', who = manager): PlanCommand => ({ type: 'RejectPlanBook', data: { planId: PLAN_ID, reason }, context: ctx(who) });
const recordActual = (overrides: Partial<{ metric: string; amount: number; currency?: string; date: string; reference: string }> = {}, who = salesAnn): PlanCommand => ({
  type: 'RecordActual',
  data: { planId: PLAN_ID, metric: 'revenue', amount: 12_345_00, currency: 'CNY', date: '2027-02-10', reference: 'INV-1', ...overrides },
  context: ctx(who),
});

describe('plan identity', () => {
  it('derives one plan id per team × period', () => {
    expect(planIdFor('north', '2027-Q1')).toBe('985dc76b-5f58-872c-8052-997a333fbdb5');
    expect(planIdFor('north', '2027-Q1')).not.toBe(planIdFor('north', '2027-Q2'));
    expect(planIdFor('north', '2027-Q1')).not.toBe(planIdFor('south', '2027-Q1'));
  });
});

describe('a plan that does not exist', () => {
  it('is opened by a supervisor of the team with the listed problems', () => {
    spec.given([]).when(openPlan()).then([opened]);
  });

  it('drops blank problems and needs at least one', () => {
    spec.given([]).when(openPlan({ problems: ['  ', ''] })).thenThrows(ValidationError, 'PLAN.PROBLEMS_REQUIRED');
  });

  it('cannot be opened by a salesperson or a manager', () => {
    spec.given([]).when(openPlan({}, salesAnn)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given([]).when(openPlan({}, manager)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
  });

  it("cannot be opened for another team", () => {
    spec.given([]).when(openPlan({ team: 'south' })).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
  });

  it('rejects a bad period, currency, metric or amount', () => {
    spec.given([]).when(openPlan({ period: '2027-Q5' })).thenThrows(ValidationError, 'PERIOD.INVALID');
    spec.given([]).when(openPlan({ currency: 'XYZ' })).thenThrows(ValidationError, 'CURRENCY.INVALID');
    spec.given([]).when(openPlan({ companyTargets: [{ metric: 'happiness', amount: 1 }] })).thenThrows(ValidationError, 'METRIC.UNKNOWN');
    spec.given([]).when(openPlan({ companyTargets: [{ metric: 'revenue', amount: -1, currency: 'CNY' }] })).thenThrows(ValidationError, 'AMOUNT.INVALID');
    spec.given([]).when(openPlan({ companyTargets: [{ metric: 'revenue', amount: 1.5, currency: 'CNY' }] })).thenThrows(ValidationError, 'AMOUNT.INVALID');
    spec.given([]).when(openPlan({ companyTargets: [{ metric: 'revenue', amount: 1, currency: 'USD' }] })).thenThrows(ValidationError, 'CURRENCY.MISMATCH');
    spec.given([]).when(openPlan({ companyTargets: [{ metric: 'new_customers', amount: 3, currency: 'CNY' }] })).thenThrows(ValidationError, 'AMOUNT.CURRENCY_ON_COUNT');
  });

  it('answers every other command with not found', () => {
    for (const command of [submitPlan(), approvePlan(), rejectPlan(), submitBook(), approveBook(), rejectBook(), recordActual()]) {
      spec.given([]).when(command).thenThrows(NotFoundError, 'PLAN.NOT_FOUND');
    }
  });
});

describe('an open plan (draft)', () => {
  it('rejects a second OpenPlan for the same team and period, naming the existing plan', () => {
    let error: unknown;
    try {
      planDecider.decide(openPlan(), planDecider.evolve(planDecider.initialState(), opened as never));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IllegalStateError);
    expect((error as IllegalStateError).code).toBe('PLAN.ALREADY_EXISTS');
    expect((error as IllegalStateError).details).toEqual({ existingPlanId: PLAN_ID });
  });

  it('is submitted as version 1 with targets per salesperson × metric', () => {
    spec.given([opened]).when(submitPlan([
      { salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue', amount: 50_000_00, currency: 'CNY' },
      { salespersonId: 'ann', salespersonName: 'Ann', metric: 'new_customers', amount: 4 },
      { salespersonId: 'bob', salespersonName: 'Bob', metric: 'revenue', amount: 40_000_00, currency: 'CNY' },
    ])).then([submitted(1)]);
  });

  it('needs targets, each salesperson × metric once', () => {
    spec.given([opened]).when(submitPlan([])).thenThrows(ValidationError, 'PLAN.TARGETS_REQUIRED');
    const line = { salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue', amount: 1, currency: 'CNY' };
    spec.given([opened]).when(submitPlan([line, line])).thenThrows(ValidationError, 'PLAN.DUPLICATE_TARGET');
  });

  it('rejects negative, fractional and wrongly-denominated targets', () => {
    spec.given([opened]).when(submitPlan([{ salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue', amount: -5, currency: 'CNY' }])).thenThrows(ValidationError, 'AMOUNT.INVALID');
    spec.given([opened]).when(submitPlan([{ salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue', amount: 5 }])).thenThrows(ValidationError, 'CURRENCY.INVALID');
    spec.given([opened]).when(submitPlan([{ salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue', amount: 5, currency: 'EUR' }])).thenThrows(ValidationError, 'CURRENCY.MISMATCH');
  });

  it('is submitted only by a supervisor of its team', () => {
    spec.given([opened]).when(submitPlan(undefined, salesAnn)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given([opened]).when(submitPlan(undefined, actor('sup-2', ['supervisor'], ['south']))).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
  });

  it('cannot be approved, rejected, booked or recorded against', () => {
    spec.given([opened]).when(approvePlan()).thenThrows(IllegalStateError, 'PLAN.NOT_AWAITING_APPROVAL');
    spec.given([opened]).when(rejectPlan()).thenThrows(IllegalStateError, 'PLAN.NOT_AWAITING_APPROVAL');
    spec.given([opened]).when(submitBook()).thenThrows(IllegalStateError, 'PLAN.BOOK_NOT_ALLOWED');
    spec.given([opened]).when(recordActual()).thenThrows(IllegalStateError, 'PLAN.NOT_EXECUTING');
  });
});

describe('a submitted plan', () => {
  const given = [opened, submitted()];

  it('is approved by a manager of the team', () => {
    spec.given(given).when(approvePlan()).then([
      { type: 'PlanApproved', data: { planId: PLAN_ID, team: TEAM, period: PERIOD, version: 1, approvedBy: 'mgr-1', comment: 'Fine' } },
    ]);
  });

  it('is rejected with a reason, which is required', () => {
    spec.given(given).when(rejectPlan()).then([rejected()]);
    spec.given(given).when(rejectPlan('   ')).thenThrows(ValidationError, 'DECISION.REASON_REQUIRED');
  });

  it('is not approved by a supervisor, a salesperson, or a manager of another team', () => {
    spec.given(given).when(approvePlan(supervisor)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given(given).when(approvePlan(salesAnn)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given(given).when(approvePlan(actor('mgr-2', ['manager'], ['south']))).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
  });

  it('is not approved or rejected by whoever submitted it (separation of duties)', () => {
    const both = actor('sup-1', ['supervisor', 'manager']);
    spec.given(given).when(approvePlan(both)).thenThrows(ForbiddenError, 'AUTH.SELF_APPROVAL');
    spec.given(given).when(rejectPlan('x', both)).thenThrows(ForbiddenError, 'AUTH.SELF_APPROVAL');
  });

  it('may be approved by a manager overseeing several teams', () => {
    spec.given(given).when(approvePlan(actor('mgr-9', ['manager'], ['south', TEAM]))).thenProduces((events) => {
      expect(events.map((e) => e.type)).toEqual(['PlanApproved']);
    });
  });

  it('cannot be submitted again while it awaits a decision', () => {
    spec.given(given).when(submitPlan()).thenThrows(IllegalStateError, 'PLAN.NOT_EDITABLE');
  });
});

describe('a rejected plan', () => {
  const given = [opened, submitted(), rejected()];

  it('is resubmitted as a new version of the same plan', () => {
    spec.given(given).when(submitPlan()).thenProduces((events) => {
      expect(events).toHaveLength(1);
      expect(events[0]!.type).toBe('PlanSubmitted');
      expect((events[0]!.data as { version: number }).version).toBe(2);
    });
  });

  it('accepts nothing but a resubmission', () => {
    spec.given(given).when(approvePlan()).thenThrows(IllegalStateError, 'PLAN.NOT_AWAITING_APPROVAL');
    spec.given(given).when(submitBook()).thenThrows(IllegalStateError, 'PLAN.BOOK_NOT_ALLOWED');
    spec.given(given).when(recordActual()).thenThrows(IllegalStateError, 'PLAN.NOT_EXECUTING');
  });

  it('after resubmission is decided on as version 2', () => {
    spec.given([...given, submitted(2)]).when(approvePlan()).thenProduces((events) => {
      expect((events[0]!.data as { version: number }).version).toBe(2);
    });
  });
});

describe('an approved plan', () => {
  const given = [opened, submitted(), approved()];

  it('is locked: it cannot be submitted or approved again', () => {
    spec.given(given).when(submitPlan()).thenThrows(IllegalStateError, 'PLAN.NOT_EDITABLE');
    spec.given(given).when(approvePlan()).thenThrows(IllegalStateError, 'PLAN.NOT_AWAITING_APPROVAL');
  });

  it('takes the plan book from a supervisor of the team', () => {
    spec.given(given).when(submitBook()).then([bookSubmitted()]);
    spec.given(given).when(submitBook(manager)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
  });

  it('does not yet take actuals', () => {
    spec.given(given).when(recordActual()).thenThrows(IllegalStateError, 'PLAN.NOT_EXECUTING');
  });
});

describe('a submitted plan book', () => {
  const given = [opened, submitted(), approved(), bookSubmitted()];

  it('is approved by a manager, which starts execution', () => {
    spec.given(given).when(approveBook()).then([bookApproved()]);
  });

  it('is rejected with a reason and then rewritten as version 2', () => {
    spec.given(given).when(rejectBook()).then([bookRejected()]);
    spec.given(given).when(rejectBook('')).thenThrows(ValidationError, 'DECISION.REASON_REQUIRED');
    spec.given([...given, bookRejected()]).when(submitBook()).thenProduces((events) => {
      expect((events[0]!.data as { version: number }).version).toBe(2);
    });
  });

  it('is not decided on by its author', () => {
    spec.given(given).when(approveBook(actor('sup-1', ['supervisor', 'manager']))).thenThrows(ForbiddenError, 'AUTH.SELF_APPROVAL');
  });

  it('does not take actuals before approval', () => {
    spec.given(given).when(recordActual()).thenThrows(IllegalStateError, 'PLAN.NOT_EXECUTING');
  });
});

describe('an executing plan', () => {
  it('records an actual for the salesperson themself', () => {
    spec.given(executing).when(recordActual()).then([
      {
        type: 'ActualRecorded',
        data: { planId: PLAN_ID, team: TEAM, period: PERIOD, salespersonId: 'ann', metric: 'revenue', amount: 12_345_00, currency: 'CNY', date: '2027-02-10', reference: 'INV-1', recordedBy: 'ann' },
      },
    ]);
  });

  it('records counts without a currency', () => {
    spec.given(executing).when(recordActual({ metric: 'new_customers', amount: 1, currency: undefined })).thenProduces((events) => {
      expect(events[0]!.data).toMatchObject({ metric: 'new_customers', amount: 1 });
      expect(events[0]!.data).not.toHaveProperty('currency');
    });
  });

  it('accepts the first and last day of the period, and no date outside it', () => {
    spec.given(executing).when(recordActual({ date: '2027-01-01' })).thenProduces((e) => expect(e).toHaveLength(1));
    spec.given(executing).when(recordActual({ date: '2027-03-31' })).thenProduces((e) => expect(e).toHaveLength(1));
    spec.given(executing).when(recordActual({ date: '2027-04-01' })).thenThrows(IllegalStateError, 'PLAN.DATE_OUTSIDE_PERIOD');
    spec.given(executing).when(recordActual({ date: '2026-12-31' })).thenThrows(IllegalStateError, 'PLAN.DATE_OUTSIDE_PERIOD');
    spec.given(executing).when(recordActual({ date: '2027-02-30' })).thenThrows(ValidationError, 'DATE.INVALID');
  });

  it('rejects bad amounts, metrics and currencies', () => {
    spec.given(executing).when(recordActual({ amount: -1 })).thenThrows(ValidationError, 'AMOUNT.INVALID');
    spec.given(executing).when(recordActual({ amount: 0.5 })).thenThrows(ValidationError, 'AMOUNT.INVALID');
    spec.given(executing).when(recordActual({ metric: 'smiles' })).thenThrows(ValidationError, 'METRIC.UNKNOWN');
    spec.given(executing).when(recordActual({ currency: 'usd' })).thenThrows(ValidationError, 'CURRENCY.INVALID');
  });

  it('is recorded against only by salespeople of the team who have targets on the plan', () => {
    spec.given(executing).when(recordActual({}, supervisor)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given(executing).when(recordActual({}, actor('ann', ['salesperson'], ['south']))).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
    spec.given(executing).when(recordActual({}, actor('carl', ['salesperson']))).thenThrows(IllegalStateError, 'PLAN.NOT_ON_PLAN');
    spec.given(executing).when(recordActual({}, salesBob)).thenProduces((e) => expect(e[0]!.data).toMatchObject({ salespersonId: 'bob' }));
  });

  it('sums actuals per salesperson × metric in its state', () => {
    const state = [...executing, ...planDecider.decide(recordActual({ amount: 100 }), [...executing].reduce(planDecider.evolve, planDecider.initialState()))]
      .reduce(planDecider.evolve, planDecider.initialState());
    expect(state.status).toBe('executing');
    expect(state.status !== 'none' && state.actuals).toEqual({ 'ann:revenue': 100 });
  });
});

describe('who has targets on a plan', () => {
  it('is whoever has a base target or an active carried line, as the plan lines say', () => {
    const base = executing.reduce(evolve, initialState()) as OpenPlanState;
    const carried = (salespersonId: string, status: CarriedLine['status']): CarriedLine => ({
      lineId: `line-${salespersonId}`,
      salespersonId,
      salespersonName: salespersonId,
      metric: 'revenue',
      amount: 1_000_00,
      currency: 'CNY',
      originPeriod: '2026-Q4',
      path: ['2026-Q4'],
      sourcePlanId: 'plan-before',
      status,
    });
    const state: OpenPlanState = { ...base, carriedIn: [carried('dora', 'active'), carried('eve', 'pending_approval'), carried('finn', 'waived')] };
    const people = ['ann', 'bob', 'carl', 'dora', 'eve', 'finn'];
    expect(people.filter((p) => hasTargets(state, p))).toEqual(people.filter((p) => salespeopleWithTargets(state).includes(p)));
    expect(people.filter((p) => hasTargets(state, p))).toEqual(['ann', 'bob', 'dora']);
  });
});
