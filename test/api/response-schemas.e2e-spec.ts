import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AuditTrailReport, IntegrityStamp, SealOutcome } from '#app/event-store';
import type { PlanAsOf, ProspectAsOf, StreamHistoryPage, TrackingSheetAsOf, DecisionExplanation } from '#app/audit';
import type {
  ConversionDocument,
  CreditCheckDocument,
  DevelopmentPipeline,
  DevelopmentReportsDocument,
  DevelopmentScopeHistoryPage,
  DevelopmentScopeView,
  OverdueReportsPage,
  ProspectHistoryPage,
  ProspectListItem,
  ProspectView,
} from '#app/customer-development';
import type { EventMetadata, RecordedEvent } from '#app/eventsourcing';
import type { AccessLogPage, DataSubjectReport, ErasureOutcome } from '#app/personal-data';
import type { Page, ParkedEvent, ProcessStatus, ProjectionStatus } from '#app/read-store';
import { planIdFor, planStream, type DecisionDocument, type FollowUpSheetDocument, type OpenPlanState, type PlanHistoryPage, type PlanState, type PlanSummary, type PlanView, type RolloverLedger, type TrackingSheetView } from '#app/sales-planning';
import { ERASED, MASKED, type Freshness } from '#app/shared-kernel';
import { appServices } from '../../apps/api/src/app.factory.js';
import type { AuditTrailReportResponse, DecisionExplanationResponse, NothingToSealResponse, PlanAsOfResponse, ProspectAsOfResponse, SealedResponse, StreamHistoryPageResponse, TrackingSheetAsOfResponse } from '../../apps/api/src/audit/audit.responses.js';
import type { Ticket } from '../../apps/api/src/live/event-tickets.js';
import type { EventStreamTicketResponse } from '../../apps/api/src/live/events.responses.js';
import { describeApi } from '../../apps/api/src/openapi/openapi-document.js';
import type { AccessLogPageResponse, DataSubjectReportResponse, ErasureResponse } from '../../apps/api/src/personal-data/personal-data.responses.js';
import type { PlanHistoryPageResponse, PlanNotOpenedStateResponse, PlanResponse, PlanStateResponse } from '../../apps/api/src/plans/plan.responses.js';
import type {
  ConversionPageResponse,
  CreditCheckPageResponse,
  DevelopmentPipelineResponse,
  DevelopmentReportsResponse,
  OverdueReportsPageResponse,
  ProspectPageResponse,
} from '../../apps/api/src/prospects/development-read.responses.js';
import type { DevelopmentScopeHistoryPageResponse, DevelopmentScopeResponse, ProspectHistoryPageResponse, ProspectResponse } from '../../apps/api/src/prospects/prospect.responses.js';
import type {
  ApprovalQueueResponse,
  DecisionPageResponse,
  FollowUpSheetResponse,
  PlanPageResponse,
  RolloverLedgerResponse,
  TrackingSheetResponse,
} from '../../apps/api/src/read-models/planning-read.responses.js';
import type { ParkedEventPageResponse, ProcessStatusResponse, ProjectionStatusResponse } from '../../apps/api/src/read-models/projections.responses.js';
import { startLiveServer, type HttpResponse, type LiveServer } from '../dashboard/support/live-server.js';
import { seedProspects } from '../dashboard/support/seed-customers.js';
import { seedPlans, type Seeded } from '../dashboard/support/seed.js';
import type { User } from '../support/api-harness.js';
import { eventually } from '../support/eventually.js';
import { OpenApiConformance } from '../support/openapi-conformance.js';
import { ann, auditor as aud, mgr, openPlanBody, planBookBody, submitPlanBody, sup } from '../support/plan-requests.js';
import { creditCheckBody, prospectBody, scopeBody } from '../support/prospect-requests.js';

/*
 * The compile-time half: each response DTO of the OpenAPI document has exactly the fields, at every
 * depth, and the types of the type its query or command answers. A field added, dropped or retyped
 * on either side fails `npm run typecheck` here.
 */
type Paths<T> = T extends readonly (infer U)[] ? Paths<U> : T extends object ? { [K in keyof T & string]-?: K | `${K}.${Paths<NonNullable<T[K]>>}` }[keyof T & string] : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? ([Paths<A>] extends [Paths<B>] ? ([Paths<B>] extends [Paths<A>] ? true : false) : false) : false) : false;
type Answer<T> = T & { freshness: Freshness };
/** EventMetadata without its index signature, with the hash-chain link the integrity decorator adds: what the history routes document. */
type Known<T> = { [K in keyof T as string extends K ? never : K]: T[K] };
type StoredEvent = Omit<RecordedEvent, 'metadata'> & { metadata: Known<EventMetadata> & { integrity?: IntegrityStamp } };
type Stored<T extends { events: RecordedEvent[] }> = Omit<T, 'events'> & { events: (StoredEvent & Omit<T['events'][number], keyof RecordedEvent>)[] };

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
  Same<PlanResponse, PlanView>,
  Same<PlanStateResponse, OpenPlanState>,
  Same<PlanNotOpenedStateResponse, Extract<PlanState, { status: 'none' }>>,
  Same<PlanHistoryPageResponse, Stored<PlanHistoryPage>>,
  Same<ProspectResponse, ProspectView>,
  Same<ProspectHistoryPageResponse, Stored<ProspectHistoryPage>>,
  Same<DevelopmentScopeResponse, DevelopmentScopeView>,
  Same<DevelopmentScopeHistoryPageResponse, Stored<DevelopmentScopeHistoryPage>>,
  Same<ProjectionStatusResponse, ProjectionStatus>,
  Same<ProcessStatusResponse, ProcessStatus>,
  Same<ParkedEventPageResponse, { items: ParkedEvent[] }>,
  Same<EventStreamTicketResponse, Ticket>,
  Same<StreamHistoryPageResponse, Stored<StreamHistoryPage>>,
  Same<PlanAsOfResponse, PlanAsOf>,
  Same<TrackingSheetAsOfResponse, TrackingSheetAsOf>,
  Same<ProspectAsOfResponse, ProspectAsOf>,
  Same<DecisionExplanationResponse, DecisionExplanation>,
  Same<AuditTrailReportResponse, AuditTrailReport>,
  Same<SealedResponse | NothingToSealResponse, SealOutcome>,
  Same<ErasureResponse, Omit<ErasureOutcome, 'replayed'>>,
  Same<DataSubjectReportResponse, DataSubjectReport>,
  Same<AccessLogPageResponse, AccessLogPage>,
  Same<DevelopmentReportsResponse, Answer<DevelopmentReportsDocument>>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];

/** Operations no scenario here answers with a 2xx, and why. */
const NOT_REACHED = {
  RetryParkedEvent: 'a retry succeeds only after the projection’s code is fixed; the scenario reaches its 404 (and the library tests its success)',
};

interface CallOptions {
  as?: User;
  token?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

interface Answer2 extends HttpResponse {
  text: string;
}

let server: LiveServer;
let conformance: OpenApiConformance;
/** What the checked exchanges broke; each test expects none. */
let problems: string[] = [];

/** One request through the socket, held to the OpenAPI document (status, headers, content type, body with objects closed). */
async function call(method: string, path: string, options: CallOptions = {}): Promise<Answer2> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  const bearer = options.token ?? (options.as ? await server.token(options.as) : undefined);
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const payload = options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined);
  if (payload !== undefined) headers['content-type'] ??= 'application/json';
  const res = await fetch(`${server.url}${path}`, { method, headers, ...(payload !== undefined ? { body: payload } : {}) });
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  let body: unknown = text === '' ? undefined : text;
  if (/^application\/(problem\+)?json/.test(res.headers.get('content-type') ?? '')) body = JSON.parse(text);
  problems.push(...conformance.check({ method, url: path, status: res.status, headers: res.headers, body }));
  return { status: res.status, headers: res.headers, body, text };
}

const checked = (): LiveServer => ({ ...server, request: (method, path, options) => call(method, path, options) });

/** Checks the problems of the exchanges so far, and starts afresh. */
function expectConformance() {
  const found = problems;
  problems = [];
  expect(found).toEqual([]);
}

async function ok(method: string, path: string, as: User | undefined, body?: unknown, headers?: Record<string, string>): Promise<Answer2> {
  const res = await call(method, path, { ...(as ? { as } : {}), ...(body !== undefined ? { body } : {}), ...(headers ? { headers } : {}) });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
  return res;
}

const south = (sub: string, roles: User['roles']): User => ({ sub, name: sub, roles, teams: ['south'] });
const southSup = south('sup-s', ['supervisor']);
const southAnn = south('ann', ['salesperson']);
const southBob = south('bob', ['salesperson']);
const analyst: User = { sub: 'ana', name: 'ana', roles: ['analyst'], teams: [] };
const privacyOfficer: User = { sub: 'pia', name: 'pia', roles: ['privacy_officer'], teams: [] };

let seeded: Seeded;
/** The prospect abandoned in the first scenario: its contact is erased in the personal-data one. */
let abandoned: string;

beforeAll(async () => {
  // The development secret, as `npm start` on a fresh clone: the development sign-in answers too.
  server = await startLiveServer({ AUTH_FAILURE_LIMIT: '150' });
  conformance = new OpenApiConformance(describeApi(server.app));
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('every operation answers what the OpenAPI document says', () => {
  it('process (1) through every plan command, (2) through every prospect command', async () => {
    seeded = await seedPlans(checked());
    await seedProspects(checked());

    // South's 2027-Q1: the plan commands the seed leaves out (book rejected, adjustment rejected, appraisal revised, rejected and approved).
    const plan = planIdFor('south', '2027-Q1');
    const p = (path = '') => `/api/plans/${plan}${path}`;
    const created = await ok('POST', '/api/plans', southSup, openPlanBody({ team: 'south' }));
    expect(created.status).toBe(201);
    await ok('POST', p('/submit'), southSup, submitPlanBody());
    await ok('POST', p('/approve'), mgr, { comment: 'Fine' });
    await ok('POST', p('/book'), southSup, planBookBody());
    await ok('POST', p('/book/reject'), mgr, { reason: 'More on channels' });
    await ok('POST', p('/book'), southSup, planBookBody());
    await ok('POST', p('/book/approve'), mgr, {});
    await ok('POST', p('/actuals'), southAnn, { metric: 'revenue', amount: 30_000_00, currency: 'CNY', date: '2027-02-10', reference: 'S-1' });
    await ok('POST', p('/actuals'), southBob, { metric: 'revenue', amount: 40_000_00, currency: 'CNY', date: '2027-03-01', reference: 'S-2' });
    await ok('POST', p('/difficulty-reports'), southAnn, {
      difficulty: 'A key account left', cause: 'external', evidence: 'Letter', supportRequested: 'Lower target', proposals: [{ metric: 'revenue', proposedTarget: 50_000_00 }], effectiveFrom: '2027-02-15',
    });
    await ok('POST', p('/follow-up-comments'), southSup, { salespersonId: 'ann', item: 'difficulty_report', number: 1, comment: 'We visit the account together' });
    await ok('POST', p('/adjustments'), southSup, { changes: [{ salespersonId: 'ann', metric: 'revenue', to: 50_000_00 }], reason: 'Lost account', difficultyReports: [1] });
    await ok('POST', p('/adjustments/1/reject'), mgr, { reason: 'Too deep a cut' });
    await ok('POST', p('/personal-summaries'), southAnn, { summary: 'Tough' });
    await ok('POST', p('/personal-summaries'), southBob, { summary: 'Fine' });
    await ok('POST', p('/team-summary'), southSup, { summary: 'Mixed', analysis: 'Ann lost an account' });
    await ok('POST', p('/appraisal'), mgr, { rating: 'satisfactory', comments: 'Short' });
    const correction = (reason: string) => ({ corrections: [{ salespersonId: 'bob', metric: 'revenue', field: 'actual', to: 41_000_00, reason }] });
    await ok('POST', p('/appraisal/revise'), southSup, correction('Credit note reversed'));
    await ok('POST', p('/appraisal/reject'), mgr, { reason: 'Show the credit note' });
    await ok('POST', p('/appraisal/revise'), southSup, correction('Credit note CN-7 reversed'));
    await ok('POST', p('/appraisal/approve'), mgr, { comment: 'Agreed' });
    await ok('POST', p('/publish'), mgr);
    const next = planIdFor('south', '2027-Q2');
    const received = await eventually(async () => (await server.store.readStream(planStream(next))).find((e) => e.type === 'CarryOverReceived'), 'the carry-over into south’s 2027-Q2');
    const line = (received.data as { lines: { lineId: string }[] }).lines[0]!;
    await ok('POST', `/api/plans/${next}/carry-over/${line.lineId}/waive`, mgr, { reason: 'Region closed' });

    // Retries: the same key and request replay the first answer; the same key with another request is refused.
    const actual = { metric: 'revenue', amount: 1_00, currency: 'CNY', date: '2027-05-04', reference: 'R-1' };
    const first = await ok('POST', `/api/plans/${seeded.q2}/actuals`, ann, actual, { 'idempotency-key': 'retry-1' });
    const again = await ok('POST', `/api/plans/${seeded.q2}/actuals`, ann, actual, { 'idempotency-key': 'retry-1' });
    expect([again.headers.get('idempotent-replayed'), again.body]).toEqual(['true', first.body]);
    expect((await call('POST', `/api/plans/${seeded.q2}/actuals`, { as: ann, body: { ...actual, amount: 2_00 }, headers: { 'idempotency-key': 'retry-1' } })).status).toBe(422);

    // Process (2): scopes (defined, then redefined), a credit issue resolved by redefinition, a comment, an abandonment, a conversion.
    const scope = await ok('POST', '/api/development-scopes', sup, scopeBody());
    expect(scope.status).toBe(201);
    expect((await ok('POST', '/api/development-scopes', sup, scopeBody({ regions: ['Shandong'] }), { 'if-match': '"0"' })).status).toBe(200);
    const issue = (await ok('POST', '/api/prospects', ann, prospectBody())).body as { prospectId: string };
    const q = (path: string) => `/api/prospects/${issue.prospectId}${path}`;
    await ok('POST', q('/credit-checks'), ann, creditCheckBody());
    await ok('POST', q('/credit-issue'), ann, { description: 'Two lawsuits by suppliers' });
    await ok('POST', q('/credit-issue/resolve'), mgr, { resolution: 'redefine', redefinition: 'Cash on delivery only' });
    await ok('POST', q('/abandon'), ann, { reason: 'Chose a competitor' });
    abandoned = issue.prospectId;
    const developing = ((await ok('GET', '/api/prospects?status=in_development', aud)).body as { items: { prospectId: string }[] }).items[0]!.prospectId;
    await ok('POST', `/api/prospects/${developing}/reports/1/comments`, sup, { comment: 'Push for the pilot' });
    await ok('GET', '/api/development-reports/overdue?asOf=2027-12-31&days=14', aud);
    await ok('POST', `/api/prospects/${developing}/convert`, ann, { convertedOn: '2027-05-20' });
    await eventually(async () => ((await server.request('GET', '/api/conversions?status=attributed', { as: aud })).body.items?.length ?? 0) === 1, 'the conversion counted on the plan');
    expectConformance();
  }, 120_000);

  it('every query: states and histories, read models, the audit trail, exports, projections, health, live, development sign-in and this document', async () => {
    const head = ((await ok('GET', '/api/health', undefined)).body as { eventStore: { headPosition: number } }).eventStore.headPosition;
    const prospectId = ((await ok('GET', '/api/prospects?status=converted', aud)).body as { items: { prospectId: string }[] }).items[0]!.prospectId;
    const scopeId = ((await ok('POST', '/api/development-scopes', sup, scopeBody({ period: '2027-Q3' }))).body as { scopeId: string }).scopeId;
    const plan = await ok('GET', `/api/plans/${seeded.q1}`, mgr);
    expect(plan.headers.get('etag')).toMatch(/^"\d+"$/);
    for (const path of [
      `/api/plans/${seeded.q1}/history?limit=5`,
      `/api/prospects/${prospectId}`,
      `/api/prospects/${prospectId}/history`,
      `/api/development-scopes/${scopeId}`,
      `/api/development-scopes/${scopeId}/history`,
    ]) await ok('GET', path, aud);

    const withPosition = (path: string) => `${path}${path.includes('?') ? '&' : '?'}minPosition=${head}`;
    for (const path of [
      '/api/plans?limit=2',
      `/api/plans/${seeded.q2}/tracking-sheet?asOf=2027-05-10`,
      `/api/plans/${seeded.q1}/follow-up-sheet`,
      '/api/rollovers?fromPeriod=2027-Q1&toPeriod=2027-Q4',
      '/api/decisions',
      '/api/prospects',
      '/api/credit-checks',
      '/api/development-pipeline',
      '/api/conversions',
      `/api/prospects/${prospectId}/development-reports`,
    ]) {
      const res = await ok('GET', withPosition(path), aud);
      expect([path, res.headers.get('x-read-model-behind')]).toEqual([path, 'false']);
    }
    await ok('GET', '/api/approval-queue', mgr, undefined, { 'x-min-position': String(head) });

    // The audit trail.
    const at = new Date().toISOString();
    await ok('GET', `/api/audit/streams/plan-${seeded.q1}/events?fromRevision=0&limit=3`, aud);
    await ok('GET', `/api/audit/plans/${seeded.q1}/as-of?revision=3`, aud);
    await ok('GET', `/api/audit/plans/${seeded.q1}/as-of?at=${at}`, aud);
    await ok('GET', `/api/audit/plans/${seeded.q2}/tracking-sheet/as-of?at=${at}`, aud);
    await ok('GET', `/api/audit/prospects/${prospectId}/as-of?revision=0`, aud);
    const decision = ((await ok('GET', '/api/decisions?limit=1', aud)).body as { items: { id: string; streamName: string; revision: number }[] }).items[0]!;
    await ok('GET', `/api/audit/decisions/${decision.id}/explanation?minPosition=${head}`, aud);
    await ok('GET', `/api/audit/streams/${decision.streamName}/events/${decision.revision}/explanation`, aud);
    expect(((await ok('POST', '/api/audit/verify', aud)).body as { ok: boolean }).ok).toBe(true);
    const started = (await ok('POST', '/api/audit/verifications', aud)).body as { id: string; status: string };
    let verification = started;
    while (verification.status === 'running') verification = (await ok('GET', `/api/audit/verifications/${started.id}`, aud)).body as typeof started;
    expect(verification.status).toBe('done');
    expect(((await ok('POST', '/api/audit/seals', aud)).body as { sealed: boolean }).sealed).toBe(true);
    expect(((await ok('POST', '/api/audit/seals', aud)).body as { sealed: boolean }).sealed).toBe(false);

    // Exports: CSV after a byte order mark, or JSON lines, as attachments.
    const today = at.slice(0, 10);
    const csv = await ok('GET', `/api/exports/decisions?from=${today}&to=${today}&format=csv`, aud);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const jsonl = await ok('GET', `/api/exports/decisions?from=${today}&to=${today}&format=jsonl`, aud);
    expect(JSON.parse(jsonl.text.split('\n')[0]!)).toEqual(expect.objectContaining({ decision: expect.any(String) }));
    await ok('GET', '/api/exports/rollovers?fromPeriod=2027-Q1&toPeriod=2027-Q4', aud);
    await ok('GET', '/api/exports/rollovers?fromPeriod=2027-Q1&toPeriod=2027-Q4&format=jsonl', aud);

    // Projections, health.
    await ok('GET', '/api/projections', aud);
    await ok('GET', '/api/projections/parked?projection=tracking-sheet', mgr);
    expect((await ok('POST', '/api/projections/plans-list/rebuild', aud)).status).toBe(202);
    expect((await call('POST', '/api/projections/plans-list/parked/1/retry', { as: aud })).status).toBe(404);
    await ok('GET', '/api/health/live', undefined);
    await ok('GET', '/api/health/ready', undefined);

    // Live: a ticket, then the event stream up to its `ready` event.
    const ticket = ((await ok('POST', '/api/events/tickets', mgr)).body as { ticket: string }).ticket;
    const abort = new AbortController();
    const streamPath = `/api/events/stream?ticket=${ticket}&projections=tracking-sheet,nope`;
    const stream = await fetch(`${server.url}${streamPath}`, { signal: abort.signal });
    const reader = stream.body!.getReader();
    let text = '';
    while (!text.includes('event: ready')) text += new TextDecoder().decode((await reader.read()).value);
    abort.abort();
    problems.push(...conformance.check({ method: 'GET', url: streamPath, status: stream.status, headers: stream.headers, body: text }));

    // The development sign-in (loopback, development secret) and this document.
    await ok('GET', '/api/dev', undefined, undefined, { 'x-salesflow-dev': '1' });
    await ok('POST', '/api/dev/tokens', undefined, { sub: 'max', roles: ['manager'], teams: ['north'] }, { 'x-salesflow-dev': '1' });
    for (const path of ['/api/docs', '/api/docs-json', '/api/docs-yaml']) await ok('GET', path, undefined);
    expectConformance();
  }, 60_000);

  it('personal data: masked for an analyst, in clear in an auditor’s export, erased by a privacy officer; the data subject’s report and the access log', async () => {
    const prospect = (as: User) => ok('GET', `/api/prospects/${abandoned}`, as).then((res) => res.body as { contact: { name: string }; assignedSalespersonName?: string });
    expect((await prospect(analyst)).contact.name).toBe(MASKED);
    expect((await prospect(aud)).contact.name).not.toMatch(/^\[/);
    const listed = ((await ok('GET', '/api/prospects?limit=5', analyst)).body as { items: { contact: { name: string } }[] }).items;
    expect(listed.map((item) => item.contact.name)).toEqual(listed.map(() => MASKED));
    await ok('GET', `/api/audit/streams/prospect-${abandoned}/events`, aud);
    await ok('GET', '/api/decisions?limit=5', analyst);
    const today = new Date().toISOString().slice(0, 10);
    await ok('GET', `/api/exports/decisions?from=${today}&to=${today}&format=jsonl&personalData=include`, aud);
    await ok('GET', '/api/exports/rollovers?fromPeriod=2027-Q1&toPeriod=2027-Q4&personalData=include', aud);

    const subjectId = `contact:${abandoned}`;
    const erased = await ok('POST', '/api/personal-data/erasures', privacyOfficer, { subjectId, legalBasis: 'PIPL Art. 47: consent withdrawn' }, { 'idempotency-key': 'erase-1' });
    expect([erased.status, erased.headers.get('etag'), (erased.body as { subjectId: string }).subjectId]).toEqual([201, '"0"', subjectId]);
    const replayed = await ok('POST', '/api/personal-data/erasures', privacyOfficer, { subjectId, legalBasis: 'PIPL Art. 47: consent withdrawn' }, { 'idempotency-key': 'erase-1' });
    expect([replayed.status, replayed.headers.get('idempotent-replayed'), replayed.body]).toEqual([201, 'true', erased.body]);
    expect((await prospect(aud)).contact.name).toBe(ERASED);

    const report = (await ok('GET', erased.headers.get('location')!, privacyOfficer)).body as DataSubjectReport;
    expect([report.subjectId, report.status, report.erasure?.erasedBy]).toEqual([subjectId, 'erased', 'pia']);
    expect(report.mentions.flatMap((m) => m.fields.map((f) => f.value))).toContain(ERASED);
    await ok('GET', `/api/personal-data/subjects/${subjectId}/report?accessLimit=1`, aud);

    const first = (await ok('GET', `/api/personal-data/access-log?subjectId=${subjectId}&limit=1`, aud)).body as AccessLogPage;
    expect([first.entries.length, first.next]).toEqual([1, expect.any(String)]);
    await ok('GET', `/api/personal-data/access-log?actorId=${aud.sub}&from=2020-01-01T00:00:00Z&to=2099-12-31T23:59:59Z&after=${first.next}`, privacyOfficer);
    expectConformance();
  }, 60_000);

  it('errors: each a documented status with the problem body (fields as objects), and the headers of the error', async () => {
    const refused = async (status: number, method: string, path: string, options: CallOptions = {}) => {
      const res = await call(method, path, options);
      expect([method, path, res.status, res.headers.get('content-type')]).toEqual([method, path, status, 'application/problem+json; charset=utf-8']);
      return res.body as { code: string; fields?: unknown[] };
    };
    const invalid = await refused(400, 'POST', '/api/plans', { as: sup, body: { ...openPlanBody({ period: '2027-Q4' }), team: 7 } });
    expect(invalid.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'team', messages: expect.any(Array) })]));
    await refused(400, 'POST', '/api/plans', { as: sup, rawBody: '{"team":' });
    await refused(400, 'GET', '/api/plans?minPosition=soon', { as: aud });
    await refused(401, 'GET', '/api/plans');
    await refused(401, 'GET', '/api/plans', { token: 'a.b.c' });
    await refused(403, 'POST', `/api/plans/${seeded.q3}/approve`, { as: ann, body: {} });
    await refused(404, 'GET', `/api/plans/${planIdFor('west', '2027-Q1')}`, { as: aud });
    await refused(409, 'POST', `/api/plans/${seeded.q1}/publish`, { as: mgr });
    await refused(412, 'POST', `/api/plans/${seeded.q3}/approve`, { as: mgr, body: {}, headers: { 'if-match': '"0"' } });
    await refused(413, 'POST', '/api/plans', { as: sup, rawBody: JSON.stringify({ problems: ['x'.repeat(1_100_000)] }) });
    await refused(414, 'GET', `/api/plans/${'x'.repeat(101)}`, { as: aud });
    await refused(415, 'POST', '/api/plans', { as: sup, rawBody: '<plan/>', headers: { 'content-type': 'application/xml' } });
    await refused(404, 'GET', '/api/audit/streams/plan-nope/events', { as: aud });
    await refused(403, 'GET', '/api/audit/streams/plan-nope/events', { as: mgr });
    await refused(400, 'GET', `/api/audit/plans/${seeded.q1}/as-of`, { as: aud });
    await refused(401, 'GET', '/api/events/stream?ticket=a.b.c&projections=plans-list');
    await refused(403, 'GET', '/api/exports/decisions?from=2027-01-01&to=2027-01-31&personalData=include', { as: analyst });
    const erasure = (subjectId: string) => ({ subjectId, legalBasis: 'GDPR Art. 17(1)(b)' });
    await refused(403, 'POST', '/api/personal-data/erasures', { as: aud, body: erasure(`contact:${abandoned}`) });
    await refused(404, 'POST', '/api/personal-data/erasures', { as: privacyOfficer, body: erasure('contact:no-such-prospect') });
    await refused(409, 'POST', '/api/personal-data/erasures', { as: privacyOfficer, body: erasure(`contact:${abandoned}`) });
    await refused(400, 'POST', '/api/personal-data/erasures', { as: privacyOfficer, body: erasure('Liu Yifei') });
    await refused(400, 'POST', '/api/prospects', { as: ann, body: prospectBody({ name: 'pii:1:contact:x:abc' }) });
    await refused(400, 'GET', '/api/personal-data/subjects/nobody/report', { as: aud });
    await refused(403, 'GET', '/api/personal-data/access-log', { as: analyst });
    await refused(400, 'GET', '/api/personal-data/access-log?from=2027-02-01T00:00:00Z&to=2027-01-01T00:00:00Z', { as: aud });
    expectConformance();
  });

  it('asks for a token on every operation but the public ones, which answer without', async () => {
    const sample: Record<string, string> = { planId: seeded.q1, name: 'plans-list', position: '1', lineId: 'line', adjustmentNumber: '1', reportNumber: '1', revision: '0' };
    for (const { method, path, operation } of conformance.operations) {
      const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => sample[name] ?? 'x');
      const res = await call(method, url, method === 'POST' ? { body: {} } : {});
      const isPublic = Array.isArray(operation.security) && operation.security.length === 0;
      expect([method, path, isPublic ? res.status !== 401 || path === '/api/events/stream' : res.status === 401]).toEqual([method, path, true]);
    }
    expectConformance();
  });

  it('answers 429 with Retry-After after too many failed authentications, and 503 with Retry-After while shutting down', async () => {
    let res = await call('GET', '/api/plans', { token: 'a.b.c' });
    while (res.status === 401) res = await call('GET', '/api/plans', { token: 'a.b.c' });
    expect([res.status, (res.body as { code: string }).code, res.headers.get('retry-after')]).toEqual([429, 'AUTH.TOO_MANY_FAILURES', expect.stringMatching(/^\d+$/)]);
    expect((await call('GET', '/api/plans', { as: aud })).status).toBe(429);
    const { lifecycle } = appServices(server.app);
    lifecycle.shuttingDown = true;
    try {
      expect((await call('GET', '/api/health/ready')).status).toBe(503);
      expect((await call('POST', `/api/plans/${seeded.q2}/actuals`, { as: ann, body: {} })).status).toBe(503);
    } finally {
      lifecycle.shuttingDown = false;
    }
    expectConformance();
  });

  it('answered every operation of the document with a success, but those it cannot reach', () => {
    expect(conformance.withoutSuccess().sort()).toEqual(Object.keys(NOT_REACHED).sort());
  });

  it('fails a body with a field the document does not name, or a value outside an enum', () => {
    const plans = conformance.operationFor('GET', '/api/plans')!.operation.responses['200'].content['application/json'].schema;
    const body = { items: [], nextCursor: null, freshness: { projection: 'plans-list', position: 1, behind: false } };
    expect(conformance.schemaProblems(plans, body)).toEqual([]);
    expect(conformance.schemaProblems(plans, { ...body, extra: 1 })).not.toEqual([]);
    expect(conformance.schemaProblems(plans, { ...body, freshness: { ...body.freshness, projection: 'nope' } })).not.toEqual([]);
  });
});
