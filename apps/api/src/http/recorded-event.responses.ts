import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '#app/eventsourcing';
import { PersonalDataProperty } from '../openapi/route-docs.js';

/*
 * An event as the history and audit routes return it: what the event store holds (`RecordedEvent`
 * with the metadata every command writes, EventMetadata, and the hash-chain link the integrity
 * decorator adds). `data` is the event type's own payload, documented by the type's name.
 */

export const ACTOR_ROLES = [...ROLES, 'system'] as const;

export class IntegrityStampResponse {
  @ApiProperty({ enum: [1], description: 'Version of the hashing scheme' }) v!: 1;
  @ApiProperty({ type: String, nullable: true, description: 'The hash of the event at revision − 1; null at revision 0' }) previousHash!: string | null;
  @ApiProperty({ description: 'SHA-256 (hex) over the canonical JSON of the event as stored and previousHash' }) hash!: string;
}

export class EventMetadataResponse {
  @ApiProperty() actorId!: string;
  @PersonalDataProperty() actorName!: string;
  @ApiProperty({ enum: ACTOR_ROLES, enumName: 'ActorRole', description: 'The role the command was performed in; `system` for the event-driven processes and scheduled seals' }) actorRole!: (typeof ACTOR_ROLES)[number];
  @ApiProperty({ description: 'The command id (derived from Idempotency-Key when one was sent)' }) commandId!: string;
  @ApiProperty({ example: 'ApprovePlan' }) commandType!: string;
  @ApiProperty() correlationId!: string;
  @ApiProperty({ description: 'The command or event that caused this one' }) causationId!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiPropertyOptional({ description: 'The reason of a rejection, waiver or adjustment' }) reason?: string;
  @ApiPropertyOptional({ description: 'The comment of an approval or review' }) comment?: string;
  @ApiPropertyOptional({ description: 'SHA-256 of the request, kept with an Idempotency-Key to tell a retry from a reuse' }) requestHash?: string;
  @ApiPropertyOptional({ type: 'integer' }) schemaVersion?: number;
  @ApiPropertyOptional({ type: IntegrityStampResponse, description: 'The hash-chain link; absent on events written past the integrity decorator' }) integrity?: IntegrityStampResponse;
}

/** Someone who acted on a stream: the actor id, and the name and role the metadata of their latest event on it gave; a salesperson reading sees no other salesperson. */
export class PersonResponse {
  @ApiProperty({ description: 'The user id (actorId)' }) id!: string;
  @PersonalDataProperty({ description: 'The name (actorName) of their latest event on the stream' }) name!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role', description: 'The role (actorRole) they acted in on their latest event on the stream' }) role!: Role;
}

export class RecordedEventResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'PlanApproved', description: 'The event type; a later version carries a suffix (`TeamSummarySubmitted.v2`)' }) type!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The payload of the event type' }) data!: unknown;
  @ApiProperty({ type: EventMetadataResponse }) metadata!: EventMetadataResponse;
  @ApiProperty({ example: 'plan-985dc76b-5f58-872c-8052-997a333fbdb5' }) streamName!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: '0-based position within the stream' }) revision!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Position in the global log' }) position!: number;
  @ApiProperty({ format: 'date-time', description: 'When the store committed the event' }) createdAt!: string;
}

/** An event of a stream's history as the reader may see it. */
export class HistoryEventResponse extends RecordedEventResponse {
  @ApiPropertyOptional({ type: Boolean, enum: [true], description: 'Sent, as true, when the reader’s read scope took parts of the event out (a salesperson reading a team event about other salespeople too)' }) redacted?: true;
}

export class HistoryPageResponse {
  @ApiProperty({ type: [HistoryEventResponse] }) events!: HistoryEventResponse[];
  @ApiProperty({ type: 'integer', nullable: true, description: 'The revision the next page starts at; null on the last page' }) nextRevision!: number | null;
}
