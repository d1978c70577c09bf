import { ApiProperty } from '@nestjs/swagger';
import { SUBJECT_KINDS, type SubjectKind } from '#app/shared-kernel';
import { PersonalDataProperty } from '../openapi/route-docs.js';

/*
 * The answers of the personal-data routes, field for field the ErasureOutcome, DataSubjectReport
 * and AccessLogPage of libs/personal-data (held to them by test/api/response-schemas.e2e-spec.ts).
 */

const SUBJECT_STATUSES = ['active', 'erased', 'unknown'] as const;

export class ErasureResponse {
  @ApiProperty({ example: 'contact:8c0e2b6a-3f1d-4c55-9a43-2f5b1c7d9e10' }) subjectId!: string;
  @ApiProperty({ format: 'date-time', description: 'When the erasure was recorded' }) erasedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Revision of the subject’s stream (personaldata-<subject>) after the erasure (also the ETag)' }) revision!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Global position of the erasure event' }) position!: number;
}

export class PersonalDataAccessResponse {
  @ApiProperty({ description: 'The entry’s id in the access log' }) id!: string;
  @ApiProperty({ format: 'date-time', description: 'When the personal data was shown in clear' }) at!: string;
  @ApiProperty({ description: 'The reader (user id)' }) actorId!: string;
  @ApiProperty({ type: [String], description: 'The reader’s roles then' }) actorRoles!: string[];
  @ApiProperty({ example: 'GET /api/prospects/:prospectId', description: 'The operation: an API route, or `cli <command>`' }) route!: string;
  @ApiProperty({ example: 'contact:8c0e2b6a-3f1d-4c55-9a43-2f5b1c7d9e10' }) subjectId!: string;
}

export class AccessLogPageResponse {
  @ApiProperty({ type: [PersonalDataAccessResponse], description: 'Oldest first' }) entries!: PersonalDataAccessResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `after` for the next page; null on the last' }) next!: string | null;
}

export class MentionedFieldResponse {
  @ApiProperty({ example: 'data.contact.email', description: 'Where in the event: `data.…` or `metadata.actorName`' }) path!: string;
  @PersonalDataProperty({ description: 'The value as the reader may see it' }) value!: string;
}

export class SubjectMentionResponse {
  @ApiProperty({ example: 'prospect-8c0e2b6a-3f1d-4c55-9a43-2f5b1c7d9e10' }) streamName!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) revision!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) position!: number;
  @ApiProperty() eventId!: string;
  @ApiProperty({ example: 'ProspectAdded' }) eventType!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: [MentionedFieldResponse] }) fields!: MentionedFieldResponse[];
}

export class StreamMentionsResponse {
  @ApiProperty() streamName!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'How many of the stream’s events mention the subject' }) events!: number;
}

export class ErasureRecordResponse {
  @ApiProperty({ format: 'date-time' }) erasedAt!: string;
  @ApiProperty({ description: 'The privacy officer (user id)' }) erasedBy!: string;
  @ApiProperty() legalBasis!: string;
  @ApiProperty({ description: 'The DataSubjectErased event' }) eventId!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) position!: number;
}

export class DataSubjectReportResponse {
  @ApiProperty({ example: 'contact:8c0e2b6a-3f1d-4c55-9a43-2f5b1c7d9e10' }) subjectId!: string;
  @ApiProperty({ enum: SUBJECT_KINDS, enumName: 'SubjectKind' }) kind!: SubjectKind;
  @ApiProperty({ enum: SUBJECT_STATUSES, enumName: 'DataSubjectStatus', description: 'active: the key exists; erased: destroyed; unknown: no personal data of this subject was ever recorded' })
  status!: (typeof SUBJECT_STATUSES)[number];
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the subject’s key was created (their first personal data); null when unknown' }) keyCreatedAt!: string | null;
  @ApiProperty({ type: ErasureRecordResponse, nullable: true }) erasure!: ErasureRecordResponse | null;
  @ApiProperty({ type: [StreamMentionsResponse], description: 'Each stream that mentions the subject' }) streams!: StreamMentionsResponse[];
  @ApiProperty({ type: [SubjectMentionResponse], description: 'Every event that mentions the subject, oldest first' }) mentions!: SubjectMentionResponse[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The log was read up to this position' }) scannedTo!: number;
  @ApiProperty({ type: [PersonalDataAccessResponse], description: 'Who read the subject’s data in clear, oldest first (at most accessLimit)' }) accesses!: PersonalDataAccessResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `after` (with subjectId) to GET /api/personal-data/access-log for the rest; null when all are here' }) accessesNext!: string | null;
}
