import { Ajv2020, type AnySchema, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenAPIObject } from '@nestjs/swagger';

type Json = Record<string, any>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Headers the API sets on purpose: each one a response carries must be documented for that response. */
const API_HEADERS = ['etag', 'location', 'idempotent-replayed', 'x-read-model-position', 'x-read-model-behind', 'retry-after', 'content-disposition', 'x-correlation-id'];

const JSON_TYPES = new Set(['application/json', 'application/problem+json']);

/**
 * The document's schemas as JSON Schema 2020-12 for ajv, with every object that lists its
 * properties closed, so an undocumented field fails too.
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const converted: Json = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, key === 'examples' || key === 'enum' ? value : closed(value)]));
  if (typeof converted.$ref === 'string') converted.$ref = converted.$ref.replace('#/components/schemas/', 'components#/');
  if (converted.properties && converted.additionalProperties === undefined) converted.additionalProperties = false;
  return converted;
}

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  operation: Json;
}

export interface Exchange {
  method: string;
  /** The path with its query. */
  url: string;
  status: number;
  headers: Headers;
  /** The body as received (parsed when it is JSON). */
  body: unknown;
}

/** Every operation of an OpenAPI document, to hold real HTTP exchanges to it. */
export class OpenApiConformance {
  readonly operations: Operation[];
  /** operationId → statuses seen. */
  readonly seen = new Map<string, Set<number>>();
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<unknown, ValidateFunction>();
  private readonly matchers: { method: string; pattern: RegExp; operation: Operation; literal: number }[];

  constructor(readonly document: OpenAPIObject) {
    addFormats.default(this.ajv);
    this.ajv.addSchema({ $id: 'components', ...(closed(document.components?.schemas) as object) } as AnySchema);
    this.operations = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.flatMap((method) => ((item as Json)[method] ? [{ method: method.toUpperCase(), path, operationId: (item as Json)[method].operationId as string, operation: (item as Json)[method] as Json }] : [])),
    );
    this.matchers = this.operations
      .map((operation) => ({
        method: operation.method,
        pattern: new RegExp(`^${operation.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
        operation,
        literal: operation.path.replace(/\{[^}]+\}/g, '').length,
      }))
      .sort((a, b) => b.literal - a.literal);
  }

  operationFor(method: string, url: string): Operation | undefined {
    const path = url.split('?')[0]!;
    return this.matchers.find((m) => m.method === method && m.pattern.test(path))?.operation;
  }

  private resolve<T = Json>(value: Json): T {
    if (typeof value?.$ref !== 'string') return value as T;
    const [, kind, name] = /^#\/components\/(\w+)\/(.+)$/.exec(value.$ref)!;
    return (this.document.components as Json)[kind!][name!] as T;
  }

  /** Where a body breaks a schema of the document (objects closed); empty when it conforms. */
  schemaProblems(schema: unknown, body: unknown): string[] {
    let validate = this.validators.get(schema);
    if (!validate) {
      validate = this.ajv.compile(closed(schema) as AnySchema);
      this.validators.set(schema, validate);
    }
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }

  private headerProblems(name: string, header: Json, value: string): string[] {
    const schema = header.schema as Json | undefined;
    if (!schema) return [];
    const typed = schema.type === 'integer' ? (/^\d+$/.test(value) ? Number(value) : value) : value;
    return this.schemaProblems(schema, typed).map((p) => `header ${name}: ${JSON.stringify(value)} ${p}`);
  }

  /** Checks one exchange against the document and records its operation and status; the problems found. */
  check(exchange: Exchange): string[] {
    const where = `${exchange.method} ${exchange.url} → ${exchange.status}`;
    const found = this.operationFor(exchange.method, exchange.url);
    if (!found) {
      const body = exchange.body as { code?: string } | undefined;
      return exchange.status === 404 && body?.code === 'ROUTE.NOT_FOUND' ? [] : [`${where}: no operation of the document`];
    }
    const statuses = this.seen.get(found.operationId) ?? new Set<number>();
    statuses.add(exchange.status);
    this.seen.set(found.operationId, statuses);
    const documented = found.operation.responses?.[String(exchange.status)] as Json | undefined;
    if (!documented) return [`${where}: ${found.operationId} documents no ${exchange.status}`];
    const response = this.resolve(documented);
    const problems: string[] = [];

    const headers = Object.fromEntries(Object.entries((response.headers ?? {}) as Json).map(([name, header]) => [name.toLowerCase(), this.resolve(header)]));
    for (const [name, header] of Object.entries(headers)) {
      const value = exchange.headers.get(name);
      if (value === null) {
        if (header.required) problems.push(`header ${name} is required but missing`);
      } else problems.push(...this.headerProblems(name, header, value));
    }
    for (const name of API_HEADERS) if (exchange.headers.get(name) !== null && !headers[name]) problems.push(`header ${name} is sent but not documented`);

    const contentType = (exchange.headers.get('content-type') ?? '').split(';')[0]!.trim();
    const empty = exchange.body === undefined || exchange.body === '';
    const content = response.content as Record<string, { schema?: unknown }> | undefined;
    if (!empty || content) {
      const media = content?.[contentType];
      if (!media) problems.push(`content type ${contentType || '(none)'} is not documented (documented: ${Object.keys(content ?? {}).join(', ') || 'no body'})`);
      else if (JSON_TYPES.has(contentType)) problems.push(...this.schemaProblems(media.schema, exchange.body));
      else if (typeof exchange.body !== 'string') problems.push(`a ${contentType} body should be text`);
    }
    return problems.map((p) => `${where} (${found.operationId}): ${p}`);
  }

  /** Operations never answered with a 2xx. */
  withoutSuccess(): string[] {
    return this.operations.filter((o) => ![...(this.seen.get(o.operationId) ?? [])].some((s) => s >= 200 && s < 300)).map((o) => o.operationId);
  }
}
