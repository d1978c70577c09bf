import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv, type AnySchema } from 'ajv';
import addFormats from 'ajv-formats';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ConversionDocument, CreditCheckDocument, DevelopmentPipeline, DevelopmentReportsDocument, OverdueReportsPage, ProspectListItem } from '#app/customer-development';
import type { Page } from '#app/read-store';
import type { DecisionDocument, FollowUpSheetDocument, PlanSummary, RolloverLedger, TrackingSheetView } from '#app/sales-planning';
import type { Freshness } from '#app/shared-kernel';
import { describeApi } from '../../apps/api/src/openapi/openapi-document.js';
import type {
  ConversionPageResponse,
  CreditCheckPageResponse,
  DevelopmentPipelineResponse,
  DevelopmentReportsResponse,
  OverdueReportsPageResponse,
  ProspectPageResponse,
} from '../../apps/api/src/prospects/development-read.responses.js';
import type {
  ApprovalQueueResponse,
  DecisionPageResponse,
  FollowUpSheetResponse,
  PlanPageResponse,
  RolloverLedgerResponse,
  TrackingSheetResponse,
} from '../../apps/api/src/read-models/planning-read.responses.js';
import { startLiveServer, type LiveServer } from '../dashboard/support/live-server.js';
import { seedProspects } from '../dashboard/support/seed-customers.js';
import { seedPlans, type Seeded } from '../dashboard/support/seed.js';
import { eventually } from '../support/eventually.js';
import { ann, auditor as aud, mgr } from '../support/plan-requests.js';

/*
 * The compile-time half: each response DTO of the OpenAPI document has exactly the fields, at every
 * depth, and the types of the response type of its read-model slice (plus `freshness`). A field
 * added, dropped or retyped on either side fails `npm run typecheck` here.
 */
type Paths<T> = T extends readonly (infer U)[] ? Paths<U> : T extends object ? { [K in keyof T & string]-?: K | `${K}.${Paths<NonNullable<T[K]>>}` }[keyof T & string] : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? ([Paths<A>] extends [Paths<B>] ? ([Paths<B>] extends [Paths<A>] ? true : false) : false) : false) : false;
type Answer<T> = T & { freshness: Freshness };

export const documentedAsAnswered: [
  Same<PlanPageResponse, Answer<Page<PlanSummary>>>,
  Same<ApprovalQueueResponse, Answer<{ items: PlanSummary[] }>>,
  Same<TrackingSheetResponse, Answer<TrackingSheetView>>,
  Same<FollowUpSheetResponse, Answer<FollowUpSheetDocument>>,
  Same<RolloverLedgerResponse, Answer<RolloverLedger>>,
  Same<DecisionPageResponse, Answer<Page<DecisionDocument>>>,
  Same<ProspectPageResponse, Answer<Page<ProspectListItem>>>,
  Same<CreditCheckPageResponse, Answer<Page<CreditCheckDocument>>>,
  Same<DevelopmentPipelineResponse, Answer<DevelopmentPipeline>>,
  Same<OverdueReportsPageResponse, Answer<OverdueReportsPage>>,
  Same<ConversionPageResponse, Answer<Page<ConversionDocument>>>,
  Same<DevelopmentReportsResponse, Answer<DevelopmentReportsDocument>>,
] = [true, true, true, true, true, true, true, true, true, true, true, true];

/**
 * The document's schemas as JSON Schema for ajv: OpenAPI 3.0's `nullable` becomes a union with
 * null, and every object with listed properties is closed, so an undocumented field fails too.
 */
function jsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(jsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const { nullable, ...rest } = schema as Record<string, unknown>;
  const converted: Record<string, unknown> = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, key === 'example' ? value : jsonSchema(value)]));
  if (typeof converted.$ref === 'string') converted.$ref = converted.$ref.replace('#/components/schemas/', 'schemas#/');
  if (converted.properties && converted.additionalProperties === undefined) converted.additionalProperties = false;
  if (nullable !== true) return converted;
  if (Array.isArray(converted.enum)) converted.enum = [...converted.enum, null];
  return { anyOf: [converted, { type: 'null' }] };
}

function validatorFor(document: OpenAPIObject) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: 'schemas', ...(jsonSchema(document.components?.schemas) as object) } as AnySchema);
  return (path: string, body: unknown) => {
    const operation = document.paths[path]?.get;
    const schema = (operation?.responses['200'] as { content?: Record<string, { schema?: unknown }> } | undefined)?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`GET ${path} documents no 200 body`);
    const validate = ajv.compile(jsonSchema(schema) as AnySchema);
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  };
}

let server: LiveServer;
let seeded: Seeded;
let check: ReturnType<typeof validatorFor>;
/** Read before the one prospect in development converts. */
let overdue: { status: number; body: any };
let developing: string;

beforeAll(async () => {
  server = await startLiveServer({ AUTH_JWT_SECRET: 'response-schemas-test-secret-long-enough!' });
  check = validatorFor(describeApi(server.app));
  seeded = await seedPlans(server);
  await seedProspects(server);
  overdue = await server.request('GET', '/api/development-reports/overdue?asOf=2027-12-31&days=14', { as: aud });
  developing = (await server.request('GET', '/api/prospects?status=in_development', { as: aud })).body.items[0].prospectId as string;
  const converted = await server.request('POST', `/api/prospects/${developing}/convert`, { as: ann, body: { convertedOn: '2027-05-20' } });
  expect(converted.status).toBe(200);
  await eventually(async () => (await server.request('GET', '/api/conversions?status=attributed', { as: aud })).body.items?.length === 1, 'the conversion counted on the plan');
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('every read-model route answers what the OpenAPI document says', () => {
  const routes = (): [string, string, string][] => [
    ['/api/plans', '/api/plans', '?limit=2'],
    ['/api/approval-queue', '/api/approval-queue', ''],
    ['/api/plans/{planId}/tracking-sheet', `/api/plans/${seeded.q2}/tracking-sheet`, '?asOf=2027-05-10'],
    ['/api/plans/{planId}/follow-up-sheet', `/api/plans/${seeded.q1}/follow-up-sheet`, ''],
    ['/api/rollovers', '/api/rollovers', '?fromPeriod=2027-Q1&toPeriod=2027-Q4'],
    ['/api/decisions', '/api/decisions', ''],
    ['/api/prospects', '/api/prospects', ''],
    ['/api/credit-checks', '/api/credit-checks', ''],
    ['/api/development-pipeline', '/api/development-pipeline', ''],
    ['/api/conversions', '/api/conversions', ''],
    ['/api/prospects/{prospectId}/development-reports', `/api/prospects/${developing}/development-reports`, ''],
  ];

  it('GET each route, with data in every list, and check the body against its documented 200 schema', async () => {
    for (const [documented, path, query] of routes()) {
      const res = await server.request('GET', `${path}${query}${query ? '&' : '?'}minPosition=${seeded.head}`, { as: documented === '/api/approval-queue' ? mgr : aud });
      expect([documented, res.status]).toEqual([documented, 200]);
      const listed = (res.body.items ?? res.body.rows ?? res.body.periods ?? res.body.teams ?? res.body.reports ?? Object.keys(res.body.salespeople ?? {})) as unknown[];
      expect([documented, listed.length > 0]).toEqual([documented, true]);
      expect([documented, check(documented, res.body)]).toEqual([documented, []]);
    }
    expect(overdue.status).toBe(200);
    expect(overdue.body.items.length).toBeGreaterThan(0);
    expect(check('/api/development-reports/overdue', overdue.body)).toEqual([]);
  });

  it('fails a body with a field the document does not name, or a value outside an enum', () => {
    const body = { items: [], nextCursor: null, freshness: { projection: 'plans-list', position: 1, behind: false } };
    expect(check('/api/plans', body)).toEqual([]);
    expect(check('/api/plans', { ...body, extra: 1 })).not.toEqual([]);
    expect(check('/api/decisions', { ...body, items: [{ decision: 'veto' }] })).not.toEqual([]);
  });
});
