import type { Document, Sort } from 'mongodb';
import type { ValidFilter, ValidQuery } from '../read-query.js';
import type { FieldValue } from '../read-store.port.js';

/** A read-model document as stored: `_id` is the document's `id`, kept beside it. */
export type StoredDocument = Document & { _id: string };

export interface MongoPageQuery {
  filter: Document;
  sort: Sort;
  /** One more than the page, to learn whether another page follows. */
  limit: number;
}

export function mongoField(field: string): string {
  return field === 'id' ? '_id' : field;
}

/**
 * Equality and ranges as one condition object per field. MongoDB already compares only values of
 * the bound's type (type bracketing) and lets `null` match a missing field; arrays are excluded
 * because MongoDB would match their elements, which the port's top-level scalar semantics do not.
 */
export function toMongoFilter(filter: ValidFilter): Document {
  const conditions: Record<string, Record<string, unknown>> = {};
  const on = (field: string) => {
    const condition = (conditions[mongoField(field)] ??= {});
    if (field !== 'id') condition['$not'] = { $type: 'array' };
    return condition;
  };
  for (const [field, value] of filter.where) on(field)['$eq'] = value;
  for (const range of filter.ranges) {
    const condition = on(range.field);
    for (const [operator, value] of range.bounds) condition[`$${operator}`] = value;
  }
  return conditions;
}

export function toMongoSort(sort: ValidQuery['sort']): Sort {
  const direction = sort.direction === 'asc' ? 1 : -1;
  return sort.field === 'id' ? { _id: direction } : { [sort.field]: direction, _id: direction };
}

/**
 * Documents after the cursor in the order `{ field, _id }`: null and missing values form one group
 * (first when ascending, last when descending) ordered by `_id`, the others order by value then `_id`.
 */
export function afterCursor(query: ValidQuery): Document | null {
  const after = query.after;
  if (!after) return null;
  const asc = query.sort.direction === 'asc';
  const past = asc ? '$gt' : '$lt';
  if (query.sort.field === 'id') return { _id: { [past]: after.id } };
  const field = query.sort.field;
  if (after.value === null) {
    const restOfNullGroup = { [field]: null, _id: { [past]: after.id } };
    return asc ? { $or: [restOfNullGroup, { [field]: { $ne: null } }] } : restOfNullGroup;
  }
  const later: Document[] = [{ [field]: { [past]: after.value } }, { [field]: after.value, _id: { [past]: after.id } }];
  return { $or: asc ? later : [...later, { [field]: null }] };
}

export function toMongoPage(query: ValidQuery): MongoPageQuery {
  const base = toMongoFilter(query);
  const cursor = afterCursor(query);
  const filter = cursor === null ? base : Object.keys(base).length === 0 ? cursor : { $and: [base, cursor] };
  return { filter, sort: toMongoSort(query.sort), limit: query.limit + 1 };
}

/** The sort value a cursor records for a document: its scalar value of the field, or null. */
export function sortValueOf(document: Document, field: string): FieldValue {
  if (field === 'id') return null;
  const value: unknown = document[field];
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}
