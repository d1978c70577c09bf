import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { planIdFor } from '#app/sales-planning';
import { startApi, type ApiHarness, type User } from '../support/api-harness.js';
import { eventually } from '../support/eventually.js';
import { PERIOD, TEAM, ann, bob, mgr, planInExecution, southSup, sup } from '../support/plan-requests.js';
import { prospectBody, prospectInDevelopment } from '../support/prospect-requests.js';

let api: ApiHarness;
const planId = planIdFor(TEAM, PERIOD);

async function ok(url: string, as: User, body: unknown = {}) {
  const res = await api.request('POST', url, { as, body });
  expect({ url, status: res.statusCode < 300 }).toEqual({ url, status: true });
  return res.body;
}

beforeAll(async () => {
  api = await startApi();
  await planInExecution(api);
});
afterAll(() => api.close());

describe('the supervisor’s comment on the follow-up sheet (目标跟进表)', () => {
  it('is taken from the team’s supervisor on a review finding and shown on the sheet', async () => {
    await ok(`/api/plans/${planId}/reviews`, mgr, { reviewDate: '2027-02-20', reviews: [{ salespersonId: 'ann', findings: 'Behind on revenue', rating: 'off_track', actions: [] }] });
    const commented = await ok(`/api/plans/${planId}/follow-up-comments`, sup, { salespersonId: 'ann', item: 'review', number: 1, comment: 'Call the distributor first' });
    const sheet = await eventually(async () => {
      const res = await api.request('GET', `/api/plans/${planId}/follow-up-sheet?minPosition=${commented.position}`, { as: mgr });
      return res.body.salespeople?.ann?.reviews?.[0]?.supervisorComments?.length ? res.body : undefined;
    }, 'the comment on the sheet');
    expect(sheet.salespeople.ann.reviews[0].supervisorComments).toEqual([{ comment: 'Call the distributor first', commentedBy: 'sup-1', commentedByName: 'Sue Supervisor', commentedAt: expect.any(String) }]);
  });

  it('is refused from a salesperson, a manager or another team’s supervisor, and for an item the sheet does not have', async () => {
    const body = { salespersonId: 'ann', item: 'review', number: 1, comment: 'Mine' };
    const codes = [];
    for (const as of [ann, mgr, southSup]) codes.push((await api.request('POST', `/api/plans/${planId}/follow-up-comments`, { as, body })).body.code);
    codes.push((await api.request('POST', `/api/plans/${planId}/follow-up-comments`, { as: sup, body: { ...body, number: 9 } })).body.code);
    expect(codes).toEqual(['AUTH.ROLE_REQUIRED', 'AUTH.ROLE_REQUIRED', 'AUTH.TEAM_FORBIDDEN', 'FOLLOW_UP.ITEM_NOT_FOUND']);
  });
});

describe('the supervisor’s comment on a development report (客户开发表)', () => {
  it('is shown with the report, to the prospect’s team and its assignee, not to a teammate', async () => {
    const prospectId = (await ok('/api/prospects', ann, prospectBody())).prospectId as string;
    const p = (path: string) => `/api/prospects/${prospectId}${path}`;
    await prospectInDevelopment(ok, prospectId, { assignee: ann, supervisor: sup, manager: mgr });
    const commented = await ok(p('/reports/1/comments'), sup, { comment: 'Bring the service team' });
    const reports = await api.request('GET', `${p('/development-reports')}?minPosition=${commented.position}`, { as: ann });
    expect(reports.body.reports.map((r: { reportNumber: number; supervisorComments: { comment: string }[] }) => [r.reportNumber, r.supervisorComments.map((c) => c.comment)])).toEqual([[1, ['Bring the service team']]]);
    const teammate = await api.request('GET', p('/development-reports'), { as: bob });
    expect({ status: teammate.statusCode, code: teammate.body.code }).toEqual({ status: 403, code: 'AUTH.OWN_ROWS_ONLY' });
  });
});
