import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { planIdFor } from '#app/sales-planning';
import { startApi, type ApiHarness, type User } from '../support/api-harness.js';
import { PERIOD, TEAM, ann, bob, mgr, planInExecution, sup } from '../support/plan-requests.js';
import { creditCheckBody, prospectBody } from '../support/prospect-requests.js';

let api: ApiHarness;
const planId = planIdFor(TEAM, PERIOD);
const southManager: User = { sub: 'mgr-s', roles: ['manager'], teams: ['south'] };

/** Sends a request that must be refused, and proves nothing was appended. */
async function refused(url: string, as: User, body: unknown) {
  const head = await api.store.headPosition();
  const res = await api.request('POST', url, { as, body });
  expect(await api.store.headPosition()).toBe(head);
  return { status: res.statusCode, code: res.body?.code };
}

beforeAll(async () => {
  api = await startApi();
  await planInExecution(api);
});
afterAll(() => api.close());

describe('work on a prospect is its assignee’s', () => {
  it('refuses RecordCreditCheck and ReportCreditIssue from a salesperson of the team the prospect is not assigned to (403 PROSPECT.NOT_ASSIGNEE)', async () => {
    const added = await api.request('POST', '/api/prospects', { as: ann, body: prospectBody() });
    const prospectId = added.body.prospectId as string;
    expect(await refused(`/api/prospects/${prospectId}/credit-checks`, bob, creditCheckBody())).toEqual({ status: 403, code: 'PROSPECT.NOT_ASSIGNEE' });
    expect((await api.request('POST', `/api/prospects/${prospectId}/credit-checks`, { as: ann, body: creditCheckBody() })).statusCode).toBe(200);
    expect(await refused(`/api/prospects/${prospectId}/credit-issue`, bob, { description: 'Unpaid judgment' })).toEqual({ status: 403, code: 'PROSPECT.NOT_ASSIGNEE' });
    expect((await api.request('POST', `/api/prospects/${prospectId}/credit-issue`, { as: sup, body: { description: 'Unpaid judgment' } })).statusCode).toBe(200);
  });
});

describe('actuals are recorded for oneself', () => {
  const actual = (over: Record<string, unknown>) => ({ metric: 'revenue', amount: 100_00, currency: 'CNY', date: '2027-02-10', reference: 'INV-9', ...over });

  it('refuses an actual for someone else with 403 AUTH.OWN_ACTUALS_ONLY, not as an unknown field', async () => {
    expect(await refused(`/api/plans/${planId}/actuals`, ann, actual({ salespersonId: 'bob' }))).toEqual({ status: 403, code: 'AUTH.OWN_ACTUALS_ONLY' });
  });

  it('takes an actual that names oneself', async () => {
    expect((await api.request('POST', `/api/plans/${planId}/actuals`, { as: ann, body: actual({ salespersonId: 'ann' }) })).statusCode).toBe(200);
  });
});

describe('no probing another team’s plan', () => {
  it('answers another team’s manager 403 for a carried line that does not exist, before looking it up', async () => {
    expect(await refused(`/api/plans/${planId}/carry-over/no-such-line/waive`, southManager, { reason: 'Probe' })).toEqual({ status: 403, code: 'AUTH.TEAM_FORBIDDEN' });
    expect(await refused(`/api/plans/${planId}/carry-over/no-such-line/waive`, mgr, { reason: 'Mine' })).toEqual({ status: 404, code: 'CARRYOVER.LINE_NOT_FOUND' });
  });

  it('answers a non-manager 403 on a plan that does not exist', async () => {
    expect(await refused(`/api/plans/${planIdFor('south', '2031')}/carry-over/x/waive`, ann, { reason: 'Probe' })).toEqual({ status: 403, code: 'AUTH.ROLE_REQUIRED' });
  });
});
