import { ForbiddenError, IllegalStateError, ValidationError, type Decider } from '#app/eventsourcing';
import { assertAmount, assertMoneyCurrency, assertQuantity, isCurrencyCode, parsePeriod, periodContains, requireDate, requireRoleInTeam, requireShape, requireSystem, requireText, type Metric } from '#app/shared-kernel';
import type {
  ApprovePlan,
  ApprovePlanBook,
  OpenPlan,
  PlanCommand,
  RecordActual,
  RecordConversionActual,
  RejectPlan,
  RejectPlanBook,
  SubmitPlan,
  SubmitPlanBook,
} from './plan.commands.js';
import type { PlanEvent, TargetLine } from './plan.events.js';
import { evolve, hasTargets, initialState, lineKey, type OpenPlanState, type PlanState } from './plan.js';
import {
  approveAppraisal,
  appraisePlan,
  approveTargetAdjustment,
  commentOnFollowUpItem,
  proposeTargetAdjustment,
  publishResults,
  receiveCarryOver,
  recordProgressReview,
  rejectAppraisal,
  rejectTargetAdjustment,
  reviseAppraisal,
  submitDifficultyReport,
  submitPersonalSummary,
  submitTeamSummary,
  waiveCarryOver,
} from './plan-close.decide.js';
import { closed, opened, ref, requireApprover, requireStatus } from './plan.rules.js';
import { conversionRefusal, conversionReference } from './plan-conversion.js';
import { PLAN_COMMAND_SHAPES } from './plan.shapes.js';
import { requireTotalsWithin } from './plan-totals.js';

/** Checks the command's shape, decides, and refuses an outcome whose totals would leave the exact range. */
export function decide(command: PlanCommand, state: PlanState): PlanEvent[] {
  requireShape(PLAN_COMMAND_SHAPES[command.type], command.data);
  const events = decideChecked(command, state);
  if (events.length > 0) requireTotalsWithin(state, events.reduce(evolve, state));
  return events;
}

function decideChecked(command: PlanCommand, state: PlanState): PlanEvent[] {
  // Decision 7: published results are immutable; nothing is recorded against a closed plan.
  if (state.status === 'published') {
    if (command.type === 'PublishResults') {
      throw new IllegalStateError('PLAN.ALREADY_PUBLISHED', 'The results of this plan are already published', { planId: state.planId });
    }
    throw closed(state.planId);
  }
  switch (command.type) {
    case 'OpenPlan':
      return openPlan(command, state);
    case 'SubmitPlan':
      return submitPlan(command, opened(state, command.data.planId));
    case 'ApprovePlan':
      return approvePlan(command, opened(state, command.data.planId));
    case 'RejectPlan':
      return rejectPlan(command, opened(state, command.data.planId));
    case 'SubmitPlanBook':
      return submitPlanBook(command, opened(state, command.data.planId));
    case 'ApprovePlanBook':
      return approvePlanBook(command, opened(state, command.data.planId));
    case 'RejectPlanBook':
      return rejectPlanBook(command, opened(state, command.data.planId));
    case 'RecordActual':
      return recordActual(command, opened(state, command.data.planId));
    case 'RecordConversionActual':
      return recordConversionActual(command, opened(state, command.data.planId));
    case 'RecordProgressReview':
      return recordProgressReview(command, opened(state, command.data.planId));
    case 'SubmitDifficultyReport':
      return submitDifficultyReport(command, opened(state, command.data.planId));
    case 'ProposeTargetAdjustment':
      return proposeTargetAdjustment(command, opened(state, command.data.planId));
    case 'ApproveTargetAdjustment':
      return approveTargetAdjustment(command, opened(state, command.data.planId));
    case 'RejectTargetAdjustment':
      return rejectTargetAdjustment(command, opened(state, command.data.planId));
    case 'CommentOnFollowUpItem':
      return commentOnFollowUpItem(command, opened(state, command.data.planId));
    case 'SubmitPersonalSummary':
      return submitPersonalSummary(command, opened(state, command.data.planId));
    case 'SubmitTeamSummary':
      return submitTeamSummary(command, opened(state, command.data.planId));
    case 'AppraisePlan':
      return appraisePlan(command, opened(state, command.data.planId));
    case 'ReviseAppraisal':
      return reviseAppraisal(command, opened(state, command.data.planId));
    case 'ApproveAppraisal':
      return approveAppraisal(command, opened(state, command.data.planId));
    case 'RejectAppraisal':
      return rejectAppraisal(command, opened(state, command.data.planId));
    case 'PublishResults':
      return publishResults(command, opened(state, command.data.planId));
    case 'ReceiveCarryOver':
      return receiveCarryOver(command, state);
    case 'WaiveCarryOver':
      return waiveCarryOver(command, state);
    default: {
      const _exhaustive: never = command;
      throw new ValidationError('COMMAND.UNKNOWN', 'Unknown command');
    }
  }
}

function openPlan({ data, context }: OpenPlan, state: PlanState): PlanEvent[] {
  requireRoleInTeam(context.actor, 'supervisor', data.team);
  if (state.status !== 'none') {
    throw new IllegalStateError('PLAN.ALREADY_EXISTS', `Team ${state.team} already has a plan for ${state.period}`, {
      existingPlanId: state.planId,
    });
  }
  parsePeriod(data.period);
  if (!isCurrencyCode(data.currency)) {
    throw new ValidationError('CURRENCY.INVALID', 'currency must be an ISO 4217 code', [{ field: 'currency', messages: ['currency must be an ISO 4217 code such as CNY'] }]);
  }
  const problems = data.problems.map((p) => p.trim()).filter((p) => p !== '');
  if (problems.length === 0) {
    throw new ValidationError('PLAN.PROBLEMS_REQUIRED', 'List at least one problem the plan must solve', [
      { field: 'problems', messages: ['problems must contain at least one item'] },
    ]);
  }
  data.companyTargets.forEach((t, i) => assertQuantity(t.metric, t, data.currency, `companyTargets[${i}]`));
  return [
    {
      type: 'PlanOpened',
      data: {
        planId: data.planId,
        team: data.team,
        period: data.period,
        currency: data.currency,
        companyTargets: data.companyTargets.map((t) => ({ metric: t.metric as Metric, amount: t.amount, ...(t.currency ? { currency: t.currency } : {}) })),
        problems,
        ...(data.notes ? { notes: data.notes } : {}),
        openedBy: context.actor.id,
      },
    },
  ];
}

function submitPlan({ data, context }: SubmitPlan, state: OpenPlanState): PlanEvent[] {
  requireRoleInTeam(context.actor, 'supervisor', state.team);
  requireStatus(state, ['draft', 'rejected'], 'PLAN.NOT_EDITABLE', 'The plan can be submitted only as a draft or after a rejection');
  if (data.targets.length === 0) {
    throw new ValidationError('PLAN.TARGETS_REQUIRED', 'A plan needs at least one target', [{ field: 'targets', messages: ['targets must not be empty'] }]);
  }
  const seen = new Set<string>();
  const targets: TargetLine[] = data.targets.map((t, i) => {
    assertQuantity(t.metric, t, state.currency, `targets[${i}]`);
    const key = lineKey(t.salespersonId, t.metric);
    if (seen.has(key)) {
      throw new ValidationError('PLAN.DUPLICATE_TARGET', `targets[${i}] repeats ${t.salespersonId} × ${t.metric}`, [
        { field: `targets[${i}]`, messages: ['each salesperson × metric appears once'] },
      ]);
    }
    seen.add(key);
    return {
      salespersonId: t.salespersonId,
      salespersonName: t.salespersonName,
      metric: t.metric,
      amount: t.amount,
      ...(t.currency ? { currency: t.currency } : {}),
    };
  });
  assertAmount(data.profitTarget.amount, 'profitTarget.amount');
  assertMoneyCurrency(data.profitTarget.currency, state.currency, 'profitTarget.currency');
  assertAmount(data.expenseBudget.amount.amount, 'expenseBudget.amount.amount');
  assertMoneyCurrency(data.expenseBudget.amount.currency, state.currency, 'expenseBudget.amount.currency');
  return [
    {
      type: 'PlanSubmitted',
      data: {
        ...ref(state),
        version: state.planVersion + 1,
        targets,
        profitTarget: data.profitTarget,
        expenseBudget: data.expenseBudget,
        subPlans: data.subPlans,
        ...(data.otherContent ? { otherContent: data.otherContent } : {}),
        submittedBy: context.actor.id,
      },
    },
  ];
}

function approvePlan({ data, context }: ApprovePlan, state: OpenPlanState): PlanEvent[] {
  requireApprover(context.actor, state, state.planSubmittedBy, 'plan');
  requireStatus(state, ['submitted'], 'PLAN.NOT_AWAITING_APPROVAL', 'Only a submitted plan can be approved');
  return [
    {
      type: 'PlanApproved',
      data: { ...ref(state), version: state.planVersion, approvedBy: context.actor.id, ...(data.comment ? { comment: data.comment } : {}) },
    },
  ];
}

function rejectPlan({ data, context }: RejectPlan, state: OpenPlanState): PlanEvent[] {
  requireApprover(context.actor, state, state.planSubmittedBy, 'plan');
  requireStatus(state, ['submitted'], 'PLAN.NOT_AWAITING_APPROVAL', 'Only a submitted plan can be rejected');
  const reason = requireText(data.reason, 'reason', 'DECISION.REASON_REQUIRED');
  return [{ type: 'PlanRejected', data: { ...ref(state), version: state.planVersion, rejectedBy: context.actor.id, reason } }];
}

function submitPlanBook({ data, context }: SubmitPlanBook, state: OpenPlanState): PlanEvent[] {
  requireRoleInTeam(context.actor, 'supervisor', state.team);
  requireStatus(state, ['approved', 'book_rejected'], 'PLAN.BOOK_NOT_ALLOWED', 'The plan book can be submitted only after the plan is approved');
  const outlook = requireText(data.outlook, 'outlook', 'PLAN_BOOK.OUTLOOK_REQUIRED');
  return [
    {
      type: 'PlanBookSubmitted',
      data: { ...ref(state), version: state.bookVersion + 1, outlook, marketIndicators: data.marketIndicators, submittedBy: context.actor.id },
    },
  ];
}

function approvePlanBook({ data, context }: ApprovePlanBook, state: OpenPlanState): PlanEvent[] {
  requireApprover(context.actor, state, state.bookSubmittedBy, 'plan book');
  requireStatus(state, ['book_submitted'], 'PLAN_BOOK.NOT_AWAITING_APPROVAL', 'Only a submitted plan book can be approved');
  return [
    {
      type: 'PlanBookApproved',
      data: { ...ref(state), version: state.bookVersion, approvedBy: context.actor.id, ...(data.comment ? { comment: data.comment } : {}) },
    },
  ];
}

function rejectPlanBook({ data, context }: RejectPlanBook, state: OpenPlanState): PlanEvent[] {
  requireApprover(context.actor, state, state.bookSubmittedBy, 'plan book');
  requireStatus(state, ['book_submitted'], 'PLAN_BOOK.NOT_AWAITING_APPROVAL', 'Only a submitted plan book can be rejected');
  const reason = requireText(data.reason, 'reason', 'DECISION.REASON_REQUIRED');
  return [{ type: 'PlanBookRejected', data: { ...ref(state), version: state.bookVersion, rejectedBy: context.actor.id, reason } }];
}

function recordActual({ data, context }: RecordActual, state: OpenPlanState): PlanEvent[] {
  const actor = context.actor;
  requireRoleInTeam(actor, 'salesperson', state.team);
  if (data.salespersonId !== undefined && data.salespersonId !== actor.id) {
    throw new ForbiddenError('AUTH.OWN_ACTUALS_ONLY', 'A salesperson records actuals for themself only', { salespersonId: data.salespersonId });
  }
  requireStatus(state, ['executing'], 'PLAN.NOT_EXECUTING', 'Actuals can be recorded only once the plan book is approved');
  assertQuantity(data.metric, data, state.currency, 'actual');
  requireDate(data.date, 'date');
  if (!periodContains(state.period, data.date)) {
    throw new IllegalStateError('PLAN.DATE_OUTSIDE_PERIOD', `${data.date} is outside the plan's period ${state.period}`, {
      period: state.period,
      date: data.date,
    });
  }
  if (!hasTargets(state, actor.id)) {
    throw new IllegalStateError('PLAN.NOT_ON_PLAN', `You have no targets on this plan`, { planId: state.planId });
  }
  const reference = requireText(data.reference, 'reference', 'ACTUAL.REFERENCE_REQUIRED');
  return [
    {
      type: 'ActualRecorded',
      data: {
        ...ref(state),
        salespersonId: actor.id,
        metric: data.metric,
        amount: data.amount,
        ...(data.currency ? { currency: data.currency } : {}),
        date: data.date,
        reference,
        recordedBy: actor.id,
      },
    },
  ];
}

/**
 * A converted prospect counts as one `new_customers` actual for the salesperson who converted it,
 * under the rules of RecordActual (executing plan, date inside the period, salesperson with targets
 * on the plan). Only the conversion process issues it, on the salesperson's behalf.
 */
function recordConversionActual({ data, context }: RecordConversionActual, state: OpenPlanState): PlanEvent[] {
  requireSystem(context.actor, 'Conversions are counted only by the conversion process');
  const refusal = conversionRefusal(state, data, state.planId);
  if (refusal) throw refusal;
  const prospectId = requireText(data.prospectId, 'prospectId', 'FIELD.REQUIRED');
  return [
    {
      type: 'ActualRecorded',
      data: {
        ...ref(state),
        salespersonId: data.salespersonId,
        metric: 'new_customers',
        amount: 1,
        date: data.convertedOn,
        reference: conversionReference(prospectId),
        recordedBy: context.actor.id,
      },
    },
  ];
}

export const planDecider: Decider<PlanCommand, PlanState, PlanEvent> = { decide, evolve, initialState, version: 'plan-state@2' };
