import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ATTRIBUTION_OUTCOMES,
  CONTACT_METHODS,
  CONVERSION_STATUSES,
  CREDIT_CHECK_OUTCOMES,
  CREDIT_SCORES,
  DEVELOPMENT_STAGES,
  OWNERSHIP_TYPES,
  PAYMENT_BEHAVIOURS,
  PIPELINE_PHASES,
  PIPELINE_STAGES,
  PROSPECT_STATUSES,
  SIZE_CLASSES,
  type AttributionOutcome,
  type ContactMethod,
  type ConversionStatus,
  type CreditCheckOutcome,
  type CreditGrade,
  type CreditScore,
  type DevelopmentStage,
  type OwnershipType,
  type PaymentBehaviour,
  type PipelinePhase,
  type PipelineStage,
  type ProspectStatus,
  type SizeClass,
} from '#app/customer-development';
import { FreshnessResponse } from '../read-models/planning-read.responses.js';
import { PersonalDataProperty } from '../openapi/route-docs.js';

/*
 * The success bodies of the customer-development read models in the OpenAPI document, mirroring
 * the response types of the slices in libs/customer-development/src/read-models (checked by
 * test/api/response-schemas.e2e-spec.ts at compile time and against real answers).
 */

export class MoneyResponse {
  @ApiProperty({ type: 'integer', description: 'Minor units (fen, cents)' }) amount!: number;
  @ApiProperty({ example: 'CNY' }) currency!: string;
}

export class ProspectContactResponse {
  @PersonalDataProperty() name!: string;
  @PersonalDataProperty({ required: false }) phone?: string;
  @PersonalDataProperty({ required: false }) email?: string;
}

export class ProspectKeyDatesResponse {
  @ApiProperty({ format: 'date' }) addedOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastCreditCheckOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) screenedAsKeyOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) applicationSubmittedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) approvedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) developmentStartedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastReportOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) convertedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) closedOn!: string | null;
}

export class CreditCheckSummaryResponse {
  @ApiProperty({ type: 'integer' }) checkNumber!: number;
  @ApiProperty({ enum: CREDIT_SCORES, enumName: 'CreditGrade' }) grade!: CreditGrade;
  @ApiProperty({ type: 'integer' }) totalPoints!: number;
  @ApiProperty({ type: MoneyResponse }) suggestedCreditLimit!: MoneyResponse;
  @ApiProperty({ enum: PAYMENT_BEHAVIOURS, enumName: 'PaymentBehaviour' }) paymentBehaviour!: PaymentBehaviour;
  @ApiProperty({ format: 'date' }) investigatedOn!: string;
}

export class ProspectListItemResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) prospectId!: string;
  @ApiProperty() team!: string;
  @ApiProperty() name!: string;
  @ApiProperty() normalisedName!: string;
  @ApiProperty() industry!: string;
  @ApiProperty() region!: string;
  @ApiProperty({ enum: SIZE_CLASSES, enumName: 'SizeClass' }) size!: SizeClass;
  @ApiProperty({ type: ProspectContactResponse }) contact!: ProspectContactResponse;
  @ApiProperty() source!: string;
  @ApiProperty() initialAssessment!: string;
  @ApiProperty({ type: String, nullable: true }) registrationNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) assignedSalespersonId!: string | null;
  @PersonalDataProperty({ nullable: true }) assignedSalespersonName!: string | null;
  @ApiProperty({ enum: PROSPECT_STATUSES, enumName: 'ProspectStatus' }) status!: ProspectStatus;
  @ApiProperty({ enum: CREDIT_SCORES, enumName: 'CreditGrade', nullable: true }) latestCreditGrade!: CreditGrade | null;
  @ApiProperty({ type: CreditCheckSummaryResponse, nullable: true }) latestCreditCheck!: CreditCheckSummaryResponse | null;
  @ApiProperty({ type: MoneyResponse, nullable: true }) expectedDealValue!: MoneyResponse | null;
  @ApiProperty({ enum: DEVELOPMENT_STAGES, enumName: 'DevelopmentStage', nullable: true }) developmentStage!: DevelopmentStage | null;
  @ApiProperty({ type: 'integer' }) reportCount!: number;
  @ApiProperty({ type: ProspectKeyDatesResponse }) keyDates!: ProspectKeyDatesResponse;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer' }) lastPosition!: number;
}

export class ProspectPageResponse {
  @ApiProperty({ type: [ProspectListItemResponse] }) items!: ProspectListItemResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ type: FreshnessResponse }) freshness!: FreshnessResponse;
}

export class CreditHistoryResponse {
  @ApiPropertyOptional() pastTerms?: string;
  @ApiProperty({ type: 'integer' }) limitOverruns!: number;
  @ApiProperty({ type: 'integer' }) badDebts!: number;
  @ApiProperty({ type: 'integer' }) lawsuits!: number;
}

export class ScoredItemResponse {
  @ApiProperty() item!: string;
  @ApiProperty({ enum: CREDIT_SCORES, enumName: 'CreditGrade' }) score!: CreditScore;
  @ApiProperty({ type: 'integer' }) points!: number;
}

export class CreditCheckResponse {
  @ApiProperty({ description: 'prospectId:checkNumber' }) id!: string;
  @ApiProperty({ format: 'uuid' }) prospectId!: string;
  @ApiProperty() team!: string;
  @ApiProperty({ type: 'integer' }) checkNumber!: number;
  @ApiProperty({ description: 'Recorded on a stopped prospect, re-opening it' }) reopened!: boolean;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ format: 'date' }) recordedOn!: string;
  @ApiProperty() salespersonId!: string;
  @ApiProperty({ enum: CREDIT_CHECK_OUTCOMES, enumName: 'CreditCheckOutcome' }) outcome!: CreditCheckOutcome;
  @ApiProperty({ type: String, format: 'date', nullable: true }) outcomeOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) outcomeBy!: string | null;
  @ApiProperty({ type: [String] }) outcomeNotes!: string[];
  @ApiProperty({ type: 'integer' }) lastPosition!: number;
  @ApiProperty() legalName!: string;
  @ApiProperty() registrationNumber!: string;
  @PersonalDataProperty() legalRepresentative!: string;
  @ApiProperty({ format: 'date' }) foundedOn!: string;
  @ApiProperty({ enum: OWNERSHIP_TYPES, enumName: 'OwnershipType' }) ownershipType!: OwnershipType;
  @ApiProperty({ type: MoneyResponse }) registeredCapital!: MoneyResponse;
  @ApiProperty() businessScope!: string;
  @ApiProperty({ type: 'integer' }) employees!: number;
  @ApiProperty({ type: MoneyResponse }) annualRevenue!: MoneyResponse;
  @ApiProperty({ type: [String] }) banks!: string[];
  @ApiProperty() bankOpinion!: string;
  @ApiProperty({ enum: PAYMENT_BEHAVIOURS, enumName: 'PaymentBehaviour' }) paymentBehaviour!: PaymentBehaviour;
  @ApiProperty({ type: CreditHistoryResponse }) history!: CreditHistoryResponse;
  @ApiProperty({ type: [ScoredItemResponse] }) scoredItems!: ScoredItemResponse[];
  @ApiProperty({ type: 'integer' }) totalPoints!: number;
  @ApiProperty({ enum: CREDIT_SCORES, enumName: 'CreditGrade' }) grade!: CreditGrade;
  @ApiProperty({ type: MoneyResponse }) suggestedCreditLimit!: MoneyResponse;
  @PersonalDataProperty() investigator!: string;
  @ApiProperty({ format: 'date' }) investigatedOn!: string;
}

export class CreditCheckPageResponse {
  @ApiProperty({ type: [CreditCheckResponse] }) items!: CreditCheckResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ type: FreshnessResponse }) freshness!: FreshnessResponse;
}

export class PipelineStageTotalsResponse {
  @ApiProperty({ enum: PIPELINE_STAGES, enumName: 'PipelineStage' }) stage!: PipelineStage;
  @ApiProperty({ enum: PIPELINE_PHASES, enumName: 'PipelinePhase' }) phase!: PipelinePhase;
  @ApiProperty({ type: 'integer' }) count!: number;
  @ApiProperty({ type: [MoneyResponse], description: 'Per currency' }) expectedDealValue!: MoneyResponse[];
}

export class PipelineOpenTotalsResponse {
  @ApiProperty({ type: 'integer' }) count!: number;
  @ApiProperty({ type: [MoneyResponse] }) expectedDealValue!: MoneyResponse[];
}

export class TeamPipelineResponse {
  @ApiProperty() team!: string;
  @ApiPropertyOptional({ description: 'Set when the pipeline counts one salesperson’s prospects only' }) salespersonId?: string;
  @ApiProperty({ type: [PipelineStageTotalsResponse] }) stages!: PipelineStageTotalsResponse[];
  @ApiProperty({ type: PipelineOpenTotalsResponse }) open!: PipelineOpenTotalsResponse;
}

export class DevelopmentPipelineResponse {
  @ApiProperty({ type: [TeamPipelineResponse] }) teams!: TeamPipelineResponse[];
  @ApiProperty({ type: FreshnessResponse }) freshness!: FreshnessResponse;
}

export class OverdueReportResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) prospectId!: string;
  @ApiProperty() team!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) salespersonId!: string | null;
  @PersonalDataProperty({ nullable: true }) salespersonName!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) developmentStartedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastReportOn!: string | null;
  @ApiProperty({ type: 'integer' }) lastReportNumber!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastVisitDate!: string | null;
  @ApiProperty({ enum: DEVELOPMENT_STAGES, enumName: 'DevelopmentStage', nullable: true }) lastStage!: DevelopmentStage | null;
  @ApiProperty({ type: String, nullable: true }) lastNextStep!: string | null;
  @ApiProperty({ type: MoneyResponse, nullable: true }) expectedDealValue!: MoneyResponse | null;
  @ApiProperty({ type: 'integer' }) lastPosition!: number;
  @ApiProperty({ format: 'date', description: 'The last report’s filing day, or the development start when none was filed' }) lastActivityOn!: string;
  @ApiProperty({ type: 'integer' }) daysSinceLastReport!: number;
  @ApiProperty({ format: 'date', description: 'The first day without a report in the last `days` days' }) overdueSince!: string;
}

export class OverdueReportsPageResponse {
  @ApiProperty({ type: [OverdueReportResponse] }) items!: OverdueReportResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: 'integer' }) days!: number;
  @ApiProperty({ type: FreshnessResponse }) freshness!: FreshnessResponse;
}

export class ConversionActualResponse {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() period!: string;
  @ApiProperty() salespersonId!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty() recordedBy!: string;
}

export class PlanAttemptResponse {
  @ApiProperty() period!: string;
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ enum: ATTRIBUTION_OUTCOMES, enumName: 'AttributionOutcome' }) outcome!: AttributionOutcome;
  @ApiProperty({ description: 'The plan’s refusal, e.g. PLAN.NOT_FOUND' }) code!: string;
  @ApiPropertyOptional() planStatus?: string;
}

export class ConversionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) prospectId!: string;
  @ApiProperty() team!: string;
  @ApiProperty() name!: string;
  @ApiProperty() salespersonId!: string;
  @ApiProperty({ format: 'date' }) convertedOn!: string;
  @ApiProperty() convertedBy!: string;
  @ApiProperty({ enum: CREDIT_SCORES, enumName: 'CreditGrade' }) grade!: CreditGrade;
  @ApiProperty({ type: MoneyResponse }) suggestedCreditLimit!: MoneyResponse;
  @ApiProperty({ enum: CONVERSION_STATUSES, enumName: 'ConversionStatus' }) status!: ConversionStatus;
  @ApiProperty({ type: [ConversionActualResponse] }) actuals!: ConversionActualResponse[];
  @ApiProperty({ type: [PlanAttemptResponse] }) unattributedAttempts!: PlanAttemptResponse[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) unattributedOn!: string | null;
  @ApiProperty({ type: 'integer' }) lastPosition!: number;
}

export class ConversionPageResponse {
  @ApiProperty({ type: [ConversionResponse] }) items!: ConversionResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ type: FreshnessResponse }) freshness!: FreshnessResponse;
}

export class ReportCommentResponse {
  @ApiProperty() comment!: string;
  @ApiProperty() commentedBy!: string;
  @ApiProperty({ format: 'date-time' }) commentedAt!: string;
}

export class DevelopmentReportResponse {
  @ApiProperty({ type: 'integer' }) reportNumber!: number;
  @ApiProperty({ format: 'date' }) visitDate!: string;
  @ApiProperty({ enum: CONTACT_METHODS, enumName: 'ContactMethod' }) method!: ContactMethod;
  @ApiProperty() discussed!: string;
  @ApiProperty() result!: string;
  @ApiProperty({ enum: DEVELOPMENT_STAGES, enumName: 'DevelopmentStage' }) stage!: DevelopmentStage;
  @ApiProperty() nextStep!: string;
  @ApiProperty({ type: MoneyResponse, nullable: true }) expectedDealValue!: MoneyResponse | null;
  @ApiProperty({ type: String, nullable: true }) problems!: string | null;
  @ApiProperty() filedBy!: string;
  @ApiProperty({ format: 'date-time' }) filedAt!: string;
  @ApiProperty({ type: [ReportCommentResponse], description: 'The supervisor’s comments (CommentOnDevelopmentReport)' }) supervisorComments!: ReportCommentResponse[];
}

/** The customer development forms 客户开发表 of one prospect. */
export class DevelopmentReportsResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) prospectId!: string;
  @ApiProperty() team!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) assignedSalespersonId!: string | null;
  @ApiProperty({ type: [DevelopmentReportResponse] }) reports!: DevelopmentReportResponse[];
  @ApiProperty({ type: 'integer' }) lastPosition!: number;
  @ApiProperty({ type: FreshnessResponse }) freshness!: FreshnessResponse;
}
