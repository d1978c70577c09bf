import { IllegalStateError, NotFoundError, ValidationError, deterministicUuid } from '#app/eventsourcing';
import { assertAmount, isMetric, nextPeriod, periodContains, requireDate, requireNotSubmitter, requireOneOf, requireRole, requireRoleInTeam, requireSystem, requireText, type Metric } from '#app/shared-kernel';
import { appraiseLine, type LineInput } from './appraisal.js';
import type {
  AppraisePlan,
  ApproveAppraisal,
  ApproveTargetAdjustment,
  CommentOnFollowUpItem,
  ProposeTargetAdjustment,
  PublishResults,
  ReceiveCarryOver,
  RecordProgressReview,
  RejectAppraisal,
  RejectTargetAdjustment,
  ReviseAppraisal,
  SubmitDifficultyReport,
  SubmitPersonalSummary,
  SubmitTeamSummary,
  WaiveCarryOver,
} from './plan.commands.js';
import { FOLLOW_UP_ITEM_KINDS, type AppraisalCorrection, type AppraisalItem, type CarryOverLine, type MetricTotal, type PlanEvent, type Rating, type TargetChange } from './plan.events.js';
import { followUpItemKey, lineKey, planIdFor, planLines, salespeopleWithTargets, type OpenPlanState, type PlanState } from './plan.js';
import { ref, requireApprover, requireStatus } from './plan.rules.js';
import { teamTotals } from './team-summary-submitted.v2.js';

const RATINGS: readonly Rating[] = ['excellent', 'good', 'satisfactory', 'poor'];
const REVIEW_RATINGS = ['on_track', 'needs_attention', 'off_track'] as const;

const effectiveTargets = (state: OpenPlanState): Map<string, AppraisalItem> =>
  new Map(planLines(state).map((l) => [lineKey(l.salespersonId, l.metric), appraiseLine(state.period, l)]));

function requireKnownSalesperson(state: OpenPlanState, salespersonId: string, field: string, code: string): void {
  if (!salespeopleWithTargets(state).includes(salespersonId)) {
    throw new ValidationError(code, `${salespersonId} has no targets on this plan`, [{ field, messages: ['not a salesperson of this plan'] }]);
  }
}

function requireMetric(metric: string, field: string): asserts metric is Metric {
  if (!isMetric(metric)) throw new ValidationError('METRIC.UNKNOWN', `Unknown metric "${metric}"`, [{ field, messages: ['unknown metric'] }]);
}

export function recordProgressReview({ data, context }: RecordProgressReview, state: OpenPlanState): PlanEvent[] {
  requireRoleInTeam(context.actor, 'manager', state.team);
  requireStatus(state, ['executing'], 'PLAN.NOT_EXECUTING', 'Progress is reviewed while the plan executes');
  requireDate(data.reviewDate, 'reviewDate');
  if (data.reviews.length === 0) throw new ValidationError('REVIEW.EMPTY', 'A review needs at least one salesperson', [{ field: 'reviews', messages: ['must not be empty'] }]);
  const reviews = data.reviews.map((r, i) => {
    requireKnownSalesperson(state, r.salespersonId, `reviews[${i}].salespersonId`, 'REVIEW.UNKNOWN_SALESPERSON');
    if (!(REVIEW_RATINGS as readonly string[]).includes(r.rating)) {
      throw new ValidationError('REVIEW.INVALID_RATING', `rating must be one of ${REVIEW_RATINGS.join(', ')}`, [{ field: `reviews[${i}].rating`, messages: ['invalid rating'] }]);
    }
    r.actions.forEach((a, j) => {
      requireText(a.action, `reviews[${i}].actions[${j}].action`, 'REVIEW.ACTION_REQUIRED');
      requireText(a.owner, `reviews[${i}].actions[${j}].owner`, 'REVIEW.OWNER_REQUIRED');
      requireDate(a.deadline, `reviews[${i}].actions[${j}].deadline`);
    });
    return { ...r, findings: requireText(r.findings, `reviews[${i}].findings`, 'REVIEW.FINDINGS_REQUIRED') };
  });
  return [{ type: 'ProgressReviewRecorded', data: { ...ref(state), reviewNumber: state.reviewCount + 1, reviewDate: data.reviewDate, reviews, reviewedBy: context.actor.id } }];
}

export function submitDifficultyReport({ data, context }: SubmitDifficultyReport, state: OpenPlanState): PlanEvent[] {
  const actor = context.actor;
  requireRoleInTeam(actor, 'salesperson', state.team);
  requireStatus(state, ['executing'], 'PLAN.NOT_EXECUTING', 'Difficulty reports are filed while the plan executes');
  if (!salespeopleWithTargets(state).includes(actor.id)) throw new IllegalStateError('PLAN.NOT_ON_PLAN', 'You have no targets on this plan');
  if (data.cause !== 'internal' && data.cause !== 'external') {
    throw new ValidationError('DIFFICULTY.INVALID_CAUSE', 'cause must be internal or external', [{ field: 'cause', messages: ['internal or external'] }]);
  }
  requireDate(data.effectiveFrom, 'effectiveFrom');
  if (!periodContains(state.period, data.effectiveFrom)) {
    throw new ValidationError('DIFFICULTY.EFFECTIVE_OUTSIDE_PERIOD', `effectiveFrom must fall inside ${state.period}`, [{ field: 'effectiveFrom', messages: ['inside the plan period'] }]);
  }
  const targets = effectiveTargets(state);
  const proposals = data.proposals.map((p, i) => {
    requireMetric(p.metric, `proposals[${i}].metric`);
    assertAmount(p.proposedTarget, `proposals[${i}].proposedTarget`);
    return { metric: p.metric, originalTarget: targets.get(lineKey(actor.id, p.metric))?.effectiveTarget ?? 0, proposedTarget: p.proposedTarget };
  });
  return [
    {
      type: 'DifficultyReportSubmitted',
      data: {
        ...ref(state),
        reportNumber: state.difficultyReportCount + 1,
        salespersonId: actor.id,
        difficulty: requireText(data.difficulty, 'difficulty', 'DIFFICULTY.DESCRIPTION_REQUIRED'),
        cause: data.cause,
        evidence: data.evidence.trim(),
        supportRequested: data.supportRequested.trim(),
        proposals,
        effectiveFrom: data.effectiveFrom,
        submittedBy: actor.id,
      },
    },
  ];
}

/** Rule for several adjustments: one pending adjustment per plan at a time; the next waits for its decision. */
export function proposeTargetAdjustment({ data, context }: ProposeTargetAdjustment, state: OpenPlanState): PlanEvent[] {
  requireRoleInTeam(context.actor, 'supervisor', state.team);
  requireStatus(state, ['executing'], 'PLAN.NOT_EXECUTING', 'Targets are adjusted while the plan executes');
  if (state.pendingAdjustment) {
    throw new IllegalStateError('ADJUSTMENT.ALREADY_PENDING', `Adjustment ${state.pendingAdjustment.adjustmentNumber} awaits a decision first`, {
      pendingAdjustment: state.pendingAdjustment.adjustmentNumber,
    });
  }
  if (data.changes.length === 0) throw new ValidationError('ADJUSTMENT.EMPTY', 'An adjustment needs at least one change', [{ field: 'changes', messages: ['must not be empty'] }]);
  const reason = requireText(data.reason, 'reason', 'DECISION.REASON_REQUIRED');
  const targets = effectiveTargets(state);
  const seen = new Set<string>();
  const changes: TargetChange[] = data.changes.map((c, i) => {
    requireKnownSalesperson(state, c.salespersonId, `changes[${i}].salespersonId`, 'ADJUSTMENT.UNKNOWN_SALESPERSON');
    requireMetric(c.metric, `changes[${i}].metric`);
    assertAmount(c.to, `changes[${i}].to`);
    const key = lineKey(c.salespersonId, c.metric);
    if (seen.has(key)) throw new ValidationError('ADJUSTMENT.DUPLICATE_LINE', `changes[${i}] repeats ${key}`, [{ field: `changes[${i}]`, messages: ['each line once'] }]);
    seen.add(key);
    const from = targets.get(key)?.effectiveTarget ?? 0;
    if (from === c.to) throw new ValidationError('ADJUSTMENT.NO_CHANGE', `changes[${i}] does not change the target`, [{ field: `changes[${i}].to`, messages: ['equals the current target'] }]);
    return { salespersonId: c.salespersonId, metric: c.metric, from, to: c.to };
  });
  const reports = data.difficultyReports ?? [];
  reports.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 1 || n > state.difficultyReportCount) {
      throw new ValidationError('ADJUSTMENT.UNKNOWN_REPORT', `Difficulty report ${n} does not exist on this plan`, [{ field: `difficultyReports[${i}]`, messages: ['unknown report'] }]);
    }
  });
  return [
    {
      type: 'TargetAdjustmentProposed',
      data: { ...ref(state), adjustmentNumber: state.adjustmentCount + 1, changes, reason, difficultyReports: reports, proposedBy: context.actor.id },
    },
  ];
}

function pendingAdjustment(state: OpenPlanState, adjustmentNumber: number) {
  const pending = state.pendingAdjustment;
  if (!pending || pending.adjustmentNumber !== adjustmentNumber) {
    throw new IllegalStateError('ADJUSTMENT.NOT_PENDING', `Adjustment ${adjustmentNumber} is not awaiting a decision`, {
      pendingAdjustment: pending?.adjustmentNumber ?? null,
    });
  }
  return pending;
}

export function approveTargetAdjustment({ data, context }: ApproveTargetAdjustment, state: OpenPlanState): PlanEvent[] {
  requireRoleInTeam(context.actor, 'manager', state.team);
  requireStatus(state, ['executing'], 'PLAN.NOT_EXECUTING', 'Adjustments are decided while the plan executes');
  const pending = pendingAdjustment(state, data.adjustmentNumber);
  requireNotSubmitter(context.actor, pending.proposedBy, 'target adjustment');
  return [
    {
      type: 'TargetAdjustmentApproved',
      data: { ...ref(state), adjustmentNumber: pending.adjustmentNumber, changes: pending.changes, approvedBy: context.actor.id, ...(data.comment ? { comment: data.comment } : {}) },
    },
  ];
}

export function rejectTargetAdjustment({ data, context }: RejectTargetAdjustment, state: OpenPlanState): PlanEvent[] {
  requireRoleInTeam(context.actor, 'manager', state.team);
  requireStatus(state, ['executing'], 'PLAN.NOT_EXECUTING', 'Adjustments are decided while the plan executes');
  const pending = pendingAdjustment(state, data.adjustmentNumber);
  requireNotSubmitter(context.actor, pending.proposedBy, 'target adjustment');
  const reason = requireText(data.reason, 'reason', 'DECISION.REASON_REQUIRED');
  return [{ type: 'TargetAdjustmentRejected', data: { ...ref(state), adjustmentNumber: pending.adjustmentNumber, rejectedBy: context.actor.id, reason } }];
}

/** The supervisor of the team comments on a review finding or difficulty report of the follow-up sheet (目标跟进表). */
export function commentOnFollowUpItem({ data, context }: CommentOnFollowUpItem, state: OpenPlanState): PlanEvent[] {
  requireRoleInTeam(context.actor, 'supervisor', state.team);
  const item = requireOneOf(data.item, FOLLOW_UP_ITEM_KINDS, 'item', 'FOLLOW_UP.ITEM_INVALID');
  if (!state.followUpItems.includes(followUpItemKey(item, data.number, data.salespersonId))) {
    throw new NotFoundError('FOLLOW_UP.ITEM_NOT_FOUND', `The follow-up sheet has no ${item.replace('_', ' ')} ${data.number} for ${data.salespersonId}`, {
      salespersonId: data.salespersonId,
      item,
      number: data.number,
    });
  }
  const comment = requireText(data.comment, 'comment', 'FOLLOW_UP.COMMENT_REQUIRED');
  return [{ type: 'FollowUpItemCommented', data: { ...ref(state), salespersonId: data.salespersonId, item, number: data.number, comment, commentedBy: context.actor.id } }];
}

function totals(items: AppraisalItem[]): MetricTotal[] {
  const byMetric = new Map<Metric, MetricTotal>();
  for (const i of items) {
    const t = byMetric.get(i.metric) ?? { metric: i.metric, target: 0, actual: 0, ...(i.currency ? { currency: i.currency } : {}) };
    t.target += i.effectiveTarget;
    t.actual += i.actual;
    byMetric.set(i.metric, t);
  }
  return [...byMetric.values()];
}

export function submitPersonalSummary({ data, context }: SubmitPersonalSummary, state: OpenPlanState): PlanEvent[] {
  const actor = context.actor;
  requireRoleInTeam(actor, 'salesperson', state.team);
  requireStatus(state, ['executing'], 'PLAN.NOT_EXECUTING', 'Personal summaries are submitted while the plan executes');
  if (!salespeopleWithTargets(state).includes(actor.id)) {
    throw new IllegalStateError('SUMMARY.NO_TARGETS', 'Only salespeople with targets on this plan submit a personal summary');
  }
  if (state.personalSummaries.includes(actor.id)) throw new IllegalStateError('SUMMARY.ALREADY_SUBMITTED', 'You already submitted your summary');
  const mine = [...effectiveTargets(state).values()].filter((i) => i.salespersonId === actor.id);
  return [
    {
      type: 'PersonalSummarySubmitted',
      data: { ...ref(state), salespersonId: actor.id, summary: requireText(data.summary, 'summary', 'SUMMARY.TEXT_REQUIRED'), totals: totals(mine), submittedBy: actor.id },
    },
  ];
}

export function submitTeamSummary({ data, context }: SubmitTeamSummary, state: OpenPlanState): PlanEvent[] {
  requireRoleInTeam(context.actor, 'supervisor', state.team);
  requireStatus(state, ['executing'], 'PLAN.NOT_EXECUTING', 'The team summary closes execution');
  const missing = salespeopleWithTargets(state).filter((s) => !state.personalSummaries.includes(s));
  if (missing.length > 0) {
    throw new IllegalStateError('SUMMARY.PERSONAL_SUMMARIES_MISSING', `Personal summaries are missing from ${missing.join(', ')}`, { missing });
  }
  return [
    {
      type: 'TeamSummarySubmitted.v2',
      data: {
        ...ref(state),
        summary: requireText(data.summary, 'summary', 'SUMMARY.TEXT_REQUIRED'),
        analysis: data.analysis.trim(),
        totals: teamTotals([...effectiveTargets(state).values()]),
        submittedBy: context.actor.id,
      },
    },
  ];
}

function requireRating(rating: string, field: string): void {
  if (!(RATINGS as readonly string[]).includes(rating)) {
    throw new ValidationError('APPRAISAL.INVALID_RATING', `rating must be one of ${RATINGS.join(', ')}`, [{ field, messages: ['invalid rating'] }]);
  }
}

export function appraisePlan({ data, context }: AppraisePlan, state: OpenPlanState): PlanEvent[] {
  requireApprover(context.actor, state, state.teamSummaryBy, 'team summary');
  if (state.status === 'executing') {
    const missing = salespeopleWithTargets(state).filter((s) => !state.personalSummaries.includes(s));
    throw new IllegalStateError('APPRAISAL.SUMMARIES_MISSING', 'Appraisal needs every personal summary and the team summary (Decision 6)', {
      missingPersonalSummaries: missing,
      teamSummary: false,
    });
  }
  requireStatus(state, ['summarised'], 'APPRAISAL.NOT_ALLOWED', 'The plan is appraised once, after the team summary');
  requireRating(data.rating, 'rating');
  const salespersonRatings = (data.salespersonRatings ?? []).map((r, i) => {
    requireKnownSalesperson(state, r.salespersonId, `salespersonRatings[${i}].salespersonId`, 'APPRAISAL.UNKNOWN_SALESPERSON');
    requireRating(r.rating, `salespersonRatings[${i}].rating`);
    return r;
  });
  return [
    {
      type: 'PlanAppraised',
      data: {
        ...ref(state),
        items: [...effectiveTargets(state).values()],
        rating: data.rating,
        comments: data.comments.trim(),
        salespersonRatings,
        appraisedBy: context.actor.id,
      },
    },
  ];
}

export function reviseAppraisal({ data, context }: ReviseAppraisal, state: OpenPlanState): PlanEvent[] {
  requireRoleInTeam(context.actor, 'supervisor', state.team);
  requireStatus(state, ['appraised', 'appraisal_rejected'], 'APPRAISAL.NOT_REVISABLE', 'The appraisal can be revised after it is made or rejected');
  if (data.corrections.length === 0) throw new ValidationError('APPRAISAL.NO_CORRECTIONS', 'A revision needs at least one correction', [{ field: 'corrections', messages: ['must not be empty'] }]);
  const appraisal = state.appraisal!;
  const carried = new Map(planLines(state).map((l) => [lineKey(l.salespersonId, l.metric), l.carried]));
  const inputs = new Map<string, LineInput>(
    appraisal.items.map((i) => [
      lineKey(i.salespersonId, i.metric),
      {
        salespersonId: i.salespersonId,
        salespersonName: i.salespersonName,
        metric: i.metric,
        ...(i.currency ? { currency: i.currency } : {}),
        baseTarget: i.baseTarget,
        adjustments: i.adjustments,
        carried: carried.get(lineKey(i.salespersonId, i.metric)) ?? [],
        actual: i.actual,
      },
    ]),
  );
  const current = new Map(appraisal.items.map((i) => [lineKey(i.salespersonId, i.metric), i]));
  const corrections: AppraisalCorrection[] = data.corrections.map((c, i) => {
    const key = lineKey(c.salespersonId, c.metric);
    const input = inputs.get(key);
    if (!input) throw new ValidationError('APPRAISAL.UNKNOWN_ITEM', `The appraisal has no line ${key}`, [{ field: `corrections[${i}]`, messages: ['unknown salesperson × metric'] }]);
    if (c.field !== 'actual' && c.field !== 'effectiveTarget') {
      throw new ValidationError('APPRAISAL.INVALID_FIELD', 'field must be actual or effectiveTarget', [{ field: `corrections[${i}].field`, messages: ['actual or effectiveTarget'] }]);
    }
    assertAmount(c.to, `corrections[${i}].to`);
    const reason = requireText(c.reason, `corrections[${i}].reason`, 'DECISION.REASON_REQUIRED');
    const item = appraiseLine(state.period, input);
    const from = c.field === 'actual' ? item.actual : item.effectiveTarget;
    if (c.field === 'actual') input.actual = c.to;
    else input.adjustments += c.to - item.effectiveTarget;
    return { salespersonId: c.salespersonId, metric: input.metric, field: c.field, from, to: c.to, reason };
  });
  const items = [...current.keys()].map((key) => appraiseLine(state.period, inputs.get(key)!));
  return [{ type: 'AppraisalRevised', data: { ...ref(state), revision: appraisal.revision + 1, corrections, items, revisedBy: context.actor.id } }];
}

export function approveAppraisal({ data, context }: ApproveAppraisal, state: OpenPlanState): PlanEvent[] {
  requireApprover(context.actor, state, state.appraisal?.revisedBy, 'appraisal revision');
  requireStatus(state, ['appraisal_revised'], 'APPRAISAL.NO_REVISION_PENDING', 'Only a revised appraisal awaits review');
  return [
    { type: 'AppraisalApproved', data: { ...ref(state), revision: state.appraisal!.revision, approvedBy: context.actor.id, ...(data.comment ? { comment: data.comment } : {}) } },
  ];
}

export function rejectAppraisal({ data, context }: RejectAppraisal, state: OpenPlanState): PlanEvent[] {
  requireApprover(context.actor, state, state.appraisal?.revisedBy, 'appraisal revision');
  requireStatus(state, ['appraisal_revised'], 'APPRAISAL.NO_REVISION_PENDING', 'Only a revised appraisal awaits review');
  const reason = requireText(data.reason, 'reason', 'DECISION.REASON_REQUIRED');
  return [{ type: 'AppraisalRejected', data: { ...ref(state), revision: state.appraisal!.revision, rejectedBy: context.actor.id, reason } }];
}

export const carryLineId = (planId: string, salespersonId: string, metric: string, parentLineId: string | undefined): string =>
  deterministicUuid(`carry:${planId}:${salespersonId}:${metric}:${parentLineId ?? 'own'}`);

export function publishResults({ context }: PublishResults, state: OpenPlanState): PlanEvent[] {
  requireRoleInTeam(context.actor, 'manager', state.team);
  const blocked: Partial<Record<OpenPlanState['status'], [string, string]>> = {
    appraisal_revised: ['APPRAISAL.REVIEW_PENDING', 'A revised appraisal awaits the manager’s review'],
    appraisal_rejected: ['APPRAISAL.REVISION_REQUIRED', 'The appraisal was rejected and needs another revision'],
  };
  const reason = blocked[state.status];
  if (reason) throw new IllegalStateError(reason[0], reason[1], { status: state.status });
  requireStatus(state, ['appraised', 'appraisal_approved'], 'APPRAISAL.REQUIRED', 'Results are published after the appraisal');
  const items = state.appraisal!.items;
  const carryOver: CarryOverLine[] = items.flatMap((item) =>
    item.pieces.map((piece) => ({
      lineId: carryLineId(state.planId, item.salespersonId, item.metric, piece.lineId),
      salespersonId: item.salespersonId,
      salespersonName: item.salespersonName,
      metric: item.metric,
      amount: piece.amount,
      ...(item.currency ? { currency: item.currency } : {}),
      originPeriod: piece.originPeriod,
      path: piece.path,
      sourcePlanId: state.planId,
    })),
  );
  const next = nextPeriod(state.period);
  return [
    {
      type: 'ResultsPublished',
      data: { ...ref(state), items, carryOver, nextPeriod: next, nextPlanId: planIdFor(state.team, next), publishedBy: context.actor.id },
    },
  ];
}

const CARRY_CLOSED: PlanState['status'][] = ['summarised', 'appraised', 'appraisal_revised', 'appraisal_approved', 'appraisal_rejected', 'published'];
const CARRY_PENDING: PlanState['status'][] = ['none', 'draft', 'submitted', 'rejected'];

const carriedLinesHeld = (state: PlanState): Set<string> => new Set((state.status === 'none' ? state.pendingCarryIn : state.carriedIn).map((l) => l.lineId));

/**
 * Decision 7 as the carry-over process's choice: published lines go to a plan that already holds
 * them (the process's own earlier answer, on a replay) or that still takes carried lines.
 */
export function receivesCarryOver(state: PlanState, lines: readonly CarryOverLine[]): boolean {
  const held = carriedLinesHeld(state);
  return lines.some((l) => held.has(l.lineId)) || !CARRY_CLOSED.includes(state.status);
}

/**
 * Decision 7: lines wait on a plan not yet approved (the manager approves them with it) and are
 * added at once to an approved or executing plan. A plan past its team summary takes none: the
 * process forwards them to the period after.
 */
export function receiveCarryOver({ data, context }: ReceiveCarryOver, state: PlanState): PlanEvent[] {
  requireSystem(context.actor, 'Carry-over lines are received only from the carry-over process');
  if (CARRY_CLOSED.includes(state.status)) {
    throw new IllegalStateError('CARRYOVER.PLAN_CLOSED', `The ${data.period} plan no longer takes carried lines`, { status: state.status });
  }
  const known = carriedLinesHeld(state);
  const lines = data.lines.filter((l) => !known.has(l.lineId));
  if (lines.length === 0) return [];
  return [
    {
      type: 'CarryOverReceived',
      data: {
        planId: data.planId,
        team: data.team,
        period: data.period,
        sourcePlanId: data.sourcePlanId,
        sourcePeriod: data.sourcePeriod,
        lines,
        appliedAs: CARRY_PENDING.includes(state.status) ? 'pending_approval' : 'active',
      },
    },
  ];
}

/** The team is checked before the line is looked up, so another team's manager cannot probe for line ids. */
export function waiveCarryOver({ data, context }: WaiveCarryOver, state: PlanState): PlanEvent[] {
  const team = state.team;
  if (team === undefined) requireRole(context.actor, 'manager');
  else requireRoleInTeam(context.actor, 'manager', team);
  const lines = state.status === 'none' ? state.pendingCarryIn : state.carriedIn;
  const line = lines.find((l) => l.lineId === data.lineId);
  if (!line || team === undefined) throw new NotFoundError('CARRYOVER.LINE_NOT_FOUND', `No carried line ${data.lineId} on this plan`, { lineId: data.lineId });
  if (line.status === 'waived') throw new IllegalStateError('CARRYOVER.ALREADY_WAIVED', 'This carried line is already waived', { lineId: line.lineId });
  if (state.status !== 'none' && CARRY_CLOSED.includes(state.status) && state.status !== 'summarised') {
    throw new IllegalStateError('CARRYOVER.APPRAISAL_STARTED', 'Carried lines can be waived only before the appraisal', { status: state.status });
  }
  const reason = requireText(data.reason, 'reason', 'DECISION.REASON_REQUIRED');
  return [
    {
      type: 'CarryOverWaived',
      data: {
        planId: data.planId,
        team,
        period: state.period ?? '',
        lineId: line.lineId,
        salespersonId: line.salespersonId,
        metric: line.metric,
        amount: line.amount,
        originPeriod: line.originPeriod,
        waivedBy: context.actor.id,
        reason,
      },
    },
  ];
}

