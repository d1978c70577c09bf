import { ValidationError } from '#app/eventsourcing';
import { assertFieldName } from './read-query.js';
import type { CollectionDefinition, QueryShape, ReadFilter, ReadQuery } from './read-store.port.js';

/** The query shapes of a definition: its shapes, and one `(field, id)` shape per declared field. */
export function shapesOf(definition: CollectionDefinition = {}): QueryShape[] {
  const shapes = [...(definition.indexes ?? []).map((field) => ({ equal: [], sort: field })), ...(definition.shapes ?? [])];
  shapes.forEach(assertShape);
  return shapes;
}

/** The keys of the shape's index before the id; none when the id order alone serves it. */
export function indexKeys(shape: QueryShape): string[] {
  return shape.sort === 'id' ? [...shape.equal] : [...shape.equal, shape.sort];
}

/** One index per distinct key list, named by its keys (`team+updatedAt`), so a name always means one key list. */
export function indexesOf(definition: CollectionDefinition): { name: string; keys: string[] }[] {
  const indexes = new Map<string, string[]>();
  for (const shape of shapesOf(definition)) {
    const keys = indexKeys(shape);
    if (keys.length > 0) indexes.set(keys.join('+'), keys);
  }
  return [...indexes].map(([name, keys]) => ({ name, keys }));
}

/** Fields the collection's indexes can sort and range on: the sort fields of its shapes. */
export function sortableFields(definition: CollectionDefinition): string[] {
  return [...new Set(shapesOf(definition).map((shape) => shape.sort))].filter((field) => field !== 'id');
}

/**
 * Whether a shape's index serves the query: its sort field is the shape's, its equality fields are
 * the shape's (all of them) plus some of its filters (or the sort field), and it ranges on the sort
 * field only. A count has no order: any shape whose equality fields it matches serves it.
 */
export function serves(shape: QueryShape, query: ReadQuery, kind: 'find' | 'count' = 'find'): boolean {
  const where = Object.keys(query.where ?? {});
  const ranges = Object.keys(query.range ?? {});
  const sort = query.sort?.field ?? 'id';
  if (kind === 'find' && sort !== shape.sort) return false;
  const allowed = new Set([...shape.equal, ...(shape.filters ?? []), shape.sort]);
  return shape.equal.every((field) => where.includes(field)) && where.every((field) => allowed.has(field)) && ranges.every((field) => field === shape.sort);
}

/** The query as shapes speak of it: `where team, status · range occurredAt · sort updatedAt`. */
export function describeQuery(query: ReadQuery | ReadFilter, kind: 'find' | 'count' = 'find'): string {
  const parts = [`where ${Object.keys(query.where ?? {}).sort().join(', ') || '(nothing)'}`];
  if (Object.keys(query.range ?? {}).length > 0) parts.push(`range ${Object.keys(query.range ?? {}).join(', ')}`);
  if (kind === 'find') parts.push(`sort ${(query as ReadQuery).sort?.field ?? 'id'}`);
  return parts.join(' · ');
}

function assertShape(shape: QueryShape) {
  const fields = [...shape.equal, ...(shape.filters ?? [])];
  [...fields, shape.sort].forEach(assertFieldName);
  if (fields.includes('id') || new Set(fields).size !== fields.length || fields.includes(shape.sort)) {
    throw new ValidationError('READ_STORE.INVALID_SHAPE', `A query shape names each field once, and not id among its equality fields: ${JSON.stringify(shape)}`);
  }
}
