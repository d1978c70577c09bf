import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { planIdFor } from '#app/sales-planning';
import { MAX_AMOUNT } from '#app/shared-kernel';
import { startApi, type ApiHarness } from '../support/api-harness.js';
import { PERIOD, TEAM, ann, bob, mgr, planInExecution } from '../support/plan-requests.js';

let api: ApiHarness;
const planId = planIdFor(TEAM, PERIOD);
const actual = (amount: number, reference: string) => ({ metric: 'revenue', amount, currency: 'CNY', date: '2027-02-10', reference });

beforeAll(async () => {
  api = await startApi();
  await planInExecution(api);
});
afterAll(() => api.close());

describe('money is exact at every size the API accepts (Decision 10)', () => {
  it('refuses three actuals of 9007199254740991 (whose sum no float can hold) and appends nothing', async () => {
    const head = await api.store.headPosition();
    for (const reference of ['A', 'B', 'C']) {
      const res = await api.request('POST', `/api/plans/${planId}/actuals`, { as: ann, body: actual(Number.MAX_SAFE_INTEGER, reference) });
      expect({ status: res.statusCode, code: res.body.code, fields: res.body.fields }).toEqual({
        status: 400,
        code: 'REQUEST.VALIDATION_FAILED',
        fields: [{ field: 'amount', messages: [`amount must not be greater than ${MAX_AMOUNT}`] }],
      });
    }
    expect(await api.store.headPosition()).toBe(head);
  });

  it('adds actuals exactly up to 10^15 per metric, and refuses the one past it with AMOUNT.TOTAL_TOO_LARGE', async () => {
    expect((await api.request('POST', `/api/plans/${planId}/actuals`, { as: ann, body: actual(MAX_AMOUNT - 3, 'D') })).statusCode).toBe(200);
    expect((await api.request('POST', `/api/plans/${planId}/actuals`, { as: bob, body: actual(3, 'E') })).statusCode).toBe(200);
    const head = await api.store.headPosition();
    const past = await api.request('POST', `/api/plans/${planId}/actuals`, { as: bob, body: actual(1, 'F') });
    expect({ status: past.statusCode, code: past.body.code, details: past.body.details }).toEqual({
      status: 400,
      code: 'AMOUNT.TOTAL_TOO_LARGE',
      details: { metric: 'revenue', total: 'actual', max: MAX_AMOUNT },
    });
    expect(await api.store.headPosition()).toBe(head);
    const plan = await api.request('GET', `/api/plans/${planId}`, { as: mgr });
    const revenue = (plan.body.actuals as { salespersonId: string; metric: string; amount: number }[]).filter((a) => a.metric === 'revenue');
    expect(revenue.reduce((sum, a) => sum + BigInt(a.amount), 0n)).toBe(BigInt(MAX_AMOUNT));
  });
});
