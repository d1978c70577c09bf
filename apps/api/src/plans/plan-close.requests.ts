import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { METRICS } from '#app/shared-kernel';
import { TEXT, ID, DATE } from '../http/request-patterns.js';

const RATINGS = ['excellent', 'good', 'satisfactory', 'poor'];
const metricMessage = { message: `metric must be one of ${METRICS.join(', ')}` };

export class ReviewActionRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) action!: string;
  @ApiProperty({ description: 'Who does it (user id)' }) @IsString() @IsNotEmpty() @MaxLength(200) owner!: string;
  @ApiProperty({ example: '2027-03-01' }) @Matches(DATE, { message: 'deadline must be YYYY-MM-DD' }) deadline!: string;
}

export class SalespersonReviewRequest {
  @ApiProperty() @Matches(ID, { message: 'salespersonId must be 1–64 characters of letters, digits, _ . @ -' }) salespersonId!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) findings!: string;
  @ApiProperty({ enum: ['on_track', 'needs_attention', 'off_track'], enumName: 'ReviewRating' }) @IsIn(['on_track', 'needs_attention', 'off_track']) rating!: 'on_track' | 'needs_attention' | 'off_track';

  @ApiProperty({ type: () => [ReviewActionRequest] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ReviewActionRequest)
  actions!: ReviewActionRequest[];

  @ApiPropertyOptional({ description: 'Supervisor or manager comment' }) @IsOptional() @IsString() @MaxLength(TEXT) comment?: string;
}

export class RecordProgressReviewRequest {
  @ApiProperty({ example: '2027-02-20' }) @Matches(DATE, { message: 'reviewDate must be YYYY-MM-DD' }) reviewDate!: string;

  @ApiProperty({ type: () => [SalespersonReviewRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SalespersonReviewRequest)
  reviews!: SalespersonReviewRequest[];
}

export class ProposedTargetRequest {
  @ApiProperty({ enum: METRICS }) @IsIn(METRICS as unknown as string[], metricMessage) metric!: string;
  @ApiProperty() @IsInt() @Min(0) @Max(Number.MAX_SAFE_INTEGER) proposedTarget!: number;
}

export class SubmitDifficultyReportRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) difficulty!: string;
  @ApiProperty({ enum: ['internal', 'external'], enumName: 'DifficultyCause' }) @IsIn(['internal', 'external']) cause!: 'internal' | 'external';
  @ApiProperty() @IsString() @MaxLength(TEXT) evidence!: string;
  @ApiProperty() @IsString() @MaxLength(TEXT) supportRequested!: string;

  @ApiProperty({ type: () => [ProposedTargetRequest], description: 'The revision form: proposed target per metric' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ProposedTargetRequest)
  proposals!: ProposedTargetRequest[];

  @ApiProperty({ example: '2027-02-15', description: 'Date inside the plan period from which the revision should apply' })
  @Matches(DATE, { message: 'effectiveFrom must be YYYY-MM-DD' })
  effectiveFrom!: string;
}

export class TargetChangeRequest {
  @ApiProperty() @Matches(ID, { message: 'salespersonId must be 1–64 characters of letters, digits, _ . @ -' }) salespersonId!: string;
  @ApiProperty({ enum: METRICS }) @IsIn(METRICS as unknown as string[], metricMessage) metric!: string;
  @ApiProperty({ description: 'The new effective target (integer minor units or count)' }) @IsInt() @Min(0) @Max(Number.MAX_SAFE_INTEGER) to!: number;
}

export class ProposeTargetAdjustmentRequest {
  @ApiProperty({ type: () => [TargetChangeRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => TargetChangeRequest)
  changes!: TargetChangeRequest[];

  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) reason!: string;

  @ApiPropertyOptional({ type: [Number], description: 'Numbers of the difficulty reports this answers' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  @Min(1, { each: true })
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
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SalespersonRatingRequest)
  salespersonRatings?: SalespersonRatingRequest[];
}

export class AppraisalCorrectionRequest {
  @ApiProperty() @Matches(ID, { message: 'salespersonId must be 1–64 characters of letters, digits, _ . @ -' }) salespersonId!: string;
  @ApiProperty({ enum: METRICS }) @IsIn(METRICS as unknown as string[], metricMessage) metric!: string;
  @ApiProperty({ enum: ['effectiveTarget', 'actual'], enumName: 'AppraisalCorrectionField' }) @IsIn(['effectiveTarget', 'actual']) field!: 'effectiveTarget' | 'actual';
  @ApiProperty() @IsInt() @Min(0) @Max(Number.MAX_SAFE_INTEGER) to!: number;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) reason!: string;
}

export class ReviseAppraisalRequest {
  @ApiProperty({ type: () => [AppraisalCorrectionRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AppraisalCorrectionRequest)
  corrections!: AppraisalCorrectionRequest[];
}
