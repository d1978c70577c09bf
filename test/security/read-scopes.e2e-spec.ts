import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { planIdFor, planStream } from '#app/sales-planning';
import type { Role } from '#app/eventsourcing';
import { startLiveServer, type LiveServer } from '../dashboard/support/live-server.js';
import { isStream, openEventStream, type SseClient } from '../dashboard/support/sse-client.js';
import type { User } from '../support/api-harness.js';
import { eventually } from '../support/eventually.js';
import { commandsOf, operationsOf } from '../support/openapi-operations.js';
import { creditCheckBody, prospectBody, prospectInDevelopment } from '../support/prospect-requests.js';

/*
 * Every query operation of the OpenAPI document × every role × a reader of the same team and of
 * the other × own and other salespeople's rows. The two teams' data carry markers: each team's id
 * and its supervisor's and manager's ids (team-level facts), each salesperson's id (in every row of
 * theirs, their names included). A reader may see exactly the markers the read rule allows them of
 * what the operation shows someone who reads everything: no foreign marker (beyond what the reader
 * named in the URL: a refused filter is named back), and none of theirs missing.
 */

const TEAMS = ['north', 'south'] as const;
type Team = (typeof TEAMS)[number];
const people = (team: Team) => {
  const t = team[0]!;
  const user = (sub: string, roles: Role[]): User => ({ sub: `${sub}-${t}`, name: `${sub}-${t} name`, roles, teams: [team] });
  return { team, sup: user('sup', ['supervisor']), mgr: user('mgr', ['manager']), own: user('ann', ['salesperson']), other: user('bob', ['salesperson']) };
};
const north = people('north');
const south = people('south');
const auditor: User = { sub: 'aud-x', roles: ['auditor'], teams: [] };
const analyst: User = { sub: 'ana-x', roles: ['analyst'], teams: [] };
/** Reads everything: what an operation shows when nothing is filtered. */
const root: User = { sub: 'root-x', roles: ['auditor', 'analyst', 'manager'], teams: ['north', 'south'] };

const READERS: { name: string; user: User }[] = [
  { name: 'salesperson of north (ann-n)', user: north.own },
  { name: 'salesperson of south (ann-s)', user: south.own },
  { name: 'supervisor of north', user: north.sup },
  { name: 'supervisor of south', user: south.sup },
  { name: 'manager of north', user: north.mgr },
  { name: 'manager of south', user: south.mgr },
  { name: 'auditor', user: auditor },
  { name: 'analyst', user: analyst },
];

const teamMarkers = (t: ReturnType<typeof people>) => [t.team, t.sup.sub, t.mgr.sub];
const MARKERS = [...teamMarkers(north), ...teamMarkers(south), north.own.sub, north.other.sub, south.own.sub, south.other.sub];
/** Supervisors and managers act on rows too (a comment on a salesperson's finding): where only others' rows name them, a salesperson does not see them, so only their leaking is checked. */
const STAFF = new Set([north.sup.sub, north.mgr.sub, south.sup.sub, south.mgr.sub]);
const readsEverything = (u: User) => u.roles.includes('auditor') || u.roles.includes('analyst');
const ownRowsOnly = (u: User) => !readsEverything(u) && !u.roles.includes('supervisor') && !u.roles.includes('manager');

/** The markers the read rule lets a reader see. */
function allowed(u: User): Set<string> {
  if (readsEverything(u)) return new Set(MARKERS);
  const team = u.teams[0] === 'north' ? north : south;
  return new Set([...teamMarkers(team), ...(ownRowsOnly(u) ? [u.sub] : [team.own.sub, team.other.sub])]);
}

/** Public operations that serve the API's own description: no row of anyone's in them. */
const DESCRIBES_THE_API = ['GetOpenApiDocument', 'GetOpenApiDocumentYaml', 'GetApiDocsUi'];

type Access = 'anyone' | 'team' | 'manager' | 'operator' | 'auditor' | 'exporter';

interface Variant {
  operationId: string;
  method: 'GET' | 'POST';
  url: string;
  access: Access;
  /** A single document: its team, and for a document that is one salesperson's row, whose (null: nobody's yet). */
  team?: Team;
  owner?: string | null;
}

/** The refusal a reader gets, or null when the rule lets them read. */
function refusalFor(variant: Variant, u: User): string | null {
  const roles = u.roles;
  if (variant.access === 'manager' && !roles.includes('manager')) return 'AUTH.ROLE_REQUIRED';
  if (variant.access === 'operator' && !roles.includes('manager') && !roles.includes('auditor')) return 'AUTH.ROLE_REQUIRED';
  if (variant.access === 'auditor' && !roles.includes('auditor')) return 'AUTH.ROLE_REQUIRED';
  if (variant.access === 'exporter' && !readsEverything(u)) return 'AUTH.ROLE_REQUIRED';
  if (variant.team !== undefined && !readsEverything(u) && !u.teams.includes(variant.team)) return 'AUTH.TEAM_FORBIDDEN';
  if (variant.owner !== undefined && ownRowsOnly(u) && variant.owner !== u.sub) return 'AUTH.OWN_ROWS_ONLY';
  return null;
}

/** The lists that take a team or a salesperson filter: each team named, and each team's two salespeople named. */
const LIST_FILTERS: { operationId: string; path: string; salesperson: string }[] = [
  { operationId: 'ListPlans', path: '/api/plans', salesperson: '' },
  { operationId: 'GetRolloverLedger', path: '/api/rollovers', salesperson: 'salespersonId' },
  { operationId: 'ListDecisions', path: '/api/decisions', salesperson: '' },
  { operationId: 'ListProspects', path: '/api/prospects', salesperson: 'salesperson' },
  { operationId: 'ListCreditChecks', path: '/api/credit-checks', salesperson: 'salesperson' },
  { operationId: 'GetDevelopmentPipeline', path: '/api/development-pipeline', salesperson: 'salesperson' },
  { operationId: 'ListOverdueDevelopmentReports', path: '/api/development-reports/overdue?asOf=2027-12-31', salesperson: 'salesperson' },
  { operationId: 'ListConversions', path: '/api/conversions', salesperson: 'salesperson' },
];

function filteredLists(): Variant[] {
  const withQuery = (path: string, query: string) => `${path}${path.includes('?') ? '&' : '?'}${query}`;
  return LIST_FILTERS.flatMap(({ operationId, path, salesperson }): Variant[] => [
    ...TEAMS.map((team): Variant => ({ operationId, method: 'GET', url: withQuery(path, `team=${team}`), access: 'team', team })),
    ...(salesperson
      ? [north.own, north.other, south.own].map((u): Variant => ({ operationId, method: 'GET', url: withQuery(path, `${salesperson}=${u.sub}`), access: 'team', owner: u.sub }))
      : []),
  ]);
}

let server: LiveServer;
let variants: Variant[];
const streams: SseClient[] = [];

async function post(path: string, as: User, body: unknown = {}) {
  const res = await server.request('POST', path, { as, body });
  if (res.status >= 300) throw new Error(`${path} as ${as.sub}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { planId?: string; prospectId?: string; scopeId?: string; position: number };
}

/** One team's plan through publication with both salespeople's rows everywhere, its carried lines waived in part, its scope and prospects. */
async function seedTeam(t: ReturnType<typeof people>) {
  const planId = planIdFor(t.team, '2027-Q1');
  const target = (u: User, metric: string, amount: number) => ({ salespersonId: u.sub, salespersonName: u.name, metric, amount, ...(metric === 'revenue' ? { currency: 'CNY' } : {}) });
  await post('/api/plans', t.sup, { team: t.team, period: '2027-Q1', currency: 'CNY', companyTargets: [{ metric: 'revenue', amount: 100_000_00, currency: 'CNY' }], problems: ['Flat sales'] });
  await post(`/api/plans/${planId}/submit`, t.sup, {
    targets: [target(t.own, 'revenue', 60_000_00), target(t.own, 'new_customers', 3), target(t.other, 'revenue', 40_000_00)],
    profitTarget: { amount: 25_000_00, currency: 'CNY' },
    expenseBudget: { amount: { amount: 8_000_00, currency: 'CNY' }, controlNotes: 'Monthly review' },
    subPlans: { paymentCollection: 'a', pricingStrategy: 'b', channelStrategy: 'c', advertisingAndPromotion: 'd', staffingAndTraining: 'e', appraisalRuleChanges: 'f', productStrategy: 'g' },
  });
  await post(`/api/plans/${planId}/approve`, t.mgr);
  await post(`/api/plans/${planId}/book`, t.sup, { outlook: 'Recovering', marketIndicators: [{ indicator: 'Competition', assessment: 'Rising' }] });
  await post(`/api/plans/${planId}/book/approve`, t.mgr);
  for (const u of [t.own, t.other]) {
    await post(`/api/plans/${planId}/actuals`, u, { metric: 'revenue', amount: 10_000_00, currency: 'CNY', date: '2027-02-10', reference: `${u.sub} invoice` });
    await post(`/api/plans/${planId}/difficulty-reports`, u, { difficulty: `${u.sub} lost a customer`, cause: 'external', evidence: '', supportRequested: '', proposals: [{ metric: 'revenue', proposedTarget: 30_000_00 }], effectiveFrom: '2027-02-15' });
  }
  await post(`/api/plans/${planId}/reviews`, t.mgr, { reviewDate: '2027-02-20', reviews: [t.own, t.other].map((u) => ({ salespersonId: u.sub, findings: `${u.sub} is behind`, rating: 'off_track', actions: [] })) });
  await post(`/api/plans/${planId}/follow-up-comments`, t.sup, { salespersonId: t.other.sub, item: 'review', number: 1, comment: `Call ${t.other.sub} first` });
  await post(`/api/plans/${planId}/adjustments`, t.sup, { changes: [{ salespersonId: t.own.sub, metric: 'revenue', to: 55_000_00 }, { salespersonId: t.other.sub, metric: 'revenue', to: 35_000_00 }], reason: 'Lost customers', difficultyReports: [1, 2] });
  await post(`/api/plans/${planId}/adjustments/1/approve`, t.mgr);
  for (const u of [t.own, t.other]) await post(`/api/plans/${planId}/personal-summaries`, u, { summary: `${u.sub} summary` });
  await post(`/api/plans/${planId}/team-summary`, t.sup, { summary: 'Short', analysis: 'Lost customers' });
  await post(`/api/plans/${planId}/appraisal`, t.mgr, { rating: 'poor', comments: 'Short' });
  await post(`/api/plans/${planId}/publish`, t.mgr);
  const next = planIdFor(t.team, '2027-Q2');
  const carried = await eventually(async () => {
    const received = (await server.store.readStream(planStream(next))).filter((e) => e.type === 'CarryOverReceived');
    const lines = received.flatMap((e) => (e.data as { lines: { lineId: string; salespersonId: string }[] }).lines);
    return lines.find((l) => l.salespersonId === t.other.sub)?.lineId;
  }, `${t.team}'s carried lines`);
  await post(`/api/plans/${next}/carry-over/${carried}/waive`, t.mgr, { reason: 'Customer gone' });
  await post('/api/plans', t.sup, { team: t.team, period: '2027-Q2', currency: 'CNY', companyTargets: [], problems: ['Carry the shortfall'] });

  const scope = await post('/api/development-scopes', t.sup, { team: t.team, period: '2027-Q1', targetIndustries: ['Food'], regions: ['Shandong'], sizeClasses: ['medium'], mainDirection: 'Freezers' });
  const prospect = async (as: User, label: string) => (await post('/api/prospects', as, prospectBody({ team: t.team, name: `${label} ${t.team} Trading Co., Ltd.` }))).prospectId!;
  const own = await prospect(t.own, 'Own');
  const p = (path: string) => `/api/prospects/${own}${path}`;
  await prospectInDevelopment(post, own, { assignee: t.own, supervisor: t.sup, manager: t.mgr });
  await post(p('/reports/1/comments'), t.sup, { comment: 'Good start' });
  await post(p('/convert'), t.own, { convertedOn: '2027-03-20' });
  const others = await prospect(t.other, 'Other');
  await post(`/api/prospects/${others}/credit-checks`, t.other, creditCheckBody({ investigator: t.other.sub }));
  const nobodys = await prospect(t.sup, 'Unassigned');
  return { planId, nextPlanId: next, scopeId: scope.scopeId!, own, others, nobodys };
}

beforeAll(async () => {
  server = await startLiveServer({ AUTH_JWT_SECRET: 'read-scopes-test-secret-long-enough-for-hs256', AUTH_FAILURE_LIMIT: '0' });
  const n = await seedTeam(north);
  const s = await seedTeam(south);
  await eventually(async () => {
    const status = (await server.request('GET', '/api/projections', { as: root })).body as { lag: number }[];
    return status.every((p) => p.lag === 0);
  }, 'every projection at the head');
  const decision = ((await server.request('GET', '/api/decisions?team=north&limit=1', { as: root })).body.items as { id: string; revision: number; streamName: string }[])[0]!;
  const verification = (await post('/api/audit/verifications', root)) as unknown as { id: string };
  const today = new Date().toISOString().slice(0, 10);
  const now = new Date().toISOString();
  const plan = (team: Team, ids: typeof n): Variant[] => [
    { operationId: 'GetPlan', method: 'GET', url: `/api/plans/${ids.planId}`, access: 'team', team },
    { operationId: 'GetPlanHistory', method: 'GET', url: `/api/plans/${ids.planId}/history?limit=1000`, access: 'team', team },
    { operationId: 'GetTargetTrackingSheet', method: 'GET', url: `/api/plans/${ids.planId}/tracking-sheet?asOf=2027-03-31`, access: 'team', team },
    { operationId: 'GetTargetTrackingSheet', method: 'GET', url: `/api/plans/${ids.nextPlanId}/tracking-sheet?asOf=2027-04-30`, access: 'team', team },
    { operationId: 'GetFollowUpSheet', method: 'GET', url: `/api/plans/${ids.planId}/follow-up-sheet`, access: 'team', team },
    { operationId: 'GetDevelopmentScope', method: 'GET', url: `/api/development-scopes/${ids.scopeId}`, access: 'team', team },
    { operationId: 'GetDevelopmentScopeHistory', method: 'GET', url: `/api/development-scopes/${ids.scopeId}/history`, access: 'team', team },
    ...(
      [
        [ids.own, team === 'north' ? north.own.sub : south.own.sub],
        [ids.others, team === 'north' ? north.other.sub : south.other.sub],
        [ids.nobodys, null],
      ] as const
    ).flatMap(([prospectId, owner]): Variant[] => [
      { operationId: 'GetProspect', method: 'GET', url: `/api/prospects/${prospectId}`, access: 'team', team, owner },
      { operationId: 'GetProspectHistory', method: 'GET', url: `/api/prospects/${prospectId}/history`, access: 'team', team, owner },
      { operationId: 'GetDevelopmentReports', method: 'GET', url: `/api/prospects/${prospectId}/development-reports`, access: 'team', team, owner },
      { operationId: 'GetProspectAsOf', method: 'GET', url: `/api/audit/prospects/${prospectId}/as-of?revision=0`, access: 'auditor' },
    ]),
    { operationId: 'GetStreamHistory', method: 'GET', url: `/api/audit/streams/${planStream(ids.planId)}/events`, access: 'auditor' },
    { operationId: 'GetPlanAsOf', method: 'GET', url: `/api/audit/plans/${ids.planId}/as-of?revision=17`, access: 'auditor' },
    { operationId: 'GetTargetTrackingSheetAsOf', method: 'GET', url: `/api/audit/plans/${ids.planId}/tracking-sheet/as-of?at=${encodeURIComponent(now)}`, access: 'auditor' },
  ];
  variants = [
    ...['GetHealth:/api/health', 'GetLiveness:/api/health/live', 'GetReadiness:/api/health/ready'].map((s): Variant => {
      const [operationId, url] = s.split(':') as [string, string];
      return { operationId, method: 'GET', url, access: 'anyone' };
    }),
    { operationId: 'ListPlans', method: 'GET', url: '/api/plans', access: 'team' },
    { operationId: 'GetApprovalQueue', method: 'GET', url: '/api/approval-queue', access: 'manager' },
    { operationId: 'GetRolloverLedger', method: 'GET', url: '/api/rollovers', access: 'team' },
    { operationId: 'ListDecisions', method: 'GET', url: '/api/decisions', access: 'team' },
    { operationId: 'ListProspects', method: 'GET', url: '/api/prospects', access: 'team' },
    { operationId: 'ListCreditChecks', method: 'GET', url: '/api/credit-checks', access: 'team' },
    { operationId: 'GetDevelopmentPipeline', method: 'GET', url: '/api/development-pipeline', access: 'team' },
    { operationId: 'ListOverdueDevelopmentReports', method: 'GET', url: '/api/development-reports/overdue?asOf=2027-12-31', access: 'team' },
    { operationId: 'ListConversions', method: 'GET', url: '/api/conversions', access: 'team' },
    { operationId: 'GetProjectionStatus', method: 'GET', url: '/api/projections', access: 'operator' },
    { operationId: 'ListParkedEvents', method: 'GET', url: '/api/projections/parked', access: 'operator' },
    { operationId: 'ExplainDecision', method: 'GET', url: `/api/audit/decisions/${decision.id}/explanation`, access: 'auditor' },
    { operationId: 'ExplainDecisionAt', method: 'GET', url: `/api/audit/streams/${decision.streamName}/events/${decision.revision}/explanation`, access: 'auditor' },
    { operationId: 'VerifyAuditTrail', method: 'POST', url: '/api/audit/verify', access: 'auditor' },
    { operationId: 'GetAuditVerification', method: 'GET', url: `/api/audit/verifications/${verification.id}`, access: 'auditor' },
    { operationId: 'GetDataSubjectReport', method: 'GET', url: `/api/personal-data/subjects/contact:${n.own}/report`, access: 'auditor' },
    { operationId: 'ListPersonalDataAccess', method: 'GET', url: '/api/personal-data/access-log', access: 'auditor' },
    { operationId: 'ExportDecisions', method: 'GET', url: `/api/exports/decisions?from=${today}&to=${today}&format=jsonl`, access: 'exporter' },
    { operationId: 'ExportRollovers', method: 'GET', url: '/api/exports/rollovers?fromPeriod=2027-Q1&toPeriod=2027-Q4&format=jsonl', access: 'exporter' },
    ...plan('north', n),
    ...plan('south', s),
    ...filteredLists(),
  ];
}, 180_000);

afterAll(async () => {
  streams.forEach((c) => c.close());
  await server?.close();
});

const markersIn = (text: string): Set<string> => new Set(MARKERS.filter((m) => text.includes(m)));

describe('read scopes on every query operation', () => {
  it('walks every query operation of the OpenAPI document (its GETs and the query-like POST VerifyAuditTrail)', async () => {
    const { operations } = await operationsOf({ request: (method, url, options) => server.request(method as 'GET', url, options) as never });
    const queries = [...operations.filter((o) => o.method === 'GET').map((o) => o.operationId), 'VerifyAuditTrail'];
    const walked = new Set([...variants.map((v) => v.operationId), 'StreamReadModelChanges', ...DESCRIBES_THE_API]);
    expect(queries.filter((q) => !walked.has(q)).sort()).toEqual([]);
    expect(commandsOf(operations).map((o) => o.operationId)).toContain('VerifyAuditTrail');
  });

  it('answers every reader exactly what the read rule allows, and leaks no other team’s or salesperson’s row', async () => {
    const outcomes: string[] = [];
    for (const variant of variants) {
      const baseline = await server.request(variant.method, variant.url, { as: root, ...(variant.method === 'POST' ? { body: {} } : {}) });
      expect({ url: variant.url, status: baseline.status }).toEqual({ url: variant.url, status: 200 });
      const everything = markersIn(typeof baseline.body === 'string' ? baseline.body : JSON.stringify(baseline.body));
      for (const reader of READERS) {
        const res = await server.request(variant.method, variant.url, { as: reader.user, ...(variant.method === 'POST' ? { body: {} } : {}) });
        const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
        const refusal = refusalFor(variant, reader.user);
        const found = markersIn(text);
        const may = allowed(reader.user);
        const cell = {
          operation: variant.operationId,
          url: variant.url,
          reader: reader.name,
          status: res.status,
          code: res.status >= 400 ? res.body?.code : null,
          leaked: [...found].filter((m) => !may.has(m) && !variant.url.includes(m)),
          missing: refusal ? [] : [...everything].filter((m) => may.has(m) && !found.has(m) && !STAFF.has(m)),
        };
        expect(cell).toEqual({ ...cell, status: refusal ? 403 : 200, code: refusal, leaked: [], missing: [] });
        outcomes.push(`${variant.operationId} ${reader.name}: ${res.status}`);
      }
    }
    expect(outcomes.length).toBe(variants.length * READERS.length);
  });

  it('tells each reader’s live stream of the changes to rows they may read, and of no other', async () => {
    const added = async (as: User, team: Team, label = 'Live') => (await post('/api/prospects', as, prospectBody({ team, name: `${label} ${as.sub} Co., Ltd.` }))).prospectId!;
    const ownLive = await added(north.own, 'north');
    const otherLive = await added(north.other, 'north');
    const southLive = await added(south.own, 'south');
    const heard = new Map<string, SseClient>();
    for (const reader of READERS) {
      const ticket = (await server.request('POST', '/api/events/tickets', { as: reader.user, body: {} })).body.ticket as string;
      const client = await openEventStream(`${server.url}/api/events/stream?ticket=${ticket}&projections=prospect-list`);
      if (!isStream(client)) throw new Error(`stream refused for ${reader.name}`);
      streams.push(client);
      await client.next((e) => e.event === 'ready', 'ready');
      heard.set(reader.name, client);
    }
    await post(`/api/prospects/${ownLive}/abandon`, north.sup, { reason: 'Live test' });
    await post(`/api/prospects/${otherLive}/abandon`, north.sup, { reason: 'Live test' });
    await post(`/api/prospects/${southLive}/abandon`, south.sup, { reason: 'Live test' });
    // Then one change every reader of each team may hear (a prospect of its own salesperson): once it arrives, the ones before it have.
    const sentinels = { north: await added(north.own, 'north', 'Sentinel'), south: await added(south.own, 'south', 'Sentinel') };
    for (const reader of READERS) {
      const client = heard.get(reader.name)!;
      const ids = new Set<string>();
      const awaited = readsEverything(reader.user) ? [sentinels.north, sentinels.south] : [sentinels[reader.user.teams[0] as Team]];
      await eventually(() => {
        for (const event of client.events.filter((e) => e.event === 'change')) for (const id of event.data.ids as string[]) ids.add(id);
        return awaited.every((id) => ids.has(id));
      }, `${reader.name}'s stream`);
      const may = (_id: string, team: Team, owner: string) => readsEverything(reader.user) || (reader.user.teams.includes(team) && (!ownRowsOnly(reader.user) || owner === reader.user.sub));
      const expected = { own: may(ownLive, 'north', north.own.sub), other: may(otherLive, 'north', north.other.sub), south: may(southLive, 'south', south.own.sub) };
      expect({ reader: reader.name, own: ids.has(ownLive), other: ids.has(otherLive), south: ids.has(southLive) }).toEqual({ reader: reader.name, ...expected });
    }
  });
});
