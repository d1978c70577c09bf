import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ValidationError } from '#app/eventsourcing';
import { EXPORT_FORMATS, type AsOf, type ExportFormat } from '#app/audit';
import { PERIOD_PATTERN } from '#app/shared-kernel';
import { ID } from '../http/request-patterns.js';
import { Instant } from '../http/request-decorators.js';

/** An instant with its offset: 2027-02-14T17:30:00Z or 2027-02-15T01:30:00+08:00. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const TIMESTAMP_MESSAGE = 'an ISO 8601 timestamp with its offset, e.g. 2027-02-14T17:30:00Z';
const REVISION = /^\d{1,15}$/;
const STREAM = /^[A-Za-z0-9$][A-Za-z0-9_.:@$-]{0,199}$/;

export class StreamHistoryRequest {
  @ApiPropertyOptional({ description: 'First revision of the page (default 0)' }) @IsOptional() @Matches(REVISION, { message: 'fromRevision must be a non-negative integer' }) fromRevision?: string;
  @ApiPropertyOptional({ description: '1–1000, default 100' }) @IsOptional() @Matches(/^\d{1,4}$/, { message: 'limit must be an integer from 1 to 1000' }) limit?: string;
}

export class AsOfRequest {
  @ApiPropertyOptional({ example: '2027-02-14T17:30:00Z', description: 'The moment (with offset); give this or revision' })
  @IsOptional()
  @Matches(TIMESTAMP, { message: `at must be ${TIMESTAMP_MESSAGE}` })
  @Instant('at must be a real date and time')
  at?: string;

  @ApiPropertyOptional({ example: '3', description: 'The stream revision (0-based); give this or at' })
  @IsOptional()
  @Matches(REVISION, { message: 'revision must be a non-negative integer' })
  revision?: string;
}

export class TrackingSheetAsOfRequest {
  @ApiPropertyOptional({ example: '2027-02-14T17:30:00Z', description: 'The moment (with offset); the sheet is rendered as of its date' })
  @Matches(TIMESTAMP, { message: `at must be ${TIMESTAMP_MESSAGE}` })
  @Instant('at must be a real date and time')
  at!: string;
}

export class ExplainRequest {
  @ApiPropertyOptional({ description: 'Wait (bounded) until the audit index has applied this global position' }) @IsOptional() @Matches(/^\d{1,15}$/) minPosition?: string;
}

export class ExportDecisionsRequest {
  @ApiPropertyOptional({ example: '2027-01-01T00:00:00Z', description: 'From (inclusive): a timestamp, or a date (its start, UTC)' })
  @Instant('from must be an ISO 8601 date or timestamp')
  from!: string;

  @ApiPropertyOptional({ example: '2027-12-31', description: 'To (inclusive): a timestamp, or a date (its end, UTC)' })
  @Instant('to must be an ISO 8601 date or timestamp')
  to!: string;

  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' }) @IsOptional() @IsIn(EXPORT_FORMATS as unknown as string[]) format?: ExportFormat;
  @ApiPropertyOptional() @IsOptional() @Matches(ID, { message: 'team must be a team id' }) team?: string;
}

export class ExportRolloversRequest {
  @ApiPropertyOptional({ example: '2027-Q1' }) @Matches(PERIOD_PATTERN, { message: 'fromPeriod must look like 2027, 2027-Q1 or 2027-03' }) fromPeriod!: string;
  @ApiPropertyOptional({ example: '2027-Q4' }) @Matches(PERIOD_PATTERN, { message: 'toPeriod must look like 2027, 2027-Q1 or 2027-03' }) toPeriod!: string;
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' }) @IsOptional() @IsIn(EXPORT_FORMATS as unknown as string[]) format?: ExportFormat;
  @ApiPropertyOptional() @IsOptional() @Matches(ID, { message: 'team must be a team id' }) team?: string;
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
