import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fold } from '#app/eventsourcing';
import { planDecider, planIdFor, planStream } from '#app/sales-planning';
import { startApi, type ApiHarness, type User } from '../support/api-harness.js';
import { TEAM, ann, bob, mgr, openPlanBody, planBookBody, sup, submitPlanBody } from '../support/plan-requests.js';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

async function ok(url: string, as: User, body: unknown = {}, status = 200) {
  const res = await api.request('POST', url, { as, body });
  expect({ url, status: res.statusCode, body: res.body }).toEqual({ url, status, body: expect.objectContaining({ revision: expect.any(Number) }) });
  return res.body as { planId: string; revision: number; position: number };
}

async function refused(url: string, as: User, body: unknown, status: number, code: string) {
  const before = await api.store.headPosition();
  const res = await api.request('POST', url, { as, body });
  expect({ url, status: res.statusCode, code: res.body.code }).toEqual({ url, status, code });
  expect(await api.store.headPosition()).toBe(before);
}

async function carriedInto(planId: string, count: number) {
  for (let i = 0; i < 300; i++) {
    const received = (await api.store.readStream(planStream(planId))).filter((e) => e.type === 'CarryOverReceived');
    if (received.length >= count) return received;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no carry-over reached ${planId}`);
}

const state = async (planId: string) => fold(planDecider, await api.store.readStream(planStream(planId)));

/** Steps 1–4 with a rejection at both approval steps. */
async function openToExecution(period: string) {
  const id = planIdFor(TEAM, period);
  await ok('/api/plans', sup, openPlanBody({ period }), 201);
  await ok(`/api/plans/${id}/submit`, sup, submitPlanBody());
  await ok(`/api/plans/${id}/reject`, mgr, { reason: 'Too timid' });
  await ok(`/api/plans/${id}/submit`, sup, submitPlanBody());
  await ok(`/api/plans/${id}/approve`, mgr, { comment: 'Fine' });
  await ok(`/api/plans/${id}/book`, sup, planBookBody());
  await ok(`/api/plans/${id}/book/reject`, mgr, { reason: 'More on channels' });
  await ok(`/api/plans/${id}/book`, sup, planBookBody());
  await ok(`/api/plans/${id}/book/approve`, mgr);
  return id;
}

/** Steps 8–12 with a rejected and then an approved appraisal revision. */
async function closePeriod(id: string) {
  await ok(`/api/plans/${id}/personal-summaries`, ann, { summary: 'Tough market' });
  await ok(`/api/plans/${id}/personal-summaries`, bob, { summary: 'Good quarter' });
  await ok(`/api/plans/${id}/team-summary`, sup, { summary: 'Mixed', analysis: 'Ann lost a key account' });
  await ok(`/api/plans/${id}/appraisal`, mgr, { rating: 'satisfactory', comments: 'Revenue short in the north' });
  await ok(`/api/plans/${id}/appraisal/revise`, sup, { corrections: [{ salespersonId: 'bob', metric: 'revenue', field: 'actual', to: 41_000_00, reason: 'Credit note reversed' }] });
  await ok(`/api/plans/${id}/appraisal/reject`, mgr, { reason: 'Show the credit note' });
  await ok(`/api/plans/${id}/appraisal/revise`, sup, { corrections: [{ salespersonId: 'bob', metric: 'revenue', field: 'actual', to: 41_000_00, reason: 'Credit note CN-7 reversed' }] });
  await ok(`/api/plans/${id}/appraisal/approve`, mgr, { comment: 'Agreed' });
  await ok(`/api/plans/${id}/publish`, mgr);
}

describe('a full period through steps 1–12 with carry-over into the next two periods', () => {
  it('closes Q1 with an adjustment and rejections at every approval step, carries the shortfalls, waives one line, and carries an unmet line again', async () => {
    const q1 = await openToExecution('2027-Q1');

    // Step 4–7: actuals, a review, a difficulty report, a rejected and an approved adjustment.
    await ok(`/api/plans/${q1}/actuals`, ann, { metric: 'revenue', amount: 30_000_00, currency: 'CNY', date: '2027-02-10', reference: 'INV-1' });
    await ok(`/api/plans/${q1}/actuals`, ann, { metric: 'new_customers', amount: 1, date: '2027-02-11', reference: 'C-1' });
    await ok(`/api/plans/${q1}/actuals`, bob, { metric: 'revenue', amount: 40_000_00, currency: 'CNY', date: '2027-03-01', reference: 'INV-2' });
    await ok(`/api/plans/${q1}/reviews`, mgr, {
      reviewDate: '2027-02-15',
      reviews: [{ salespersonId: 'ann', findings: 'Key account lost', rating: 'off_track', actions: [{ action: 'Replace the account', owner: 'ann', deadline: '2027-03-01' }] }],
    });
    await ok(`/api/plans/${q1}/difficulty-reports`, ann, {
      difficulty: 'Key account went bankrupt', cause: 'external', evidence: 'Court notice', supportRequested: 'Lower revenue target',
      proposals: [{ metric: 'revenue', proposedTarget: 50_000_00 }], effectiveFrom: '2027-02-15',
    });
    await ok(`/api/plans/${q1}/adjustments`, sup, { changes: [{ salespersonId: 'ann', metric: 'revenue', to: 45_000_00 }], reason: 'Bankruptcy', difficultyReports: [1] });
    await refused(`/api/plans/${q1}/adjustments`, sup, { changes: [{ salespersonId: 'ann', metric: 'revenue', to: 44_000_00 }], reason: 'Again' }, 409, 'ADJUSTMENT.ALREADY_PENDING');
    await ok(`/api/plans/${q1}/adjustments/1/reject`, mgr, { reason: 'Too deep a cut' });
    await ok(`/api/plans/${q1}/adjustments`, sup, { changes: [{ salespersonId: 'ann', metric: 'revenue', to: 50_000_00 }], reason: 'Bankruptcy, smaller cut', difficultyReports: [1] });
    await ok(`/api/plans/${q1}/adjustments/2/approve`, mgr, { comment: 'OK' });

    // Bad input of the close steps.
    await refused(`/api/plans/${q1}/adjustments`, sup, { changes: [{ salespersonId: 'zed', metric: 'revenue', to: 1 }], reason: 'x' }, 400, 'ADJUSTMENT.UNKNOWN_SALESPERSON');
    await refused(`/api/plans/${q1}/adjustments`, sup, { changes: [{ salespersonId: 'ann', metric: 'karma', to: 1 }], reason: 'x' }, 400, 'REQUEST.VALIDATION_FAILED');
    await refused(`/api/plans/${q1}/adjustments`, sup, { changes: [{ salespersonId: 'ann', metric: 'revenue', to: -1 }], reason: 'x' }, 400, 'REQUEST.VALIDATION_FAILED');
    await refused(`/api/plans/${q1}/appraisal`, mgr, { rating: 'good', comments: '' }, 409, 'APPRAISAL.SUMMARIES_MISSING');
    await refused(`/api/plans/${q1}/personal-summaries`, { sub: 'carl', roles: ['salesperson'], teams: [TEAM] }, { summary: 'x' }, 409, 'SUMMARY.NO_TARGETS');
    await refused(`/api/plans/${q1}/team-summary`, sup, { summary: 'x', analysis: '' }, 409, 'SUMMARY.PERSONAL_SUMMARIES_MISSING');

    await closePeriod(q1);
    const q2 = planIdFor(TEAM, '2027-Q2');
    // Let the carry-over process finish first, so "nothing appended" below measures the refused commands only.
    const [receipt] = await carriedInto(q2, 1);
    // A carried-in line is explained like a decision: the command that carried it, and the publication its correlation leads to.
    const explained = await api.request('GET', `/api/audit/decisions/${receipt!.id}/explanation?minPosition=${receipt!.position}`, { as: { sub: 'aud', roles: ['auditor'], teams: [] } });
    expect({ status: explained.statusCode, decision: explained.body.decision?.decision, type: explained.body.decision?.type, command: explained.body.command?.commandType }).toEqual({
      status: 200,
      decision: 'carry_over',
      type: 'CarryOverReceived',
      command: 'ReceiveCarryOver',
    });
    expect(explained.body.correlated.map((e: { type: string; streamName: string }) => [e.type, e.streamName])).toContainEqual(['ResultsPublished', planStream(q1)]);
    await refused(`/api/plans/${q1}/publish`, mgr, {}, 409, 'PLAN.ALREADY_PUBLISHED');
    await refused(`/api/plans/${q1}/actuals`, ann, { metric: 'revenue', amount: 1, currency: 'CNY', date: '2027-03-30', reference: 'late' }, 409, 'PLAN.CLOSED');

    // Q1 shortfalls: ann revenue 50,000.00 − 30,000.00 = 20,000.00; ann new customers 3 − 1 = 2; bob revenue met after revision.
    const q1State = await state(q1);
    expect(q1State.status).toBe('published');
    const lines = (receipt!.data as { lines: { lineId: string; salespersonId: string; metric: string; amount: number; originPeriod: string; path: string[] }[] }).lines;
    expect(lines.map((l) => [l.salespersonId, l.metric, l.amount, l.originPeriod, l.path])).toEqual([
      ['ann', 'revenue', 20_000_00, '2027-Q1', ['2027-Q1']],
      ['ann', 'new_customers', 2, '2027-Q1', ['2027-Q1']],
    ]);

    // Q2: the lines wait for the plan, are part of what the manager approves; one is waived.
    const newCustomersLine = lines.find((l) => l.metric === 'new_customers')!;
    const revenueLine = lines.find((l) => l.metric === 'revenue')!;
    await ok(`/api/plans/${q2}/carry-over/${newCustomersLine.lineId}/waive`, mgr, { reason: 'Region closed to new accounts' });
    await refused(`/api/plans/${q2}/carry-over/${newCustomersLine.lineId}/waive`, mgr, { reason: 'Twice' }, 409, 'CARRYOVER.ALREADY_WAIVED');
    await refused(`/api/plans/${q2}/carry-over/${revenueLine.lineId}/waive`, { sub: 'mgr-s', roles: ['manager'], teams: ['south'] }, { reason: 'Not mine' }, 403, 'AUTH.TEAM_FORBIDDEN');
    await openToExecution('2027-Q2');
    const q2Plan = await api.request('GET', `/api/plans/${q2}`, { as: mgr });
    expect(q2Plan.body.carriedIn.map((c: { metric: string; status: string }) => [c.metric, c.status])).toEqual([
      ['revenue', 'active'],
      ['new_customers', 'waived'],
    ]);

    // Ann misses again in Q2: the carried line (settled first) is partly unmet and carries again.
    await ok(`/api/plans/${q2}/actuals`, ann, { metric: 'revenue', amount: 5_000_00, currency: 'CNY', date: '2027-05-10', reference: 'INV-3' });
    await ok(`/api/plans/${q2}/actuals`, bob, { metric: 'revenue', amount: 45_000_00, currency: 'CNY', date: '2027-05-11', reference: 'INV-4' });
    await closePeriod(q2);
    const q3 = planIdFor(TEAM, '2027-Q3');
    const [q3Receipt] = await carriedInto(q3, 1);
    const q3Lines = (q3Receipt!.data as { lines: { salespersonId: string; metric: string; amount: number; originPeriod: string; path: string[] }[] }).lines;
    expect(q3Lines.map((l) => [l.salespersonId, l.metric, l.amount, l.originPeriod, l.path])).toEqual([
      ['ann', 'revenue', 15_000_00, '2027-Q1', ['2027-Q1', '2027-Q2']],
      ['ann', 'revenue', 60_000_00, '2027-Q2', ['2027-Q2']],
      ['ann', 'new_customers', 3, '2027-Q2', ['2027-Q2']],
    ]);
  });
});
