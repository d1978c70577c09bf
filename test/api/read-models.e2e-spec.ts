import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { planIdFor } from '#app/sales-planning';
import { MASKED } from '#app/shared-kernel';
import { startApi, type ApiHarness, type User } from '../support/api-harness.js';
import { eventually } from '../support/eventually.js';
import { TEAM, ann, auditor, bob, mgr, openPlanBody, planBookBody, southSup, sup, submitPlanBody } from '../support/plan-requests.js';

let api: ApiHarness;
const analyst: User = { sub: 'ana', roles: ['analyst'], teams: [] };
const q1 = planIdFor(TEAM, '2027-Q1');
const q2 = planIdFor(TEAM, '2027-Q2');
let lastPosition = 0;

async function post(url: string, as: User, body: unknown = {}) {
  const res = await api.request('POST', url, { as, body });
  expect({ url, status: res.statusCode }).toEqual({ url, status: url === '/api/plans' ? 201 : 200 });
  lastPosition = res.body.position;
  return res.body;
}

async function toExecuting(period: string) {
  const id = planIdFor(TEAM, period);
  await post('/api/plans', sup, openPlanBody({ period }));
  await post(`/api/plans/${id}/submit`, sup, submitPlanBody());
  await post(`/api/plans/${id}/approve`, mgr);
  await post(`/api/plans/${id}/book`, sup, planBookBody());
  await post(`/api/plans/${id}/book/approve`, mgr);
  return id;
}

const get = (url: string, as: User) => api.request('GET', url, { as });

beforeAll(async () => {
  api = await startApi();
  await toExecuting('2027-Q1');
  await post(`/api/plans/${q1}/actuals`, ann, { metric: 'revenue', amount: 20_000_00, currency: 'CNY', date: '2027-01-15', reference: 'A1' });
  await post(`/api/plans/${q1}/actuals`, ann, { metric: 'revenue', amount: 10_000_00, currency: 'CNY', date: '2027-03-10', reference: 'A2' });
  await post(`/api/plans/${q1}/actuals`, bob, { metric: 'revenue', amount: 30_000_00, currency: 'CNY', date: '2027-02-01', reference: 'B1' });
});
afterAll(async () => {
  await api.close();
});

describe('target tracking sheet (hand-computed)', () => {
  it('reads its own write and computes each row as of a date', async () => {
    const res = await get(`/api/plans/${q1}/tracking-sheet?asOf=2027-02-14&minPosition=${lastPosition}`, mgr);
    expect(res.statusCode).toBe(200);
    expect(res.body.freshness).toEqual({ projection: 'tracking-sheet', position: expect.any(Number), behind: false });
    expect(res.body.freshness.position).toBeGreaterThanOrEqual(lastPosition);
    expect(res.headers['x-read-model-behind']).toBe('false');
    expect(res.body).toMatchObject({ planId: q1, team: TEAM, period: '2027-Q1', status: 'executing', asOf: '2027-02-14', elapsedPercent: 50 });
    const row = (who: string, metric: string) => res.body.rows.find((r: { salespersonId: string; metric: string }) => r.salespersonId === who && r.metric === metric);
    // Ann: target 60,000.00; to 14 Feb only the 15 Jan actual (20,000.00); expected 30,000.00 → 66.7 % of pace → behind.
    expect(row('ann', 'revenue')).toMatchObject({ effectiveTarget: 60_000_00, actualToDate: 20_000_00, completionPercent: 33.33, variance: -40_000_00, expectedToDate: 30_000_00, pace: 'behind' });
    // Bob: target 40,000.00, actual 30,000.00, expected 20,000.00 → on track.
    expect(row('bob', 'revenue')).toMatchObject({ effectiveTarget: 40_000_00, actualToDate: 30_000_00, completionPercent: 75, expectedToDate: 20_000_00, pace: 'on_track' });
    expect(row('ann', 'new_customers')).toMatchObject({ effectiveTarget: 3, actualToDate: 0, completionPercent: 0, pace: 'behind' });
    const endOfQuarter = await get(`/api/plans/${q1}/tracking-sheet?asOf=2027-03-31`, mgr);
    expect(endOfQuarter.body.rows.find((r: { salespersonId: string; metric: string }) => r.salespersonId === 'ann' && r.metric === 'revenue').actualToDate).toBe(30_000_00);
  });

  it('shows a salesperson only their own rows', async () => {
    const res = await get(`/api/plans/${q1}/tracking-sheet?asOf=2027-02-14`, bob);
    expect(res.statusCode).toBe(200);
    expect(res.body.rows.map((r: { salespersonId: string }) => r.salespersonId)).toEqual(['bob']);
  });

  it('answers an unknown plan with 404, another team with 403, bad parameters with 400', async () => {
    expect((await get('/api/plans/nope/tracking-sheet', mgr)).body.code).toBe('PLAN.NOT_FOUND');
    expect((await get(`/api/plans/${q1}/tracking-sheet`, southSup)).statusCode).toBe(403);
    const badDate = await get(`/api/plans/${q1}/tracking-sheet?asOf=14-02-2027`, mgr);
    expect([badDate.statusCode, badDate.body.fields[0].field]).toEqual([400, 'asOf']);
    const unknown = await get(`/api/plans/${q1}/tracking-sheet?colour=red`, mgr);
    expect(unknown.statusCode).toBe(400);
    const badMin = await get(`/api/plans/${q1}/tracking-sheet?minPosition=-3`, mgr);
    expect(badMin.statusCode).toBe(400);
  });

  it('answers with what it has and says it is behind when the position is not reached in time', async () => {
    const res = await get(`/api/plans/${q1}/follow-up-sheet?minPosition=999999999`, mgr);
    expect(res.statusCode).toBe(200);
    expect(res.body.freshness.behind).toBe(true);
    expect(res.headers['x-read-model-behind']).toBe('true');
  }, 15000);
});

describe('plans list and approval queue', () => {
  it('lists plans with filters and validates them', async () => {
    const res = await get('/api/plans?status=executing', mgr);
    expect(res.statusCode).toBe(200);
    expect(res.body.items.map((p: { id: string; status: string }) => [p.id, p.status])).toEqual([[q1, 'executing']]);
    expect((await get('/api/plans?limit=abc', mgr)).statusCode).toBe(400);
    expect((await get('/api/plans?status=sleeping', mgr)).statusCode).toBe(400);
    expect((await get('/api/plans?team=south', sup)).statusCode).toBe(403);
  });

  it('pages a manager of several teams through every plan exactly once', async () => {
    await post('/api/plans', southSup, openPlanBody({ team: 'south', period: '2027-08' }));
    const all = await get(`/api/plans?limit=1000&minPosition=${lastPosition}`, mgr);
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await get(`/api/plans?limit=1${cursor ? `&cursor=${cursor}` : ''}`, mgr);
      expect(page.statusCode).toBe(200);
      ids.push(...page.body.items.map((p: { id: string }) => p.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(all.body.items.map((p: { team: string }) => p.team))).toEqual(new Set([TEAM, 'south']));
    expect(ids.sort()).toEqual(all.body.items.map((p: { id: string }) => p.id).sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect((await get('/api/plans?cursor=bogus', mgr)).body.code).toBe('REQUEST.INVALID_CURSOR');
  });

  it('queues what awaits the manager, never their own submission', async () => {
    const id = planIdFor(TEAM, '2027-07');
    await post('/api/plans', sup, openPlanBody({ period: '2027-07' }));
    await post(`/api/plans/${id}/submit`, sup, submitPlanBody());
    const queue = await api.request('GET', `/api/approval-queue?minPosition=${lastPosition}`, { as: mgr });
    expect(queue.body.items.map((p: { id: string; awaiting: string }) => [p.id, p.awaiting])).toEqual([[id, 'plan_approval']]);
    const self = await api.request('GET', '/api/approval-queue', { as: { sub: 'sup-1', roles: ['manager'], teams: [TEAM] } });
    expect(self.body.items).toEqual([]);
    expect((await get('/api/approval-queue', ann)).statusCode).toBe(403);
  });
});

describe('roll-over ledger (hand-computed)', () => {
  beforeAll(async () => {
    await post(`/api/plans/${q1}/personal-summaries`, ann, { summary: 'a' });
    await post(`/api/plans/${q1}/personal-summaries`, bob, { summary: 'b' });
    await post(`/api/plans/${q1}/team-summary`, sup, { summary: 's', analysis: '' });
    await post(`/api/plans/${q1}/appraisal`, mgr, { rating: 'poor', comments: '' });
    await post(`/api/plans/${q1}/publish`, mgr);
    // The carry-over process works in the background: let Q1's lines reach Q2 before Q2 runs.
    await eventually(async () => (await api.store.readStream(`plan-${q2}`)).some((e) => e.type === 'CarryOverReceived'), 'the carry-over into Q2');
    await toExecuting('2027-Q2');
    await post(`/api/plans/${q2}/actuals`, ann, { metric: 'revenue', amount: 35_000_00, currency: 'CNY', date: '2027-04-15', reference: 'A3' });
    await post(`/api/plans/${q2}/personal-summaries`, ann, { summary: 'a' });
    await post(`/api/plans/${q2}/personal-summaries`, bob, { summary: 'b' });
    await post(`/api/plans/${q2}/team-summary`, sup, { summary: 's', analysis: '' });
    await post(`/api/plans/${q2}/appraisal`, mgr, { rating: 'poor', comments: '' });
    await post(`/api/plans/${q2}/publish`, mgr);
  });

  it('books carried in by origin, carried out, settled, and counts consecutive shortfall periods', async () => {
    const res = await eventually(async () => {
      const answer = await get(`/api/rollovers?team=${TEAM}&fromPeriod=2027-Q1&toPeriod=2027-Q3&minPosition=${lastPosition}`, analyst);
      return answer.body.periods?.length === 3 && answer;
    }, 'three periods in the roll-over ledger');
    expect(res.statusCode).toBe(200);
    const [p1, p2, p3] = res.body.periods;
    // Q1: Ann revenue 60,000.00 − 30,000.00 = 30,000.00; Ann new customers 3; Bob revenue 40,000.00 − 30,000.00 = 10,000.00.
    expect(p1).toMatchObject({ period: '2027-Q1', published: true });
    expect(p1.metrics.revenue).toEqual({ carriedIn: { total: 0, byOrigin: {} }, carriedOut: 40_000_00, waived: 0, settled: 0, currency: 'CNY' });
    expect(p1.metrics.new_customers).toMatchObject({ carriedOut: 3 });
    // Q2: carried in 40,000.00 revenue from Q1; Ann's 35,000.00 settles her 30,000.00 first, 5,000.00 goes to her own 60,000.00.
    expect(p2.metrics.revenue).toEqual({ carriedIn: { total: 40_000_00, byOrigin: { '2027-Q1': 40_000_00 } }, carriedOut: 55_000_00 + 50_000_00, waived: 0, settled: 30_000_00, currency: 'CNY' });
    expect(p3).toMatchObject({ period: '2027-Q3', published: false });
    expect(p3.metrics.revenue.carriedIn.byOrigin).toEqual({ '2027-Q1': 10_000_00, '2027-Q2': 95_000_00 });
    expect(res!.body.streaks).toEqual(
      expect.arrayContaining([
        // The analyst reads names masked (personal data).
        { team: TEAM, salespersonId: 'ann', salespersonName: MASKED, consecutivePeriodsWithShortfall: 2, periods: ['2027-Q1', '2027-Q2'] },
        { team: TEAM, salespersonId: 'bob', salespersonName: MASKED, consecutivePeriodsWithShortfall: 2, periods: ['2027-Q1', '2027-Q2'] },
      ]),
    );
  });

  it('filters by salesperson and metric, and lets a salesperson read only their own', async () => {
    const res = await get(`/api/rollovers?team=${TEAM}&salespersonId=bob&metric=revenue`, auditor);
    expect(res.body.periods.flatMap((p: { entries: { salespersonId: string; metric: string }[] }) => p.entries.map((e) => `${e.salespersonId}:${e.metric}`))).toEqual(
      expect.arrayContaining(['bob:revenue']),
    );
    expect(res.body.periods.flatMap((p: { entries: { salespersonId: string }[] }) => p.entries).every((e: { salespersonId: string }) => e.salespersonId === 'bob')).toBe(true);
    const own = await get('/api/rollovers', ann);
    expect(own.body.periods.flatMap((p: { entries: { salespersonId: string }[] }) => p.entries).every((e: { salespersonId: string }) => e.salespersonId === 'ann')).toBe(true);
    expect((await get('/api/rollovers?salespersonId=bob', ann)).statusCode).toBe(403);
  });

  it('answers an inverted range or a malformed filter with 400', async () => {
    const inverted = await get('/api/rollovers?fromPeriod=2027-Q3&toPeriod=2027-Q1', analyst);
    expect([inverted.statusCode, inverted.body.code]).toEqual([400, 'REQUEST.INVERTED_RANGE']);
    expect((await get('/api/rollovers?fromPeriod=Q3-2027', analyst)).statusCode).toBe(400);
    expect((await get('/api/rollovers?metric=smiles', analyst)).statusCode).toBe(400);
  });
});

describe('decision log', () => {
  it('lists decisions with actor, role, time and reason, filtered by actor, type and time', async () => {
    const res = await get(`/api/decisions?actorId=mgr-1&type=PlanApproved&minPosition=${lastPosition}`, auditor);
    expect(res.statusCode).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(2);
    expect(res.body.items[0]).toMatchObject({ eventType: 'PlanApproved', decision: 'approval', actorId: 'mgr-1', actorRole: 'manager', team: TEAM });
    const none = await get('/api/decisions?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z', auditor);
    expect(none.body.items).toEqual([]);
    const inverted = await get('/api/decisions?from=2027-02-01T00:00:00Z&to=2027-01-01T00:00:00Z', auditor);
    expect([inverted.statusCode, inverted.body.code]).toEqual([400, 'REQUEST.INVERTED_RANGE']);
    expect((await get('/api/decisions?from=yesterday', auditor)).statusCode).toBe(400);
    expect((await get('/api/decisions?limit=0', auditor)).statusCode).toBe(400);
  });
});

describe('projection operations', () => {
  it('exposes lag per projection in /api/projections and /api/health', async () => {
    const status = await get('/api/projections', auditor);
    expect(status.statusCode).toBe(200);
    expect(status.body.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['tracking-sheet', 'follow-up-sheet', 'plans-list', 'rollover-ledger', 'decision-log']),
    );
    expect(status.body[0]).toEqual(expect.objectContaining({ checkpoint: expect.any(Number), headPosition: expect.any(Number), lag: expect.any(Number), parked: 0 }));
    expect(status.body).toEqual(expect.arrayContaining([{ name: 'carry-over', kind: 'process', checkpoint: expect.any(Number), headPosition: expect.any(Number), lag: expect.any(Number), lagAtLeast: false, parked: 0 }]));
    expect((await get('/api/projections/parked?projection=carry-over', auditor)).body).toEqual({ items: [] });
    const health = await api.request('GET', '/api/health');
    expect(health.body.projections.length).toBeGreaterThanOrEqual(5);
    expect((await get('/api/projections', ann)).statusCode).toBe(403);
    expect((await get('/api/projections/parked?projection=nope', auditor)).statusCode).toBe(404);
    expect((await get('/api/projections/parked', auditor)).body.items).toEqual([]);
  });
});
