import { ApiProperty } from '@nestjs/swagger';
import { SUBJECT_KINDS } from '#app/shared-kernel';

export class ErasureResponse {
  @ApiProperty() subjectId!: string;
  @ApiProperty({ description: 'When the erasure was recorded' }) erasedAt!: string;
  @ApiProperty({ description: 'Revision of the subject’s stream' }) revision!: number;
  @ApiProperty({ description: 'Global position of the erasure event' }) position!: number;
}

export class PersonalDataAccessResponse {
  @ApiProperty() id!: string;
  @ApiProperty() at!: string;
  @ApiProperty() actorId!: string;
  @ApiProperty({ type: [String] }) actorRoles!: string[];
  @ApiProperty({ example: 'GET /api/prospects/:prospectId' }) route!: string;
  @ApiProperty() subjectId!: string;
}

export class AccessLogPageResponse {
  @ApiProperty({ type: [PersonalDataAccessResponse] }) entries!: PersonalDataAccessResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `after` for the next page' }) next!: string | null;
}

class MentionedField {
  @ApiProperty({ example: 'data.contact.email' }) path!: string;
  @ApiProperty({ description: 'As the reader may see it: in clear (logged), [masked], [erased] or [unreadable]' }) value!: string;
}

class SubjectMentionResponse {
  @ApiProperty() streamName!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() position!: number;
  @ApiProperty() eventId!: string;
  @ApiProperty() eventType!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty({ type: [MentionedField] }) fields!: MentionedField[];
}

class StreamMentionsResponse {
  @ApiProperty() streamName!: string;
  @ApiProperty() events!: number;
}

class ErasureRecord {
  @ApiProperty() erasedAt!: string;
  @ApiProperty() erasedBy!: string;
  @ApiProperty() legalBasis!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty() position!: number;
}

export class DataSubjectReportResponse {
  @ApiProperty() subjectId!: string;
  @ApiProperty({ enum: SUBJECT_KINDS }) kind!: string;
  @ApiProperty({ enum: ['active', 'erased', 'unknown'] }) status!: string;
  @ApiProperty({ type: String, nullable: true }) keyCreatedAt!: string | null;
  @ApiProperty({ type: ErasureRecord, nullable: true }) erasure!: ErasureRecord | null;
  @ApiProperty({ type: [StreamMentionsResponse] }) streams!: StreamMentionsResponse[];
  @ApiProperty({ type: [SubjectMentionResponse] }) mentions!: SubjectMentionResponse[];
  @ApiProperty() scannedTo!: number;
  @ApiProperty({ type: [PersonalDataAccessResponse] }) accesses!: PersonalDataAccessResponse[];
  @ApiProperty({ type: String, nullable: true }) accessesNext!: string | null;
}
