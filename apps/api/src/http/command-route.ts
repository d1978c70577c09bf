import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProperty, ApiResponse } from '@nestjs/swagger';

export class FieldErrorResponse {
  @ApiProperty({ example: 'targets[0].amount' }) field!: string;
  @ApiProperty({ type: [String], example: ['amount must be a positive integer'] }) messages!: string[];
}

/** The one error body of the API: RFC 9457 Problem Details (`application/problem+json`), see DomainExceptionFilter. */
export class ErrorResponse {
  @ApiProperty({ description: 'Problem type URI, one per code', example: 'tag:salesflow,2026:problem:PLAN.NOT_AWAITING_APPROVAL' }) type!: string;
  @ApiProperty({ description: 'The HTTP status phrase', example: 'Conflict' }) title!: string;
  @ApiProperty({ example: 409 }) status!: number;
  @ApiProperty({ description: 'What went wrong, for people', example: 'The plan is not awaiting approval' }) detail!: string;
  @ApiProperty({ required: false, description: 'The request path', example: '/api/plans/985dc76b-5f58-872c-8052-997a333fbdb5/approve' }) instance?: string;
  @ApiProperty({ description: 'Stable machine-readable code', example: 'PLAN.NOT_AWAITING_APPROVAL' }) code!: string;
  @ApiProperty({ required: false, type: [FieldErrorResponse], description: 'Field-level messages of a 400' }) fields?: FieldErrorResponse[];
  @ApiProperty({ required: false, type: Object, additionalProperties: true, description: 'e.g. existingPlanId or existingProspectId of a duplicate' }) details?: Record<string, unknown>;
}

/**
 * One task-based command route: operationId is the command's name; documents the retry and
 * concurrency headers and every error status a command can answer.
 */
export const CommandRoute = (operationId: string, summary: string, ok: { status: number; type: unknown }, forbidden = 'Wrong role or team, or deciding on your own submission') =>
  applyDecorators(
    ApiOperation({ operationId, summary }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response and appends nothing' }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The ETag (stream revision) you last saw; 412 when it has moved on' }),
    ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Ties this command to others for auditors' }),
    ApiResponse({ status: ok.status, type: ok.type as never }),
    ApiResponse({ status: 400, type: ErrorResponse, description: 'Invalid request (field-level messages)' }),
    ApiResponse({ status: 401, type: ErrorResponse }),
    ApiResponse({ status: 403, type: ErrorResponse, description: forbidden }),
    ApiResponse({ status: 404, type: ErrorResponse }),
    ApiResponse({ status: 409, type: ErrorResponse, description: 'Not allowed in the current state, or a duplicate' }),
    ApiResponse({ status: 412, type: ErrorResponse, description: 'If-Match revision is stale' }),
    ApiResponse({ status: 422, type: ErrorResponse, description: 'Idempotency-Key reused with another request' }),
  );
