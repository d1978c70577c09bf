import type { components } from '../api-types.generated.js';

type S = components['schemas'];
export type Plan = S['PlanResponse'];
export type PlanStatus = S['PlanStatus'];

export interface Reader {
  id: string;
  roles: readonly string[];
  teams: readonly string[];
}

/** The plan commands the dashboard offers; each shown only when the server's rules would let the reader do it now. */
export type PlanAction =
  | 'decidePlan'
  | 'decideBook'
  | 'decideAdjustment'
  | 'recordReview'
  | 'waiveLine'
  | 'appraise'
  | 'decideAppraisal'
  | 'publish'
  | 'submitPlan'
  | 'submitBook'
  | 'proposeAdjustment'
  | 'teamSummary'
  | 'reviseAppraisal'
  | 'recordActual'
  | 'difficultyReport'
  | 'personalSummary';

/** Statuses after which a carried line can no longer be waived (the decider's CARRY_CLOSED, less summarised). */
const WAIVE_CLOSED: readonly PlanStatus[] = ['appraised', 'appraisal_revised', 'appraisal_approved', 'appraisal_rejected', 'published'];

const has = (reader: Reader, role: string, team: string) => reader.roles.includes(role) && reader.teams.includes(team);

/** The salespeople with targets on the plan (base or carried in), as the decider counts them. */
export const salespeopleOf = (plan: Plan): string[] => [...new Set([...plan.targets.map((t) => t.salespersonId), ...plan.carriedIn.filter((l) => l.status !== 'waived').map((l) => l.salespersonId)])];

/**
 * The same role, team, state and separation-of-duties rules the decider applies
 * (libs/sales-planning plan.decide.ts, plan-close.decide.ts), so an action is offered only when it
 * would be accepted on the state the reader sees.
 */
export function planActions(plan: Plan, reader: Reader): Set<PlanAction> {
  const out = new Set<PlanAction>();
  const s = plan.status;
  const me = reader.id;
  if (has(reader, 'manager', plan.team)) {
    if (s === 'submitted' && plan.planSubmittedBy !== me) out.add('decidePlan');
    if (s === 'book_submitted' && plan.bookSubmittedBy !== me) out.add('decideBook');
    if (s === 'executing' && plan.pendingAdjustment && plan.pendingAdjustment.proposedBy !== me) out.add('decideAdjustment');
    if (s === 'executing') out.add('recordReview');
    if (!WAIVE_CLOSED.includes(s) && plan.carriedIn.some((l) => l.status !== 'waived')) out.add('waiveLine');
    if (s === 'summarised' && plan.teamSummaryBy !== me) out.add('appraise');
    if (s === 'appraisal_revised' && plan.appraisal?.revisedBy !== me) out.add('decideAppraisal');
    if (s === 'appraised' || s === 'appraisal_approved') out.add('publish');
  }
  if (has(reader, 'supervisor', plan.team)) {
    if (s === 'draft' || s === 'rejected') out.add('submitPlan');
    if (s === 'approved' || s === 'book_rejected') out.add('submitBook');
    if (s === 'executing' && !plan.pendingAdjustment) out.add('proposeAdjustment');
    if (s === 'executing' && salespeopleOf(plan).every((p) => plan.personalSummaries.includes(p))) out.add('teamSummary');
    if (s === 'appraised' || s === 'appraisal_rejected') out.add('reviseAppraisal');
  }
  if (has(reader, 'salesperson', plan.team) && s === 'executing' && salespeopleOf(plan).includes(me)) {
    out.add('recordActual');
    out.add('difficultyReport');
    if (!plan.personalSummaries.includes(me)) out.add('personalSummary');
  }
  return out;
}

/** What the reader submitted and may therefore not decide (Decision 1), to say why an approval is not offered. */
export function ownSubmissionAwaiting(plan: Plan, reader: Reader): boolean {
  if (!reader.roles.includes('manager')) return false;
  return (
    (plan.status === 'submitted' && plan.planSubmittedBy === reader.id) ||
    (plan.status === 'book_submitted' && plan.bookSubmittedBy === reader.id) ||
    (plan.status === 'executing' && plan.pendingAdjustment?.proposedBy === reader.id) ||
    (plan.status === 'summarised' && plan.teamSummaryBy === reader.id)
  );
}
