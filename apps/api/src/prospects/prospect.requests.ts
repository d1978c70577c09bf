import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  CONTACT_METHODS,
  CREDIT_SCORES,
  DEVELOPMENT_STAGES,
  OWNERSHIP_TYPES,
  PAYMENT_BEHAVIOURS,
  SIZE_CLASSES,
} from '#app/customer-development';
import { TEXT, SHORT, ID } from '../http/request-patterns.js';
import { MoneyRequest } from '../http/money.request.js';
import { CalendarDate, NestedArray, NestedObject, OneOf, ValueList } from '../http/request-decorators.js';

export class ContactRequest {
  @ApiProperty({ example: 'Wang Li' }) @IsString() @IsNotEmpty() @MaxLength(SHORT) name!: string;

  @ApiPropertyOptional({ example: '+86 531 8888 0000', description: 'phone or email is required' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  phone?: string;

  @ApiPropertyOptional({ example: 'wang.li@qilu-foods.example', description: 'phone or email is required' })
  @IsOptional()
  @IsString()
  @MaxLength(SHORT)
  email?: string;
}

/** A row of the potential customer list (潜在客户名单). */
export class AddProspectRequest {
  @ApiProperty({ example: 'north' })
  @Matches(ID, { message: 'team must be 1–64 characters of letters, digits, _ . @ -' })
  team!: string;

  @ApiProperty({ example: 'Qilu Foods Co., Ltd.', description: 'Duplicates on the team’s list are found by the normalised name' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT)
  name!: string;

  @ApiProperty({ example: 'Food processing' }) @IsString() @IsNotEmpty() @MaxLength(SHORT) industry!: string;
  @ApiProperty({ example: 'Shandong' }) @IsString() @IsNotEmpty() @MaxLength(SHORT) region!: string;
  @ApiProperty({ enum: SIZE_CLASSES, example: 'medium' }) @OneOf(SIZE_CLASSES) size!: string;

  @ApiProperty({ type: () => ContactRequest })
  @NestedObject(() => ContactRequest)
  contact!: ContactRequest;

  @ApiProperty({ example: 'Trade fair' }) @IsString() @IsNotEmpty() @MaxLength(SHORT) source!: string;
  @ApiProperty({ example: 'Needs 40 freezers this year' }) @IsString() @IsNotEmpty() @MaxLength(TEXT) initialAssessment!: string;

  @ApiPropertyOptional({ example: '91370100MA3C000001', description: 'Unique on the team’s list when given' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  registrationNumber?: string;
}

export class AssignProspectRequest {
  @ApiProperty({ example: 'bob', description: 'A salesperson of the prospect’s team (the supervisor vouches for it)' })
  @Matches(ID, { message: 'salespersonId must be 1–64 characters of letters, digits, _ . @ -' })
  salespersonId!: string;

  @ApiProperty({ example: 'Bob Chen' }) @IsString() @IsNotEmpty() @MaxLength(SHORT) salespersonName!: string;
}

export class CreditHistoryRequest {
  @ApiPropertyOptional({ description: 'Past trade terms' }) @IsOptional() @IsString() @MaxLength(TEXT) pastTerms?: string;
  @ApiProperty({ description: 'Credit-limit overruns' }) @IsInt() @Min(0) @Max(1_000_000) limitOverruns!: number;
  @ApiProperty({ description: 'Bad debts' }) @IsInt() @Min(0) @Max(1_000_000) badDebts!: number;
  @ApiProperty({ description: 'Lawsuits' }) @IsInt() @Min(0) @Max(1_000_000) lawsuits!: number;
}

export class ScoredItemRequest {
  @ApiProperty({ example: 'Payment record' }) @IsString() @IsNotEmpty() @MaxLength(SHORT) item!: string;
  @ApiProperty({ enum: CREDIT_SCORES, description: 'A/B/C/D = 10/8/6/4 points' }) @OneOf(CREDIT_SCORES) score!: string;
}

/** The new-customer credit investigation form (新客户信用调查表); the grade is computed from the scored items. */
export class RecordCreditCheckRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(SHORT) legalName!: string;
  @ApiProperty({ example: '91370100MA3C000001' }) @IsString() @IsNotEmpty() @MaxLength(64) registrationNumber!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(SHORT) legalRepresentative!: string;
  @ApiProperty({ example: '2012-05-08' }) @CalendarDate() foundedOn!: string;
  @ApiProperty({ enum: OWNERSHIP_TYPES }) @OneOf(OWNERSHIP_TYPES) ownershipType!: string;

  @ApiProperty({ type: () => MoneyRequest })
  @NestedObject(() => MoneyRequest)
  registeredCapital!: MoneyRequest;

  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) businessScope!: string;
  @ApiProperty() @IsInt() @Min(0) @Max(100_000_000) employees!: number;

  @ApiProperty({ type: () => MoneyRequest })
  @NestedObject(() => MoneyRequest)
  annualRevenue!: MoneyRequest;

  @ApiProperty({ type: [String], example: ['ICBC Jinan Branch'] })
  @ValueList({ min: 1, max: 20 }, IsString({ each: true }), IsNotEmpty({ each: true }), MaxLength(SHORT, { each: true }))
  banks!: string[];

  @ApiProperty({ description: 'The bank’s opinion' }) @IsString() @IsNotEmpty() @MaxLength(TEXT) bankOpinion!: string;
  @ApiProperty({ enum: PAYMENT_BEHAVIOURS }) @OneOf(PAYMENT_BEHAVIOURS) paymentBehaviour!: string;

  @ApiProperty({ type: () => CreditHistoryRequest })
  @NestedObject(() => CreditHistoryRequest)
  history!: CreditHistoryRequest;

  @ApiProperty({ type: () => [ScoredItemRequest], description: 'The grade A–D is computed from these, never typed' })
  @NestedArray(() => ScoredItemRequest, { min: 1, max: 50 })
  scoredItems!: ScoredItemRequest[];

  @ApiProperty({ type: () => MoneyRequest, description: 'Suggested credit limit in minor units' })
  @NestedObject(() => MoneyRequest)
  suggestedCreditLimit!: MoneyRequest;

  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(SHORT) investigator!: string;
  @ApiProperty({ example: '2027-02-10' }) @CalendarDate() investigatedOn!: string;
}

export class ScreenProspectRequest {
  @ApiProperty({ enum: ['key_prospect', 'reinvestigate'], enumName: 'ScreeningOutcome' }) @OneOf(['key_prospect', 'reinvestigate']) outcome!: string;

  @ApiPropertyOptional({ type: [String], description: 'What is unclear (required for reinvestigate)' })
  @ValueList({ max: 50, optional: true }, IsString({ each: true }), MaxLength(TEXT, { each: true }))
  unclearPoints?: string[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(TEXT) comment?: string;
}

export class ReportCreditIssueRequest {
  @ApiProperty({ description: 'The credit problem, for the superior' }) @IsString() @IsNotEmpty() @MaxLength(TEXT) description!: string;
}

export class ResolveCreditIssueRequest {
  @ApiProperty({ enum: ['redefine', 'stop'], enumName: 'CreditIssueResolution' }) @OneOf(['redefine', 'stop']) resolution!: string;
  @ApiPropertyOptional({ description: 'How the prospect is redefined (required for redefine)' }) @IsOptional() @IsString() @MaxLength(TEXT) redefinition?: string;
  @ApiPropertyOptional({ description: 'Why investigation and negotiation stop' }) @IsOptional() @IsString() @MaxLength(TEXT) reason?: string;
}

export class MilestoneRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) description!: string;
  @ApiProperty({ example: '2027-03-05' }) @CalendarDate() dueOn!: string;
}

/** The development application with its development plan (step 5). */
export class SubmitDevelopmentApplicationRequest {
  @ApiProperty({ type: [String] })
  @ValueList({ min: 1, max: 50 }, IsString({ each: true }), IsNotEmpty({ each: true }), MaxLength(TEXT, { each: true }))
  objectives!: string[];

  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) approach!: string;

  @ApiProperty({ type: () => [MilestoneRequest] })
  @NestedArray(() => MilestoneRequest, { min: 1, max: 100 })
  milestones!: MilestoneRequest[];

  @ApiProperty({ type: () => MoneyRequest })
  @NestedObject(() => MoneyRequest)
  expectedDealValue!: MoneyRequest;

  @ApiProperty({ type: [String] })
  @ValueList({ max: 50 }, IsString({ each: true }), MaxLength(TEXT, { each: true }))
  resourcesNeeded!: string[];
}

export class ReviewApplicationRequest {
  @ApiProperty({ enum: ['approve', 'reject'], enumName: 'ReviewDecision' }) @OneOf(['approve', 'reject']) decision!: string;
  @ApiPropertyOptional({ description: 'Required when rejecting' }) @IsOptional() @IsString() @MaxLength(TEXT) reason?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(TEXT) comment?: string;
}

/** The customer development form (客户开发表). */
export class FileDevelopmentReportRequest {
  @ApiProperty({ example: '2027-03-05' }) @CalendarDate() visitDate!: string;
  @ApiProperty({ enum: CONTACT_METHODS, enumName: 'ContactMethod' }) @OneOf(CONTACT_METHODS) method!: string;
  @ApiProperty({ description: 'What was discussed' }) @IsString() @IsNotEmpty() @MaxLength(TEXT) discussed!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) result!: string;
  @ApiProperty({ enum: DEVELOPMENT_STAGES }) @OneOf(DEVELOPMENT_STAGES) stage!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) nextStep!: string;

  @ApiPropertyOptional({ type: () => MoneyRequest })
  @NestedObject(() => MoneyRequest, { optional: true })
  expectedDealValue?: MoneyRequest;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(TEXT) problems?: string;
}

export class CommentOnDevelopmentReportRequest {
  @ApiProperty({ description: 'The supervisor’s comment on the report' }) @IsString() @IsNotEmpty() @MaxLength(TEXT) comment!: string;
}

export class ConvertProspectRequest {
  @ApiProperty({ example: '2027-03-20', description: 'Counts as a new customer for the salesperson in the period holding this date' })
  @CalendarDate()
  convertedOn!: string;
}

export class AbandonProspectRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) reason!: string;
}
