import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SUBJECT_ID_PATTERN as SUBJECT_ID } from '#app/personal-data';
import { ID, SHORT, TEXT } from '../http/request-patterns.js';
import { Instant } from '../http/request-decorators.js';
const SUBJECT_MESSAGE = 'subjectId must be contact:<prospect id>, legal-representative:<prospect id> or employee:<user id>';

export class EraseDataSubjectRequest {
  @ApiProperty({ pattern: SUBJECT_ID.source, example: 'contact:8c0e2b6a-3f1d-4c55-9a43-2f5b1c7d9e10', description: 'The data subject: contact:<prospect id>, legal-representative:<prospect id> or employee:<user id>' })
  @IsString()
  @Matches(SUBJECT_ID, { message: SUBJECT_MESSAGE })
  subjectId!: string;

  @ApiProperty({ example: 'PIPL Art. 47: the person withdrew consent on 2027-03-02', description: 'Why the data may be erased; recorded in the erasure event' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  legalBasis!: string;
}

export class DataSubjectReportRequest {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, default: 1000, description: 'Most access-log entries in the report; page on with GET /api/personal-data/access-log' })
  @IsOptional()
  @Matches(/^([1-9]\d{0,2}|1000)$/, { message: 'accessLimit must be an integer from 1 to 1000' })
  accessLimit?: string;
}

export class AccessLogRequest {
  @ApiPropertyOptional({ pattern: SUBJECT_ID.source, example: 'contact:8c0e2b6a-3f1d-4c55-9a43-2f5b1c7d9e10', description: 'Only reads of this data subject' }) @IsOptional() @Matches(SUBJECT_ID, { message: SUBJECT_MESSAGE }) subjectId?: string;
  @ApiPropertyOptional({ description: 'Only reads by this user (id)' }) @IsOptional() @Matches(ID, { message: 'actorId must be a user id' }) actorId?: string;
  @ApiPropertyOptional({ format: 'date-time', example: '2027-01-01T00:00:00Z', description: 'Reads at or after this instant' }) @IsOptional() @Instant('from must be a real ISO 8601 timestamp') from?: string;
  @ApiPropertyOptional({ format: 'date-time', example: '2027-12-31T23:59:59Z', description: 'Reads at or before this instant' }) @IsOptional() @Instant('to must be a real ISO 8601 timestamp') to?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, default: 100, description: 'Entries per page' }) @IsOptional() @Matches(/^([1-9]\d{0,2}|1000)$/, { message: 'limit must be an integer from 1 to 1000' }) limit?: string;
  @ApiPropertyOptional({ description: 'The `next` of the previous page' }) @IsOptional() @IsString() @MaxLength(SHORT) after?: string;
}
