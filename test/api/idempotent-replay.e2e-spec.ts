import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { planIdFor } from '#app/sales-planning';
import { startApi, type ApiHarness, type Response } from '../support/api-harness.js';
import { PERIOD, TEAM, ann, planInExecution } from '../support/plan-requests.js';
import { prospectBody } from '../support/prospect-requests.js';

let api: ApiHarness;
const planId = planIdFor(TEAM, PERIOD);
const AT_ONCE = 16;

beforeAll(async () => {
  api = await startApi();
  await planInExecution(api);
});
afterAll(() => api.close());

/** One answer did the work; every other one says it replayed it, with the same body. */
function oneDidItTheRestReplayed(answers: Response[]) {
  expect(new Set(answers.map((r) => r.statusCode)).size).toBe(1);
  expect(answers.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(answers.length - 1);
  expect(new Set(answers.map((r) => JSON.stringify(r.body))).size).toBe(1);
}

describe('identical requests with one Idempotency-Key sent at the same moment', () => {
  it(`RecordActual ×${AT_ONCE}: one appends, ${AT_ONCE - 1} answer Idempotent-Replayed: true`, async () => {
    const head = await api.store.headPosition();
    const body = { metric: 'revenue', amount: 5_000_00, currency: 'CNY', date: '2027-02-10', reference: 'INV-77' };
    const answers = await Promise.all(Array.from({ length: AT_ONCE }, () => api.request('POST', `/api/plans/${planId}/actuals`, { as: ann, body, headers: { 'idempotency-key': 'inv-77' } })));
    oneDidItTheRestReplayed(answers);
    expect(await api.store.headPosition()).toBe(head + 1);
  });

  it(`AddProspect ×${AT_ONCE}: one prospect, ${AT_ONCE - 1} answer Idempotent-Replayed: true`, async () => {
    const body = prospectBody();
    const answers = await Promise.all(Array.from({ length: AT_ONCE }, () => api.request('POST', '/api/prospects', { as: ann, body, headers: { 'idempotency-key': 'qilu-1' } })));
    oneDidItTheRestReplayed(answers);
    expect(answers[0]!.statusCode).toBe(201);
  });
});
