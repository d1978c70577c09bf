import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/* What the health routes answer: a detail view, and @nestjs/terminus check results for probes. */

export class HeadPositionResponse {
  @ApiProperty({ type: 'integer', minimum: 0 }) headPosition!: number;
}

export class ProjectionHealthResponse {
  @ApiProperty({ allOf: [{ $ref: '#/components/schemas/ProjectionName' }] }) name!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) checkpoint!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Events in the log after the checkpoint, counted up to 10,000' }) lag!: number;
  @ApiProperty({ description: 'The count stopped at its limit: at least `lag` events behind' }) lagAtLeast!: boolean;
  @ApiProperty({ type: 'integer', minimum: 0 }) parked!: number;
  @ApiProperty() rebuilding!: boolean;
}

export class HealthDetailResponse {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ type: HeadPositionResponse }) eventStore!: HeadPositionResponse;
  @ApiProperty({ type: [ProjectionHealthResponse] }) projections!: ProjectionHealthResponse[];
}

export class UpIndicatorResponse {
  @ApiProperty({ enum: ['up'] }) status!: 'up';
}

export class ProcessIndicatorResponse extends UpIndicatorResponse {
  @ApiProperty({ type: 'integer', minimum: 1 }) pid!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) uptimeSeconds!: number;
}

export class TimedIndicatorResponse extends UpIndicatorResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Milliseconds the check took' }) responseTime!: number;
}

export class EventStoreIndicatorResponse extends TimedIndicatorResponse {
  @ApiProperty({ type: 'integer', minimum: 0 }) headPosition!: number;
}

export class LaggingProjectionResponse {
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Events behind the log head, counted up to at least HEALTH_MAX_PROJECTION_LAG + 1' }) lag!: number;
}

export class ProjectionsIndicatorResponse extends UpIndicatorResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'HEALTH_MAX_PROJECTION_LAG' }) maxLag!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Events the projection or process furthest behind has still to apply, counted up to at least HEALTH_MAX_PROJECTION_LAG + 1' }) worstLag!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Parked events of all projections and processes' }) parked!: number;
  @ApiProperty({ type: 'number', minimum: 0, maximum: 1, description: 'The share of the log (by position) the projection or process furthest behind has applied (catch-up progress, e.g. after a first start on a long log)' }) progress!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) headPosition!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The checkpoint of the one furthest behind' }) slowestCheckpoint!: number;
  @ApiPropertyOptional({ type: [LaggingProjectionResponse], description: 'Only when a projection or process is over the limit (then the check is down)' }) behind?: LaggingProjectionResponse[];
}

const NO_ERRORS = { type: 'object' as const, additionalProperties: false, maxProperties: 0, description: 'Empty while every check passes' };

export class LivenessChecksResponse {
  @ApiProperty({ type: ProcessIndicatorResponse }) process!: ProcessIndicatorResponse;
}

export class LivenessResponse {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ type: LivenessChecksResponse }) info!: LivenessChecksResponse;
  @ApiProperty(NO_ERRORS) error!: Record<string, never>;
  @ApiProperty({ type: LivenessChecksResponse }) details!: LivenessChecksResponse;
}

export class ReadinessChecksResponse {
  @ApiProperty({ type: UpIndicatorResponse, description: 'Down while shutting down' }) server!: UpIndicatorResponse;
  @ApiProperty({ type: EventStoreIndicatorResponse }) eventStore!: EventStoreIndicatorResponse;
  @ApiProperty({ type: TimedIndicatorResponse }) readStore!: TimedIndicatorResponse;
  @ApiProperty({ type: ProjectionsIndicatorResponse }) projections!: ProjectionsIndicatorResponse;
}

export class ReadinessResponse {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ type: ReadinessChecksResponse }) info!: ReadinessChecksResponse;
  @ApiProperty(NO_ERRORS) error!: Record<string, never>;
  @ApiProperty({ type: ReadinessChecksResponse }) details!: ReadinessChecksResponse;
}
