import type { Type } from '@nestjs/common';
import { Route, type ErrorDocs, type RequestHeader, type ResponseHeader, type Success } from '../openapi/route-docs.js';

export { ErrorResponse, FieldErrorResponse } from './problem.responses.js';

export interface CommandSuccess {
  /** 200, or 201 for a command that creates its stream (with Location). */
  status: number;
  type: unknown;
  /** Reads If-Match (412 when stale); by default every command but a creating one does. */
  conditional?: boolean;
  /** A creating command that answers 200 when the stream exists already (a redefinition). */
  orRedefined?: boolean;
}

const DESCRIPTION =
  'A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.';

const DEFAULT_FORBIDDEN = 'Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL)';

/**
 * One task-based command route: operationId is the command's name; documents the retry and
 * concurrency headers, the success body with its ETag, and the errors a command can answer.
 */
export const CommandRoute = (operationId: string, summary: string, ok: CommandSuccess, forbidden = DEFAULT_FORBIDDEN, errors: ErrorDocs = {}) => {
  const created = ok.status === 201;
  const conditional = ok.conditional ?? !created;
  const headers: ResponseHeader[] = ['ETag', 'Idempotent-Replayed', ...(created ? (['Location'] as const) : [])];
  const requestHeaders: RequestHeader[] = ['Idempotency-Key', ...(conditional ? (['If-Match'] as const) : [])];
  const type = ok.type as Type<unknown>;
  const successes: Success[] = [
    { status: ok.status, type, headers, description: created ? 'Created: the new stream’s id, its revision and the position of its last event' : 'Done: the stream’s revision after the command and the position of its last event' },
    ...(ok.orRedefined ? [{ status: 200, type, headers, description: 'Redefined: the existing stream got a new version' }] : []),
  ];
  return Route({
    operationId,
    summary,
    description: DESCRIPTION,
    requestHeaders,
    ok: successes,
    errors: {
      400: 'The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, …), or a value the domain refuses (an amount, metric, currency, period or date)',
      403: forbidden,
      ...(created ? {} : { 404: 'The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number)' }),
      409: 'Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`)',
      ...(conditional ? { 412: 'If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH)' } : {}),
      422: 'Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED)',
      503: 'Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds',
      ...errors,
    },
  });
};
