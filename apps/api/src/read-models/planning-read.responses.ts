import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  ADJUSTMENT_OUTCOMES,
  AWAITING,
  CARRIED_LINE_STATUSES,
  LEDGER_KINDS,
  PACE_STATUSES,
  PLAN_DECISION_SUBJECTS,
  PLAN_DECISION_TYPES,
  PLAN_STATUSES,
  REPORT_OUTCOMES,
  type Awaiting,
  type CarriedLine,
  type FollowUpAdjustment,
  type FollowUpDifficultyReport,
  type LedgerKind,
  type PaceStatus,
  type PlanDecisionSubject,
  type PlanDecisionType,
  type PlanStatus,
} from '#app/sales-planning';
import { DECISION_KINDS, METRICS, type DecisionKind, type Metric } from '#app/shared-kernel';
import { PersonResponse } from '../http/recorded-event.responses.js';
import { PersonalDataProperty } from '../openapi/route-docs.js';

/*
 * The success bodies of the planning read models in the OpenAPI document. Each class mirrors the
 * response type of its read-model slice in libs/sales-planning; test/api/response-schemas.e2e-spec.ts
 * checks at compile time that the two have the same fields and types, and at run time that real
 * answers match the documented schema (the dashboard's types are generated from it).
 */

export class FreshnessResponse {
  @ApiProperty({ allOf: [{ $ref: '#/components/schemas/ProjectionName' }], description: 'The projection that answered' }) projection!: string;
  @ApiProperty({ type: 'integer', description: 'The global position the projection has applied' }) position!: number;
  @ApiProperty({ description: 'True when minPosition was not reached within READ_YOUR_WRITES_TIMEOUT_MS' }) behind!: boolean;
}

export class PlanSummaryResponse {
  @ApiProperty({ format: 'uuid', description: 'The plan id' }) id!: string;
  @ApiProperty() team!: string;
  @ApiProperty({ example: '2027-Q1' }) period!: string;
  @ApiProperty({ enum: ['year', 'quarter', 'month'], enumName: 'PeriodGranularity' }) granularity!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ enum: PLAN_STATUSES, enumName: 'PlanStatus' }) status!: PlanStatus;
  @ApiProperty() currency!: string;
  @ApiProperty({ type: 'integer' }) planVersion!: number;
  @ApiProperty({ type: 'integer' }) bookVersion!: number;
  @ApiProperty({ enum: AWAITING, enumName: 'Awaiting', nullable: true }) awaiting!: Awaiting | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who submitted what awaits a decision (excluded from deciding it)' }) awaitingSubmittedBy!: string | null;
  @PersonalDataProperty({ description: 'Their name', nullable: true }) awaitingSubmittedByName!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) awaitingSince!: string | null;
  @ApiProperty({ type: [PersonResponse], description: 'Everyone who acted on the plan (not system processes), to show names where the plan holds ids' }) people!: PersonResponse[];
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer', description: 'The last global position applied to this row' }) lastPosition!: number;
}

export class PlanPageResponse {
  @ApiProperty({ type: [PlanSummaryResponse] }) items!: PlanSummaryResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last page' }) nextCursor!: string | null;
  @ApiProperty({ type: FreshnessResponse }) freshness!: FreshnessResponse;
}

export class ApprovalQueueResponse {
  @ApiProperty({ type: [PlanSummaryResponse] }) items!: PlanSummaryResponse[];
  @ApiProperty({ type: FreshnessResponse }) freshness!: FreshnessResponse;
}

export class CarriedInLineResponse {
  @ApiProperty({ format: 'uuid' }) lineId!: string;
  @ApiProperty({ type: 'integer' }) amount!: number;
  @ApiProperty({ description: 'The period the shortfall first arose in' }) originPeriod!: string;
  @ApiProperty({ type: [String], description: 'Every period the line passed through, oldest first' }) path!: string[];
  @ApiProperty({ enum: CARRIED_LINE_STATUSES, enumName: 'CarriedLineStatus' }) status!: CarriedLine['status'];
  @ApiProperty({ format: 'uuid' }) sourcePlanId!: string;
  @ApiProperty({ type: 'integer', description: 'Paid off by the actuals up to the as-of date (oldest carried debt first), as they arrive' }) settledToDate!: number;
  @ApiProperty({ type: 'integer', description: 'Still unpaid of an active line; 0 while pending approval or waived' }) outstanding!: number;
}

export class TrackingRowResponse {
  @ApiProperty() salespersonId!: string;
  @PersonalDataProperty() salespersonName!: string;
  @ApiProperty({ enum: METRICS, enumName: 'Metric' }) metric!: string;
  @ApiPropertyOptional({ description: 'Money metrics only' }) currency?: string;
  @ApiProperty({ type: 'integer' }) baseTarget!: number;
  @ApiProperty({ type: 'integer' }) carriedIn!: number;
  @ApiProperty({ type: [CarriedInLineResponse] }) carriedInLines!: CarriedInLineResponse[];
  @ApiProperty({ type: 'integer' }) adjustments!: number;
  @ApiProperty({ type: 'integer' }) effectiveTarget!: number;
  @ApiProperty({ type: 'integer' }) actualToDate!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Percent, 2 decimals rounded half up; null = no target' }) completionPercent!: number | null;
  @ApiProperty({ type: 'integer' }) variance!: number;
  @ApiProperty({ type: 'integer', description: 'Effective target × elapsed ÷ days, rounded half up for display; pace compares the unrounded value' }) expectedToDate!: number;
  @ApiProperty({ enum: PACE_STATUSES, enumName: 'PaceStatus' }) pace!: PaceStatus;
}

export class TrackingSheetResponse {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() team!: string;
  @ApiProperty() period!: string;
  @ApiProperty() status!: string;
  @ApiProperty() currency!: string;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty() elapsedPercent!: number;
  @ApiProperty({ type: [TrackingRowResponse] }) rows!: TrackingRowResponse[];
  @ApiProperty({ type: FreshnessResponse }) freshness!: FreshnessResponse;
}

export class ReviewActionResponse {
  @ApiProperty() action!: string;
  @ApiProperty() owner!: string;
  @ApiProperty({ format: 'date' }) deadline!: string;
}

export class SupervisorCommentResponse {
  @ApiProperty() comment!: string;
  @ApiProperty() commentedBy!: string;
  @PersonalDataProperty({ description: 'The supervisor’s name' }) commentedByName!: string;
  @ApiProperty({ format: 'date-time' }) commentedAt!: string;
}

export class FollowUpReviewResponse {
  @ApiProperty({ type: 'integer' }) reviewNumber!: number;
  @ApiProperty({ format: 'date' }) reviewDate!: string;
  @ApiProperty() findings!: string;
  @ApiProperty() rating!: string;
  @ApiProperty({ type: [ReviewActionResponse] }) actions!: ReviewActionResponse[];
  @ApiPropertyOptional() comment?: string;
  @ApiProperty() reviewedBy!: string;
  @PersonalDataProperty({ description: 'The reviewer’s name' }) reviewedByName!: string;
  @ApiProperty({ type: [SupervisorCommentResponse], description: 'The supervisor’s comments on this finding (CommentOnFollowUpItem)' }) supervisorComments!: SupervisorCommentResponse[];
}

export class ProposedTargetResponse {
  @ApiProperty({ enum: METRICS, enumName: 'Metric' }) metric!: Metric;
  @ApiProperty({ type: 'integer' }) originalTarget!: number;
  @ApiProperty({ type: 'integer' }) proposedTarget!: number;
}

export class FollowUpDifficultyReportResponse {
  @ApiProperty({ type: 'integer' }) reportNumber!: number;
  @ApiProperty() difficulty!: string;
  @ApiProperty() cause!: string;
  @ApiProperty() evidence!: string;
  @ApiProperty() supportRequested!: string;
  @ApiProperty({ type: [ProposedTargetResponse] }) proposals!: ProposedTargetResponse[];
  @ApiProperty({ format: 'date' }) effectiveFrom!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ enum: REPORT_OUTCOMES, enumName: 'DifficultyReportOutcome' }) outcome!: FollowUpDifficultyReport['outcome'];
  @ApiProperty({ type: [SupervisorCommentResponse], description: 'The supervisor’s comments on this report (CommentOnFollowUpItem)' }) supervisorComments!: SupervisorCommentResponse[];
}

export class TargetChangeResponse {
  @ApiProperty() salespersonId!: string;
  @ApiProperty({ enum: METRICS, enumName: 'Metric' }) metric!: Metric;
  @ApiProperty({ type: 'integer' }) from!: number;
  @ApiProperty({ type: 'integer' }) to!: number;
}

export class FollowUpAdjustmentResponse {
  @ApiProperty({ type: 'integer' }) adjustmentNumber!: number;
  @ApiProperty({ type: [TargetChangeResponse] }) changes!: TargetChangeResponse[];
  @ApiProperty() reason!: string;
  @ApiProperty({ type: 'integer', isArray: true }) difficultyReports!: number[];
  @ApiProperty({ enum: ADJUSTMENT_OUTCOMES, enumName: 'AdjustmentOutcome' }) outcome!: FollowUpAdjustment['outcome'];
  @ApiPropertyOptional() decisionReason?: string;
  @ApiPropertyOptional() decidedBy?: string;
  @PersonalDataProperty({ description: 'The deciding manager’s name', required: false }) decidedByName?: string;
}

export class FollowUpEntryResponse {
  @PersonalDataProperty({ description: 'The salesperson’s name', required: false }) name?: string;
  @ApiProperty({ type: [FollowUpReviewResponse] }) reviews!: FollowUpReviewResponse[];
  @ApiProperty({ type: [FollowUpDifficultyReportResponse] }) difficultyReports!: FollowUpDifficultyReportResponse[];
  @ApiProperty({ type: [FollowUpAdjustmentResponse] }) adjustments!: FollowUpAdjustmentResponse[];
  @ApiProperty() summarySubmitted!: boolean;
  @ApiPropertyOptional() summary?: string;
  @ApiPropertyOptional({ format: 'date-time' }) summarySubmittedAt?: string;
}

export class FollowUpSheetResponse {
  @ApiProperty({ format: 'uuid', description: 'The plan id' }) id!: string;
  @ApiProperty() team!: string;
  @ApiProperty() period!: string;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(FollowUpEntryResponse) }, description: 'Per salesperson id' })
  salespeople!: Record<string, FollowUpEntryResponse>;
  @ApiProperty({ type: 'integer' }) lastPosition!: number;
  @ApiProperty({ type: FreshnessResponse }) freshness!: FreshnessResponse;
}

export class LedgerEntryResponse {
  @ApiProperty({ enum: LEDGER_KINDS, enumName: 'LedgerKind' }) kind!: LedgerKind;
  @ApiProperty({ format: 'uuid' }) lineId!: string;
  @ApiProperty() salespersonId!: string;
  @PersonalDataProperty() salespersonName!: string;
  @ApiProperty() metric!: string;
  @ApiProperty({ type: 'integer' }) amount!: number;
  @ApiPropertyOptional() currency?: string;
  @ApiProperty() originPeriod!: string;
  @ApiProperty({ type: [String] }) path!: string[];
  @ApiPropertyOptional({ description: 'carried_in: the period it came from; carried_out: the period it goes to' }) counterpartPeriod?: string;
}

export class RolloverCarriedInResponse {
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Per origin period' }) byOrigin!: Record<string, number>;
}

export class RolloverMetricTotalsResponse {
  @ApiProperty({ type: RolloverCarriedInResponse }) carriedIn!: RolloverCarriedInResponse;
  @ApiProperty({ type: 'integer' }) carriedOut!: number;
  @ApiProperty({ type: 'integer' }) waived!: number;
  @ApiProperty({ type: 'integer' }) settled!: number;
  @ApiPropertyOptional() currency?: string;
}

export class RolloverPeriodResponse {
  @ApiProperty() team!: string;
  @ApiProperty() period!: string;
  @ApiProperty() published!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(RolloverMetricTotalsResponse) }, description: 'Per metric' })
  metrics!: Record<string, RolloverMetricTotalsResponse>;
  @ApiProperty({ type: [LedgerEntryResponse] }) entries!: LedgerEntryResponse[];
}

export class ShortfallStreakResponse {
  @ApiProperty() team!: string;
  @ApiProperty() salespersonId!: string;
  @PersonalDataProperty() salespersonName!: string;
  @ApiProperty({ type: 'integer' }) consecutivePeriodsWithShortfall!: number;
  @ApiProperty({ type: [String] }) periods!: string[];
}

export class RolloverLedgerResponse {
  @ApiProperty({ type: [RolloverPeriodResponse] }) periods!: RolloverPeriodResponse[];
  @ApiProperty({ type: [ShortfallStreakResponse] }) streaks!: ShortfallStreakResponse[];
  @ApiProperty({ type: FreshnessResponse }) freshness!: FreshnessResponse;
}

export class DecisionResponse {
  @ApiProperty({ format: 'uuid', description: 'The event id' }) id!: string;
  @ApiProperty({ enum: PLAN_DECISION_TYPES, enumName: 'PlanDecisionType' }) eventType!: PlanDecisionType;
  @ApiProperty({ enum: DECISION_KINDS, enumName: 'DecisionKind' }) decision!: DecisionKind;
  @ApiProperty({ enum: PLAN_DECISION_SUBJECTS, enumName: 'PlanDecisionSubject' }) subject!: PlanDecisionSubject;
  @ApiProperty() actorId!: string;
  @PersonalDataProperty() actorName!: string;
  @ApiProperty() actorRole!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() team!: string;
  @ApiProperty() period!: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Plan or plan-book version, adjustment number or appraisal revision' }) version!: number | null;
  @ApiProperty() streamName!: string;
  @ApiProperty({ type: 'integer' }) revision!: number;
  @ApiProperty({ type: 'integer' }) position!: number;
  @ApiProperty() commandId!: string;
  @ApiProperty() correlationId!: string;
  @ApiProperty({ required: false, description: 'The salesperson whose row the decision is about (a waived carried line); absent for a decision about the whole plan' }) salespersonId?: string;
}

export class DecisionPageResponse {
  @ApiProperty({ type: [DecisionResponse] }) items!: DecisionResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ type: FreshnessResponse }) freshness!: FreshnessResponse;
}

export const PLANNING_RESPONSE_MODELS = [FollowUpEntryResponse, RolloverMetricTotalsResponse];
