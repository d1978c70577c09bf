import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ValidationError } from '#app/eventsourcing';
import { EXPORT_FORMATS, type AsOf, type ExportFormat } from '#app/audit';
import { PERIOD_PATTERN } from '#app/shared-kernel';
import { ID } from '../http/request-patterns.js';
import { MinPositionProperty } from '../openapi/route-docs.js';
import { Instant } from '../http/request-decorators.js';

/** An instant with its offset: 2027-02-14T17:30:00Z or 2027-02-15T01:30:00+08:00. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const TIMESTAMP_MESSAGE = 'an ISO 8601 timestamp with its offset, e.g. 2027-02-14T17:30:00Z';
const REVISION = /^\d{1,15}$/;
const STREAM = /^[A-Za-z0-9$][A-Za-z0-9_.:@$-]{0,199}$/;

export class StreamHistoryRequest {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, default: 0, description: 'First revision of the page' }) @IsOptional() @Matches(REVISION, { message: 'fromRevision must be a non-negative integer' }) fromRevision?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, default: 100, description: 'Events per page' }) @IsOptional() @Matches(/^\d{1,4}$/, { message: 'limit must be an integer from 1 to 1000' }) limit?: string;
}

export class AsOfRequest {
  @ApiPropertyOptional({ format: 'date-time', example: '2027-02-14T17:30:00Z', description: 'The moment (with offset); give this or revision' })
  @IsOptional()
  @Matches(TIMESTAMP, { message: `at must be ${TIMESTAMP_MESSAGE}` })
  @Instant('at must be a real date and time')
  at?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, example: 3, description: 'The stream revision (0-based); give this or at' })
  @IsOptional()
  @Matches(REVISION, { message: 'revision must be a non-negative integer' })
  revision?: string;
}

export class TrackingSheetAsOfRequest {
  @ApiProperty({ format: 'date-time', example: '2027-02-14T17:30:00Z', description: 'The moment (with offset); the sheet is rendered as of its date' })
  @Matches(TIMESTAMP, { message: `at must be ${TIMESTAMP_MESSAGE}` })
  @Instant('at must be a real date and time')
  at!: string;
}

export class ExplainRequest {
  @MinPositionProperty('Wait (bounded) until the audit index has applied this global position') @IsOptional() @Matches(/^\d{1,15}$/) minPosition?: string;
}

/** `?personalData=include` of an export: personal data in clear for a role that reads it, each subject shown logged in the access log; masked when left out. */
const PersonalDataParameter = () =>
  applyDecorators(
    ApiPropertyOptional({ enum: ['include'], description: 'include: personal data in clear (auditors only; each subject shown is recorded in the access log); left out: personal data reads [masked] ([erased] after an erasure)' }),
    IsOptional(),
    IsIn(['include'], { message: 'personalData must be include (or left out for masked personal data)' }),
  );

export class ExportDecisionsRequest {
  @ApiProperty({ example: '2027-01-01T00:00:00Z', description: 'From (inclusive): a timestamp, or a date (its start, UTC)' })
  @Instant('from must be an ISO 8601 date or timestamp')
  from!: string;

  @ApiProperty({ example: '2027-12-31', description: 'To (inclusive): a timestamp, or a date (its end, UTC)' })
  @Instant('to must be an ISO 8601 date or timestamp')
  to!: string;

  @ApiPropertyOptional({ enum: EXPORT_FORMATS, enumName: 'ExportFormat', default: 'csv', description: 'csv: text/csv with a UTF-8 byte order mark; jsonl: application/x-ndjson' }) @IsOptional() @IsIn(EXPORT_FORMATS as unknown as string[]) format?: ExportFormat;
  @ApiPropertyOptional() @IsOptional() @Matches(ID, { message: 'team must be a team id' }) team?: string;
  @PersonalDataParameter() personalData?: 'include';
}

export class ExportRolloversRequest {
  @ApiProperty({ example: '2027-Q1' }) @Matches(PERIOD_PATTERN, { message: 'fromPeriod must look like 2027, 2027-Q1 or 2027-03' }) fromPeriod!: string;
  @ApiProperty({ example: '2027-Q4' }) @Matches(PERIOD_PATTERN, { message: 'toPeriod must look like 2027, 2027-Q1 or 2027-03' }) toPeriod!: string;
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, enumName: 'ExportFormat', default: 'csv', description: 'csv: text/csv with a UTF-8 byte order mark; jsonl: application/x-ndjson' }) @IsOptional() @IsIn(EXPORT_FORMATS as unknown as string[]) format?: ExportFormat;
  @ApiPropertyOptional() @IsOptional() @Matches(ID, { message: 'team must be a team id' }) team?: string;
  @PersonalDataParameter() personalData?: 'include';
}

/** Exactly one of `at` and `revision`. */
export function asOfOf(q: AsOfRequest): AsOf {
  if ((q.at === undefined) === (q.revision === undefined)) {
    throw new ValidationError('REQUEST.AS_OF_REQUIRED', 'Give exactly one of at (a timestamp) and revision', [{ field: 'at', messages: ['give at or revision, not both'] }]);
  }
  return q.at !== undefined ? { at: q.at } : { revision: Number(q.revision) };
}

export function streamNameOf(value: string): string {
  if (!STREAM.test(value)) {
    throw new ValidationError('REQUEST.INVALID_STREAM_NAME', 'streamName must be a stream name such as plan-<id>', [{ field: 'streamName', messages: ['a stream name such as plan-<id>'] }]);
  }
  return value;
}

export function revisionOf(value: string): number {
  if (!REVISION.test(value)) {
    throw new ValidationError('REQUEST.INVALID_PATH', 'revision must be a non-negative integer', [{ field: 'revision', messages: ['a non-negative integer'] }]);
  }
  return Number(value);
}

/** A date means its start (from) or its end (to), in UTC; a timestamp is taken as given. */
export function instantOf(value: string, end: boolean): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Date(dateOnly ? `${value}T${end ? '23:59:59.999' : '00:00:00.000'}Z` : value).toISOString();
}
