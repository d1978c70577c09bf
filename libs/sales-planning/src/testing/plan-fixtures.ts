import type { Actor, CommandContext, Role } from '#app/eventsourcing';
import type { PlanCommand } from '../plan/plan.commands.js';
import { planDecider } from '../plan/plan.decide.js';
import type { PlanEvent } from '../plan/plan.events.js';
import { planIdFor } from '../plan/plan.js';

export const NOW = new Date('2027-02-15T09:00:00.000Z');
export const TEAM = 'north';
export const PERIOD = '2027-Q1';
export const PLAN_ID = planIdFor(TEAM, PERIOD);

export const actor = (id: string, roles: Role[], teams: string[] = [TEAM]): Actor => ({ id, name: id.toUpperCase(), roles, teams });
export const supervisor = actor('sup-1', ['supervisor']);
export const manager = actor('mgr-1', ['manager']);
export const salesAnn = actor('ann', ['salesperson']);
export const salesBob = actor('bob', ['salesperson']);

let n = 0;
export const ctx = (who: Actor, now: Date = NOW): CommandContext => ({
  actor: who,
  commandId: `cmd-${++n}`,
  correlationId: 'corr-1',
  now,
});

const ref = { planId: PLAN_ID, team: TEAM, period: PERIOD };

export const subPlans = {
  paymentCollection: 'Collect within 60 days',
  pricingStrategy: 'Hold list prices',
  channelStrategy: 'Two new distributors',
  advertisingAndPromotion: 'Trade fair in March',
  staffingAndTraining: 'One hire, product training',
  appraisalRuleChanges: 'None',
  productStrategy: 'Push the X line',
};

export const opened: PlanEvent = {
  type: 'PlanOpened',
  data: { ...ref, currency: 'CNY', companyTargets: [{ metric: 'revenue', amount: 100_000_00, currency: 'CNY' }], problems: ['Flat sales in the north'], openedBy: 'sup-1' },
};

export const submitted = (version = 1): PlanEvent => ({
  type: 'PlanSubmitted',
  data: {
    ...ref,
    version,
    targets: [
      { salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue', amount: 50_000_00, currency: 'CNY' },
      { salespersonId: 'ann', salespersonName: 'Ann', metric: 'new_customers', amount: 4 },
      { salespersonId: 'bob', salespersonName: 'Bob', metric: 'revenue', amount: 40_000_00, currency: 'CNY' },
    ],
    profitTarget: { amount: 20_000_00, currency: 'CNY' },
    expenseBudget: { amount: { amount: 5_000_00, currency: 'CNY' }, controlNotes: 'Monthly review' },
    subPlans,
    submittedBy: 'sup-1',
  },
});

export const approved = (version = 1): PlanEvent => ({ type: 'PlanApproved', data: { ...ref, version, approvedBy: 'mgr-1' } });
export const rejected = (version = 1): PlanEvent => ({ type: 'PlanRejected', data: { ...ref, version, rejectedBy: 'mgr-1', reason: 'Too low' } });
export const bookSubmitted = (version = 1): PlanEvent => ({
  type: 'PlanBookSubmitted',
  data: { ...ref, version, outlook: 'Demand recovers in Q2', marketIndicators: [{ indicator: 'Competitor entry', assessment: 'Likely' }], submittedBy: 'sup-1' },
});
export const bookApproved = (version = 1): PlanEvent => ({ type: 'PlanBookApproved', data: { ...ref, version, approvedBy: 'mgr-1' } });
export const bookRejected = (version = 1): PlanEvent => ({ type: 'PlanBookRejected', data: { ...ref, version, rejectedBy: 'mgr-1', reason: 'Vague' } });

export const executing: PlanEvent[] = [opened, submitted(), approved(), bookSubmitted(), bookApproved()];

export const actual = (salespersonId: string, metric: string, amount: number, date = '2027-02-01'): PlanEvent => ({
  type: 'ActualRecorded',
  data: { ...ref, salespersonId, metric: metric as never, amount, ...(metric === 'new_customers' ? {} : { currency: 'CNY' }), date, reference: 'R', recordedBy: salespersonId },
});

export const personalSummary = (salespersonId: string): PlanEvent => ({
  type: 'PersonalSummarySubmitted',
  data: { ...ref, salespersonId, summary: 'Done what I could', totals: [], submittedBy: salespersonId },
});

export const teamSummary: PlanEvent = {
  type: 'TeamSummarySubmitted',
  data: { ...ref, summary: 'Quarter closed', analysis: 'Mixed', totals: [], submittedBy: 'sup-1' },
};

export const system = actor('system', [], []);

/** The events after the decider decided the command on them. */
export const withDecision = (events: readonly PlanEvent[], command: PlanCommand): PlanEvent[] => [...events, ...planDecider.decide(command, events.reduce(planDecider.evolve, planDecider.initialState()))];

/** The fixture plan executed, summarised, appraised and published: Ann short of her revenue and new-customer targets. */
export function publishedPlan(before: readonly PlanEvent[] = []): PlanEvent[] {
  const summarised = [...executing, ...before, personalSummary('ann'), personalSummary('bob'), teamSummary];
  const appraised = withDecision(summarised, { type: 'AppraisePlan', data: { planId: PLAN_ID, rating: 'good', comments: '' }, context: ctx(manager) });
  return withDecision(appraised, { type: 'PublishResults', data: { planId: PLAN_ID }, context: ctx(manager) });
}

/** Fixture events as the store would record them: positions, revisions, metadata, times. */
export function recordedPlanEvents(events: readonly PlanEvent[], options: { from?: number; actor?: string; role?: string } = {}) {
  const from = options.from ?? 1;
  return events.map((e, i) => ({
    id: `event-${from + i}`,
    type: e.type,
    data: e.data,
    metadata: {
      actorId: options.actor ?? 'mgr-1',
      actorName: (options.actor ?? 'mgr-1').toUpperCase(),
      actorRole: options.role ?? 'manager',
      commandId: `cmd-${from + i}`,
      commandType: 'X',
      correlationId: `corr-${from + i}`,
      causationId: `cmd-${from + i}`,
      occurredAt: new Date(Date.UTC(2027, 1, 1, 0, 0, from + i)).toISOString(),
      ...('reason' in e.data ? { reason: (e.data as { reason: string }).reason } : {}),
    },
    streamName: `plan-${(e.data as { planId: string }).planId}`,
    revision: from + i - 1,
    position: from + i,
    createdAt: new Date(Date.UTC(2027, 1, 1, 0, 0, from + i)).toISOString(),
  })) as never[];
}
