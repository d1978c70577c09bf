import type { OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_MEDIA_TYPE, PUBLIC_ROUTE, RESPONSE_HEADERS, headerRef } from './route-docs.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const CORRELATION_PARAMETER = {
  name: 'X-Correlation-Id',
  in: 'header',
  required: false,
  description: 'Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent',
  schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,128}$' },
};

/** What every route of a kind can answer, added where a route does not document it itself. */
const DEFAULT_ERRORS: Record<number, string> = {
  400: 'The request is invalid (REQUEST.VALIDATION_FAILED and other `REQUEST.*` codes, field-level messages in `fields`), or its URL is malformed (REQUEST.BAD_URL, answered before routing, without X-Correlation-Id)',
  401: 'No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID',
  404: 'Nothing exists at this path (the resource’s `*.NOT_FOUND` code)',
  413: 'The body is over 1 MB (REQUEST.BODY_TOO_LARGE)',
  414: 'A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id',
  415: 'The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE)',
  431: 'The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id',
  429: 'Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds',
  503: 'A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds',
};

/** Answered before routing, so before a correlation id exists. */
const WITHOUT_CORRELATION = new Set(['400', '414', '431']);

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

function errorResponse(status: string, response: Json): Json {
  const headers: Json = { ...(isObject(response.headers) ? response.headers : {}) };
  headers['X-Correlation-Id'] = WITHOUT_CORRELATION.has(status) ? { ...RESPONSE_HEADERS['X-Correlation-Id'], required: false } : headerRef('X-Correlation-Id');
  if (status === '429' || status === '503') headers['Retry-After'] = headerRef('Retry-After');
  return {
    ...response,
    description: response.description || DEFAULT_ERRORS[Number(status)] || 'An error',
    headers,
    content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
  };
}

function operationConventions(method: string, operation: Json): void {
  const isPublic = operation[PUBLIC_ROUTE] === true;
  delete operation[PUBLIC_ROUTE];
  if (isPublic) operation.security = [];
  else delete operation.security;

  const parameters = (Array.isArray(operation.parameters) ? operation.parameters : []) as Json[];
  if (!parameters.some((p) => p.in === 'header' && String(p.name).toLowerCase() === 'x-correlation-id')) parameters.push({ ...CORRELATION_PARAMETER });
  operation.parameters = parameters;

  const responses = (isObject(operation.responses) ? operation.responses : {}) as Record<string, Json>;
  const defaults: number[] = [431, 503];
  if (!isPublic) defaults.push(401, 429);
  if (parameters.some((p) => p.in === 'path')) defaults.push(404, 414);
  if (parameters.some((p) => p.in === 'path' || p.in === 'query') || operation.requestBody) defaults.push(400);
  if (method === 'post' || method === 'put' || method === 'patch') defaults.push(413, 415);
  for (const status of defaults) responses[status] ??= { description: DEFAULT_ERRORS[status]! };

  for (const [status, response] of Object.entries(responses)) {
    if (Number(status) >= 400) responses[status] = errorResponse(status, response);
    else response.headers = { ...(isObject(response.headers) ? response.headers : {}), 'X-Correlation-Id': headerRef('X-Correlation-Id') };
  }
  operation.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}

const enumKey = (values: readonly unknown[]): string => JSON.stringify([...values].filter((v) => v !== null).map(String).sort());

/**
 * An inline enum with the values of a named one (a request DTO listing METRICS without naming it)
 * becomes a reference to the named one, so every enum of the document has a name where one exists.
 */
function nameEnums(document: OpenAPIObject): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Json>;
  const named = new Map<string, string>();
  for (const [name, schema] of Object.entries(schemas)) if (Array.isArray(schema.enum) && !schema.properties) named.set(enumKey(schema.enum), name);
  const visit = (schema: unknown, self?: string): unknown => {
    if (Array.isArray(schema)) return schema.map((s) => visit(s));
    if (!isObject(schema)) return schema;
    const visited: Json = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, key === 'enum' || key === 'example' || key === 'examples' ? value : visit(value)]));
    const name = Array.isArray(visited.enum) ? named.get(enumKey(visited.enum)) : undefined;
    if (!name || name === self) return visited;
    const { enum: _values, type: _type, ...rest } = visited;
    return { ...rest, allOf: [{ $ref: `#/components/schemas/${name}` }] };
  };
  for (const [name, schema] of Object.entries(schemas)) schemas[name] = visit(schema, name) as Json;
  for (const item of Object.values(document.paths) as Json[]) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation) || !Array.isArray(operation.parameters)) continue;
      for (const parameter of operation.parameters as Json[]) if (parameter.schema) parameter.schema = visit(parameter.schema);
    }
  }
}

export interface DocumentConventions {
  tags: Record<string, string>;
}

/**
 * What is true of every route, applied once to the whole document: bearer authentication unless the
 * route is @Public() (then `security: []`), X-Correlation-Id on every request and response, every
 * error as application/problem+json (ErrorResponse) with Retry-After on 429 and 503, and the
 * answers every route of a kind can give (401 and 429 when authenticated, 431 and 503 always, 400 with
 * parameters, 404 and 414 with path parameters, 413 and 415 with a body) where the route's own
 * decorators (route-docs.ts) do not say more. Inline enums with the values of a named enum refer to it.
 */
export function applyConventions(document: OpenAPIObject, conventions: DocumentConventions): OpenAPIObject {
  nameEnums(document);
  for (const item of Object.values(document.paths) as Json[]) {
    for (const method of METHODS) if (isObject(item[method])) operationConventions(method, item[method]);
  }
  const used = new Set(Object.values(document.paths).flatMap((item) => METHODS.flatMap((m) => ((item as Json)[m] as { tags?: string[] } | undefined)?.tags ?? [])));
  return {
    ...document,
    security: [{ bearer: [] }],
    tags: Object.entries(conventions.tags)
      .filter(([name]) => used.has(name))
      .map(([name, description]) => ({ name, description })),
    components: {
      ...document.components,
      headers: { ...document.components?.headers, ...(RESPONSE_HEADERS as unknown as Record<string, never>) },
    },
  };
}
