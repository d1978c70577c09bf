import { ValidationError } from '#app/eventsourcing';
import type { Page, ReadDocument, ReadQuery, ReadStore } from '#app/read-store';

/** The teams a reader sees: every team, or a list. */
export type TeamScope = readonly string[] | 'all';

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
  teams: TeamScope,
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
  teams: TeamScope,
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
