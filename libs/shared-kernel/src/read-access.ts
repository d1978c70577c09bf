import { ForbiddenError, ValidationError, type Actor } from '#app/eventsourcing';
import type { TeamScope } from './read-paging.js';

/** Auditors and analysts read everything. */
export const readsEverything = (actor: Actor): boolean => actor.roles.includes('auditor') || actor.roles.includes('analyst');

/** Everyone else reads the teams in their token. */
export const canReadTeam = (actor: Actor, team: string): boolean => readsEverything(actor) || actor.teams.includes(team);

/** A salesperson without a supervising, managing or read-everything role reads only their own rows. */
export const readsOwnRowsOnly = (actor: Actor): boolean =>
  !readsEverything(actor) && !actor.roles.includes('supervisor') && !actor.roles.includes('manager');

/**
 * The read rule for rows that belong to one salesperson (a target line, an actual, an assigned
 * prospect): a reader of the team sees them, except that a salesperson sees only their own.
 * `salespersonId` null: the row belongs to nobody yet (an unassigned prospect), so only readers of
 * all rows see it. Rows of the whole team (a plan's status, its approvals) are not filtered.
 */
export const canReadRow = (actor: Actor, salespersonId: string | null): boolean => !readsOwnRowsOnly(actor) || salespersonId === actor.id;

/** The rows of `rows` this reader may see (canReadRow on each row's salesperson). */
export const readableRows = <T>(actor: Actor, rows: readonly T[], salespersonOf: (row: T) => string | null): T[] =>
  readsOwnRowsOnly(actor) ? rows.filter((row) => canReadRow(actor, salespersonOf(row))) : [...rows];

/** AUTH.OWN_ROWS_ONLY unless the reader may see a document that is one salesperson's row (a prospect); `what` names it. */
export function requireReadableRow(actor: Actor, salespersonId: string | null, what: string): void {
  if (!canReadRow(actor, salespersonId)) throw new ForbiddenError('AUTH.OWN_ROWS_ONLY', `A salesperson reads only their own ${what}`);
}

/**
 * AUTH.TEAM_FORBIDDEN unless the actor may read the team. A team the reader named (a filter) is
 * named back; for a document (`what` names its kind, e.g. `plans`) the refusal does not say whose
 * it is, so an id reveals nothing of another team.
 */
export function requireReadableTeam(actor: Actor, team: string, what?: string): void {
  if (canReadTeam(actor, team)) return;
  if (what) throw new ForbiddenError('AUTH.TEAM_FORBIDDEN', `You may not read these ${what}: they are another team's`);
  throw new ForbiddenError('AUTH.TEAM_FORBIDDEN', `You may not read team ${team}`, { team });
}

/** What a reader may see: every team, or some teams; and within them everything, or one salesperson's rows. */
export interface ReadScope {
  teams: TeamScope;
  salespersonId?: string;
}

/**
 * Auditors and analysts read every team; managers and supervisors the teams in their token;
 * salespeople their own rows in their teams. Naming another team is AUTH.TEAM_FORBIDDEN, a
 * salesperson naming another salesperson AUTH.OWN_ROWS_ONLY; `what` names the rows.
 */
export function readScope(actor: Actor, filters: { team?: string; salesperson?: string }, what: string): ReadScope {
  const { team, salesperson } = filters;
  if (team !== undefined) requireReadableTeam(actor, team);
  const ownOnly = readsOwnRowsOnly(actor);
  if (ownOnly && salesperson !== undefined && salesperson !== actor.id) {
    throw new ForbiddenError('AUTH.OWN_ROWS_ONLY', `A salesperson reads only their own ${what}`, { salesperson });
  }
  const teams = team !== undefined ? [team] : readsEverything(actor) ? 'all' : [...actor.teams];
  const salespersonId = ownOnly ? actor.id : salesperson;
  return { teams, ...(salespersonId !== undefined ? { salespersonId } : {}) };
}

/** REQUEST.INVERTED_RANGE when both bounds are given and `from` is after `to` (compared as text: dates, instants). */
export function requireOrderedRange(from: string | undefined, to: string | undefined, fields: [string, string] = ['from', 'to']): void {
  if (from !== undefined && to !== undefined && from > to) {
    throw new ValidationError('REQUEST.INVERTED_RANGE', `${fields[0]} must not be after ${fields[1]}`, [
      { field: fields[0], messages: [`must not be after ${fields[1]}`] },
    ]);
  }
}
