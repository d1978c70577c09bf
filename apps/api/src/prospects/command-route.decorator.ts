import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { ProspectErrorResponse } from './prospect.responses.js';

/** One task-based command route: operationId is the command's name. */
export const CommandRoute = (operationId: string, summary: string, ok: { status: number; type: unknown }) =>
  applyDecorators(
    ApiOperation({ operationId, summary }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response and appends nothing' }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The ETag (stream revision) you last saw; 412 when it has moved on' }),
    ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Ties this command to others for auditors' }),
    ApiResponse({ status: ok.status, type: ok.type as never }),
    ApiResponse({ status: 400, type: ProspectErrorResponse, description: 'Invalid request (field-level messages)' }),
    ApiResponse({ status: 401, type: ProspectErrorResponse }),
    ApiResponse({ status: 403, type: ProspectErrorResponse, description: 'Wrong role, team or assignee, or reviewing your own submission' }),
    ApiResponse({ status: 404, type: ProspectErrorResponse }),
    ApiResponse({ status: 409, type: ProspectErrorResponse, description: 'Not allowed in the current state, or a duplicate (details.existingProspectId)' }),
    ApiResponse({ status: 412, type: ProspectErrorResponse, description: 'If-Match revision is stale' }),
    ApiResponse({ status: 422, type: ProspectErrorResponse, description: 'Idempotency-Key reused with another request' }),
  );
