import { ForbiddenError, ValidationError, type Actor } from '#app/eventsourcing';
import type { Page, ReadDocument, ReadQuery, ReadStore } from '#app/read-store';
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

/** Underlying pages a filtered page may look through before it answers (possibly empty) with a cursor to go on from. */
const MAX_SCANS = 20;

type TeamCursor = [team: string | null, inner: string | null];

const encodeCursor = (cursor: TeamCursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decodeCursor(cursor: string, teams: readonly (string | null)[]): [index: number, inner: string | null] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const index = Array.isArray(decoded) && decoded.length === 2 ? teams.indexOf(decoded[0] as string | null) : -1;
  const inner = Array.isArray(decoded) ? decoded[1] : undefined;
  if (index === -1 || !(inner === null || typeof inner === 'string')) {
    throw new ValidationError('REQUEST.INVALID_CURSOR', 'cursor is not a cursor of this query', [{ field: 'cursor', messages: ['is not a cursor of this query'] }]);
  }
  return [index, inner as string | null];
}

/**
 * One page over the teams of a scope, team after team (a reader of several teams gets every row
 * exactly once, in team order). With `keep`, rows are filtered after reading: the page holds the
 * kept rows of the rows it looked through, so it may be shorter than the limit (even empty) while
 * `nextCursor` is not null.
 */
export async function pageForTeams<T extends ReadDocument>(
  store: ReadStore,
  collection: string,
  teams: ReadScope['teams'],
  query: Omit<ReadQuery, 'cursor' | 'limit'> & { limit: number },
  cursor: string | undefined,
  keep: (document: T) => boolean = () => true,
): Promise<Page<T>> {
  const order: (string | null)[] = teams === 'all' ? [null] : [...teams];
  if (order.length === 0) return { items: [], nextCursor: null };
  let [index, inner] = cursor ? decodeCursor(cursor, order) : [0, null];
  const items: T[] = [];
  for (let scans = 0; index < order.length && items.length < query.limit && scans < MAX_SCANS; scans++) {
    const team = order[index];
    const page = await store.find<T>(collection, {
      ...query,
      where: { ...query.where, ...(team !== null ? { team } : {}) },
      limit: query.limit - items.length,
      cursor: inner,
    });
    items.push(...page.items.filter(keep));
    if (page.nextCursor) inner = page.nextCursor;
    else [index, inner] = [index + 1, null];
  }
  return { items, nextCursor: index < order.length ? encodeCursor([order[index] ?? null, inner]) : null };
}

/** Every matching row over the teams of a scope. */
export async function allForTeams<T extends ReadDocument>(
  store: ReadStore,
  collection: string,
  teams: ReadScope['teams'],
  query: Omit<ReadQuery, 'cursor' | 'limit'>,
): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await pageForTeams<T>(store, collection, teams, { ...query, limit: 1000 }, cursor);
    rows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}
