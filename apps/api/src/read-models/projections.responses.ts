import { ApiProperty } from '@nestjs/swagger';

/*
 * What the projection operations answer, mirroring ProjectionStatus, ProcessStatus and ParkedEvent
 * of libs/read-store (held to them by test/api/response-schemas.e2e-spec.ts).
 */

export class RebuildStateResponse {
  @ApiProperty({ description: 'The fresh collection being built' }) collection!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) checkpoint!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Events still to apply' }) lag!: number;
  @ApiProperty({ description: 'The count stopped at its limit (10,000): at least `lag` events to apply' }) lagAtLeast!: boolean;
}

export class ProjectionStatusResponse {
  @ApiProperty({ allOf: [{ $ref: '#/components/schemas/ProjectionName' }] }) name!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version the running code defines' }) version!: number;
  @ApiProperty({ type: String, nullable: true, description: 'The physical collection queries read; null before the projection first ran' }) activeCollection!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) activeVersion!: number | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) checkpoint!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) headPosition!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Events in the log after the checkpoint, counted up to 10,000' }) lag!: number;
  @ApiProperty({ description: 'The count stopped at its limit: at least `lag` events behind (only on EventStoreDB, whose positions are byte offsets)' }) lagAtLeast!: boolean;
  @ApiProperty({ type: 'integer', minimum: 0 }) parked!: number;
  @ApiProperty() rebuilding!: boolean;
  @ApiProperty({ type: RebuildStateResponse, nullable: true }) rebuild!: RebuildStateResponse | null;
}

export class ProcessStatusResponse {
  @ApiProperty({ example: 'carry-over' }) name!: string;
  @ApiProperty({ enum: ['process'] }) kind!: 'process';
  @ApiProperty({ type: 'integer', minimum: 0 }) checkpoint!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) headPosition!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Events in the log after the checkpoint, counted up to 10,000' }) lag!: number;
  @ApiProperty({ description: 'The count stopped at its limit: at least `lag` events behind' }) lagAtLeast!: boolean;
  @ApiProperty({ type: 'integer', minimum: 0 }) parked!: number;
}

export class ParkedEventResponse {
  @ApiProperty({ description: 'collection:position' }) id!: string;
  @ApiProperty({ description: 'The projection or process' }) projection!: string;
  @ApiProperty({ description: 'The physical collection it was skipped in' }) collection!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) position!: number;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() eventType!: string;
  @ApiProperty() streamName!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) revision!: number;
  @ApiProperty({ description: 'What the handler threw' }) error!: string;
  @ApiProperty({ format: 'date-time' }) parkedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Failed retries so far' }) attempts!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastAttemptAt!: string | null;
}

export class ParkedEventPageResponse {
  @ApiProperty({ type: [ParkedEventResponse], description: 'In log order' }) items!: ParkedEventResponse[];
}

export class RetriedParkedEventResponse {
  @ApiProperty() projection!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) position!: number;
  @ApiProperty({ enum: [true] }) retried!: true;
}

export class RebuildStartedResponse {
  @ApiProperty({ allOf: [{ $ref: '#/components/schemas/ProjectionName' }] }) projection!: string;
  @ApiProperty({ description: 'false when the rebuild already finished before the answer' }) rebuilding!: boolean;
  @ApiProperty({ enum: ['/api/projections'], description: 'Where its progress shows (`rebuild`)' }) progress!: string;
}
