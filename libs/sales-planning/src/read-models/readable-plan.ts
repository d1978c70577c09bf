import { NotFoundError, type Actor } from '#app/eventsourcing';
import { requireReadableTeam } from '#app/shared-kernel';

/** A plan's read document for this reader: PLAN.NOT_FOUND before the plan is opened, AUTH.TEAM_FORBIDDEN for another team. */
export function readablePlan<T extends { team: string; status?: string }>(doc: T | null, planId: string, actor: Actor): T {
  if (!doc || doc.status === 'none') throw new NotFoundError('PLAN.NOT_FOUND', `Plan ${planId} does not exist`, { planId });
  requireReadableTeam(actor, doc.team, 'plans');
  return doc;
}
