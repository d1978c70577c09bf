import { describe, expect, it } from '@jest/globals';
import { CHANGE_LOG_QUERIES, PARKED_QUERIES, SqliteReadStore, type FieldValue, type QueryShape, type ReadQuery } from '#app/read-store';
import { ALL_PROJECTIONS } from './runtime.js';

/** Every query shape the read store is asked for: each projection's, and the runner's own collections'. */
const DECLARED: [collection: string, shapes: readonly QueryShape[]][] = [
  ...ALL_PROJECTIONS.map((p): [string, readonly QueryShape[]] => [p.collection, p.queries]),
  ['projection_parked', Object.values(PARKED_QUERIES)],
  ['projection_changes', Object.values(CHANGE_LOG_QUERIES)],
];

const CASES = DECLARED.flatMap(([collection, shapes]) => shapes.map((shape): [string, string, QueryShape] => [collection, JSON.stringify(shape), shape]));

/** The equality values a query may compare with: a string, a boolean, null (each is its own SQL). */
const VALUES: FieldValue[] = ['north', true, null];

function queriesOf(shape: QueryShape, value: FieldValue, cursor: string | null): ReadQuery[] {
  const where = Object.fromEntries(shape.equal.map((field) => [field, value]));
  const filtered = { ...where, ...Object.fromEntries((shape.filters ?? []).map((field) => [field, value])) };
  const queries: ReadQuery[] = [];
  for (const direction of ['asc', 'desc'] as const) {
    const sort = { field: shape.sort, direction };
    queries.push({ where, sort }, { where: filtered, sort });
    if (shape.sort !== 'id') queries.push({ where, sort, range: { [shape.sort]: { gte: 'a', lte: 'z' } } });
    if (cursor) queries.push({ where, sort, cursor });
  }
  return queries;
}

describe('SQLite query plans of every declared query shape', () => {
  it.each(CASES)('%s %s: an index serves it, and no temporary B-tree sorts it', async (collection, _label, shape) => {
    const store = new SqliteReadStore({ filename: ':memory:' });
    try {
      await store.ensureCollection(collection, { shapes: [shape] });
      for (const value of VALUES) {
        const fields = [...shape.equal, ...(shape.filters ?? [])];
        await store.transaction((tx) => {
          for (let i = 0; i < 3; i++) tx.upsert(collection, { id: `d${i}`, ...Object.fromEntries(fields.map((f) => [f, value])), ...(shape.sort === 'id' ? {} : { [shape.sort]: `m${i}` }) });
        });
        const cursors = await Promise.all((['asc', 'desc'] as const).map(async (direction) => (await store.find(collection, { where: Object.fromEntries(shape.equal.map((f) => [f, value])), sort: { field: shape.sort, direction }, limit: 1 })).nextCursor));
        for (const [i, direction] of (['asc', 'desc'] as const).entries()) {
          for (const query of queriesOf(shape, value, cursors[i]!).filter((q) => q.sort?.direction === direction)) {
            for (const plan of store.queryPlan(collection, query)) {
              const described = `${JSON.stringify(query)}:\n  ${plan.join('\n  ')}`;
              expect({ described, tempSort: plan.some((line) => line.includes('TEMP B-TREE')) }).toEqual({ described, tempSort: false });
              const reads = plan.filter((line) => /^(SCAN|SEARCH) /.test(line));
              expect({ described, unindexed: reads.filter((line) => !/USING (COVERING )?INDEX |PRIMARY KEY/.test(line)) }).toEqual({ described, unindexed: [] });
            }
          }
        }
      }
    } finally {
      await store.close();
    }
  });
});
