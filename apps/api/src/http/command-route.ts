import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProperty, ApiResponse } from '@nestjs/swagger';

/** The one error body of the API (see DomainExceptionFilter). */
export class ErrorResponse {
  @ApiProperty() statusCode!: number;
  @ApiProperty({ example: 'PLAN.NOT_AWAITING_APPROVAL' }) code!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ required: false, description: 'Field-level messages of a 400' }) fields?: { field: string; messages: string[] }[];
  @ApiProperty({ required: false, description: 'e.g. existingPlanId or existingProspectId of a duplicate' }) details?: Record<string, unknown>;
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
