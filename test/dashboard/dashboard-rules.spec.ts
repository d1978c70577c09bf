import { describe, expect, it } from '@jest/globals';
import type { Actor } from '#app/eventsourcing';
import { prospectDecider, type ProspectCommand, type ProspectEvent, type ProspectState } from '#app/customer-development';
import { planDecider, type PlanCommand, type PlanEvent, type PlanState } from '#app/sales-planning';
import * as cd from '#testing/customer-development';
import { actor, ctx, NOW, PERIOD, PLAN_ID, subPlans, TEAM } from '#testing/sales-planning';
import { planActions, type Plan, type PlanAction } from '../../apps/dashboard/src/rules/plan-actions.js';
import { prospectActions, type Prospect, type ProspectAction } from '../../apps/dashboard/src/rules/prospect-actions.js';

// The dashboard offers an action exactly when the decider would accept its command from that
// reader on that state: checked for every action, reader and state of a plan's period (walked from
// a carried-in line to publication, with each rejection on the way) and of a prospect's way from
// the list to a customer.

/** Whether the decider accepts every command (they are valid: only who asks, and when, can refuse them). */
function accepted<C, S>(decide: (command: C, state: S) => unknown, commands: readonly C[], state: S): boolean {
  try {
    for (const command of commands) decide(command, state);
    return true;
  } catch {
    return false;
  }
}

const lead = actor('lead', ['supervisor', 'manager']);
const mgr = actor('mgr-1', ['manager']);
const READERS: Actor[] = [
  lead,
  mgr,
  actor('sup-2', ['supervisor']),
  actor('ann', ['salesperson']),
  actor('bob', ['salesperson']),
  actor('cai', ['salesperson']),
  actor('mgr-s', ['manager'], ['south']),
  actor('aud-1', ['auditor'], []),
];

const plan = { planId: PLAN_ID };
const revenue = (amount: number) => ({ metric: 'revenue', amount, currency: 'CNY' });

/** A valid command for the action, from `who`, on `state`: refused only for who is asking or when. */
function commandFor(action: PlanAction, state: PlanState, who: Actor): PlanCommand[] {
  const c = ctx(who, NOW);
  const open = state as unknown as Partial<Plan>;
  switch (action) {
    case 'decidePlan':
      return [{ type: 'ApprovePlan', data: plan, context: c }, { type: 'RejectPlan', data: { ...plan, reason: 'Too timid' }, context: c }];
    case 'decideBook':
      return [{ type: 'ApprovePlanBook', data: plan, context: c }, { type: 'RejectPlanBook', data: { ...plan, reason: 'Vague' }, context: c }];
    case 'decideAdjustment': {
      const adjustmentNumber = open.pendingAdjustment?.adjustmentNumber ?? 1;
      return [{ type: 'ApproveTargetAdjustment', data: { ...plan, adjustmentNumber }, context: c }, { type: 'RejectTargetAdjustment', data: { ...plan, adjustmentNumber, reason: 'No' }, context: c }];
    }
    case 'recordReview':
      return [{ type: 'RecordProgressReview', data: { ...plan, reviewDate: '2027-02-10', reviews: [{ salespersonId: 'ann', findings: 'Slow', rating: 'off_track', actions: [] }] }, context: c }];
    case 'waiveLine': {
      const line = open.carriedIn?.find((l) => l.status !== 'waived');
      return [{ type: 'WaiveCarryOver', data: { ...plan, lineId: line?.lineId ?? 'L1', reason: 'Gone' }, context: c }];
    }
    case 'appraise':
      return [{ type: 'AppraisePlan', data: { ...plan, rating: 'good', comments: 'Fine' }, context: c }];
    case 'decideAppraisal':
      return [{ type: 'ApproveAppraisal', data: plan, context: c }, { type: 'RejectAppraisal', data: { ...plan, reason: 'Wrong' }, context: c }];
    case 'publish':
      return [{ type: 'PublishResults', data: plan, context: c }];
    case 'submitPlan':
      return [
        {
          type: 'SubmitPlan',
          data: {
            ...plan,
            targets: [
              { salespersonId: 'ann', salespersonName: 'Ann', ...revenue(50_000_00) },
              { salespersonId: 'bob', salespersonName: 'Bob', ...revenue(40_000_00) },
            ],
            profitTarget: { amount: 20_000_00, currency: 'CNY' },
            expenseBudget: { amount: { amount: 5_000_00, currency: 'CNY' }, controlNotes: 'Monthly' },
            subPlans,
          },
          context: c,
        },
      ];
    case 'submitBook':
      return [{ type: 'SubmitPlanBook', data: { ...plan, outlook: 'Better', marketIndicators: [] }, context: c }];
    case 'proposeAdjustment':
      // A target it does not have yet: each adjustment changes something.
      return [{ type: 'ProposeTargetAdjustment', data: { ...plan, changes: [{ salespersonId: 'bob', metric: 'revenue', to: 30_000_00 - (open.adjustmentCount ?? 0) * 1_000_00 }], reason: 'Lost account' }, context: c }];
    case 'teamSummary':
      return [{ type: 'SubmitTeamSummary', data: { ...plan, summary: 'Closed', analysis: 'Mixed' }, context: c }];
    case 'reviseAppraisal':
      return [{ type: 'ReviseAppraisal', data: { ...plan, corrections: [{ salespersonId: 'bob', metric: 'revenue', field: 'actual', to: 41_000_00, reason: 'Late invoice' }] }, context: c }];
    case 'recordActual':
      return [{ type: 'RecordActual', data: { ...plan, ...revenue(1_000_00), date: '2027-02-01', reference: 'INV' }, context: c }];
    case 'difficultyReport':
      return [{ type: 'SubmitDifficultyReport', data: { ...plan, difficulty: 'Bankrupt customer', cause: 'external', evidence: 'Notice', supportRequested: 'Lower target', proposals: [], effectiveFrom: '2027-02-01' }, context: c }];
    case 'personalSummary':
      return [{ type: 'SubmitPersonalSummary', data: { ...plan, summary: 'Done' }, context: c }];
  }
}

const ACTIONS: PlanAction[] = [
  'decidePlan',
  'decideBook',
  'decideAdjustment',
  'recordReview',
  'waiveLine',
  'appraise',
  'decideAppraisal',
  'publish',
  'submitPlan',
  'submitBook',
  'proposeAdjustment',
  'teamSummary',
  'reviseAppraisal',
  'recordActual',
  'difficultyReport',
  'personalSummary',
];

/** The period, step by step: each step a command the decider accepts; the states in between are what the test checks. */
function walk(): { step: string; events: PlanEvent[] }[] {
  const steps: [string, PlanCommand][] = [];
  const by = (who: Actor) => ctx(who, NOW);
  const line = { lineId: 'L1', salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue' as const, amount: 10_000_00, currency: 'CNY', originPeriod: '2026-Q4', path: ['2026-Q4'], sourcePlanId: 'p-2026-q4' };
  const line2 = { ...line, lineId: 'L2', amount: 2_000_00 };
  steps.push(['carried in', { type: 'ReceiveCarryOver', data: { ...plan, team: TEAM, period: PERIOD, sourcePlanId: 'p-2026-q4', sourcePeriod: '2026-Q4', lines: [line, line2] }, context: by(actor('system', [], [])) }]);
  steps.push(['opened', { type: 'OpenPlan', data: { ...plan, team: TEAM, period: PERIOD, currency: 'CNY', companyTargets: [revenue(100_000_00)], problems: ['Flat sales'] }, context: by(lead) }]);
  const submit = commandFor('submitPlan', planDecider.initialState(), lead)[0]!;
  steps.push(['submitted', submit]);
  steps.push(['rejected', { type: 'RejectPlan', data: { ...plan, reason: 'Too timid' }, context: by(mgr) }]);
  steps.push(['resubmitted', { ...submit, context: by(lead) }]);
  steps.push(['approved', { type: 'ApprovePlan', data: plan, context: by(mgr) }]);
  steps.push(['book submitted', { type: 'SubmitPlanBook', data: { ...plan, outlook: 'Better', marketIndicators: [] }, context: by(lead) }]);
  steps.push(['book rejected', { type: 'RejectPlanBook', data: { ...plan, reason: 'Vague' }, context: by(mgr) }]);
  steps.push(['book resubmitted', { type: 'SubmitPlanBook', data: { ...plan, outlook: 'Better still', marketIndicators: [] }, context: by(lead) }]);
  steps.push(['executing', { type: 'ApprovePlanBook', data: plan, context: by(mgr) }]);
  steps.push(['an actual', { type: 'RecordActual', data: { ...plan, ...revenue(30_000_00), date: '2027-02-01', reference: 'INV-1' }, context: by(actor('ann', ['salesperson'])) }]);
  steps.push(['a line waived', { type: 'WaiveCarryOver', data: { ...plan, lineId: 'L2', reason: 'Small' }, context: by(mgr) }]);
  steps.push(['an adjustment proposed', { type: 'ProposeTargetAdjustment', data: { ...plan, changes: [{ salespersonId: 'bob', metric: 'revenue', to: 35_000_00 }], reason: 'Lost account' }, context: by(lead) }]);
  steps.push(['the adjustment approved', { type: 'ApproveTargetAdjustment', data: { ...plan, adjustmentNumber: 1 }, context: by(mgr) }]);
  steps.push(['ann’s summary', { type: 'SubmitPersonalSummary', data: { ...plan, summary: 'Done' }, context: by(actor('ann', ['salesperson'])) }]);
  steps.push(['bob’s summary', { type: 'SubmitPersonalSummary', data: { ...plan, summary: 'Done' }, context: by(actor('bob', ['salesperson'])) }]);
  steps.push(['summarised', { type: 'SubmitTeamSummary', data: { ...plan, summary: 'Closed', analysis: 'Mixed' }, context: by(lead) }]);
  steps.push(['appraised', { type: 'AppraisePlan', data: { ...plan, rating: 'good', comments: 'Fine' }, context: by(mgr) }]);
  const revise = commandFor('reviseAppraisal', planDecider.initialState(), lead)[0]!;
  steps.push(['revised', revise]);
  steps.push(['revision rejected', { type: 'RejectAppraisal', data: { ...plan, reason: 'Wrong' }, context: by(mgr) }]);
  steps.push(['revised again', { ...revise, context: by(lead) }]);
  steps.push(['revision approved', { type: 'ApproveAppraisal', data: plan, context: by(mgr) }]);
  steps.push(['published', { type: 'PublishResults', data: plan, context: by(mgr) }]);

  const out: { step: string; events: PlanEvent[] }[] = [];
  let events: PlanEvent[] = [];
  for (const [step, command] of steps) {
    const state = events.reduce(planDecider.evolve, planDecider.initialState());
    events = [...events, ...planDecider.decide(command, state)];
    out.push({ step, events });
  }
  return out;
}

describe('the actions the dashboard offers on a plan', () => {
  it('are exactly the commands the decider accepts from that reader on that state, for every action, reader and state of a period', () => {
    const mismatches: string[] = [];
    let offered = 0;
    for (const { step, events } of walk().slice(1)) {
      const state = events.reduce(planDecider.evolve, planDecider.initialState());
      const view = { ...state, actuals: [], revision: events.length - 1, position: events.length } as unknown as Plan;
      for (const reader of READERS) {
        const shown = planActions(view, { id: reader.id, roles: reader.roles, teams: reader.teams });
        for (const action of ACTIONS) {
          const decider = accepted(planDecider.decide, commandFor(action, state, reader), state);
          if (shown.has(action)) offered++;
          if (shown.has(action) !== decider) mismatches.push(`${step} · ${reader.id} · ${action}: dashboard ${shown.has(action)}, decider ${decider}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(offered).toBeGreaterThan(40);
  });
});

const PROSPECT_READERS: Actor[] = [
  cd.salesAnn,
  cd.salesBob,
  cd.supervisor,
  cd.otherSupervisor,
  cd.manager,
  cd.outsider,
  // The supervisor who approved the application, as a manager too: may not give the second approval.
  cd.actor('sup-1', ['supervisor', 'manager']),
  cd.actor('aud-1', ['auditor'], []),
];
const PROSPECT_ACTIONS: ProspectAction[] = ['assign', 'creditCheck', 'screen', 'apply', 'supervisorReview', 'managerReview', 'start', 'report', 'comment', 'convert'];

function prospectCommandsFor(action: ProspectAction, who: Actor): ProspectCommand[] {
  const c = cd.ctx(who, cd.NOW);
  const prospect = { prospectId: cd.PROSPECT_ID };
  switch (action) {
    case 'assign':
      return [{ type: 'AssignProspect', data: { ...prospect, assignee: { id: 'cai', name: 'Cai', roles: ['salesperson'], teams: [cd.TEAM] } }, context: c }];
    case 'creditCheck':
      return [{ type: 'RecordCreditCheck', data: { ...prospect, ...cd.creditForm }, context: c }];
    case 'screen':
      return [{ type: 'ScreenProspect', data: { ...prospect, outcome: 'key_prospect' }, context: c }];
    case 'apply':
      return [{ type: 'SubmitDevelopmentApplication', data: { ...prospect, ...cd.developmentPlan }, context: c }];
    case 'supervisorReview':
      return [{ type: 'ReviewApplicationAsSupervisor', data: { ...prospect, decision: 'approve' }, context: c }, { type: 'ReviewApplicationAsSupervisor', data: { ...prospect, decision: 'reject', reason: 'Vague' }, context: c }];
    case 'managerReview':
      return [{ type: 'ReviewApplicationAsManager', data: { ...prospect, decision: 'approve' }, context: c }, { type: 'ReviewApplicationAsManager', data: { ...prospect, decision: 'reject', reason: 'Vague' }, context: c }];
    case 'start':
      return [{ type: 'StartDevelopment', data: prospect, context: c }];
    case 'report':
      return [{ type: 'FileDevelopmentReport', data: { ...prospect, visitDate: '2027-02-10', method: 'visit', discussed: 'Price', result: 'Interested', stage: 'proposal', nextStep: 'Quote' }, context: c }];
    case 'comment':
      return [{ type: 'CommentOnDevelopmentReport', data: { ...prospect, reportNumber: 1, comment: 'Push for a two-year term' }, context: c }];
    case 'convert':
      return [{ type: 'ConvertProspect', data: { ...prospect, convertedOn: '2027-02-15' }, context: c }];
  }
}

describe('the actions the dashboard offers on a prospect', () => {
  it('are exactly the commands the decider accepts from that reader on that state, for every action, reader and state from the list to a customer', () => {
    const histories: [string, ProspectEvent[]][] = [
      ['listed', cd.listed],
      ['investigated', cd.investigated],
      ['reinvestigation requested', [...cd.investigated, cd.reinvestigationRequested()]],
      ['key prospect', cd.keyProspect],
      ['on hold', cd.onHold],
      ['stopped', cd.stopped],
      ['applied', cd.applied],
      ['rejected by the supervisor', [...cd.applied, cd.supervisorRejected()]],
      ['approved by the supervisor', cd.supervisorApprovedHistory],
      ['rejected by the manager', [...cd.supervisorApprovedHistory, cd.managerRejected()]],
      ['approved', cd.approved],
      ['in development', cd.inDevelopment],
      ['with a report', [...cd.inDevelopment, cd.reportFiled()]],
      ['converted', cd.converted],
      ['abandoned', [...cd.keyProspect, cd.prospectAbandoned]],
    ];
    const mismatches: string[] = [];
    let offered = 0;
    for (const [step, events] of histories) {
      const state = events.reduce<ProspectState>((s, e) => prospectDecider.evolve(s, e), prospectDecider.initialState());
      const view = { ...state, revision: events.length - 1 } as unknown as Prospect;
      for (const reader of PROSPECT_READERS) {
        const shown = prospectActions(view, { id: reader.id, roles: reader.roles, teams: reader.teams });
        for (const action of PROSPECT_ACTIONS) {
          const decider = accepted(prospectDecider.decide, prospectCommandsFor(action, reader), state);
          if (shown.has(action)) offered++;
          if (shown.has(action) !== decider) mismatches.push(`${step} · ${reader.id} (${reader.roles.join('+')}) · ${action}: dashboard ${shown.has(action)}, decider ${decider}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(offered).toBeGreaterThan(20);
  });
});
