import { planIdFor, planStream } from '#app/sales-planning';
import type { User } from '../../support/api-harness.js';
import { ann, bob, mgr, openPlanBody, planBookBody, submitPlanBody, sup } from '../../support/plan-requests.js';
import { eventually } from '../../support/eventually.js';
import type { LiveServer } from './live-server.js';

export interface Seeded {
  q1: string;
  q2: string;
  q3: string;
  /** The global position of the last command. */
  head: number;
}

/**
 * North's 2027-Q1 (published, with a review, a difficulty report, an adjustment and rejections),
 * 2027-Q2 (executing, with Ann's revenue shortfall carried in from Q1) and 2027-Q3 (submitted,
 * in the manager's queue), all through the HTTP API.
 */
export async function seedPlans(server: LiveServer): Promise<Seeded> {
  let head = 0;
  const ok = async (path: string, as: User, body: unknown = {}) => {
    const res = await server.request('POST', path, { as, body });
    if (res.status >= 300) throw new Error(`${path} as ${as.sub}: ${res.status} ${JSON.stringify(res.body)}`);
    head = Math.max(head, res.body.position);
    return res.body;
  };
  const toExecution = async (period: string, reject: boolean) => {
    const id = planIdFor('north', period);
    await ok('/api/plans', sup, openPlanBody({ period }));
    await ok(`/api/plans/${id}/submit`, sup, submitPlanBody());
    if (reject) {
      await ok(`/api/plans/${id}/reject`, mgr, { reason: 'Too timid for the north' });
      await ok(`/api/plans/${id}/submit`, sup, submitPlanBody());
    }
    await ok(`/api/plans/${id}/approve`, mgr, { comment: 'Agrees with the company target' });
    await ok(`/api/plans/${id}/book`, sup, planBookBody());
    await ok(`/api/plans/${id}/book/approve`, mgr, { comment: 'Go' });
    return id;
  };

  const q1 = await toExecution('2027-Q1', true);
  await ok(`/api/plans/${q1}/actuals`, ann, { metric: 'revenue', amount: 30_000_00, currency: 'CNY', date: '2027-02-10', reference: 'INV-1' });
  await ok(`/api/plans/${q1}/actuals`, ann, { metric: 'new_customers', amount: 3, date: '2027-02-11', reference: 'C-1' });
  await ok(`/api/plans/${q1}/actuals`, bob, { metric: 'revenue', amount: 41_000_00, currency: 'CNY', date: '2027-03-01', reference: 'INV-2' });
  await ok(`/api/plans/${q1}/reviews`, mgr, {
    reviewDate: '2027-02-15',
    reviews: [{ salespersonId: 'ann', findings: 'Key account lost to bankruptcy', rating: 'off_track', actions: [{ action: 'Replace the account', owner: 'ann', deadline: '2027-03-01' }] }],
  });
  await ok(`/api/plans/${q1}/difficulty-reports`, ann, {
    difficulty: 'Key account went bankrupt', cause: 'external', evidence: 'Court notice', supportRequested: 'Lower revenue target',
    proposals: [{ metric: 'revenue', proposedTarget: 50_000_00 }], effectiveFrom: '2027-02-15',
  });
  await ok(`/api/plans/${q1}/adjustments`, sup, { changes: [{ salespersonId: 'ann', metric: 'revenue', to: 50_000_00 }], reason: 'Bankruptcy of a key account', difficultyReports: [1] });
  await ok(`/api/plans/${q1}/adjustments/1/approve`, mgr, { comment: 'Justified' });
  await ok(`/api/plans/${q1}/personal-summaries`, ann, { summary: 'Tough market' });
  await ok(`/api/plans/${q1}/personal-summaries`, bob, { summary: 'Good quarter' });
  await ok(`/api/plans/${q1}/team-summary`, sup, { summary: 'Mixed', analysis: 'Ann lost a key account' });
  await ok(`/api/plans/${q1}/appraisal`, mgr, { rating: 'satisfactory', comments: 'Revenue short in the north' });
  await ok(`/api/plans/${q1}/publish`, mgr);

  // Ann's 20,000.00 revenue shortfall rolls into Q2 through the carry-over process.
  const q2 = planIdFor('north', '2027-Q2');
  await eventually(async () => (await server.store.readStream(planStream(q2))).some((e) => e.type === 'CarryOverReceived'), 'the carry-over into 2027-Q2');
  await toExecution('2027-Q2', false);
  await ok(`/api/plans/${q2}/actuals`, ann, { metric: 'revenue', amount: 5_000_00, currency: 'CNY', date: '2027-04-20', reference: 'INV-3' });
  await ok(`/api/plans/${q2}/actuals`, bob, { metric: 'revenue', amount: 22_000_00, currency: 'CNY', date: '2027-05-02', reference: 'INV-4' });
  await ok(`/api/plans/${q2}/actuals`, ann, { metric: 'new_customers', amount: 1, date: '2027-05-03', reference: 'C-2' });

  const q3 = planIdFor('north', '2027-Q3');
  await ok('/api/plans', sup, openPlanBody({ period: '2027-Q3' }));
  await ok(`/api/plans/${q3}/submit`, sup, submitPlanBody());
  return { q1, q2, q3, head };
}
