export {
  type ActualRecorded,
  type AppraisalApproved,
  type AppraisalRejected,
  type AppraisalRevised,
  type CarryOverReceived,
  type CarryOverWaived,
  type CommandOutcome,
  type Conversion,
  type DifficultyReportSubmitted,
  type PersonalSummarySubmitted,
  type PlanAppraised,
  type PlanApproved,
  type PlanBookApproved,
  type PlanBookRejected,
  type PlanBookSubmitted,
  type PlanCommand,
  type PlanCommandPath,
  type PlanConversionStanding,
  type PlanEvent,
  type PlanOpened,
  type PlanRejected,
  type PlanSubmitted,
  type ProgressReviewRecorded,
  type RecordConversionActual,
  type ResultsPublished,
  type TargetAdjustmentApproved,
  type TargetAdjustmentProposed,
  type TargetAdjustmentRejected,
  type TeamSummarySubmitted,
  type TeamSummarySubmittedV2,
  ExecutePlanCommand,
  ExecutePlanCommandHandler,
  conversionOf,
  conversionReference,
  planConversionStanding,
  planIdFor,
  planStream,
} from './contract.js';
export {
  type AppraisalCorrection,
  type AppraisalItem,
  type CarryOverLine,
  type CompanyTarget,
  type FollowUpItemCommented,
  type FollowUpItemKind,
  type MarketIndicator,
  type MetricTotal,
  type PlanDecisionEvent,
  type PlanDecisionSubject,
  type PlanDecisionType,
  type ProposedTarget,
  type Rating,
  type ReviewAction,
  type SalespersonReview,
  type ShortfallPiece,
  type SubPlans,
  type TargetChange,
  type TargetLine,
  FOLLOW_UP_ITEM_KINDS,
  PLAN_DECISION_SUBJECTS,
  PLAN_DECISIONS,
  PLAN_EXPLAINED_CONSEQUENCES,
  PLAN_DECISION_TYPES,
  PLAN_EVENT_TYPES,
} from './plan/plan.events.js';
export { PLAN_PERSONAL_DATA } from './plan/plan.personal-data.js';
export type {
  AppraisePlan,
  ApproveAppraisal,
  ApprovePlan,
  ApprovePlanBook,
  ApproveTargetAdjustment,
  CommentOnFollowUpItem,
  OpenPlan,
  ProposeTargetAdjustment,
  PublishResults,
  QuantityInput,
  ReceiveCarryOver,
  RecordActual,
  RecordProgressReview,
  RejectAppraisal,
  RejectPlan,
  RejectPlanBook,
  RejectTargetAdjustment,
  ReviseAppraisal,
  SubmitDifficultyReport,
  SubmitPersonalSummary,
  SubmitPlan,
  SubmitPlanBook,
  SubmitTeamSummary,
  TargetInput,
  WaiveCarryOver,
} from './plan/plan.commands.js';
export { type CarriedLine, type OpenPlanState, type PlanState, type PlanStatus, CARRIED_LINE_STATUSES, PLAN_STATUS_AFTER, PLAN_STATUSES, initialState, lineKey, planLines, salespeopleWithTargets } from './plan/plan.js';
export { type LineInput, appraiseLine, completionBasisPoints } from './plan/appraisal.js';
export { planDecider } from './plan/plan.decide.js';
export { type TeamMetricTotal, teamSummarySubmittedV1ToV2, teamTotals } from './plan/team-summary-submitted.v2.js';
export { PLANNING_UPCASTERS } from './plan/plan.upcasters.js';
export { PLAN_COMMAND_ROLES } from './application/execute-plan-command.js';
export { type PlanHistoryPage, type PlanView, GetPlanHandler, GetPlanHistoryHandler, GetPlanHistoryQuery, GetPlanQuery } from './application/plan.queries.js';
export { CarryOverProcess } from './application/carry-over.process.js';
export { PLANNING_PROJECTIONS, READ_MODEL_QUERY_HANDLERS } from './read-models/planning-read-models.js';
export { TRACKING_SHEET, type TrackingSheetDocument, type TrackingSheetEvent, evolveTrackingSheet, trackingSheetProjection } from './read-models/tracking-sheet/tracking-sheet.projection.js';
export { GetTargetTrackingSheetHandler, GetTargetTrackingSheetQuery } from './read-models/tracking-sheet/tracking-sheet.queries.js';
export { type CarriedInLine, type PaceStatus, type TrackingRow, type TrackingSheetView, PACE_STATUSES } from './read-models/tracking-sheet/tracking-sheet.responses.js';
export { AT_RISK_THRESHOLD, pace, trackingSheetView } from './read-models/tracking-sheet/tracking-sheet.view.js';
export { FOLLOW_UP_SHEET, type FollowUpSheetEvent, evolveFollowUpSheet, followUpSheetProjection } from './read-models/follow-up-sheet/follow-up-sheet.projection.js';
export { GetFollowUpSheetHandler, GetFollowUpSheetQuery } from './read-models/follow-up-sheet/follow-up-sheet.queries.js';
export {
  type FollowUpAdjustment,
  type FollowUpDifficultyReport,
  type FollowUpEntry,
  type FollowUpReview,
  type FollowUpSheetDocument,
  ADJUSTMENT_OUTCOMES,
  REPORT_OUTCOMES,
} from './read-models/follow-up-sheet/follow-up-sheet.responses.js';
export { PLANS_LIST, type PlanListDocument, evolvePlanList, plansListProjection } from './read-models/plans-list/plans-list.projection.js';
export { type PlanFilters, GetApprovalQueueHandler, GetApprovalQueueQuery, ListPlansHandler, ListPlansQuery } from './read-models/plans-list/plans-list.queries.js';
export { type Awaiting, type PlanSummary, AWAITING } from './read-models/plans-list/plans-list.responses.js';
export { ROLLOVER_LEDGER, type RolloverLedgerDocument, evolveRolloverLedger, ledgerId, rolloverLedgerProjection } from './read-models/rollover-ledger/rollover-ledger.projection.js';
export { type RolloverFilters, GetRolloverLedgerHandler, GetRolloverLedgerQuery } from './read-models/rollover-ledger/rollover-ledger.queries.js';
export {
  type LedgerEntry,
  type LedgerKind,
  type RolloverCarriedIn,
  type RolloverLedger,
  type RolloverMetricTotals,
  type RolloverPeriod,
  type ShortfallStreak,
  LEDGER_KINDS,
} from './read-models/rollover-ledger/rollover-ledger.responses.js';
export { DECISION_LOG, decisionLogProjection, evolveDecision } from './read-models/decision-log/decision-log.projection.js';
export { type DecisionFilters, ListDecisionsHandler, ListDecisionsQuery } from './read-models/decision-log/decision-log.queries.js';
export type { DecisionDocument } from './read-models/decision-log/decision-log.responses.js';
