import { planIdFor } from '#app/sales-planning';
import type { ApiHarness, User } from './api-harness.js';

export const TEAM = 'north';
export const PERIOD = '2027-Q1';

export const sup: User = { sub: 'sup-1', name: 'Sue Supervisor', roles: ['supervisor'], teams: [TEAM] };
export const mgr: User = { sub: 'mgr-1', name: 'Max Manager', roles: ['manager'], teams: [TEAM, 'south'] };
export const ann: User = { sub: 'ann', name: 'Ann', roles: ['salesperson'], teams: [TEAM] };
export const bob: User = { sub: 'bob', name: 'Bob', roles: ['salesperson'], teams: [TEAM] };
export const auditor: User = { sub: 'aud-1', roles: ['auditor'], teams: [] };
export const southSup: User = { sub: 'sup-s', roles: ['supervisor'], teams: ['south'] };

export const openPlanBody = (over: Record<string, unknown> = {}) => ({
  team: TEAM,
  period: PERIOD,
  currency: 'CNY',
  companyTargets: [{ metric: 'revenue', amount: 100_000_00, currency: 'CNY' }],
  problems: ['Flat sales in the north', 'Slow collections'],
  ...over,
});

export const submitPlanBody = (over: Record<string, unknown> = {}) => ({
  targets: [
    { salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue', amount: 60_000_00, currency: 'CNY' },
    { salespersonId: 'ann', salespersonName: 'Ann', metric: 'new_customers', amount: 3 },
    { salespersonId: 'bob', salespersonName: 'Bob', metric: 'revenue', amount: 40_000_00, currency: 'CNY' },
  ],
  profitTarget: { amount: 25_000_00, currency: 'CNY' },
  expenseBudget: { amount: { amount: 8_000_00, currency: 'CNY' }, controlNotes: 'Monthly review against budget' },
  subPlans: {
    paymentCollection: 'Collect within 60 days',
    pricingStrategy: 'Hold list prices',
    channelStrategy: 'Two new distributors',
    advertisingAndPromotion: 'Trade fair in March',
    staffingAndTraining: 'One hire, product training',
    appraisalRuleChanges: 'None',
    productStrategy: 'Push the X line',
  },
  ...over,
});

export const planBookBody = () => ({
  outlook: 'Demand recovers in Q2; a competitor may enter the north.',
  marketIndicators: [{ indicator: 'Competitor entry', assessment: 'Likely by June' }],
});

/** The team's PERIOD plan opened, submitted, approved and its plan book approved: executing. Throws on any refusal. */
export async function planInExecution(api: Pick<ApiHarness, 'request'>): Promise<string> {
  const planId = planIdFor(TEAM, PERIOD);
  for (const [url, as, body] of [
    ['/api/plans', sup, openPlanBody()],
    [`/api/plans/${planId}/submit`, sup, submitPlanBody()],
    [`/api/plans/${planId}/approve`, mgr, {}],
    [`/api/plans/${planId}/book`, sup, planBookBody()],
    [`/api/plans/${planId}/book/approve`, mgr, {}],
  ] as const) {
    const res = await api.request('POST', url, { as, body });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.raw}`);
  }
  return planId;
}
