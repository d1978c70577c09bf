import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { SqliteEventStore } from '#app/event-store';
import { ALL_PROJECTIONS, VERSION, loadConfig } from '#app/platform';
import { SqliteReadStore } from '#app/read-store';
import { ErrorResponse } from '../http/problem.responses.js';
import { toOpenApi31 } from './openapi-31.js';
import { applyConventions } from './openapi-conventions.js';
import { PUBLIC_ROUTE } from './route-docs.js';

/** Where the OpenAPI UI and the document are served (outside the controllers, by SwaggerModule). */
export const DOCS_PATH = 'api/docs';
export const DOCS_JSON_PATH = 'api/docs-json';
export const DOCS_YAML_PATH = 'api/docs-yaml';

const DESCRIPTION = `Sales target planning and customer development as auditable, event-sourced workflows.

**Authentication.** Every route but the public ones (\`security: []\`: health, the development sign-in, the live stream, this document) needs \`Authorization: Bearer <JWT>\` (HS256) with the claims \`sub\`, \`name\`, \`roles\` and \`teams\`. After AUTH_FAILURE_LIMIT failed authentications from one address, every authenticated route answers 429 AUTH.TOO_MANY_FAILURES with Retry-After.

**Commands and queries.** One POST route per command, its operationId the command's name; commands answer the stream revision (also as ETag) and the global position of their last event. Queries of read models accept \`minPosition\` (or X-Min-Position) to read their own writes and tell their freshness.

**Errors** are RFC 9457 Problem Details (\`application/problem+json\`, the ErrorResponse schema) with a stable \`code\`. Errors answered on the socket before any route is known share the shape: 431 REQUEST.HEADERS_TOO_LARGE (headers over 16 KB), 400 REQUEST.MALFORMED_HTTP, 408 REQUEST.TIMEOUT; an unknown route is 404 ROUTE.NOT_FOUND; an unexpected failure is 500 INTERNAL.ERROR (logged, details hidden).

**Tracing.** Every response carries X-Correlation-Id (the request's, when valid).

**Metrics** are not part of this API: with METRICS_PORT set, Prometheus text is served at \`GET /metrics\` on that separate port (in the API and in the projector), never on the API port.`;

/** A short description of every tag (controller group); a tag without one fails the lint (operation-tag-defined). */
const TAGS: Record<string, string> = {
  plans: 'Process (1) steps 1–4: a team’s plan for a period, opened, submitted and approved with its plan book, then actuals recorded; the plan’s state and history',
  'plan close': 'Process (1) steps 5–12 and carry-over: progress reviews, difficulty reports and target adjustments, summaries, appraisal, publication of results, waivers of carried lines',
  prospects: 'Process (2) steps 2–7: the potential customer list, credit investigation and screening, credit issues, the development application and its two reviews, development and its reports, conversion',
  'development-scopes': 'Process (2) step 1: the new-customer development scope of a team and period, in versions',
  'planning read models': 'What dashboards and analysts read of process (1): plans, the approval queue, tracking and follow-up sheets, the roll-over ledger, the decision log',
  'customer development read models': 'What dashboards and analysts read of process (2): prospects, credit checks, the development pipeline, overdue development reports, conversions',
  audit: 'For auditors: every event with its metadata, any state as of any moment, decisions explained, the hash-chained trail verified and sealed',
  exports: 'For analysts and auditors: the decision log and the roll-over ledger as CSV or JSON lines, streamed',
  projections: 'Operating the read models and event-driven processes: lag, parked events and their retry, online rebuilds',
  live: 'Live read models: server-sent events telling open dashboards which documents changed',
  health: 'Liveness, readiness and a detail view for probes and operators (public)',
  development: 'The dashboard’s development sign-in: only on the embedded default without AUTH_JWT_SECRET, only for loopback callers, and absent from the document otherwise',
  docs: 'This document and its UI (public)',
};

/** The routes SwaggerModule serves: the UI and this document, in JSON and YAML. */
function documentRoutes(): OpenAPIObject['paths'] {
  const route = (operationId: string, summary: string, mediaType: string, schema: Record<string, unknown>) => ({
    get: {
      operationId,
      summary,
      description: 'Served by the API itself; needs no token.',
      tags: ['docs'],
      [PUBLIC_ROUTE]: true,
      responses: { 200: { description: summary, content: { [mediaType]: { schema } } } },
    },
  });
  return {
    [`/${DOCS_PATH}`]: route('GetApiDocsUi', 'The OpenAPI UI (Swagger UI) of this document', 'text/html', { type: 'string' }),
    [`/${DOCS_JSON_PATH}`]: route('GetOpenApiDocument', 'This OpenAPI document, as JSON', 'application/json', { type: 'object', additionalProperties: true, description: 'An OpenAPI 3.1 document' }),
    [`/${DOCS_YAML_PATH}`]: route('GetOpenApiDocumentYaml', 'This OpenAPI document, as YAML', 'text/yaml', { type: 'string' }),
  } as OpenAPIObject['paths'];
}

/** The OpenAPI 3.1 document of the app: every route with its answers, and the names of the projections the live feed and `freshness` speak of. */
export function describeApi(app: INestApplication): OpenAPIObject {
  const built = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('salesflow')
      .setDescription(DESCRIPTION)
      .setVersion(VERSION)
      .setLicense('Proprietary (package.json: UNLICENSED)', '')
      .addServer('/', 'The server that serves this document')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An HS256 JWT: `npx salesflow token …`, or the development sign-in' })
      .build(),
    { extraModels: [ErrorResponse] },
  );
  const document: OpenAPIObject = {
    ...built,
    paths: { ...built.paths, ...documentRoutes() },
    components: {
      ...built.components,
      schemas: {
        ...built.components?.schemas,
        ProjectionName: { type: 'string', enum: ALL_PROJECTIONS.map((p) => p.name), description: 'A read model: the live feed and every answer’s freshness name it' },
      },
    },
  };
  return toOpenApi31(applyConventions(document, { tags: TAGS }));
}

/**
 * The document without a server: the app built on in-memory stores, never started, on the
 * development secret (as `npm start` on a fresh clone), so the development sign-in is in it.
 */
export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  const { createApp } = await import('../app.factory.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-openapi-'));
  const config = loadConfig({ DATA_DIR: dataDir, RUN_PROJECTIONS: 'false' });
  const app = await createApp(config, { eventStore: new SqliteEventStore({ filename: ':memory:' }), readStore: new SqliteReadStore({ filename: ':memory:' }), logger: false });
  try {
    return describeApi(app);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
