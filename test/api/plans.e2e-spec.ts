import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TokenService } from '#app/platform';
import { planIdFor } from '#app/sales-planning';
import { startApi, type ApiHarness, type User } from '../support/api-harness.js';
import { PERIOD, TEAM, ann, auditor, bob, mgr, openPlanBody, planBookBody, southSup, sup, submitPlanBody } from '../support/plan-requests.js';

let api: ApiHarness;
const planId = planIdFor(TEAM, PERIOD);

beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

/** Runs a request that must be rejected and proves it appended nothing. */
async function rejected(method: 'GET' | 'POST', url: string, options: Parameters<ApiHarness['request']>[2]) {
  const before = await api.store.headPosition();
  const res = await api.request(method, url, options);
  expect(await api.store.headPosition()).toBe(before);
  return res;
}

async function toExecuting(team = TEAM, period = PERIOD, supervisor = sup) {
  const id = planIdFor(team, period);
  const steps: [string, User, unknown][] = [
    ['/api/plans', supervisor, openPlanBody({ team, period })],
    [`/api/plans/${id}/submit`, supervisor, submitPlanBody()],
    [`/api/plans/${id}/approve`, mgr, { comment: 'Agrees with the company target' }],
    [`/api/plans/${id}/book`, supervisor, planBookBody()],
    [`/api/plans/${id}/book/approve`, mgr, {}],
  ];
  for (const [url, as, body] of steps) {
    const res = await api.request('POST', url, { as, body });
    expect([200, 201]).toContain(res.statusCode);
  }
  return id;
}

describe('a plan from problems to execution over HTTP', () => {
  it('runs OpenPlan → SubmitPlan → RejectPlan → SubmitPlan v2 → ApprovePlan → SubmitPlanBook → RejectPlanBook → SubmitPlanBook → ApprovePlanBook → RecordActual', async () => {
    const open = await api.request('POST', '/api/plans', { as: sup, body: openPlanBody() });
    expect(open.statusCode).toBe(201);
    expect(open.body).toEqual({ planId, revision: 0, position: expect.any(Number) });
    expect(open.headers.etag).toBe('"0"');
    expect(open.headers.location).toBe(`/api/plans/${planId}`);

    const steps: [string, User, unknown, number][] = [
      [`/api/plans/${planId}/submit`, sup, submitPlanBody(), 1],
      [`/api/plans/${planId}/reject`, mgr, { reason: 'Targets too low for the company target' }, 2],
      [`/api/plans/${planId}/submit`, sup, submitPlanBody(), 3],
      [`/api/plans/${planId}/approve`, mgr, { comment: 'OK' }, 4],
      [`/api/plans/${planId}/book`, sup, planBookBody(), 5],
      [`/api/plans/${planId}/book/reject`, mgr, { reason: 'Say more about channels' }, 6],
      [`/api/plans/${planId}/book`, sup, planBookBody(), 7],
      [`/api/plans/${planId}/book/approve`, mgr, {}, 8],
      [`/api/plans/${planId}/actuals`, ann, { metric: 'revenue', amount: 12_000_00, currency: 'CNY', date: '2027-02-01', reference: 'INV-1' }, 9],
      [`/api/plans/${planId}/actuals`, ann, { metric: 'new_customers', amount: 1, date: '2027-02-02', reference: 'CUST-7' }, 10],
    ];
    let lastPosition = open.body.position as number;
    for (const [url, as, body, revision] of steps) {
      const res = await api.request('POST', url, { as, body });
      expect({ url, status: res.statusCode, body: res.body }).toEqual({ url, status: 200, body: { planId, revision, position: expect.any(Number) } });
      expect(res.body.position).toBeGreaterThan(lastPosition);
      lastPosition = res.body.position;
    }

    const plan = await api.request('GET', `/api/plans/${planId}`, { as: mgr });
    expect(plan.statusCode).toBe(200);
    expect(plan.headers.etag).toBe('"10"');
    expect(plan.body).toMatchObject({
      planId,
      team: TEAM,
      period: PERIOD,
      status: 'executing',
      currency: 'CNY',
      planVersion: 2,
      bookVersion: 2,
      revision: 10,
      problems: ['Flat sales in the north', 'Slow collections'],
    });
    expect(plan.body.actuals).toEqual(
      expect.arrayContaining([
        { salespersonId: 'ann', metric: 'revenue', amount: 12_000_00 },
        { salespersonId: 'ann', metric: 'new_customers', amount: 1 },
      ]),
    );

    const history = await api.request('GET', `/api/plans/${planId}/history`, { as: auditor });
    expect(history.statusCode).toBe(200);
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
      'PlanOpened',
      'PlanSubmitted',
      'PlanRejected',
      'PlanSubmitted',
      'PlanApproved',
      'PlanBookSubmitted',
      'PlanBookRejected',
      'PlanBookSubmitted',
      'PlanBookApproved',
      'ActualRecorded',
      'ActualRecorded',
    ]);
    const rejection = history.body.events[2];
    expect(rejection.metadata).toEqual({
      actorId: 'mgr-1',
      actorName: 'Max Manager',
      actorRole: 'manager',
      commandId: expect.any(String),
      commandType: 'RejectPlan',
      correlationId: expect.any(String),
      causationId: expect.any(String),
      occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      reason: 'Targets too low for the company target',
    });
    expect(history.body.events[0].metadata.actorRole).toBe('supervisor');
    expect(history.body.events[9].metadata.actorRole).toBe('salesperson');

    const page = await api.request('GET', `/api/plans/${planId}/history?fromRevision=2&limit=3`, { as: auditor });
    expect(page.body.events.map((e: { revision: number }) => e.revision)).toEqual([2, 3, 4]);
    expect(page.body.nextRevision).toBe(5);
  });

  it('rejects a second plan for the same team and period with the existing plan id', async () => {
    const res = await rejected('POST', '/api/plans', { as: sup, body: openPlanBody() });
    expect(res.statusCode).toBe(409);
    expect(res.body).toMatchObject({ code: 'PLAN.ALREADY_EXISTS', details: { existingPlanId: planId } });
  });

  it('records the correlation id a client sends', async () => {
    const id = await toExecuting(TEAM, '2027-05');
    const res = await api.request('POST', `/api/plans/${id}/actuals`, {
      as: bob,
      body: { metric: 'revenue', amount: 5, currency: 'CNY', date: '2027-05-03', reference: 'R' },
      headers: { 'x-correlation-id': 'campaign-42' },
    });
    expect(res.statusCode).toBe(200);
    const [last] = await api.store.readStream(`plan-${id}`, { direction: 'backwards', maxCount: 1 });
    expect(last!.metadata).toMatchObject({ correlationId: 'campaign-42', actorId: 'bob' });
  });
});

describe('bad input appends nothing', () => {
  let execId: string;
  beforeAll(async () => {
    execId = await toExecuting(TEAM, '2027-Q2');
  });

  it('answers malformed JSON with 400 REQUEST.MALFORMED_JSON', async () => {
    const res = await rejected('POST', '/api/plans', { as: sup, rawBody: '{"team": "north",' });
    expect(res.statusCode).toBe(400);
    expect(res.body.code).toBe('REQUEST.MALFORMED_JSON');
  });

  it('answers wrong types with field-level messages', async () => {
    const res = await rejected('POST', '/api/plans', { as: sup, body: openPlanBody({ problems: 'not a list', companyTargets: [{ metric: 'revenue', amount: '100', currency: 'CNY' }] }) });
    expect(res.statusCode).toBe(400);
    expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
    const fields = res.body.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['problems', 'companyTargets[0].amount']));
  });

  it('answers unknown fields with 400', async () => {
    const res = await rejected('POST', '/api/plans', { as: sup, body: openPlanBody({ sneaky: true }) });
    expect(res.statusCode).toBe(400);
    expect(res.body.fields).toEqual([{ field: 'sneaky', messages: [expect.stringContaining('should not exist')] }]);
  });

  it('answers missing required fields with 400 naming them', async () => {
    const { period: _p, currency: _c, ...body } = openPlanBody();
    const res = await rejected('POST', '/api/plans', { as: sup, body });
    expect(res.statusCode).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['currency', 'period']);
  });

  it('answers a missing reason on a rejection with 400', async () => {
    const res = await rejected('POST', `/api/plans/${execId}/reject`, { as: mgr, body: {} });
    expect(res.statusCode).toBe(400);
    expect(res.body.fields[0].field).toBe('reason');
  });

  it.each([
    ['a negative amount', { amount: -5 }, 'amount'],
    ['a fractional amount', { amount: 1.5 }, 'amount'],
    ['an unknown metric', { metric: 'smiles' }, 'metric'],
    ['a malformed currency', { currency: 'yuan' }, 'currency'],
  ])('answers %s with 400', async (_what, over, field) => {
    const res = await rejected('POST', `/api/plans/${execId}/actuals`, {
      as: ann,
      body: { metric: 'revenue', amount: 100, currency: 'CNY', date: '2027-04-10', reference: 'R', ...over },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('answers an ISO-shaped but unknown currency, or a foreign one, with 400', async () => {
    const bogus = await rejected('POST', '/api/plans', { as: sup, body: openPlanBody({ period: '2027-06', currency: 'XYZ' }) });
    expect(bogus.statusCode).toBe(400);
    expect(bogus.body.code).toBe('CURRENCY.INVALID');
    const foreign = await rejected('POST', `/api/plans/${execId}/actuals`, {
      as: ann,
      body: { metric: 'revenue', amount: 100, currency: 'USD', date: '2027-04-10', reference: 'R' },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.body.code).toBe('CURRENCY.MISMATCH');
  });

  it.each(['2027-Q5', '2027-13', '27', '2027-3'])('answers the period "%s" with 400', async (period) => {
    const res = await rejected('POST', '/api/plans', { as: sup, body: openPlanBody({ period }) });
    expect(res.statusCode).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['period']);
  });

  it('answers a missing token with 401 AUTH.TOKEN_MISSING', async () => {
    const res = await rejected('POST', '/api/plans', { body: openPlanBody({ period: '2027-07' }) });
    expect(res.statusCode).toBe(401);
    expect(res.body.code).toBe('AUTH.TOKEN_MISSING');
  });

  it('answers a malformed token with 401', async () => {
    const res = await rejected('POST', '/api/plans', { token: 'not-a-jwt', body: openPlanBody({ period: '2027-07' }) });
    expect(res.statusCode).toBe(401);
    expect(res.body.code).toBe('AUTH.TOKEN_MALFORMED');
  });

  it('answers an expired token with 401 AUTH.TOKEN_EXPIRED', async () => {
    const expired = await api.tokens.sign({ sub: 'sup-1', roles: ['supervisor'], teams: [TEAM] }, Math.floor(Date.now() / 1000) - 60);
    const res = await rejected('POST', '/api/plans', { token: expired, body: openPlanBody({ period: '2027-07' }) });
    expect(res.statusCode).toBe(401);
    expect(res.body.code).toBe('AUTH.TOKEN_EXPIRED');
  });

  it('answers a token signed with another secret, or with bad claims, with 401 AUTH.TOKEN_INVALID', async () => {
    const forged = await new TokenService(new TextEncoder().encode('another-secret-that-is-also-long-enough')).sign({ sub: 'sup-1', roles: ['supervisor'], teams: [TEAM] });
    const res = await rejected('POST', '/api/plans', { token: forged, body: openPlanBody({ period: '2027-07' }) });
    expect(res.statusCode).toBe(401);
    expect(res.body.code).toBe('AUTH.TOKEN_INVALID');
    const badRole = await api.tokens.sign({ sub: 'x', roles: ['emperor' as never], teams: [TEAM] });
    const res2 = await rejected('POST', '/api/plans', { token: badRole, body: openPlanBody({ period: '2027-07' }) });
    expect(res2.statusCode).toBe(401);
    expect(res2.body.code).toBe('AUTH.TOKEN_INVALID');
  });

  it('answers the wrong role with 403 AUTH.ROLE_REQUIRED', async () => {
    const res = await rejected('POST', '/api/plans', { as: ann, body: openPlanBody({ period: '2027-07' }) });
    expect(res.statusCode).toBe(403);
    expect(res.body.code).toBe('AUTH.ROLE_REQUIRED');
  });

  it('answers the wrong team with 403 AUTH.TEAM_FORBIDDEN', async () => {
    const res = await rejected('POST', '/api/plans', { as: southSup, body: openPlanBody({ period: '2027-07' }) });
    expect(res.statusCode).toBe(403);
    expect(res.body.code).toBe('AUTH.TEAM_FORBIDDEN');
    const read = await api.request('GET', `/api/plans/${execId}`, { as: southSup });
    expect(read.statusCode).toBe(403);
  });

  it('answers approving one’s own submission with 403 AUTH.SELF_APPROVAL', async () => {
    const both: User = { sub: 'boss', roles: ['supervisor', 'manager'], teams: [TEAM] };
    const id = planIdFor(TEAM, '2027-08');
    expect((await api.request('POST', '/api/plans', { as: both, body: openPlanBody({ period: '2027-08' }) })).statusCode).toBe(201);
    expect((await api.request('POST', `/api/plans/${id}/submit`, { as: both, body: submitPlanBody() })).statusCode).toBe(200);
    const res = await rejected('POST', `/api/plans/${id}/approve`, { as: both, body: {} });
    expect(res.statusCode).toBe(403);
    expect(res.body.code).toBe('AUTH.SELF_APPROVAL');
  });

  it('answers an unknown plan with 404 PLAN.NOT_FOUND', async () => {
    const res = await rejected('POST', '/api/plans/00000000-0000-0000-0000-000000000000/approve', { as: mgr, body: {} });
    expect(res.statusCode).toBe(404);
    expect(res.body.code).toBe('PLAN.NOT_FOUND');
    expect((await api.request('GET', '/api/plans/nope', { as: mgr })).statusCode).toBe(404);
    expect((await api.request('GET', '/api/plans/nope/history', { as: auditor })).statusCode).toBe(404);
  });

  it('answers commands the state does not allow with 409 and a stable code', async () => {
    const draft = planIdFor(TEAM, '2027-09');
    expect((await api.request('POST', '/api/plans', { as: sup, body: openPlanBody({ period: '2027-09' }) })).statusCode).toBe(201);
    const approveDraft = await rejected('POST', `/api/plans/${draft}/approve`, { as: mgr, body: {} });
    expect([approveDraft.statusCode, approveDraft.body.code]).toEqual([409, 'PLAN.NOT_AWAITING_APPROVAL']);

    expect((await api.request('POST', `/api/plans/${draft}/submit`, { as: sup, body: submitPlanBody() })).statusCode).toBe(200);
    expect((await api.request('POST', `/api/plans/${draft}/approve`, { as: mgr, body: {} })).statusCode).toBe(200);
    const early = await rejected('POST', `/api/plans/${draft}/actuals`, {
      as: ann,
      body: { metric: 'revenue', amount: 1, currency: 'CNY', date: '2027-09-01', reference: 'R' },
    });
    expect([early.statusCode, early.body.code]).toEqual([409, 'PLAN.NOT_EXECUTING']);

    const outside = await rejected('POST', `/api/plans/${execId}/actuals`, {
      as: ann,
      body: { metric: 'revenue', amount: 1, currency: 'CNY', date: '2027-07-01', reference: 'R' },
    });
    expect([outside.statusCode, outside.body.code]).toEqual([409, 'PLAN.DATE_OUTSIDE_PERIOD']);
  });

  it('on a rejected plan accepts nothing but a resubmission (409 otherwise)', async () => {
    const id = planIdFor(TEAM, '2027-10');
    await api.request('POST', '/api/plans', { as: sup, body: openPlanBody({ period: '2027-10' }) });
    await api.request('POST', `/api/plans/${id}/submit`, { as: sup, body: submitPlanBody() });
    expect((await api.request('POST', `/api/plans/${id}/reject`, { as: mgr, body: { reason: 'Redo' } })).statusCode).toBe(200);
    for (const [url, as, body] of [
      [`/api/plans/${id}/approve`, mgr, {}],
      [`/api/plans/${id}/reject`, mgr, { reason: 'again' }],
      [`/api/plans/${id}/book`, sup, planBookBody()],
    ] as [string, User, unknown][]) {
      const res = await rejected('POST', url, { as, body });
      expect(res.statusCode).toBe(409);
    }
    expect((await api.request('POST', `/api/plans/${id}/submit`, { as: sup, body: submitPlanBody() })).statusCode).toBe(200);
  });
});

describe('concurrency and retries', () => {
  it('returns an ETag on GET and answers a stale If-Match with 412, a fresh one with 200', async () => {
    const id = planIdFor(TEAM, '2027-11');
    await api.request('POST', '/api/plans', { as: sup, body: openPlanBody({ period: '2027-11' }) });
    const got = await api.request('GET', `/api/plans/${id}`, { as: sup });
    expect(got.headers.etag).toBe('"0"');
    const ok = await api.request('POST', `/api/plans/${id}/submit`, { as: sup, body: submitPlanBody(), headers: { 'if-match': '"0"' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"1"');
    const stale = await rejected('POST', `/api/plans/${id}/approve`, { as: mgr, body: {}, headers: { 'if-match': '"0"' } });
    expect(stale.statusCode).toBe(412);
    expect(stale.body.code).toBe('STREAM.REVISION_MISMATCH');
    const garbage = await rejected('POST', `/api/plans/${id}/approve`, { as: mgr, body: {}, headers: { 'if-match': 'yesterday' } });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.body.code).toBe('REQUEST.INVALID_IF_MATCH');
  });

  it('replays a retry with the same Idempotency-Key and appends nothing', async () => {
    const id = await toExecuting(TEAM, '2027-12');
    const body = { metric: 'revenue', amount: 700, currency: 'CNY', date: '2027-12-05', reference: 'INV-9' };
    const first = await api.request('POST', `/api/plans/${id}/actuals`, { as: ann, body, headers: { 'idempotency-key': 'k-1' } });
    expect(first.statusCode).toBe(200);
    const head = await api.store.headPosition();
    const retry = await api.request('POST', `/api/plans/${id}/actuals`, { as: ann, body, headers: { 'idempotency-key': 'k-1' } });
    expect(retry.statusCode).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await api.store.headPosition()).toBe(head);
    const plan = await api.request('GET', `/api/plans/${id}`, { as: ann });
    expect(plan.body.actuals).toEqual([{ salespersonId: 'ann', metric: 'revenue', amount: 700 }]);
  });

  it('answers the same Idempotency-Key with a different body with 422', async () => {
    const id = await toExecuting('south', '2027-12', southSup);
    const southSue: User = { sub: 'sue', roles: ['salesperson'], teams: ['south'] };
    const notOnPlan = await rejected('POST', `/api/plans/${id}/actuals`, {
      as: southSue,
      body: { metric: 'revenue', amount: 1, currency: 'CNY', date: '2027-12-05', reference: 'X' },
      headers: { 'idempotency-key': 'k-2' },
    });
    expect([notOnPlan.statusCode, notOnPlan.body.code]).toEqual([409, 'PLAN.NOT_ON_PLAN']);
    const planTeam = await toExecuting(TEAM, '2028-01');
    const body = { metric: 'revenue', amount: 1, currency: 'CNY', date: '2028-01-05', reference: 'A' };
    expect((await api.request('POST', `/api/plans/${planTeam}/actuals`, { as: ann, body, headers: { 'idempotency-key': 'k-3' } })).statusCode).toBe(200);
    const reuse = await rejected('POST', `/api/plans/${planTeam}/actuals`, { as: ann, body: { ...body, amount: 2 }, headers: { 'idempotency-key': 'k-3' } });
    expect(reuse.statusCode).toBe(422);
    expect(reuse.body.code).toBe('REQUEST.IDEMPOTENCY_KEY_REUSED');
  });

  it('lets only one of two concurrent approvals with the same If-Match win', async () => {
    const id = planIdFor(TEAM, '2028-02');
    await api.request('POST', '/api/plans', { as: sup, body: openPlanBody({ period: '2028-02' }) });
    await api.request('POST', `/api/plans/${id}/submit`, { as: sup, body: submitPlanBody() });
    const [a, b] = await Promise.all([
      api.request('POST', `/api/plans/${id}/approve`, { as: mgr, body: {}, headers: { 'if-match': '"1"' } }),
      api.request('POST', `/api/plans/${id}/reject`, { as: mgr, body: { reason: 'no' }, headers: { 'if-match': '"1"' } }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
    expect(await api.store.readStream(`plan-${id}`)).toHaveLength(3);
  });
});

describe('OpenAPI', () => {
  it('serves the document with each command route’s operationId equal to the command name', async () => {
    const res = await api.request('GET', '/api/docs-json');
    expect(res.statusCode).toBe(200);
    const ids = Object.values(res.body.paths as Record<string, Record<string, { operationId: string }>>).flatMap((ops) => Object.values(ops).map((o) => o.operationId));
    expect(ids).toEqual(
      expect.arrayContaining(['OpenPlan', 'SubmitPlan', 'ApprovePlan', 'RejectPlan', 'SubmitPlanBook', 'ApprovePlanBook', 'RejectPlanBook', 'RecordActual', 'GetPlan', 'GetPlanHistory']),
    );
    expect(res.body.paths['/api/plans/{planId}/approve'].post.operationId).toBe('ApprovePlan');
    const ui = await api.request('GET', '/api/docs');
    expect(ui.statusCode).toBe(200);
    expect(ui.raw).toContain('swagger');
  });
});
