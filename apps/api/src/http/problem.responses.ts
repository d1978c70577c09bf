import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorResponse {
  @ApiProperty({ description: 'The field, header or parameter: a path such as `targets[0].amount`', example: 'targets[0].amount' }) field!: string;
  @ApiProperty({ type: [String], example: ['amount must be a positive integer'] }) messages!: string[];
}

/**
 * The one error body of the API: RFC 9457 Problem Details, sent as application/problem+json by
 * DomainExceptionFilter and the HTTP server's own error handlers (`problem()` in problem.ts).
 */
export class ErrorResponse {
  @ApiProperty({ format: 'uri', description: 'The problem type: a tag URI, one per code, not meant to be dereferenced', example: 'tag:salesflow,2026:problem:PLAN.NOT_AWAITING_APPROVAL' }) type!: string;
  @ApiProperty({ description: 'The HTTP status phrase', example: 'Conflict' }) title!: string;
  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 409 }) status!: number;
  @ApiProperty({ description: 'What went wrong, for people', example: 'The plan is not awaiting approval' }) detail!: string;
  @ApiPropertyOptional({ description: 'The request path, without the query', example: '/api/plans/985dc76b-5f58-872c-8052-997a333fbdb5/approve' }) instance?: string;
  @ApiProperty({ pattern: '^[A-Z][A-Z0-9_]*\\.[A-Z0-9_]+$', description: 'The stable, machine-readable code', example: 'PLAN.NOT_AWAITING_APPROVAL' }) code!: string;
  @ApiPropertyOptional({ type: [FieldErrorResponse], description: 'Field-level messages (mostly of a 400)' }) fields?: FieldErrorResponse[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Data about the problem, e.g. `existingPlanId` of a duplicate, `retryAfterSeconds`, `checks` of a failed readiness check' })
  details?: Record<string, unknown>;
}
