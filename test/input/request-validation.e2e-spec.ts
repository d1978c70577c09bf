import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { planIdFor } from '#app/sales-planning';
import { startApi, type ApiHarness, type User } from '../support/api-harness.js';
import { commandsOf, operationsOf, urlOf, type Operation } from '../support/openapi-operations.js';
import { PERIOD, TEAM, ann, mgr, openPlanBody, planBookBody, sup, submitPlanBody } from '../support/plan-requests.js';
import { prospectBody, scopeBody } from '../support/prospect-requests.js';

let api: ApiHarness;
let commands: Operation[];
const planId = planIdFor(TEAM, PERIOD);
/** Holds every role, so a refusal here is about the request, never about who sends it. */
const everyone: User = { sub: 'root', roles: ['salesperson', 'supervisor', 'manager', 'auditor', 'analyst'], teams: [TEAM] };
const pathValues = { planId, adjustmentNumber: '1', lineId: 'line-1', prospectId: '00000000-0000-4000-8000-000000000000', reportNumber: '1', name: 'tracking-sheet', position: '1' };

beforeAll(async () => {
  api = await startApi();
  commands = commandsOf((await operationsOf(api)).operations);
  for (const [url, as, body] of [
    ['/api/plans', sup, openPlanBody()],
    [`/api/plans/${planId}/submit`, sup, submitPlanBody()],
    [`/api/plans/${planId}/approve`, mgr, {}],
  ] as const) {
    expect((await api.request('POST', url, { as, body })).statusCode).toBeLessThan(300);
  }
});
afterAll(() => api.close());

/** Sends a request that must be refused with `status` and `code`, and proves nothing was appended. */
async function refused(method: 'GET' | 'POST', url: string, options: Parameters<ApiHarness['request']>[2], status: number, code: string) {
  const head = await api.store.headPosition();
  const res = await api.request(method, url, options);
  expect({ url, status: res.statusCode, code: res.body?.code, contentType: res.headers['content-type'] }).toEqual({
    url,
    status,
    code,
    contentType: 'application/problem+json; charset=utf-8',
  });
  expect(await api.store.headPosition()).toBe(head);
  return res;
}

describe('nested objects and lists are checked as objects and lists', () => {
  const { profitTarget: _p, ...withoutProfitTarget } = submitPlanBody();
  const { expenseBudget: _e, ...withoutExpenseBudget } = submitPlanBody();
  const { subPlans: _s, ...withoutSubPlans } = submitPlanBody();

  it.each([
    ['without profitTarget', withoutProfitTarget, 'profitTarget'],
    ['without expenseBudget', withoutExpenseBudget, 'expenseBudget'],
    ['with expenseBudget: []', submitPlanBody({ expenseBudget: [] }), 'expenseBudget'],
    ['with profitTarget: null', submitPlanBody({ profitTarget: null }), 'profitTarget'],
    ['without subPlans', withoutSubPlans, 'subPlans'],
    ['with subPlans: []', submitPlanBody({ subPlans: [] }), 'subPlans'],
    ['with subPlans: "all of them"', submitPlanBody({ subPlans: 'all of them' }), 'subPlans'],
    ['with targets: [[…]]', submitPlanBody({ targets: [submitPlanBody().targets] }), 'targets'],
  ])('SubmitPlan %s is 400 naming the field, and appends nothing', async (_, body, field) => {
    const res = await refused('POST', `/api/plans/${planId}/submit`, { as: sup, body }, 400, 'REQUEST.VALIDATION_FAILED');
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it.each([
    ['marketIndicators: [[{…}]]', { ...planBookBody(), marketIndicators: [planBookBody().marketIndicators] }],
    ['marketIndicators: [null]', { ...planBookBody(), marketIndicators: [null] }],
    ['marketIndicators: {…}', { ...planBookBody(), marketIndicators: planBookBody().marketIndicators[0] }],
  ])('SubmitPlanBook with %s is 400 and appends nothing', async (_, body) => {
    const res = await refused('POST', `/api/plans/${planId}/book`, { as: sup, body }, 400, 'REQUEST.VALIDATION_FAILED');
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain('marketIndicators');
  });
});

describe('JSON only, on every command route of the OpenAPI document', () => {
  it('lists the command routes', () => {
    expect(commands.map((c) => c.operationId)).toEqual(expect.arrayContaining(['OpenPlan', 'SubmitPlan', 'PublishResults', 'StartDevelopment', 'AddProspect', 'CreateEventStreamTicket']));
  });

  it.each([
    ['application/x-www-form-urlencoded', 'team=north&period=2027-Q1'],
    ['text/plain', '{"team":"north"}'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n'],
    ['application/xml', '<plan/>'],
  ])('%s is 415 REQUEST.UNSUPPORTED_MEDIA_TYPE', async (contentType, rawBody) => {
    for (const command of commands) {
      await refused('POST', urlOf(command, pathValues), { as: everyone, rawBody, headers: { 'content-type': contentType } }, 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('a JSON null body is 400 REQUEST.BODY_NOT_AN_OBJECT, never read as {}', async () => {
    for (const command of commands) {
      await refused('POST', urlOf(command, pathValues), { as: everyone, rawBody: 'null' }, 400, 'REQUEST.BODY_NOT_AN_OBJECT');
    }
  });

  it.each([['[]'], ['"text"'], ['42']])('a JSON %s body is 400 REQUEST.BODY_NOT_AN_OBJECT', async (rawBody) => {
    for (const command of commands) {
      await refused('POST', urlOf(command, pathValues), { as: everyone, rawBody }, 400, 'REQUEST.BODY_NOT_AN_OBJECT');
    }
  });

  it('an unknown field is 400 REQUEST.VALIDATION_FAILED naming it, on every command (PublishResults and StartDevelopment included)', async () => {
    for (const command of commands) {
      const res = await refused('POST', urlOf(command, pathValues), { as: everyone, body: { unexpectedField: 1 } }, 400, 'REQUEST.VALIDATION_FAILED');
      expect({ command: command.operationId, fields: res.body.fields.map((f: { field: string }) => f.field) }).toEqual({
        command: command.operationId,
        fields: expect.arrayContaining(['unexpectedField']),
      });
    }
  });

  it('a command without fields still takes no body, or {}', async () => {
    const res = await api.request('POST', `/api/plans/${planId}/publish`, { as: mgr, body: {} });
    expect({ status: res.statusCode, code: res.body.code }).toEqual({ status: 409, code: 'APPRAISAL.REQUIRED' });
  });
});

describe('impossible dates are refused in queries and commands', () => {
  it.each(['2027-02-30', '0000-01-01', '2027-13-01', '2027-02-29'])('GetTargetTrackingSheet ?asOf=%s is 400', async (asOf) => {
    await refused('GET', `/api/plans/${planId}/tracking-sheet?asOf=${asOf}`, { as: mgr }, 400, 'REQUEST.VALIDATION_FAILED');
  });

  it.each([
    ['ListOverdueDevelopmentReports ?asOf', '/api/development-reports/overdue?asOf=2027-02-30'],
    ['ListCreditChecks ?from', '/api/credit-checks?from=0000-01-01'],
    ['ListDecisions ?from', '/api/decisions?from=2027-02-30T00:00:00Z'],
    ['GetPlanAsOf ?at', `/api/audit/plans/${planId}/as-of?at=2027-02-30T10:00:00Z`],
    ['GetPlanAsOf ?at in year 0', `/api/audit/plans/${planId}/as-of?at=0000-01-01T00:00:00Z`],
    ['ExportDecisions ?from', '/api/exports/decisions?from=2027-02-30&to=2027-03-01'],
  ])('%s with an impossible date is 400', async (_, url) => {
    await refused('GET', url, { as: everyone }, 400, 'REQUEST.VALIDATION_FAILED');
  });

  it('RecordActual dated 2027-02-30 is 400 before the plan is even asked', async () => {
    const res = await refused(
      'POST',
      `/api/plans/${planId}/actuals`,
      { as: ann, body: { metric: 'revenue', amount: 1, currency: 'CNY', date: '2027-02-30', reference: 'INV-1' } },
      400,
      'REQUEST.VALIDATION_FAILED',
    );
    expect(res.body.fields).toEqual([{ field: 'date', messages: ['date must be a real calendar date YYYY-MM-DD'] }]);
  });
});

describe('what the generated bad input found', () => {
  it.each(['constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'])(
    'a field named %s (which class-transformer drops unseen) is 400 naming it, at the top and nested, on every command',
    async (name) => {
      for (const command of commands) {
        const res = await refused('POST', urlOf(command, pathValues), { as: everyone, body: { [name]: 'x' } }, 400, 'REQUEST.VALIDATION_FAILED');
        expect({ command: command.operationId, fields: res.body.fields.map((f: { field: string }) => f.field) }).toEqual({ command: command.operationId, fields: expect.arrayContaining([name]) });
      }
      const nested = await refused('POST', '/api/prospects', { as: everyone, body: { ...prospectBody(), contact: { ...prospectBody().contact, [name]: 1 } } }, 400, 'REQUEST.VALIDATION_FAILED');
      expect(nested.body.fields.map((f: { field: string }) => f.field)).toEqual([`contact.${name}`]);
    },
  );

  it.each([3_000, 200_000])('a body nested %i levels deep is 400, not a 500 from a stack overflow', async (depth) => {
    const res = await refused('POST', `/api/plans/${planId}/submit`, { as: sup, rawBody: `{"targets":${'['.repeat(depth)}${']'.repeat(depth)}}` }, 400, 'REQUEST.VALIDATION_FAILED');
    expect(res.body.fields[0].messages).toEqual(['nested deeper than 16 levels']);
  });

  it('a list longer than any command takes is 400 before its items are read', async () => {
    const res = await refused('POST', `/api/plans/${planId}/submit`, { as: sup, body: submitPlanBody({ targets: Array.from({ length: 20_000 }, () => ({})) }) }, 400, 'REQUEST.VALIDATION_FAILED');
    expect(res.body.fields).toEqual([{ field: 'targets', messages: ['a list of more than 2000 items'] }]);
  });

  it.each([
    ['ScreenProspect outcome', '/screen', { outcome: 'approve' }, 'outcome'],
    ['ResolveCreditIssue resolution', '/credit-issue/resolve', { resolution: 'ignore' }, 'resolution'],
    ['ReviewApplicationAsSupervisor decision', '/application/supervisor-review', { decision: 'maybe' }, 'decision'],
  ])('a value outside the documented enum (%s) is 400 before the prospect is even read', async (_, path, body, field) => {
    const res = await refused('POST', `/api/prospects/${pathValues.prospectId}${path}`, { as: everyone, body }, 400, 'REQUEST.VALIDATION_FAILED');
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual([field]);
  });

  it('a development scope with a size class outside the list, or a blank one, is 400 (it was trimmed away and taken)', async () => {
    for (const sizeClasses of [['medium', ''], ['medium', 'medium '], ['huge']]) {
      const res = await refused('POST', '/api/development-scopes', { as: sup, body: scopeBody({ sizeClasses }) }, 400, 'REQUEST.VALIDATION_FAILED');
      expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['sizeClasses']);
    }
  });

  it('null for an optional field is 400 naming it, never read as absent', async () => {
    const res = await refused('POST', `/api/plans/${planId}/approve`, { as: mgr, body: { comment: null } }, 400, 'REQUEST.VALIDATION_FAILED');
    expect(res.body.fields).toEqual([{ field: 'comment', messages: ['comment must not be null: leave it out'] }]);
  });

  it('a Content-Length that does not match the body is 400 REQUEST.INVALID_CONTENT_LENGTH, a code the README lists', async () => {
    await refused('POST', `/api/plans/${planId}/approve`, { as: mgr, rawBody: '{}', headers: { 'content-length': '-1' } }, 400, 'REQUEST.INVALID_CONTENT_LENGTH');
  });

  it('an unknown route is 404 whatever its body, before the body is read', async () => {
    for (const [contentType, rawBody] of [['application/json', '{'], ['text/plain', 'x'], ['application/json', `"${'x'.repeat(1_100_000)}"`]]) {
      await refused('POST', '/api/no-such-route', { as: everyone, rawBody: rawBody!, headers: { 'content-type': contentType! } }, 404, 'ROUTE.NOT_FOUND');
    }
  });
});
