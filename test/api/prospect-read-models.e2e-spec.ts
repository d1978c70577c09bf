import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConversionActualProcess, conversionStream } from '#app/customer-development';
import { EventProcessRunner, type CheckpointStore } from '#app/event-store';
import { ExecutePlanCommandHandler, planIdFor, planStream } from '#app/sales-planning';
import { startApi, type ApiHarness, type Response, type User } from '../support/api-harness.js';
import { eventually } from '../support/eventually.js';
import { openPlanBody, planBookBody, submitPlanBody } from '../support/plan-requests.js';
import {
  OTHER_TEAM,
  TEAM,
  analyst,
  ann,
  applicationBody,
  auditor,
  bob,
  creditCheckBody,
  mgr,
  prospectBody,
  reportBody,
  southSue,
  southSup,
  sup,
} from '../support/prospect-requests.js';

const carl: User = { sub: 'carl', name: 'Carl', roles: ['salesperson'], teams: [TEAM] };
const Q1 = planIdFor(TEAM, '2027-Q1');

let api: ApiHarness;
/** The global position of the latest command: reads wait for it (read-your-writes). */
let head = 0;

async function step(target: string, as: User, body: unknown = {}, status = 200): Promise<Response> {
  const res = await api.request('POST', target, { as, body });
  expect({ target, status: res.statusCode, code: res.body?.code }).toEqual({ target, status, code: undefined });
  head = Math.max(head, res.body.position);
  return res;
}

async function read(path: string, as: User): Promise<Response> {
  const res = await api.request('GET', `${path}${path.includes('?') ? '&' : '?'}minPosition=${head}`, { as });
  expect({ path, status: res.statusCode, code: res.body?.code }).toEqual({ path, status: 200, code: undefined });
  expect(res.body.freshness.behind).toBe(false);
  return res;
}

async function refused(path: string, as: User, status: number, code: string) {
  const res = await api.request('GET', path, { as });
  expect({ path, status: res.statusCode, code: res.body?.code }).toEqual({ path, status, code });
}

const p = (id: string, path = '') => `/api/prospects/${id}${path}`;

async function add(as: User, over: Record<string, unknown>): Promise<string> {
  return (await step('/api/prospects', as, prospectBody(over), 201)).body.prospectId;
}

/** Step 4 screening through step 6: key prospect, application, both approvals, start. */
async function developed(id: string, salesperson: User, dealValue = 1_200_000_00) {
  await step(p(id, '/screen'), sup, { outcome: 'key_prospect' });
  await step(p(id, '/application'), salesperson, applicationBody({ expectedDealValue: { amount: dealValue, currency: 'CNY' } }));
  await step(p(id, '/application/supervisor-review'), sup, { decision: 'approve' });
  await step(p(id, '/application/manager-review'), mgr, { decision: 'approve' });
  await step(p(id, '/development/start'), salesperson);
}

const scores = (...grades: string[]) => grades.map((score, i) => ({ item: `Item ${i + 1}`, score }));
const ids = (res: Response) => (res.body.items as { prospectId: string }[]).map((i) => i.prospectId).sort();
const sorted = (...values: string[]) => [...values].sort();

/** The conversion ledger row once the conversion process has answered (bounded wait, no timing asserted). */
async function answered(prospectId: string) {
  return eventually(async () => {
    const res = await api.request('GET', `/api/conversions?team=${TEAM}&minPosition=${await api.store.headPosition()}`, { as: mgr });
    const row = (res.body.items as { prospectId: string; status: string }[]).find((c) => c.prospectId === prospectId);
    return row && row.status !== 'pending' ? (row as Record<string, unknown>) : undefined;
  }, `the conversion of ${prospectId} to be answered`);
}

const trackedNewCustomers = async (salespersonId: string) => {
  const sheet = await api.request('GET', `/api/plans/${Q1}/tracking-sheet?asOf=2027-03-31&minPosition=${await api.store.headPosition()}`, { as: mgr });
  expect(sheet.statusCode).toBe(200);
  return (sheet.body.rows as { salespersonId: string; metric: string; actualToDate: number }[]).find((r) => r.salespersonId === salespersonId && r.metric === 'new_customers')
    ?.actualToDate;
};

let converted: string;
let redefined: string;
let stopped: string;
let unattributed: string;
let southern: string;

beforeAll(async () => {
  api = await startApi();

  // The team's Q1 plan executes: ann has a new_customers target of 3, bob only revenue, carl none.
  await step('/api/plans', sup, openPlanBody(), 201);
  await step(`/api/plans/${Q1}/submit`, sup, submitPlanBody());
  await step(`/api/plans/${Q1}/approve`, mgr, { comment: 'Fine' });
  await step(`/api/plans/${Q1}/book`, sup, planBookBody());
  await step(`/api/plans/${Q1}/book/approve`, mgr);

  // Converted: ann's prospect goes the whole way.
  converted = await add(ann, { name: 'Qilu Cold Chain Co., Ltd.', industry: 'Cold chain logistics', region: 'Shandong' });
  await step(p(converted, '/credit-checks'), ann, creditCheckBody({ investigatedOn: '2027-02-10' }));
  await developed(converted, ann);
  await step(p(converted, '/reports'), ann, reportBody({ stage: 'closing', expectedDealValue: { amount: 1_000_000_00, currency: 'CNY' } }));
  await step(p(converted, '/convert'), ann, { convertedOn: '2027-03-20' });

  // A credit problem: the manager redefines the prospect, which goes on into development with bob.
  redefined = await add(sup, { name: 'Jinan Frozen Foods Ltd.', industry: 'Food processing', region: 'Shandong' });
  await step(p(redefined, '/assign'), sup, { salespersonId: 'bob', salespersonName: 'Bob' });
  await step(p(redefined, '/credit-checks'), bob, creditCheckBody({ investigatedOn: '2027-02-12', scoredItems: scores('C', 'C', 'C'), investigator: 'Bob' }));
  await step(p(redefined, '/credit-issue'), bob, { description: 'Two lawsuits by suppliers' });
  await step(p(redefined, '/credit-issue/resolve'), mgr, { resolution: 'redefine', redefinition: 'Cash on delivery only' });
  await developed(redefined, bob, 600_000_00);
  await step(p(redefined, '/reports'), bob, reportBody({ stage: 'proposal', expectedDealValue: { amount: 500_000_00, currency: 'CNY' } }));

  // A credit problem the manager stops.
  stopped = await add(ann, { name: 'Bad Debt Trading Co.', industry: 'Retail', region: 'Hebei' });
  await step(p(stopped, '/credit-checks'), ann, creditCheckBody({ investigatedOn: '2027-02-14', scoredItems: scores('D', 'D') }));
  await step(p(stopped, '/credit-issue'), sup, { description: 'Unpaid judgment' });
  await step(p(stopped, '/credit-issue/resolve'), mgr, { resolution: 'stop', reason: 'Judgment unpaid' });

  // Converted by a salesperson without targets on the executing plan.
  unattributed = await add(carl, { name: 'Carl Corner Store', industry: 'Retail', region: 'Shandong' });
  await step(p(unattributed, '/credit-checks'), carl, creditCheckBody({ investigatedOn: '2027-02-16', investigator: 'Carl' }));
  await developed(unattributed, carl);
  await step(p(unattributed, '/convert'), carl, { convertedOn: '2027-03-25' });

  southern = await add(southSue, { team: OTHER_TEAM, name: 'Hebei Ice Works', region: 'Hebei' });
});

afterAll(async () => {
  await api.close();
});

describe('a conversion counted as a new customer', () => {
  it('is one new_customers actual for ann on the executing Q1 plan, still one after the process runs again', async () => {
    const row = await answered(converted);
    expect(row).toMatchObject({
      status: 'attributed',
      salespersonId: 'ann',
      convertedOn: '2027-03-20',
      actuals: [{ planId: Q1, period: '2027-Q1', salespersonId: 'ann', date: '2027-03-20', recordedBy: 'system' }],
      unattributedAttempts: [],
    });
    expect(await trackedNewCustomers('ann')).toBe(1);

    await answered(unattributed);
    const saved = new Map<string, number>();
    const fromTheStart: CheckpointStore = { getCheckpoint: async (n) => saved.get(n) ?? null, saveCheckpoint: async (n, at) => void saved.set(n, at) };
    const before = await api.store.headPosition();
    expect(await new EventProcessRunner(api.store, fromTheStart, new ConversionActualProcess(api.store, new ExecutePlanCommandHandler(api.store), () => new Date())).catchUp()).toBe(2);
    expect(await api.store.headPosition()).toBe(before);
    expect(await trackedNewCustomers('ann')).toBe(1);
    const counted = (await api.store.readStream(planStream(Q1))).filter((e) => e.type === 'ActualRecorded');
    expect(counted).toHaveLength(1);
  });

  it('is left unattributed, with every plan tried and why, when the salesperson has no targets on the executing plan', async () => {
    const row = await answered(unattributed);
    expect(row).toMatchObject({
      status: 'unattributed',
      salespersonId: 'carl',
      actuals: [],
      unattributedAttempts: [
        { period: '2027-03', planId: planIdFor(TEAM, '2027-03'), outcome: 'no_plan', code: 'PLAN.NOT_FOUND' },
        { period: '2027-Q1', planId: Q1, outcome: 'no_targets', code: 'PLAN.NOT_ON_PLAN' },
        { period: '2027', planId: planIdFor(TEAM, '2027'), outcome: 'no_plan', code: 'PLAN.NOT_FOUND' },
      ],
    });
    expect(await api.store.readStream(conversionStream(unattributed))).toHaveLength(1);
    const unattributedOnly = await read(`/api/conversions?status=unattributed`, sup);
    expect(ids(unattributedOnly)).toEqual([unattributed]);
    expect(await trackedNewCustomers('carl')).toBeUndefined();
  });
});

describe('the potential customer list (ListProspects)', () => {
  it('shows the supervisor every prospect of the team, by name, with the fields of the list', async () => {
    const res = await read('/api/prospects', sup);
    expect(res.body.items.map((i: { name: string }) => i.name)).toEqual(['Bad Debt Trading Co.', 'Carl Corner Store', 'Jinan Frozen Foods Ltd.', 'Qilu Cold Chain Co., Ltd.']);
    expect(res.body.nextCursor).toBeNull();
    const row = res.body.items.find((i: { prospectId: string }) => i.prospectId === converted);
    expect(row).toMatchObject({
      team: TEAM,
      name: 'Qilu Cold Chain Co., Ltd.',
      industry: 'Cold chain logistics',
      region: 'Shandong',
      size: 'medium',
      contact: { name: 'Wang Li' },
      source: 'Trade fair',
      initialAssessment: 'Needs 40 freezers this year',
      assignedSalespersonId: 'ann',
      status: 'converted',
      latestCreditGrade: 'B',
      latestCreditCheck: { checkNumber: 1, grade: 'B', totalPoints: 24, investigatedOn: '2027-02-10' },
      expectedDealValue: { amount: 1_000_000_00, currency: 'CNY' },
      developmentStage: 'closing',
      reportCount: 1,
      keyDates: { lastCreditCheckOn: '2027-02-10', convertedOn: '2027-03-20', closedOn: '2027-03-20', addedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    });
    expect(row).not.toHaveProperty('prospect');
    expect(res.body.items.find((i: { prospectId: string }) => i.prospectId === redefined)).toMatchObject({ status: 'in_development', latestCreditGrade: 'C', assignedSalespersonId: 'bob' });
    expect(res.body.items.find((i: { prospectId: string }) => i.prospectId === stopped)).toMatchObject({ status: 'stopped', latestCreditGrade: 'D' });
  });

  it('filters by status, grade, salesperson, industry, region and part of the name', async () => {
    expect(ids(await read('/api/prospects?status=stopped', sup))).toEqual([stopped]);
    expect(ids(await read('/api/prospects?grade=B', sup))).toEqual(sorted(converted, unattributed));
    expect(ids(await read('/api/prospects?salesperson=bob', sup))).toEqual([redefined]);
    expect(ids(await read('/api/prospects?industry=retail', sup))).toEqual(sorted(stopped, unattributed));
    expect(ids(await read('/api/prospects?region=HEBEI', mgr))).toEqual(sorted(stopped, southern));
    expect(ids(await read('/api/prospects?q=frozen', sup))).toEqual([redefined]);
    expect(ids(await read(`/api/prospects?q=${encodeURIComponent('Cold-Chain co')}`, sup))).toEqual([converted]);
    expect(ids(await read('/api/prospects?status=converted&salesperson=carl', sup))).toEqual([unattributed]);
  });

  it('pages with a cursor, across the teams of a manager', async () => {
    const first = await read('/api/prospects?limit=3', mgr);
    expect(first.body.items).toHaveLength(3);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await read(`/api/prospects?limit=3&cursor=${first.body.nextCursor}`, mgr);
    expect(second.body.nextCursor).toBeNull();
    expect([...ids(first), ...ids(second)].sort()).toEqual(sorted(converted, redefined, stopped, unattributed, southern));
    const searched = [];
    let cursor: string | null = null;
    do {
      const page: Response = await read(`/api/prospects?limit=1&q=co${cursor ? `&cursor=${cursor}` : ''}`, sup);
      searched.push(...ids(page));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(searched.sort()).toEqual(sorted(converted, unattributed));
  });

  it('shows salespeople their own prospects, and auditors and analysts every team', async () => {
    expect(ids(await read('/api/prospects', ann))).toEqual(sorted(converted, stopped));
    expect(ids(await read('/api/prospects', bob))).toEqual([redefined]);
    expect(ids(await read(`/api/prospects?team=${OTHER_TEAM}`, auditor))).toEqual([southern]);
    expect(ids(await read('/api/prospects', analyst))).toHaveLength(5);
    await refused('/api/prospects?salesperson=bob', ann, 403, 'AUTH.OWN_ROWS_ONLY');
    await refused(`/api/prospects?team=${TEAM}`, southSup, 403, 'AUTH.TEAM_FORBIDDEN');
  });
});

describe('the credit check register (ListCreditChecks)', () => {
  it('lists every recorded check with prospect, investigator, date, grade, points, limit and payment behaviour, latest first', async () => {
    const res = await read('/api/credit-checks', sup);
    expect(res.body.items.map((c: { prospectId: string; investigatedOn: string; grade: string }) => [c.prospectId, c.investigatedOn, c.grade])).toEqual([
      [unattributed, '2027-02-16', 'B'],
      [stopped, '2027-02-14', 'D'],
      [redefined, '2027-02-12', 'C'],
      [converted, '2027-02-10', 'B'],
    ]);
    expect(res.body.items[2]).toMatchObject({
      team: TEAM,
      checkNumber: 1,
      investigator: 'Bob',
      totalPoints: 18,
      suggestedCreditLimit: { amount: 800_000_00, currency: 'CNY' },
      paymentBehaviour: 'normal',
      salespersonId: 'bob',
      outcome: 'key_prospect',
    });
    expect(res.body.items[1]).toMatchObject({ outcome: 'credit_issue_reported', outcomeNotes: ['Unpaid judgment'] });
  });

  it('filters by prospect, grade and investigation dates, and by team for readers of several', async () => {
    expect(ids(await read(`/api/credit-checks?prospect=${redefined}`, sup))).toEqual([redefined]);
    expect(ids(await read('/api/credit-checks?grade=B', sup))).toEqual(sorted(converted, unattributed));
    expect(ids(await read('/api/credit-checks?from=2027-02-11&to=2027-02-14', sup))).toEqual(sorted(redefined, stopped));
    expect(ids(await read(`/api/credit-checks?team=${OTHER_TEAM}`, mgr))).toEqual([]);
    expect(ids(await read('/api/credit-checks', ann))).toEqual(sorted(converted, stopped));
  });
});

describe('the development pipeline (GetDevelopmentPipeline)', () => {
  it('counts the team’s prospects and sums expected deal values by stage', async () => {
    const res = await read(`/api/development-pipeline?team=${TEAM}`, sup);
    const [north] = res.body.teams;
    expect(res.body.teams).toHaveLength(1);
    const stage = (name: string) => north.stages.find((s: { stage: string }) => s.stage === name);
    expect(stage('converted')).toEqual({ stage: 'converted', phase: 'closed', count: 2, expectedDealValue: [{ currency: 'CNY', amount: 2_200_000_00 }] });
    expect(stage('proposal')).toEqual({ stage: 'proposal', phase: 'development', count: 1, expectedDealValue: [{ currency: 'CNY', amount: 500_000_00 }] });
    expect(stage('stopped')).toEqual({ stage: 'stopped', phase: 'closed', count: 1, expectedDealValue: [] });
    expect(north.stages.reduce((n: number, s: { count: number }) => n + s.count, 0)).toBe(4);
    expect(north.open).toEqual({ count: 1, expectedDealValue: [{ currency: 'CNY', amount: 500_000_00 }] });
  });

  it('shows a manager each of their teams, and a salesperson only their own prospects', async () => {
    expect((await read('/api/development-pipeline', mgr)).body.teams.map((t: { team: string }) => t.team)).toEqual([TEAM, OTHER_TEAM]);
    const mine = (await read('/api/development-pipeline', bob)).body.teams[0];
    expect(mine).toMatchObject({ team: TEAM, salespersonId: 'bob', open: { count: 1 } });
    await refused(`/api/development-pipeline?team=${OTHER_TEAM}`, sup, 403, 'AUTH.TEAM_FORBIDDEN');
  });
});

describe('overdue development reports (ListOverdueDevelopmentReports)', () => {
  const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  it('lists prospects in development with no report in the last N days, measured from the last report', async () => {
    const list = await read(`/api/prospects?salesperson=bob`, sup);
    const lastReportOn: string = list.body.items[0].keyDates.lastReportOn;
    expect(lastReportOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const due = await read(`/api/development-reports/overdue?asOf=${addDays(lastReportOn, 14)}`, sup);
    expect(due.body).toMatchObject({ days: 14, asOf: addDays(lastReportOn, 14), nextCursor: null });
    expect(due.body.items).toEqual([
      expect.objectContaining({
        prospectId: redefined,
        name: 'Jinan Frozen Foods Ltd.',
        salespersonId: 'bob',
        lastReportOn,
        lastReportNumber: 1,
        lastStage: 'proposal',
        lastActivityOn: lastReportOn,
        daysSinceLastReport: 14,
        overdueSince: addDays(lastReportOn, 14),
      }),
    ]);
    expect((await read(`/api/development-reports/overdue?asOf=${addDays(lastReportOn, 13)}`, sup)).body.items).toEqual([]);
    expect((await read(`/api/development-reports/overdue?days=30&asOf=${addDays(lastReportOn, 20)}`, sup)).body.items).toEqual([]);
    expect(ids(await read(`/api/development-reports/overdue?days=5&asOf=${addDays(lastReportOn, 5)}`, bob))).toEqual([redefined]);
    expect(ids(await read(`/api/development-reports/overdue?days=5&asOf=${addDays(lastReportOn, 5)}`, ann))).toEqual([]);
  });
});

describe('bad input to the read models', () => {
  it.each([
    ['/api/prospects?status=dormant', 'REQUEST.VALIDATION_FAILED'],
    ['/api/prospects?grade=E', 'REQUEST.VALIDATION_FAILED'],
    ['/api/prospects?limit=many', 'REQUEST.VALIDATION_FAILED'],
    ['/api/prospects?limit=0', 'REQUEST.VALIDATION_FAILED'],
    ['/api/prospects?sort=name', 'REQUEST.VALIDATION_FAILED'],
    ['/api/prospects?status=listed&status=stopped', 'REQUEST.VALIDATION_FAILED'],
    ['/api/prospects?cursor=not-a-cursor', 'REQUEST.INVALID_CURSOR'],
    ['/api/credit-checks?grade=excellent', 'REQUEST.VALIDATION_FAILED'],
    ['/api/credit-checks?prospect=42', 'REQUEST.VALIDATION_FAILED'],
    ['/api/credit-checks?from=2027-02-30', 'REQUEST.VALIDATION_FAILED'],
    ['/api/credit-checks?from=2027-03-01&to=2027-02-01', 'REQUEST.INVERTED_RANGE'],
    ['/api/conversions?from=2027-12-31&to=2027-01-01', 'REQUEST.INVERTED_RANGE'],
    ['/api/conversions?status=lost', 'REQUEST.VALIDATION_FAILED'],
    ['/api/development-pipeline?limit=5', 'REQUEST.VALIDATION_FAILED'],
    ['/api/development-reports/overdue?days=0', 'REQUEST.VALIDATION_FAILED'],
    ['/api/development-reports/overdue?days=two', 'REQUEST.VALIDATION_FAILED'],
    ['/api/development-reports/overdue?days=1.5', 'REQUEST.VALIDATION_FAILED'],
    ['/api/development-reports/overdue?asOf=31-03-2027', 'REQUEST.VALIDATION_FAILED'],
    ['/api/prospects?minPosition=soon', 'REQUEST.INVALID_MIN_POSITION'],
  ])('%s is 400 %s', async (path, code) => {
    await refused(path, sup, 400, code);
  });

  it('refuses reading another team with 403 on every read model', async () => {
    for (const path of ['/api/prospects', '/api/credit-checks', '/api/development-pipeline', '/api/development-reports/overdue', '/api/conversions']) {
      await refused(`${path}?team=${TEAM}`, southSup, 403, 'AUTH.TEAM_FORBIDDEN');
    }
  });

  it('needs a token', async () => {
    const res = await api.request('GET', '/api/prospects');
    expect(res.statusCode).toBe(401);
  });
});

describe('OpenAPI', () => {
  it('names each read model route by its query', async () => {
    const res = await api.request('GET', '/api/docs-json');
    const paths = res.body.paths as Record<string, Record<string, { operationId: string }>>;
    expect({
      list: paths['/api/prospects']?.['get']?.operationId,
      checks: paths['/api/credit-checks']?.['get']?.operationId,
      pipeline: paths['/api/development-pipeline']?.['get']?.operationId,
      overdue: paths['/api/development-reports/overdue']?.['get']?.operationId,
      conversions: paths['/api/conversions']?.['get']?.operationId,
      add: paths['/api/prospects']?.['post']?.operationId,
    }).toEqual({
      list: 'ListProspects',
      checks: 'ListCreditChecks',
      pipeline: 'GetDevelopmentPipeline',
      overdue: 'ListOverdueDevelopmentReports',
      conversions: 'ListConversions',
      add: 'AddProspect',
    });
  });
});
