import { describe, expect, it } from '@jest/globals';
import { indexesOf, serves, sortableFields } from './query-shapes.js';
import type { QueryShape } from './read-store.port.js';
import { SqliteReadStore } from './sqlite/sqlite-read-store.js';
import { QueryShapeGuard } from './testing/query-shape-guard.js';

const plansOfTeams: QueryShape = { equal: ['team'], sort: 'updatedAt', filters: ['period', 'status'] };

describe('Query shapes', () => {
  it('serve a query with all their equality fields, some of their filters, their sort and a range on it', () => {
    expect(serves(plansOfTeams, { where: { team: 'north' }, sort: { field: 'updatedAt', direction: 'desc' } })).toBe(true);
    expect(serves(plansOfTeams, { where: { team: 'north', status: 'draft', period: '2027' }, range: { updatedAt: { gte: '2027' } }, sort: { field: 'updatedAt' } })).toBe(true);
    expect(serves(plansOfTeams, { where: { team: 'north', updatedAt: '2027-01-01' }, sort: { field: 'updatedAt' } })).toBe(true);
  });

  it('do not serve a query without one of their equality fields, with another field, another order or a range elsewhere', () => {
    expect(serves(plansOfTeams, { where: { status: 'draft' }, sort: { field: 'updatedAt' } })).toBe(false);
    expect(serves(plansOfTeams, { where: { team: 'north', awaiting: 'x' }, sort: { field: 'updatedAt' } })).toBe(false);
    expect(serves(plansOfTeams, { where: { team: 'north' } })).toBe(false);
    expect(serves(plansOfTeams, { where: { team: 'north' }, range: { period: { gte: '2027' } }, sort: { field: 'updatedAt' } })).toBe(false);
  });

  it('serve a count by their equality fields, whatever they sort on', () => {
    expect(serves(plansOfTeams, { where: { team: 'north', status: 'draft' } }, 'count')).toBe(true);
    expect(serves(plansOfTeams, { where: { status: 'draft' } }, 'count')).toBe(false);
  });

  it('give one index per key list, named by its keys, and none for the id order alone; their sort fields are sortable', () => {
    const definition = { indexes: ['updatedAt'], shapes: [plansOfTeams, { equal: [], sort: 'updatedAt' }, { equal: ['team'], sort: 'id' }, { equal: [], sort: 'id' }] };
    expect(indexesOf(definition)).toEqual([
      { name: 'updatedAt', keys: ['updatedAt'] },
      { name: 'team+updatedAt', keys: ['team', 'updatedAt'] },
      { name: 'team', keys: ['team'] },
    ]);
    expect(sortableFields(definition)).toEqual(['updatedAt']);
  });
});

describe('QueryShapeGuard', () => {
  it('passes the queries a declared shape serves, and refuses and records any other', async () => {
    const guard = new QueryShapeGuard(new SqliteReadStore({ filename: ':memory:' }));
    await guard.ensureCollection('plans_v1', { shapes: [plansOfTeams] });
    await guard.transaction((tx) => tx.upsert('plans_v1', { id: 'p1', team: 'north', updatedAt: '2027-01-02' }));

    expect((await guard.find('plans_v1', { where: { team: 'north', status: 'draft' }, sort: { field: 'updatedAt', direction: 'desc' } })).items).toEqual([]);
    expect(await guard.count('plans_v1', { where: { team: 'north' } })).toBe(1);
    expect(await guard.get('plans_v1', 'p1')).toMatchObject({ id: 'p1' });
    await expect(guard.find('plans_v1', { where: { team: 'north' } })).rejects.toThrow('No query shape declared for plans_v1 serves find where team · sort id');
    await expect(guard.find('other_v1', {})).rejects.toThrow('No query shape declared for other_v1 serves find where (nothing) · sort id');
    expect(guard.undeclared).toEqual([
      { collection: 'plans_v1', query: 'find where team · sort id' },
      { collection: 'other_v1', query: 'find where (nothing) · sort id' },
    ]);
    await guard.close();
  });
});
