import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtension, ApiExtraModels, ApiHeader, ApiOperation, ApiPropertyOptional, ApiQuery, ApiResponse, type ApiHeaderOptions, type SchemaObject } from '@nestjs/swagger';

/*
 * How a route is documented: one of the decorators below on each controller method (CommandRoute
 * in http/command-route.ts for commands). Each names the operationId, a summary, a description, the
 * success body and headers, and the errors particular to the route; openapi-conventions.ts adds
 * what every route of a kind answers (401/429 when authenticated, 431 and 503 always, 400 with
 * parameters, 404/414 with path parameters, 413/415 with a body, X-Correlation-Id).
 * test/api/openapi-document.e2e-spec.ts fails for a served route the document lacks or one without
 * a success schema.
 */

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** The operation extension @Public() sets; the document turns it into `security: []`. */
export const PUBLIC_ROUTE = 'x-public';

/** Response headers several routes send, referenced as `#/components/headers/<name>`. */
export const RESPONSE_HEADERS = {
  'X-Correlation-Id': {
    description: 'The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request',
    required: true,
    schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,128}$', examples: ['checkout-7f3a'] },
  },
  ETag: {
    description: 'The stream revision (after the command, or of the state read) as a quoted string; send it back as If-Match to make a command conditional',
    required: true,
    schema: { type: 'string', pattern: '^"\\d+"$', examples: ['"5"'] },
  },
  Location: {
    description: 'Where the created (or redefined) resource is read',
    required: true,
    schema: { type: 'string', format: 'uri-reference', examples: ['/api/plans/985dc76b-5f58-872c-8052-997a333fbdb5'] },
  },
  'Idempotent-Replayed': {
    description: 'Sent, as `true`, only when this is the stored answer of an earlier request with the same Idempotency-Key: nothing was appended',
    required: false,
    schema: { type: 'string', enum: ['true'] },
  },
  'X-Read-Model-Position': {
    description: 'The global log position the answering read model has applied',
    required: true,
    schema: { type: 'integer', minimum: 0 },
  },
  'X-Read-Model-Behind': {
    description: '`true` when minPosition (or X-Min-Position) was not reached within READ_YOUR_WRITES_TIMEOUT_MS, so the answer is what the read model had',
    required: true,
    schema: { type: 'string', enum: ['true', 'false'] },
  },
  'Retry-After': {
    description: 'Seconds to wait before retrying',
    required: true,
    schema: { type: 'integer', minimum: 1 },
  },
  'Content-Disposition': {
    description: 'The export as an attachment, with its file name',
    required: true,
    schema: { type: 'string', examples: ['attachment; filename="decisions-2027-01-01-2027-12-31.csv"'] },
  },
} as const;

export type ResponseHeader = keyof typeof RESPONSE_HEADERS;

export const headerRef = (name: ResponseHeader) => ({ $ref: `#/components/headers/${name}` });

/** Request headers some routes read. */
export const REQUEST_HEADERS = {
  'Idempotency-Key': {
    name: 'Idempotency-Key',
    required: false,
    description: 'Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED',
    schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,255}$', examples: ['inv-2027-0042'] },
  },
  'If-Match': {
    name: 'If-Match',
    required: false,
    description: 'The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional',
    schema: { type: 'string', pattern: '^(W/)?"\\d{1,15}"$|^\\*$', examples: ['"1"'] },
  },
  'X-Min-Position': {
    name: 'X-Min-Position',
    required: false,
    description: 'Same as ?minPosition: wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position',
    schema: { type: 'integer', minimum: 0, maximum: 999_999_999_999_999 },
  },
} satisfies Record<string, ApiHeaderOptions>;

export type RequestHeader = keyof typeof REQUEST_HEADERS;

/** Error statuses a route documents itself; the ones every route of a kind answers come from openapi-conventions.ts. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 412 | 422 | 503;
export type ErrorDocs = Partial<Record<ErrorStatus, string>>;

export interface Success {
  /** 200 unless given. */
  status?: number;
  description: string;
  /** A response DTO, sent as application/json. */
  type?: Type<unknown>;
  /** Or a schema (a list, a union), sent as application/json; name its DTOs in `RouteDoc.models`. */
  schema?: SchemaObject;
  /** Or other media types with their schemas. */
  content?: Record<string, { schema: SchemaObject }>;
  headers?: readonly ResponseHeader[];
}

export interface RouteDoc {
  operationId: string;
  summary: string;
  description: string;
  ok: Success | readonly Success[];
  errors?: ErrorDocs;
  requestHeaders?: readonly RequestHeader[];
  /** DTOs a `schema` refers to. */
  models?: readonly Type<unknown>[];
}

/** The whole documentation of one route. */
export function Route(doc: RouteDoc) {
  const successes = Array.isArray(doc.ok) ? (doc.ok as readonly Success[]) : [doc.ok as Success];
  return applyDecorators(
    ApiOperation({ operationId: doc.operationId, summary: doc.summary, description: doc.description }),
    ...(doc.models && doc.models.length > 0 ? [ApiExtraModels(...doc.models)] : []),
    ...(doc.requestHeaders ?? []).map((name) => ApiHeader(REQUEST_HEADERS[name])),
    ...successes.map((ok) =>
      ApiResponse({
        status: ok.status ?? 200,
        description: ok.description,
        ...(ok.headers ? { headers: Object.fromEntries(ok.headers.map((name) => [name, headerRef(name)])) } : {}),
        ...(ok.type ? { type: ok.type } : ok.schema ? { schema: ok.schema } : ok.content ? { content: ok.content } : {}),
      } as never),
    ),
    ...Object.entries(doc.errors ?? {}).map(([status, description]) => ApiResponse({ status: Number(status), description })),
  );
}

/** The `minPosition` query parameter of a request DTO (read-your-writes), as the integer it is. */
export const MinPositionProperty = (description = 'Wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position: the `position` a command returned') =>
  ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 999_999_999_999_999, description });

/** Marks a route public in the document (`security: []`); @Public() applies it with the guard's marker. */
export const PublicInDocument = () => ApiExtension(PUBLIC_ROUTE, true);

/** A `{ $ref }` to a DTO's component schema. */
export const schemaOf = (type: Type<unknown>): SchemaObject => ({ $ref: `#/components/schemas/${type.name}` }) as SchemaObject;

const READ_MODEL_DESCRIPTION =
  'Reads a projection (read model). `?minPosition=N` or `X-Min-Position: N` (the `position` a command returned) waits, at most READ_YOUR_WRITES_TIMEOUT_MS, until the read model has applied that position; `freshness` in the body and the X-Read-Model-* headers say how far it is (`behind: true` when the wait timed out).';

/** A query of a read model: freshness in the body and headers, read-your-writes by minPosition. */
export const ReadModelRoute = (operationId: string, summary: string, type: Type<unknown>, errors: ErrorDocs = {}, note = '') =>
  Route({
    operationId,
    summary,
    description: `${READ_MODEL_DESCRIPTION}${note ? ` ${note}` : ''}`,
    requestHeaders: ['X-Min-Position'],
    ok: { description: 'The read model’s answer, with its freshness', type, headers: ['X-Read-Model-Position', 'X-Read-Model-Behind'] },
    errors: { 400: 'A filter of the wrong type, an unknown parameter, a malformed minPosition or a foreign cursor (REQUEST.VALIDATION_FAILED, REQUEST.INVALID_MIN_POSITION)', ...errors },
  });

/** The current state of one stream (a plan, a prospect, a scope), folded from its events, with its revision as ETag. */
export const StreamStateRoute = (operationId: string, summary: string, type: Type<unknown>, errors: ErrorDocs) =>
  Route({
    operationId,
    summary,
    description: 'Folded from the stream’s events when asked (strongly consistent, no read model). The ETag is the stream revision: send it as If-Match with the next command to make it conditional.',
    ok: { description: 'The current state', type, headers: ['ETag'] },
    errors,
  });

/** One page of the events of one stream, with who, when and why. */
export const StreamHistoryRoute = (operationId: string, summary: string, type: Type<unknown>, errors: ErrorDocs) =>
  applyDecorators(
    Route({
      operationId,
      summary,
      description: 'The events of the stream from `fromRevision` (default 0), at most `limit` (1–1000, default 100); `nextRevision` starts the next page (null on the last). Events are as the domain reads them (upcast).',
      ok: { description: 'A page of events', type },
      errors: { 400: 'fromRevision or limit is not an integer in range (REQUEST.INVALID_QUERY)', ...errors },
    }),
    ApiQuery({ name: 'fromRevision', required: false, schema: { type: 'integer', minimum: 0, default: 0 }, description: 'The first revision of the page' }),
    ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 }, description: 'Events per page' }),
  );

const AUDITOR_ONLY = 'Not an auditor (AUTH.ROLE_REQUIRED)';

/** A route of the audit trail: auditors only. */
export const AuditRoute = (operationId: string, summary: string, ok: Success, errors: ErrorDocs = {}, models: readonly Type<unknown>[] = []) =>
  Route({
    operationId,
    summary,
    description: 'For auditors (the `auditor` role). Reads the event store itself, as stored, so it is strongly consistent.',
    ok,
    errors: { 403: AUDITOR_ONLY, ...errors },
    models,
  });

/** A route that operates the projections: auditors and managers. */
export const OperatorRoute = (operationId: string, summary: string, ok: Success, errors: ErrorDocs = {}, models: readonly Type<unknown>[] = []) =>
  Route({
    operationId,
    summary,
    description: 'For operators: the `auditor` or `manager` role. Projections are the read models; processes are the event-driven processes (carry-over, conversion attribution), which follow the log the same way.',
    ok,
    errors: { 403: 'Neither auditor nor manager (AUTH.ROLE_REQUIRED)', ...errors },
    models,
  });

const TEXT = { type: 'string' } as SchemaObject;

/** A file streamed page by page: CSV (with a UTF-8 byte order mark, for spreadsheets) or JSON lines. */
export const ExportRoute = (operationId: string, summary: string, errors: ErrorDocs) =>
  Route({
    operationId,
    summary,
    description:
      'For analysts and auditors. Streamed page by page from the read model as the client reads, so memory stays flat whatever the range. `format=csv` (default): RFC 4180 lines after a UTF-8 byte order mark (U+FEFF) and a header line, amounts in minor units and as decimals, text a spreadsheet would run as a formula prefixed with `\'`. `format=jsonl`: one JSON object per line. X-Read-Model-Position is the read model’s checkpoint when the export started.',
    ok: {
      description: 'The file, as an attachment',
      content: {
        'text/csv': { schema: { ...TEXT, description: 'UTF-8 with a byte order mark; CRLF line ends; a header line first' } as SchemaObject },
        'application/x-ndjson': { schema: { ...TEXT, description: 'One JSON object per line (LF)' } as SchemaObject },
      },
      headers: ['Content-Disposition', 'X-Read-Model-Position'],
    },
    errors,
  });
