import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CREDIT_SCORES, PROSPECT_STATUSES } from '#app/customer-development';
import { PLAN_DECISION_TYPES, PLAN_STATUSES } from '#app/sales-planning';
import { DECISION_KINDS } from '#app/shared-kernel';
import { startApi, type ApiHarness, type User } from '../support/api-harness.js';
import { auditor, mgr, openPlanBody, submitPlanBody, sup } from '../support/plan-requests.js';
import { analyst, ann, prospectBody, scopeBody } from '../support/prospect-requests.js';

/** Every filter of a route alone, then all of them together. */
function variants(route: string, filters: Record<string, string>, fixed: Record<string, string> = {}): string[] {
  const query = (params: Record<string, string>) => {
    const search = new URLSearchParams({ ...fixed, ...params }).toString();
    return search ? `${route}?${search}` : route;
  };
  return [query({}), ...Object.entries(filters).map(([key, value]) => query({ [key]: value })), query(filters)];
}

const READERS: [string, User][] = [
  ['a supervisor (one team)', sup],
  ['a manager (two teams)', mgr],
  ['a salesperson (their own rows)', ann],
  ['an auditor (every team)', auditor],
  ['an analyst (every team)', analyst],
];

/**
 * Every query a read route can issue, through the harness's QueryShapeGuard: each filter alone and
 * all together, for each kind of reader (one team, several, their own rows, every team). A query
 * no shape declared beside it serves fails with 500.
 */
describe('Every query of the read routes is served by a declared query shape', () => {
  let api: ApiHarness;
  let planId: string;

  beforeAll(async () => {
    api = await startApi();
    const opened = await api.request('POST', '/api/plans', { as: sup, body: openPlanBody() });
    planId = opened.body.planId;
    await api.request('POST', `/api/plans/${planId}/submit`, { as: sup, body: submitPlanBody() });
    expect((await api.request('POST', `/api/plans/${planId}/approve`, { as: mgr, body: {} })).statusCode).toBe(200);
    const scope = await api.request('POST', '/api/development-scopes', { as: mgr, body: scopeBody() });
    await api.request('POST', '/api/prospects', { as: sup, body: prospectBody({ scopeId: scope.body.scopeId }) });
  });
  afterAll(() => api.close());

  const routes = (): string[] => [
    ...variants('/api/plans', { team: 'north', period: '2027-Q1', status: PLAN_STATUSES[0]! }),
    '/api/approval-queue',
    `/api/plans/${planId}/tracking-sheet`,
    `/api/plans/${planId}/follow-up-sheet`,
    ...variants('/api/rollovers', { team: 'north', fromPeriod: '2027-Q1', toPeriod: '2027-Q4', salespersonId: 'ann', metric: 'revenue' }),
    ...variants('/api/decisions', { team: 'north', actorId: 'sup-1', type: PLAN_DECISION_TYPES[0]!, decision: DECISION_KINDS[0]!, from: '2027-01-01T00:00:00Z', to: '2027-12-31T00:00:00Z' }),
    ...variants('/api/prospects', { team: 'north', salesperson: 'ann', status: PROSPECT_STATUSES[0]!, grade: CREDIT_SCORES[0]!, industry: 'Food processing', region: 'Shandong', q: 'company' }),
    ...variants('/api/credit-checks', { team: 'north', salesperson: 'ann', prospect: '00000000-0000-4000-8000-000000000000', grade: CREDIT_SCORES[0]!, from: '2027-01-01', to: '2027-12-31' }),
    ...variants('/api/development-pipeline', { team: 'north', salesperson: 'ann' }),
    ...variants('/api/development-reports/overdue', { team: 'north', salesperson: 'ann', days: '30', asOf: '2027-03-31' }),
    ...variants('/api/conversions', { team: 'north', salesperson: 'ann', status: 'attributed', from: '2027-01-01', to: '2027-12-31' }),
    ...variants('/api/exports/decisions', { team: 'north' }, { from: '2027-01-01', to: '2027-12-31' }),
    ...variants('/api/exports/rollovers', { team: 'north' }, { fromPeriod: '2027-Q1', toPeriod: '2027-Q4' }),
    `/api/audit/streams/plan-${planId}/events/2/explanation`,
    ...variants('/api/projections/parked', { projection: 'plans-list' }),
    '/api/projections',
    '/api/health/ready',
  ];

  it.each(READERS)('as %s', async (_who, reader) => {
    const failed: string[] = [];
    for (const url of routes()) {
      const res = await api.request('GET', url, { as: reader });
      if (res.statusCode >= 500) failed.push(`${url}: ${res.statusCode} ${res.body?.detail ?? res.raw}`);
    }
    expect(failed).toEqual([]);
  });
});
