import { describe, expect, it } from '@jest/globals';
import { ValidationError, type DomainError } from '#app/eventsourcing';
import { MAX_AMOUNT } from '#app/shared-kernel';
import { deciderSpec } from '#testing/eventsourcing';
import {
  PLAN_ID,
  actual,
  approved,
  bookApproved,
  bookSubmitted,
  ctx,
  executing,
  manager,
  opened,
  personalSummary,
  publishedPlan,
  salesAnn,
  salesBob,
  subPlans,
  supervisor,
  system,
  withDecision,
} from '#testing/sales-planning';
import type { PlanCommand } from './plan.commands.js';
import { planDecider } from './plan.decide.js';
import type { PlanEvent } from './plan.events.js';
import { PLAN_COMMAND_SHAPES } from './plan.shapes.js';

const spec = deciderSpec(planDecider);

function refusal(given: readonly PlanEvent[], command: PlanCommand): DomainError {
  try {
    planDecider.decide(command, given.reduce(planDecider.evolve, planDecider.initialState()));
  } catch (error) {
    return error as DomainError;
  }
  throw new Error(`${command.type} was expected to be refused`);
}

const refusedAs = (given: readonly PlanEvent[], command: PlanCommand) => {
  const error = refusal(given, command);
  expect(error).toBeInstanceOf(ValidationError);
  return { code: error.code, fields: (error as ValidationError).fields.map((f) => f.field) };
};

const submitPlan = (data: Record<string, unknown>): PlanCommand =>
  ({
    type: 'SubmitPlan',
    data: {
      planId: PLAN_ID,
      targets: [{ salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue', amount: 50_000_00, currency: 'CNY' }],
      profitTarget: { amount: 20_000_00, currency: 'CNY' },
      expenseBudget: { amount: { amount: 5_000_00, currency: 'CNY' }, controlNotes: 'Monthly review' },
      subPlans,
      ...data,
    },
    context: ctx(supervisor),
  }) as PlanCommand;

const omit = (key: string): PlanCommand => {
  const command = submitPlan({});
  const { [key]: _gone, ...data } = command.data as Record<string, unknown>;
  return { ...command, data } as PlanCommand;
};

const recordActual = (amount: number, who = salesAnn, metric = 'revenue'): PlanCommand => ({
  type: 'RecordActual',
  data: { planId: PLAN_ID, metric, amount, ...(metric === 'new_customers' ? {} : { currency: 'CNY' }), date: '2027-02-01', reference: 'INV' },
  context: ctx(who),
});

describe('the plan decider guards its own invariants, whoever sends the command (HTTP, CLI, a process)', () => {
  it('has a shape for every plan command', () => {
    expect(Object.keys(PLAN_COMMAND_SHAPES).sort()).toEqual(expect.arrayContaining(['SubmitPlan', 'SubmitPlanBook', 'RecordActual', 'ReceiveCarryOver', 'RecordConversionActual']));
  });

  it.each([
    ['without profitTarget', omit('profitTarget'), 'profitTarget'],
    ['without expenseBudget', omit('expenseBudget'), 'expenseBudget'],
    ['with expenseBudget: []', submitPlan({ expenseBudget: [] }), 'expenseBudget'],
    ['without subPlans', omit('subPlans'), 'subPlans'],
    ['with subPlans: []', submitPlan({ subPlans: [] }), 'subPlans'],
    ['with a sub-plan that is not text', submitPlan({ subPlans: { ...subPlans, pricingStrategy: { drop: 'table' } } }), 'subPlans.pricingStrategy'],
    ['with a field the command does not know', submitPlan({ secret: 1 }), 'secret'],
    ['with a target list of lists', submitPlan({ targets: [[{ salespersonId: 'ann' }]] }), 'targets[0]'],
  ])('refuses SubmitPlan %s with a validation error, never a TypeError', (_, command, field) => {
    expect(refusedAs([opened], command)).toEqual({ code: 'COMMAND.INVALID', fields: expect.arrayContaining([field]) });
  });

  it('refuses a plan book whose market indicators are a list of lists, or are not objects', () => {
    const book = (marketIndicators: unknown): PlanCommand => ({ type: 'SubmitPlanBook', data: { planId: PLAN_ID, outlook: 'Good', marketIndicators } as never, context: ctx(supervisor) });
    const approvedPlan = [opened, ...withDecision([opened], submitPlan({})).slice(1), approved()];
    expect(refusedAs(approvedPlan, book([[{ indicator: 'A', assessment: 'B' }]]))).toEqual({ code: 'COMMAND.INVALID', fields: ['marketIndicators[0]'] });
    expect(refusedAs(approvedPlan, book(['Likely']))).toEqual({ code: 'COMMAND.INVALID', fields: ['marketIndicators[0]'] });
    expect(refusedAs(approvedPlan, book([{ indicator: 'A', assessment: 'B', hidden: true }]))).toEqual({ code: 'COMMAND.INVALID', fields: ['marketIndicators[0].hidden'] });
  });

  it('refuses a carry-over whose lines are not lines, even from the system', () => {
    const command: PlanCommand = {
      type: 'ReceiveCarryOver',
      data: { planId: PLAN_ID, team: 'north', period: '2027-Q1', sourcePlanId: 'p', sourcePeriod: '2026-Q4', lines: [{ lineId: 'l1', amount: -5 }] as never },
      context: ctx(system),
    };
    expect(refusedAs([], command).fields).toEqual(expect.arrayContaining(['lines[0].amount', 'lines[0].salespersonId']));
  });
});

describe('money stays exact at every size the plan accepts (Decision 10)', () => {
  it('refuses an amount above 10^15 minor units, such as 9007199254740991, before anything is decided', () => {
    expect(refusedAs(executing, recordActual(Number.MAX_SAFE_INTEGER))).toEqual({ code: 'AMOUNT.INVALID', fields: ['amount'] });
    expect(refusedAs(executing, recordActual(MAX_AMOUNT + 1))).toEqual({ code: 'AMOUNT.INVALID', fields: ['amount'] });
  });

  it('takes actuals up to a total of 10^15 per metric and refuses the one that would pass it (AMOUNT.TOTAL_TOO_LARGE)', () => {
    const half = MAX_AMOUNT / 2;
    const twoHalves = withDecision(withDecision(executing, recordActual(half)), recordActual(half, salesBob));
    expect(refusal(twoHalves, recordActual(1))).toMatchObject({ code: 'AMOUNT.TOTAL_TOO_LARGE', details: { metric: 'revenue', total: 'actual', max: MAX_AMOUNT } });
    spec.given(twoHalves).when(recordActual(1, salesAnn, 'new_customers')).thenProduces((events) => expect(events).toHaveLength(1));
  });

  it('keeps the totals of the summaries exact at the largest plan it accepts', () => {
    const big = MAX_AMOUNT - 1;
    const plan = [
      opened,
      ...withDecision(
        [opened],
        submitPlan({ targets: [{ salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue', amount: big, currency: 'CNY' }, { salespersonId: 'bob', salespersonName: 'Bob', metric: 'revenue', amount: 1, currency: 'CNY' }] }),
      ).slice(1),
      approved(),
      bookSubmitted(),
      bookApproved(),
      actual('ann', 'revenue', big - 2),
      actual('bob', 'revenue', 1),
      personalSummary('ann'),
      personalSummary('bob'),
    ];
    const summarised = withDecision(plan, { type: 'SubmitTeamSummary', data: { planId: PLAN_ID, summary: 'Done', analysis: '' }, context: ctx(supervisor) });
    expect(summarised.at(-1)!.data).toMatchObject({ totals: [{ metric: 'revenue', target: MAX_AMOUNT, actual: MAX_AMOUNT - 2, shortfall: 2 }] });
    const appraised = withDecision(summarised, { type: 'AppraisePlan', data: { planId: PLAN_ID, rating: 'good', comments: '' }, context: ctx(manager) });
    const published = withDecision(appraised, { type: 'PublishResults', data: { planId: PLAN_ID }, context: ctx(manager) });
    expect(published.at(-1)!.data).toMatchObject({ carryOver: [expect.objectContaining({ salespersonId: 'ann', amount: 2 })] });
  });

  it('refuses a target adjustment that would take the effective targets past 10^15', () => {
    const command: PlanCommand = {
      type: 'ProposeTargetAdjustment',
      data: { planId: PLAN_ID, changes: [{ salespersonId: 'ann', metric: 'revenue', to: MAX_AMOUNT }], reason: 'Stretch' },
      context: ctx(supervisor),
    };
    expect(refusal(executing, command)).toMatchObject({ code: 'AMOUNT.TOTAL_TOO_LARGE', details: { total: 'pending effective target' } });
  });

  it('refuses carried lines that would take the carried-in total past 10^15, so the process parks them instead of rounding', () => {
    const lines = [1, 2].map((n) => ({ lineId: `l${n}`, salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue' as const, amount: MAX_AMOUNT / 2 + n, currency: 'CNY', originPeriod: '2026-Q4', path: ['2026-Q4'], sourcePlanId: 'p' }));
    const command: PlanCommand = { type: 'ReceiveCarryOver', data: { planId: PLAN_ID, team: 'north', period: '2027-Q1', sourcePlanId: 'p', sourcePeriod: '2026-Q4', lines }, context: ctx(system) };
    expect(refusal([], command)).toMatchObject({ code: 'AMOUNT.TOTAL_TOO_LARGE', details: { total: 'carried-in' } });
    expect(publishedPlan().at(-1)!.type).toBe('ResultsPublished');
  });
});
