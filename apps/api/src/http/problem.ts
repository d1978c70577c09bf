import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';
import { DomainError, ValidationError, type ErrorKind, type FieldError } from '#app/eventsourcing';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

const STATUS: Record<ErrorKind, number> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  illegal_state: 409,
  concurrency: 409,
  precondition_failed: 412,
  unprocessable: 422,
  too_many_requests: 429,
  unavailable: 503,
  insufficient_storage: 507,
};

/** RFC 9457 Problem Details, with the stable `code` and the field-level messages as extension members. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  fields?: FieldError[];
  details?: Record<string, unknown>;
}

/** The problem type URI of a code: a tag URI (RFC 4151), stable and not meant to be dereferenced. */
export const problemType = (code: string): string => `tag:salesflow,2026:problem:${code}`;

export function problem(status: number, code: string, detail: string, extra: { instance?: string | undefined; fields?: FieldError[]; details?: Record<string, unknown> } = {}): Problem {
  return {
    type: problemType(code),
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    ...(extra.instance ? { instance: extra.instance } : {}),
    code,
    ...(extra.fields && extra.fields.length > 0 ? { fields: extra.fields } : {}),
    ...(extra.details && Object.keys(extra.details).length > 0 ? { details: extra.details } : {}),
  };
}

const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'REQUEST.MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'REQUEST.MALFORMED_JSON',
  FST_ERR_CTP_INVALID_JSON: 'REQUEST.MALFORMED_JSON',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'REQUEST.BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'REQUEST.INVALID_CONTENT_LENGTH',
  FST_ERR_BAD_URL: 'REQUEST.BAD_URL',
  FST_ERR_INVALID_URL: 'REQUEST.BAD_URL',
  FST_ERR_MAX_PARAM_LENGTH: 'REQUEST.URI_TOO_LONG',
  FST_ERR_NOT_FOUND: 'ROUTE.NOT_FOUND',
  FST_ERR_VALIDATION: 'REQUEST.VALIDATION_FAILED',
};

const HTTP_CODES: Record<number, string> = {
  404: 'ROUTE.NOT_FOUND',
  405: 'ROUTE.METHOD_NOT_ALLOWED',
  413: 'REQUEST.BODY_TOO_LARGE',
  414: 'REQUEST.URI_TOO_LONG',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  431: 'REQUEST.HEADERS_TOO_LARGE',
};

const internal = (instance: string | undefined): Problem => problem(500, 'INTERNAL.ERROR', 'An unexpected error occurred; it has been logged', { instance });

/** A framework's refusal this table does not name: REQUEST.INVALID with its status, so every code a client sees is one the README lists. */
const frameworkRefusal = (status: number, code: string | undefined, detail: unknown, instance: string | undefined): Problem =>
  status >= 500 || status < 400 ? internal(instance) : problem(status, code ?? HTTP_CODES[status] ?? 'REQUEST.INVALID', typeof detail === 'string' ? detail : 'Bad request', { instance });

/** Maps every error to one Problem with a stable code. Unknown errors become a 500 that hides them. */
export function toProblem(error: unknown, instance?: string): Problem {
  if (error instanceof DomainError) {
    return problem(STATUS[error.kind], error.code, error.message, {
      instance,
      ...(error instanceof ValidationError ? { fields: error.fields } : {}),
      details: error.details,
    });
  }
  const fastify = error as { code?: unknown; statusCode?: unknown; message?: unknown };
  if (typeof fastify.code === 'string' && fastify.code.startsWith('FST_')) {
    return frameworkRefusal(typeof fastify.statusCode === 'number' ? fastify.statusCode : 500, FASTIFY_CODES[fastify.code], fastify.message, instance);
  }
  if (error instanceof SyntaxError && (error as { statusCode?: number }).statusCode === 400) {
    return problem(400, 'REQUEST.MALFORMED_JSON', `The body is not valid JSON: ${error.message}`, { instance });
  }
  if (error instanceof HttpException) {
    if ((error.cause as { code?: unknown } | undefined)?.code?.toString().startsWith('FST_')) return toProblem(error.cause, instance);
    return frameworkRefusal(error.getStatus(), undefined, error.message, instance);
  }
  return internal(instance);
}

/** A complete HTTP/1.1 response carrying a problem, for errors answered on the raw socket (before any request object exists). */
export function rawProblemResponse(body: Problem, headers: Record<string, string> = {}): string {
  const json = JSON.stringify(body);
  const lines = [
    `HTTP/1.1 ${body.status} ${body.title}`,
    `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
    `Content-Length: ${Buffer.byteLength(json)}`,
    'Connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n${json}`;
}

/** The request path as the problem's `instance`, without the query (it may carry tickets or tokens). */
export function instanceOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = url.split('?')[0]!;
  return path.length > 256 ? `${path.slice(0, 256)}…` : path;
}
