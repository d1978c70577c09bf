import { ForbiddenError, ValidationError, type Actor } from '#app/eventsourcing';
import { canReadTeam } from '#app/sales-planning';

export const readsEverything = (actor: Actor): boolean => actor.roles.includes('auditor') || actor.roles.includes('analyst');

/** A salesperson without a supervising, managing or read-only role reads only the prospects assigned to them. */
export const readsOwnProspectsOnly = (actor: Actor): boolean =>
  !readsEverything(actor) && !actor.roles.includes('supervisor') && !actor.roles.includes('manager');

/** What a reader may see: every team, or some teams; and within them everything, or one salesperson's rows. */
export interface ReadScope {
  teams: readonly string[] | 'all';
  salespersonId?: string;
}

/**
 * Auditors and analysts read every team; managers and supervisors the teams in their token;
 * salespeople their own prospects in their teams. Naming another team is AUTH.TEAM_FORBIDDEN,
 * a salesperson naming another salesperson AUTH.OWN_ROWS_ONLY.
 */
export function readScope(actor: Actor, filters: { team?: string; salesperson?: string }): ReadScope {
  const { team, salesperson } = filters;
  if (team !== undefined && !canReadTeam(actor, team)) {
    throw new ForbiddenError('AUTH.TEAM_FORBIDDEN', `You may not read team ${team}`, { team });
  }
  const ownOnly = readsOwnProspectsOnly(actor);
  if (ownOnly && salesperson !== undefined && salesperson !== actor.id) {
    throw new ForbiddenError('AUTH.OWN_ROWS_ONLY', 'A salesperson reads only their own prospects', { salesperson });
  }
  const teams = team !== undefined ? [team] : readsEverything(actor) ? 'all' : [...actor.teams];
  const salespersonId = ownOnly ? actor.id : salesperson;
  return { teams, ...(salespersonId !== undefined ? { salespersonId } : {}) };
}

export { fresh } from '#app/sales-planning';

export function invertedRange(from: string | undefined, to: string | undefined, fields: [string, string] = ['from', 'to']): void {
  if (from !== undefined && to !== undefined && from > to) {
    throw new ValidationError('REQUEST.INVERTED_RANGE', `${fields[0]} must not be after ${fields[1]}`, [
      { field: fields[0], messages: [`must not be after ${fields[1]}`] },
    ]);
  }
}

export { allForTeams, pageForTeams } from '#app/sales-planning';
