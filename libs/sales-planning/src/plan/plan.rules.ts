import { IllegalStateError, NotFoundError, type Actor } from '#app/eventsourcing';
import { requireNotSubmitter, requireRoleInTeam } from '#app/shared-kernel';
import type { OpenPlanState, PlanState, PlanStatus } from './plan.js';

export function opened(state: PlanState, planId: string): OpenPlanState {
  if (state.status === 'none') throw new NotFoundError('PLAN.NOT_FOUND', `Plan ${planId} does not exist`, { planId });
  return state;
}

export function requireStatus(state: OpenPlanState, allowed: PlanStatus[], code: string, message: string): void {
  if (!allowed.includes(state.status)) {
    throw new IllegalStateError(code, `${message} (the plan is ${state.status.replaceAll('_', ' ')})`, {
      planId: state.planId,
      status: state.status,
    });
  }
}

export const ref = (s: { planId: string; team: string; period: string }) => ({ planId: s.planId, team: s.team, period: s.period });

/** A manager of the plan's team who did not submit what is being decided (Decision 1). */
export function requireApprover(actor: Actor, state: OpenPlanState, submittedBy: string | undefined, what: string): void {
  requireRoleInTeam(actor, 'manager', state.team);
  requireNotSubmitter(actor, submittedBy, what);
}
