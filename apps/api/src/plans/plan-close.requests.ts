import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { FOLLOW_UP_ITEM_KINDS } from '#app/sales-planning';
import { METRICS } from '#app/shared-kernel';
import { TEXT, ID } from '../http/request-patterns.js';
import { CalendarDate, MinorUnits, NestedArray, ValueList } from '../http/request-decorators.js';

const RATINGS = ['excellent', 'good', 'satisfactory', 'poor'];
const metricMessage = { message: `metric must be one of ${METRICS.join(', ')}` };

export class ReviewActionRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) action!: string;
  @ApiProperty({ description: 'Who does it (user id)' }) @IsString() @IsNotEmpty() @MaxLength(200) owner!: string;
  @ApiProperty({ example: '2027-03-01' }) @CalendarDate() deadline!: string;
}

export class SalespersonReviewRequest {
  @ApiProperty() @Matches(ID, { message: 'salespersonId must be 1–64 characters of letters, digits, _ . @ -' }) salespersonId!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) findings!: string;
  @ApiProperty({ enum: ['on_track', 'needs_attention', 'off_track'], enumName: 'ReviewRating' }) @IsIn(['on_track', 'needs_attention', 'off_track']) rating!: 'on_track' | 'needs_attention' | 'off_track';

  @ApiProperty({ type: () => [ReviewActionRequest] })
  @NestedArray(() => ReviewActionRequest, { max: 50 })
  actions!: ReviewActionRequest[];

  @ApiPropertyOptional({ description: 'Supervisor or manager comment' }) @IsOptional() @IsString() @MaxLength(TEXT) comment?: string;
}

export class RecordProgressReviewRequest {
  @ApiProperty({ example: '2027-02-20' }) @CalendarDate() reviewDate!: string;

  @ApiProperty({ type: () => [SalespersonReviewRequest] })
  @NestedArray(() => SalespersonReviewRequest, { min: 1, max: 500 })
  reviews!: SalespersonReviewRequest[];
}

export class ProposedTargetRequest {
  @ApiProperty({ enum: METRICS }) @IsIn(METRICS as unknown as string[], metricMessage) metric!: string;
  @ApiProperty() @MinorUnits() proposedTarget!: number;
}

export class SubmitDifficultyReportRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) difficulty!: string;
  @ApiProperty({ enum: ['internal', 'external'], enumName: 'DifficultyCause' }) @IsIn(['internal', 'external']) cause!: 'internal' | 'external';
  @ApiProperty() @IsString() @MaxLength(TEXT) evidence!: string;
  @ApiProperty() @IsString() @MaxLength(TEXT) supportRequested!: string;

  @ApiProperty({ type: () => [ProposedTargetRequest], description: 'The revision form: proposed target per metric' })
  @NestedArray(() => ProposedTargetRequest, { max: 20 })
  proposals!: ProposedTargetRequest[];

  @ApiProperty({ example: '2027-02-15', description: 'Date inside the plan period from which the revision should apply' })
  @CalendarDate()
  effectiveFrom!: string;
}

export class TargetChangeRequest {
  @ApiProperty() @Matches(ID, { message: 'salespersonId must be 1–64 characters of letters, digits, _ . @ -' }) salespersonId!: string;
  @ApiProperty({ enum: METRICS }) @IsIn(METRICS as unknown as string[], metricMessage) metric!: string;
  @ApiProperty({ description: 'The new effective target (integer minor units or count)' }) @MinorUnits() to!: number;
}

export class ProposeTargetAdjustmentRequest {
  @ApiProperty({ type: () => [TargetChangeRequest] })
  @NestedArray(() => TargetChangeRequest, { min: 1, max: 500 })
  changes!: TargetChangeRequest[];

  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) reason!: string;

  @ApiPropertyOptional({ type: [Number], description: 'Numbers of the difficulty reports this answers' })
  @ValueList({ max: 50, optional: true }, IsInt({ each: true }), Min(1, { each: true }))
  difficultyReports?: number[];
}

export class SummaryRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(20000) summary!: string;
}

export class TeamSummaryRequest extends SummaryRequest {
  @ApiProperty({ description: 'Analysis of the team’s execution' }) @IsString() @MaxLength(20000) analysis!: string;
}

export class SalespersonRatingRequest {
  @ApiProperty() @Matches(ID, { message: 'salespersonId must be 1–64 characters of letters, digits, _ . @ -' }) salespersonId!: string;
  @ApiProperty({ enum: RATINGS, enumName: 'AppraisalRating' }) @IsIn(RATINGS) rating!: 'excellent' | 'good' | 'satisfactory' | 'poor';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(TEXT) comment?: string;
}

export class AppraisePlanRequest {
  @ApiProperty({ enum: RATINGS, enumName: 'AppraisalRating' }) @IsIn(RATINGS) rating!: 'excellent' | 'good' | 'satisfactory' | 'poor';
  @ApiProperty() @IsString() @MaxLength(20000) comments!: string;

  @ApiPropertyOptional({ type: () => [SalespersonRatingRequest] })
  @NestedArray(() => SalespersonRatingRequest, { max: 500, optional: true })
  salespersonRatings?: SalespersonRatingRequest[];
}

export class AppraisalCorrectionRequest {
  @ApiProperty() @Matches(ID, { message: 'salespersonId must be 1–64 characters of letters, digits, _ . @ -' }) salespersonId!: string;
  @ApiProperty({ enum: METRICS }) @IsIn(METRICS as unknown as string[], metricMessage) metric!: string;
  @ApiProperty({ enum: ['effectiveTarget', 'actual'], enumName: 'AppraisalCorrectionField' }) @IsIn(['effectiveTarget', 'actual']) field!: 'effectiveTarget' | 'actual';
  @ApiProperty() @MinorUnits() to!: number;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) reason!: string;
}

export class ReviseAppraisalRequest {
  @ApiProperty({ type: () => [AppraisalCorrectionRequest] })
  @NestedArray(() => AppraisalCorrectionRequest, { min: 1, max: 500 })
  corrections!: AppraisalCorrectionRequest[];
}

/** The supervisor's comment on an item of the follow-up sheet (目标跟进表). */
export class CommentOnFollowUpItemRequest {
  @ApiProperty({ example: 'ann', description: 'The salesperson whose item it is' }) @Matches(ID, { message: 'salespersonId must be 1–64 characters of letters, digits, _ . @ -' }) salespersonId!: string;
  @ApiProperty({ enum: FOLLOW_UP_ITEM_KINDS, enumName: 'FollowUpItemKind', description: 'A review finding (reviewNumber) or a difficulty report (reportNumber)' }) @IsIn(FOLLOW_UP_ITEM_KINDS as unknown as string[]) item!: 'review' | 'difficulty_report';
  @ApiProperty({ example: 1, description: 'The review number or the difficulty report number' }) @IsInt() @Min(1) @Max(1_000_000_000) number!: number;
  @ApiProperty({ description: 'The supervisor’s comment' }) @IsString() @IsNotEmpty() @MaxLength(TEXT) comment!: string;
}
