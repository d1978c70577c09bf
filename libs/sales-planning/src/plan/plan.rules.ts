import { IllegalStateError, NotFoundError, type Actor } from '#app/eventsourcing';
import { requireNotSubmitter, requireRoleInTeam } from '#app/shared-kernel';
import type { OpenPlanState, PlanState, PlanStatus } from './plan.js';

export function opened(state: PlanState, planId: string): OpenPlanState {
  if (state.status === 'none') throw notFound(planId);
  return state;
}

/** The refusal of a plan whose status is not one of `allowed`, as a value; null when the status is allowed. */
export function statusRefusal(state: OpenPlanState, allowed: PlanStatus[], code: string, message: string): IllegalStateError | null {
  if (allowed.includes(state.status)) return null;
  return new IllegalStateError(code, `${message} (the plan is ${state.status.replaceAll('_', ' ')})`, { planId: state.planId, status: state.status });
}

export function requireStatus(state: OpenPlanState, allowed: PlanStatus[], code: string, message: string): void {
  const refusal = statusRefusal(state, allowed, code, message);
  if (refusal) throw refusal;
}

export const notFound = (planId: string): NotFoundError => new NotFoundError('PLAN.NOT_FOUND', `Plan ${planId} does not exist`, { planId });

/** Decision 7: published results are immutable; nothing is recorded against a closed plan. */
export const closed = (planId: string): IllegalStateError =>
  new IllegalStateError('PLAN.CLOSED', 'The plan is published and closed; nothing more can be recorded against it', { planId });

export const ref = (s: { planId: string; team: string; period: string }) => ({ planId: s.planId, team: s.team, period: s.period });

/** A manager of the plan's team who did not submit what is being decided (Decision 1). */
export function requireApprover(actor: Actor, state: OpenPlanState, submittedBy: string | undefined, what: string): void {
  requireRoleInTeam(actor, 'manager', state.team);
  requireNotSubmitter(actor, submittedBy, what);
}
