import { amount, calendarDate, integer, list, money, object, optional, text, type Shape } from '#app/shared-kernel';
import type { PlanCommand } from './plan.commands.js';

const id = text(200);
const planId = { planId: id };
const quantity = { metric: text(100), amount, currency: optional(text(3)) };
const comment = { ...planId, comment: optional(text()) };
const reason = { ...planId, reason: text() };
/** Values the decider checks itself, with its own codes (ratings, causes, fields). */
const word = text(100);

const carryOverLine = object({
  lineId: id,
  salespersonId: id,
  salespersonName: text(200),
  metric: text(100),
  amount,
  currency: optional(text(3)),
  originPeriod: text(20),
  path: list(text(20), { min: 1, max: 10_000 }),
  sourcePlanId: id,
});

/**
 * The shape of every plan command's data (see Shape): the decider checks it before it decides, so
 * no entry point can put a value of the wrong type, out of range, or a field unknown to the
 * command into the plan's log. Typed over the command union: a new command needs its shape.
 */
export const PLAN_COMMAND_SHAPES: { readonly [T in PlanCommand['type']]: Shape } = {
  OpenPlan: object({
    ...planId,
    team: id,
    period: text(20),
    currency: text(3),
    companyTargets: list(object(quantity), { max: 20 }),
    problems: list(text(), { max: 50 }),
    notes: optional(text()),
  }),
  SubmitPlan: object({
    ...planId,
    targets: list(object({ ...quantity, salespersonId: id, salespersonName: text(200) }), { max: 2000 }),
    profitTarget: money,
    expenseBudget: object({ amount: money, controlNotes: text() }),
    subPlans: object({
      paymentCollection: text(),
      pricingStrategy: text(),
      channelStrategy: text(),
      advertisingAndPromotion: text(),
      staffingAndTraining: text(),
      appraisalRuleChanges: text(),
      productStrategy: text(),
    }),
    otherContent: optional(text()),
  }),
  ApprovePlan: object(comment),
  RejectPlan: object(reason),
  SubmitPlanBook: object({ ...planId, outlook: text(), marketIndicators: list(object({ indicator: text(500), assessment: text() }), { max: 100 }) }),
  ApprovePlanBook: object(comment),
  RejectPlanBook: object(reason),
  RecordActual: object({ ...planId, ...quantity, date: calendarDate, reference: text(200), salespersonId: optional(id) }),
  RecordConversionActual: object({ ...planId, salespersonId: id, prospectId: id, convertedOn: calendarDate }),
  RecordProgressReview: object({
    ...planId,
    reviewDate: calendarDate,
    reviews: list(
      object({
        salespersonId: id,
        findings: text(),
        rating: word,
        actions: list(object({ action: text(), owner: text(200), deadline: calendarDate }), { max: 50 }),
        comment: optional(text()),
      }),
      { max: 500 },
    ),
  }),
  SubmitDifficultyReport: object({
    ...planId,
    difficulty: text(),
    cause: word,
    evidence: text(),
    supportRequested: text(),
    proposals: list(object({ metric: text(100), proposedTarget: amount }), { max: 20 }),
    effectiveFrom: calendarDate,
  }),
  ProposeTargetAdjustment: object({
    ...planId,
    changes: list(object({ salespersonId: id, metric: text(100), to: amount }), { max: 500 }),
    reason: text(),
    difficultyReports: optional(list(integer(0, 1_000_000_000), { max: 50 })),
  }),
  ApproveTargetAdjustment: object({ ...comment, adjustmentNumber: integer(1, 1_000_000_000) }),
  RejectTargetAdjustment: object({ ...reason, adjustmentNumber: integer(1, 1_000_000_000) }),
  CommentOnFollowUpItem: object({ ...planId, salespersonId: id, item: word, number: integer(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER), comment: text() }),
  SubmitPersonalSummary: object({ ...planId, summary: text() }),
  SubmitTeamSummary: object({ ...planId, summary: text(), analysis: text() }),
  AppraisePlan: object({
    ...planId,
    rating: word,
    comments: text(),
    salespersonRatings: optional(list(object({ salespersonId: id, rating: word, comment: optional(text()) }), { max: 500 })),
  }),
  ReviseAppraisal: object({
    ...planId,
    corrections: list(object({ salespersonId: id, metric: text(100), field: word, to: amount, reason: text() }), { max: 500 }),
  }),
  ApproveAppraisal: object(comment),
  RejectAppraisal: object(reason),
  PublishResults: object(planId),
  ReceiveCarryOver: object({ ...planId, team: id, period: text(20), sourcePlanId: id, sourcePeriod: text(20), lines: list(carryOverLine, { max: 100_000 }) }),
  WaiveCarryOver: object({ ...reason, lineId: id }),
};
