import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RouteOptions } from 'fastify';
import { SqliteEventStore } from '#app/event-store';
import { loadConfig } from '#app/platform';
import { SqliteReadStore } from '#app/read-store';
import { createApp } from '../../apps/api/src/app.factory.js';
import { describeApi } from '../../apps/api/src/openapi/openapi-document.js';
import { OpenApiConformance } from '../support/openapi-conformance.js';

const ROOT = join(import.meta.dirname, '../..');
const run = promisify(execFile);

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
}

let dataDir: string;
let app: NestFastifyApplication;
let document: OpenAPIObject;
let conformance: OpenApiConformance;
/** Every route Nest registered, as `METHOD /path/{param}`. */
const served: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'salesflow-openapi-doc-'));
  // The development secret, as on a fresh clone: the development sign-in is served (and documented) too.
  app = await createApp(loadConfig({ DATA_DIR: dataDir, RUN_PROJECTIONS: 'false' }), {
    eventStore: new SqliteEventStore({ filename: ':memory:' }),
    readStore: new SqliteReadStore({ filename: ':memory:' }),
    logger: false,
  });
  app.getHttpAdapter().getInstance().addHook('onRoute', (route: RouteOptions) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') served.push(`${method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
  });
  await app.init();
  document = describeApi(app);
  conformance = new OpenApiConformance(document);
});

afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the OpenAPI document', () => {
  it('passes `redocly lint` with redocly.yaml (recommended and stricter rules): no error, no warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesflow-redocly-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(document, null, 2));
      const cli = join(ROOT, 'node_modules/@redocly/cli/bin/cli.js');
      const { stdout } = await run(process.execPath, [cli, 'lint', file, '--config', join(ROOT, 'redocly.yaml'), '--format=json'], {
        cwd: dir,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
        maxBuffer: 64 * 1024 * 1024,
      }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      const report = JSON.parse(stdout) as LintReport;
      console.log(`redocly lint: ${report.totals.errors} errors, ${report.totals.warnings} warnings on ${conformance.operations.length} operations`);
      expect(report.problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`)).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('documents every route the application serves, and the application serves every documented operation', () => {
    const api = served.filter((route) => route.split(' ')[1]!.startsWith('/api/'));
    expect(api.length).toBeGreaterThan(70);
    const documented = conformance.operations.map((o) => `${o.method} ${o.path}`);
    expect(api.filter((route) => !documented.includes(route))).toEqual([]);
    const fastify = app.getHttpAdapter().getInstance();
    const notServed = conformance.operations.filter((o) => !fastify.hasRoute({ method: o.method as 'GET', url: o.path.replace(/\{(\w+)\}/g, ':$1') }));
    expect(notServed.map((o) => `${o.method} ${o.path}`)).toEqual([]);
  });

  it('gives every operation an operationId, a summary, a description, a tag and a success answer with a schema', () => {
    const incomplete = conformance.operations.flatMap(({ operationId, method, path, operation }) => {
      const successes = Object.entries(operation.responses as Record<string, { content?: Record<string, { schema?: unknown }> }>).filter(([status]) => status.startsWith('2'));
      const missing = [
        ...(operationId ? [] : ['operationId']),
        ...(operation.summary ? [] : ['summary']),
        ...(operation.description ? [] : ['description']),
        ...(operation.tags?.length ? [] : ['tag']),
        ...(successes.length > 0 && successes.every(([, r]) => Object.values(r.content ?? {}).some((m) => m.schema)) ? [] : ['a success answer with a schema']),
      ];
      return missing.length > 0 ? [`${method} ${path}: ${missing.join(', ')}`] : [];
    });
    expect(incomplete).toEqual([]);
    expect(new Set(conformance.operations.map((o) => o.operationId)).size).toBe(conformance.operations.length);
  });

  it('documents 401 and 429 on every authenticated operation, 503 and X-Correlation-Id on every answer, Retry-After on 429 and 503, problem+json on every error', () => {
    const gaps = conformance.operations.flatMap(({ operationId, operation }) => {
      const responses = operation.responses as Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }>;
      const authenticated = operation.security === undefined;
      const needed = ['503', ...(authenticated ? ['401', '429'] : [])].filter((status) => !responses[status]);
      const found = Object.entries(responses).flatMap(([status, response]) => [
        ...(response.headers?.['X-Correlation-Id'] ? [] : [`${status} without X-Correlation-Id`]),
        ...((status === '429' || status === '503') && !response.headers?.['Retry-After'] ? [`${status} without Retry-After`] : []),
        ...(Number(status) >= 400 && Object.keys(response.content ?? {}).join() !== 'application/problem+json' ? [`${status} not problem+json`] : []),
      ]);
      return [...needed.map((status) => `${operationId}: no ${status}`), ...found.map((gap) => `${operationId}: ${gap}`)];
    });
    expect(gaps).toEqual([]);
    expect(document.security).toEqual([{ bearer: [] }]);
    const publicOperations = conformance.operations.filter((o) => Array.isArray(o.operation.security) && o.operation.security.length === 0).map((o) => o.operationId);
    expect(publicOperations.sort()).toEqual(
      ['GetApiDocsUi', 'GetDevelopmentMode', 'GetHealth', 'GetLiveness', 'GetOpenApiDocument', 'GetOpenApiDocumentYaml', 'GetReadiness', 'MintDevelopmentToken', 'StreamReadModelChanges'].sort(),
    );
  });

  it('types every count, position, revision and page size as an integer with a minimum, and names every enum of more than one value', () => {
    const INTEGERS = new Set(['minPosition', 'X-Min-Position', 'limit', 'fromRevision', 'revision', 'position', 'days', 'adjustmentNumber', 'reportNumber']);
    const parameters = conformance.operations.flatMap(({ operationId, operation }) => (operation.parameters as { name: string; schema: { type?: string; minimum?: number } }[]).map((p) => ({ operationId, ...p })));
    expect(parameters.filter((p) => INTEGERS.has(p.name) && (p.schema.type !== 'integer' || p.schema.minimum === undefined)).map((p) => `${p.operationId} ${p.name}`)).toEqual([]);

    const inline: string[] = [];
    const visit = (schema: unknown, where: string) => {
      if (!schema || typeof schema !== 'object') return;
      const s = schema as Record<string, unknown>;
      if (Array.isArray(s.enum) && s.enum.filter((v) => v !== null).length > 1) inline.push(where);
      for (const [key, value] of Object.entries(s)) if (key !== 'enum' && key !== 'examples') visit(value, `${where}/${key}`);
    };
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) for (const [key, value] of Object.entries(schema as Record<string, unknown>)) if (key !== 'enum') visit(value, `${name}/${key}`);
    for (const p of parameters) visit(p.schema, `${p.operationId} ${p.name}`);
    expect(inline).toEqual([]);
  });

  it('declares the problem body’s `fields` as a list of {field, messages[]} objects', () => {
    expect(conformance.schemaProblems({ $ref: '#/components/schemas/ErrorResponse' }, { type: 'tag:salesflow,2026:problem:REQUEST.VALIDATION_FAILED', title: 'Bad Request', status: 400, detail: 'x', code: 'REQUEST.VALIDATION_FAILED', fields: [{ field: 'amount', messages: ['a positive integer'] }] })).toEqual([]);
    expect(conformance.schemaProblems({ $ref: '#/components/schemas/ErrorResponse' }, { type: 'tag:x', title: 'Bad Request', status: 400, detail: 'x', code: 'REQUEST.VALIDATION_FAILED', fields: ['amount is wrong'] })).not.toEqual([]);
  });
});
