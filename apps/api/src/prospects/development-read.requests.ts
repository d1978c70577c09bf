import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CREDIT_SCORES, PROSPECT_STATUSES } from '#app/customer-development';
import { SHORT, ID } from '../http/request-patterns.js';
import { MinPositionProperty } from '../openapi/route-docs.js';
import { CalendarDate } from '../http/request-decorators.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CONVERSION_STATUSES = ['pending', 'attributed', 'unattributed'];

class ReadYourWrites {
  @MinPositionProperty()
  @IsOptional()
  @Matches(/^\d{1,15}$/, { message: 'minPosition must be a non-negative integer' })
  minPosition?: string;
}

class Paged extends ReadYourWrites {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page of the same query' }) @IsOptional() @IsString() @MaxLength(4000) cursor?: string;
}

class TeamScoped extends Paged {
  @ApiPropertyOptional({ example: 'north' }) @IsOptional() @Matches(ID, { message: 'team must be a team id' }) team?: string;
  @ApiPropertyOptional({ example: 'ann', description: 'The assigned salesperson; salespeople may only name themselves' })
  @IsOptional()
  @Matches(ID, { message: 'salesperson must be a user id' })
  salesperson?: string;
}

export class ListProspectsRequest extends TeamScoped {
  @ApiPropertyOptional({ enum: PROSPECT_STATUSES, enumName: 'ProspectStatus' }) @IsOptional() @IsIn(PROSPECT_STATUSES as unknown as string[]) status?: string;
  @ApiPropertyOptional({ enum: CREDIT_SCORES, enumName: 'CreditGrade', description: 'Grade of the latest credit check' }) @IsOptional() @IsIn(CREDIT_SCORES as unknown as string[]) grade?: string;
  @ApiPropertyOptional({ example: 'Food processing', description: 'Exact, case-insensitive' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(SHORT) industry?: string;
  @ApiPropertyOptional({ example: 'Shandong', description: 'Exact, case-insensitive' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(SHORT) region?: string;
  @ApiPropertyOptional({ example: 'qilu', description: 'Part of the name, compared on the normalised name (case, width, punctuation and legal form ignored)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(SHORT)
  q?: string;
}

export class ListCreditChecksRequest extends TeamScoped {
  @ApiPropertyOptional({ format: 'uuid', description: 'One prospect’s checks' }) @IsOptional() @Matches(UUID, { message: 'prospect must be a prospect id' }) prospect?: string;
  @ApiPropertyOptional({ enum: CREDIT_SCORES , enumName: 'CreditGrade'}) @IsOptional() @IsIn(CREDIT_SCORES as unknown as string[]) grade?: string;
  @ApiPropertyOptional({ format: 'date', example: '2027-01-01', description: 'investigatedOn from (inclusive)' }) @IsOptional() @CalendarDate() from?: string;
  @ApiPropertyOptional({ format: 'date', example: '2027-03-31', description: 'investigatedOn to (inclusive)' }) @IsOptional() @CalendarDate() to?: string;
}

export class DevelopmentPipelineRequest extends ReadYourWrites {
  @ApiPropertyOptional({ example: 'north', description: 'Defaults to every team you may read' }) @IsOptional() @Matches(ID, { message: 'team must be a team id' }) team?: string;
  @ApiPropertyOptional({ example: 'ann', description: 'Count one salesperson’s prospects only; salespeople always see only their own' })
  @IsOptional()
  @Matches(ID, { message: 'salesperson must be a user id' })
  salesperson?: string;
}

export class OverdueReportsRequest extends TeamScoped {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 365, description: 'Days without a report; defaults to DEVELOPMENT_REPORT_DUE_DAYS (14)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number;

  @ApiPropertyOptional({ format: 'date', example: '2027-03-31', description: 'Defaults to today (UTC)' }) @IsOptional() @CalendarDate() asOf?: string;
}

export class ListConversionsRequest extends TeamScoped {
  @ApiPropertyOptional({ enum: CONVERSION_STATUSES , enumName: 'ConversionStatus'}) @IsOptional() @IsIn(CONVERSION_STATUSES) status?: string;
  @ApiPropertyOptional({ format: 'date', example: '2027-01-01', description: 'convertedOn from (inclusive)' }) @IsOptional() @CalendarDate() from?: string;
  @ApiPropertyOptional({ format: 'date', example: '2027-12-31', description: 'convertedOn to (inclusive)' }) @IsOptional() @CalendarDate() to?: string;
}
