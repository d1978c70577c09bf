import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PLAN_DECISION_TYPES, PLAN_STATUSES } from '#app/sales-planning';
import { DECISION_KINDS, METRICS, PERIOD_PATTERN } from '#app/shared-kernel';
import { ID } from '../http/request-patterns.js';
import { MinPositionProperty } from '../openapi/route-docs.js';
import { CalendarDate, Instant } from '../http/request-decorators.js';

class Paged {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, description: 'Items per page (default: 50 plans, 100 decisions)' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @IsString() @MaxLength(2000) cursor?: string;
  @MinPositionProperty() @IsOptional() @Matches(/^\d{1,15}$/) minPosition?: string;
}

export class ListPlansRequest extends Paged {
  @ApiPropertyOptional() @IsOptional() @Matches(ID, { message: 'team must be a team id' }) team?: string;
  @ApiPropertyOptional({ example: '2027-Q1' }) @IsOptional() @Matches(PERIOD_PATTERN, { message: 'period must look like 2027, 2027-Q1 or 2027-03' }) period?: string;
  @ApiPropertyOptional({ enum: PLAN_STATUSES, enumName: 'PlanStatus' }) @IsOptional() @IsIn(PLAN_STATUSES) status?: string;
}

export class MinPositionRequest {
  @MinPositionProperty() @IsOptional() @Matches(/^\d{1,15}$/) minPosition?: string;
}

export class TrackingSheetRequest extends MinPositionRequest {
  @ApiPropertyOptional({ format: 'date', example: '2027-02-15', description: 'As-of date for actuals and expected-to-date; defaults to today (UTC)' })
  @IsOptional()
  @CalendarDate()
  asOf?: string;
}

export class RolloverLedgerRequest extends MinPositionRequest {
  @ApiPropertyOptional() @IsOptional() @Matches(ID, { message: 'team must be a team id' }) team?: string;
  @ApiPropertyOptional({ example: '2027-Q1' }) @IsOptional() @Matches(PERIOD_PATTERN, { message: 'fromPeriod must look like 2027, 2027-Q1 or 2027-03' }) fromPeriod?: string;
  @ApiPropertyOptional({ example: '2027-Q4' }) @IsOptional() @Matches(PERIOD_PATTERN, { message: 'toPeriod must look like 2027, 2027-Q1 or 2027-03' }) toPeriod?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(ID, { message: 'salespersonId must be a user id' }) salespersonId?: string;
  @ApiPropertyOptional({ enum: METRICS, enumName: 'Metric' }) @IsOptional() @IsIn(METRICS as unknown as string[]) metric?: string;
}

export class ListDecisionsRequest extends Paged {
  @ApiPropertyOptional() @IsOptional() @Matches(ID, { message: 'actorId must be a user id' }) actorId?: string;
  @ApiPropertyOptional({ enum: PLAN_DECISION_TYPES, enumName: 'PlanDecisionType', description: 'Event type of the decision' }) @IsOptional() @IsIn(PLAN_DECISION_TYPES as unknown as string[]) type?: string;
  @ApiPropertyOptional({ enum: DECISION_KINDS, enumName: 'DecisionKind' }) @IsOptional() @IsIn(DECISION_KINDS) decision?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(ID, { message: 'team must be a team id' }) team?: string;
  @ApiPropertyOptional({ example: '2027-01-01T00:00:00Z', description: 'occurredAt from (inclusive): a timestamp or a date' }) @IsOptional() @Instant() from?: string;
  @ApiPropertyOptional({ example: '2027-12-31T23:59:59Z', description: 'occurredAt to (inclusive): a timestamp or a date' }) @IsOptional() @Instant() to?: string;
}
