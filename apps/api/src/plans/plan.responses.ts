import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CARRIED_LINE_STATUSES, PLAN_STATUSES, type CarriedLine, type PlanStatus } from '#app/sales-planning';
import { METRICS, type Metric } from '#app/shared-kernel';
import { HistoryPageResponse } from '../http/recorded-event.responses.js';
import { TargetChangeResponse } from '../read-models/planning-read.responses.js';
import { PersonalDataProperty } from '../openapi/route-docs.js';

/*
 * What GetPlan, GetPlanHistory and the plan commands answer (and, in the audit routes, the plan's
 * state as of a moment), mirroring PlanView, PlanHistoryPage and PlanState of libs/sales-planning;
 * test/api/response-schemas.e2e-spec.ts holds each to its type and to real answers.
 */

export class CommandResponse {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The stream revision after the command (also the ETag)' }) revision!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Global position of the last event; pass as minPosition to read your write' }) position!: number;
}

export class CompanyTargetResponse {
  @ApiProperty({ enum: METRICS, enumName: 'Metric' }) metric!: Metric;
  @ApiProperty({ type: 'integer', description: 'Minor units for money metrics, a count otherwise' }) amount!: number;
  @ApiPropertyOptional({ description: 'Money metrics only' }) currency?: string;
}

export class TargetLineResponse {
  @ApiProperty() salespersonId!: string;
  @PersonalDataProperty() salespersonName!: string;
  @ApiProperty({ enum: METRICS, enumName: 'Metric' }) metric!: Metric;
  @ApiProperty({ type: 'integer' }) amount!: number;
  @ApiPropertyOptional() currency?: string;
}

export class CarriedLineResponse {
  @ApiProperty({ format: 'uuid' }) lineId!: string;
  @ApiProperty() salespersonId!: string;
  @PersonalDataProperty() salespersonName!: string;
  @ApiProperty({ enum: METRICS, enumName: 'Metric' }) metric!: Metric;
  @ApiProperty({ type: 'integer' }) amount!: number;
  @ApiPropertyOptional() currency?: string;
  @ApiProperty({ description: 'The period the shortfall first arose in' }) originPeriod!: string;
  @ApiProperty({ type: [String], description: 'Every period the line passed through, oldest first' }) path!: string[];
  @ApiProperty({ format: 'uuid' }) sourcePlanId!: string;
  @ApiProperty({ enum: CARRIED_LINE_STATUSES, enumName: 'CarriedLineStatus' }) status!: CarriedLine['status'];
}

export class PendingAdjustmentResponse {
  @ApiProperty({ type: 'integer', minimum: 1 }) adjustmentNumber!: number;
  @ApiProperty({ type: [TargetChangeResponse] }) changes!: TargetChangeResponse[];
  @ApiProperty() proposedBy!: string;
}

export class ShortfallPieceResponse {
  @ApiPropertyOptional({ format: 'uuid', description: 'The carried line this piece continues; absent for a shortfall that arose in this period' }) lineId?: string;
  @ApiProperty() originPeriod!: string;
  @ApiProperty({ type: [String] }) path!: string[];
  @ApiProperty({ type: 'integer' }) amount!: number;
}

export class SettledLineResponse {
  @ApiProperty({ format: 'uuid' }) lineId!: string;
  @ApiProperty({ type: 'integer' }) amount!: number;
}

export class AppraisalItemResponse {
  @ApiProperty() salespersonId!: string;
  @PersonalDataProperty() salespersonName!: string;
  @ApiProperty({ enum: METRICS, enumName: 'Metric' }) metric!: Metric;
  @ApiPropertyOptional() currency?: string;
  @ApiProperty({ type: 'integer' }) baseTarget!: number;
  @ApiProperty({ type: 'integer' }) carriedIn!: number;
  @ApiProperty({ type: 'integer' }) adjustments!: number;
  @ApiProperty({ type: 'integer' }) effectiveTarget!: number;
  @ApiProperty({ type: 'integer' }) actual!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'actual ÷ effective target in basis points (10000 = 100 %); null when there is no target' }) completionBasisPoints!: number | null;
  @ApiProperty({ type: 'integer', description: 'max(0, effective target − actual)' }) shortfall!: number;
  @ApiProperty({ type: [ShortfallPieceResponse] }) pieces!: ShortfallPieceResponse[];
  @ApiProperty({ type: [SettledLineResponse], description: 'Carried lines and how much of each the actuals settled' }) settled!: SettledLineResponse[];
}

export class PlanAppraisalResponse {
  @ApiProperty({ type: [AppraisalItemResponse] }) items!: AppraisalItemResponse[];
  @ApiProperty() appraisedBy!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) revision!: number;
  @ApiPropertyOptional() revisedBy?: string;
}

/** The fields of an opened plan's state, with either form of its actuals. */
class OpenPlanFields {
  @ApiProperty({ enum: PLAN_STATUSES, enumName: 'PlanStatus' }) status!: PlanStatus;
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() team!: string;
  @ApiProperty({ example: '2027-Q1' }) period!: string;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty({ type: [CompanyTargetResponse] }) companyTargets!: CompanyTargetResponse[];
  @ApiProperty({ type: [String] }) problems!: string[];
  @ApiProperty({ type: 'integer', minimum: 0 }) planVersion!: number;
  @ApiPropertyOptional() planSubmittedBy?: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) bookVersion!: number;
  @ApiPropertyOptional() bookSubmittedBy?: string;
  @ApiProperty({ type: [TargetLineResponse], description: 'Base targets of the latest submitted version' }) targets!: TargetLineResponse[];
  @ApiProperty({ type: [CarriedLineResponse] }) carriedIn!: CarriedLineResponse[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Approved adjustment deltas per `salespersonId:metric`' }) adjustments!: Record<string, number>;
  @ApiProperty({ type: 'integer', minimum: 0 }) adjustmentCount!: number;
  @ApiPropertyOptional({ type: PendingAdjustmentResponse }) pendingAdjustment?: PendingAdjustmentResponse;
  @ApiProperty({ type: 'integer', minimum: 0 }) reviewCount!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) difficultyReportCount!: number;
  @ApiProperty({ type: [String], description: 'The follow-up sheet’s items a supervisor may comment on (CommentOnFollowUpItem), as `<review|difficulty_report>:<number>:<salespersonId>`; a salesperson sees their own' }) followUpItems!: string[];
  @ApiProperty({ type: [String], description: 'Salespeople who submitted their personal summary' }) personalSummaries!: string[];
  @ApiPropertyOptional() teamSummaryBy?: string;
  @ApiPropertyOptional({ type: PlanAppraisalResponse }) appraisal?: PlanAppraisalResponse;
}

export class ActualTotalResponse {
  @ApiProperty() salespersonId!: string;
  @ApiProperty({ enum: METRICS, enumName: 'Metric' }) metric!: string;
  @ApiProperty({ type: 'integer', description: 'Sum of the recorded actuals' }) amount!: number;
}

export class PlanResponse extends OpenPlanFields {
  @ApiProperty({ type: [ActualTotalResponse], description: 'Recorded actuals, summed per salesperson and metric' }) actuals!: ActualTotalResponse[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The stream revision (also the ETag)' }) revision!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The global position of the plan’s last event' }) position!: number;
}

/** The plan's state as the decider folds it (time travel). */
export class PlanStateResponse extends OpenPlanFields {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Sum of recorded actuals per `salespersonId:metric`' }) actuals!: Record<string, number>;
}

/** Before PlanOpened a plan stream may already hold carried lines waiting for the plan. */
export class PlanNotOpenedStateResponse {
  @ApiProperty({ enum: ['none'] }) status!: 'none';
  @ApiProperty({ type: [CarriedLineResponse] }) pendingCarryIn!: CarriedLineResponse[];
  @ApiPropertyOptional() team?: string;
  @ApiPropertyOptional() period?: string;
}

export class PlanHistoryPageResponse extends HistoryPageResponse {
  @ApiProperty({ format: 'uuid' }) planId!: string;
}

export { ErrorResponse } from '../http/problem.responses.js';
