/**
 * The published contract of sales planning: what another bounded context may use. The plan's
 * events and commands, its ids, the reference a converted prospect's actual carries, and the
 * application path of plan commands (the role table included). Everything both contexts need
 * besides comes from the shared kernel. test/architecture/boundaries.spec.ts holds
 * customer-development to this list.
 */
export type {
  ActualRecorded,
  AppraisalApproved,
  AppraisalRejected,
  AppraisalRevised,
  CarryOverReceived,
  CarryOverWaived,
  DifficultyReportSubmitted,
  PersonalSummarySubmitted,
  PlanAppraised,
  PlanApproved,
  PlanBookApproved,
  PlanBookRejected,
  PlanBookSubmitted,
  PlanEvent,
  PlanOpened,
  PlanRejected,
  PlanSubmitted,
  ProgressReviewRecorded,
  ResultsPublished,
  TargetAdjustmentApproved,
  TargetAdjustmentProposed,
  TargetAdjustmentRejected,
  TeamSummarySubmitted,
} from './plan/plan.events.js';
export type { TeamSummarySubmittedV2 } from './plan/team-summary-submitted.v2.js';
export type { PlanCommand, RecordConversionActual } from './plan/plan.commands.js';
export { planIdFor, planStream } from './plan/plan.js';
export { type Conversion, type PlanConversionStanding, conversionOf, conversionReference, planConversionStanding } from './plan/plan-conversion.js';
export { type CommandOutcome, type PlanCommandPath, ExecutePlanCommand, ExecutePlanCommandHandler } from './application/execute-plan-command.js';
