import { IllegalStateError, ValidationError } from '#app/eventsourcing';
import type { FieldValue, RangeCondition, ReadDocument, ReadFilter, ReadQuery } from './read-store.port.js';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;
export const DEFAULT_COUNT_LIMIT = 10_000;
const MAX_COUNT_LIMIT = 100_000;

/** The ids of a getMany, 1,000 per query. */
export function idChunks(ids: readonly string[]): string[][] {
  const unique = [...new Set(ids)];
  return Array.from({ length: Math.ceil(unique.length / MAX_LIMIT) }, (_, i) => unique.slice(i * MAX_LIMIT, (i + 1) * MAX_LIMIT));
}

export function validateCountLimit(limit: number = DEFAULT_COUNT_LIMIT): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_COUNT_LIMIT) throw invalid('READ_STORE.INVALID_LIMIT', 'limit', `must be an integer from 1 to ${MAX_COUNT_LIMIT}`);
  return limit;
}

const COLLECTION_NAME = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const RANGE_OPERATORS = ['gt', 'gte', 'lt', 'lte'] as const;

export type RangeOperator = (typeof RANGE_OPERATORS)[number];

export interface ValidFilter {
  where: [field: string, value: FieldValue][];
  ranges: { field: string; type: 'number' | 'string'; bounds: [RangeOperator, string | number][] }[];
}

export interface ValidQuery extends ValidFilter {
  sort: { field: string; direction: 'asc' | 'desc' };
  limit: number;
  after: CursorPosition | null;
}

/** Where the previous page ended: the sort value and id of its last document. */
export interface CursorPosition {
  value: FieldValue;
  id: string;
}

export function assertCollectionName(name: string): string {
  if (typeof name !== 'string' || !COLLECTION_NAME.test(name)) {
    throw new ValidationError('READ_STORE.INVALID_COLLECTION', `Invalid collection name: ${String(name)}`, [], { collection: name });
  }
  return name;
}

export function assertFieldName(field: string): string {
  if (typeof field !== 'string' || !FIELD_NAME.test(field)) {
    throw new ValidationError('READ_STORE.INVALID_FIELD', `Invalid field name: ${String(field)}`, [{ field: String(field), messages: ['must be a top-level field name'] }]);
  }
  return field;
}

export function assertDocument(document: ReadDocument): void {
  const ok = document !== null && typeof document === 'object' && !Array.isArray(document) && typeof document.id === 'string' && document.id.length > 0;
  if (!ok) throw new ValidationError('READ_STORE.INVALID_DOCUMENT', 'A document must be an object with a non-empty string id');
}

export function assertId(id: string): void {
  if (typeof id !== 'string' || id.length === 0) throw new ValidationError('READ_STORE.INVALID_ID', 'A document id must be a non-empty string');
}

export function assertCheckpoint(name: string, position: number): void {
  if (typeof name !== 'string' || name.length === 0 || !Number.isSafeInteger(position) || position < 0) {
    throw new ValidationError('READ_STORE.INVALID_CHECKPOINT', 'A checkpoint needs a name and a non-negative integer position', [], { name, position });
  }
}

const MAX_LEASE_TEXT = 200;

export function assertLease(name: string, holder: string): void {
  for (const [field, value] of [['name', name], ['holder', holder]] as const) {
    if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LEASE_TEXT) {
      throw invalid('READ_STORE.INVALID_LEASE', `lease ${field}`, `must be a string of 1 to ${MAX_LEASE_TEXT} characters`);
    }
  }
}

export function assertLeaseTerms(ttlMs: number): void {
  if (!Number.isSafeInteger(ttlMs) || ttlMs < 1) throw invalid('READ_STORE.INVALID_LEASE', 'ttlMs', 'must be a positive integer');
}

export function leaseLostError(name: string, holder: string): IllegalStateError {
  return new IllegalStateError('READ_STORE.LEASE_LOST', `The lease ${name} is no longer held by ${holder}; nothing was written`, { lease: name, holder });
}

export function validateFilter(filter: ReadFilter, indexed: ReadonlySet<string>): ValidFilter {
  const where = Object.entries(filter.where ?? {}).map(([field, value]): [string, FieldValue] => {
    assertFieldName(field);
    const ok = value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
    if (!ok) throw invalid('READ_STORE.INVALID_FILTER', field, 'equality needs a string, finite number, boolean or null');
    return [field, value];
  });
  const ranges = Object.entries(filter.range ?? {}).map(([field, condition]) => {
    assertFieldName(field);
    if (field !== 'id' && !indexed.has(field)) throw notIndexed(field);
    return { field, ...validateRange(field, condition) };
  });
  return { where, ranges };
}

export function validateQuery(query: ReadQuery, indexed: ReadonlySet<string>): ValidQuery {
  const filter = validateFilter(query, indexed);
  const field = query.sort?.field ?? 'id';
  assertFieldName(field);
  if (field !== 'id' && !indexed.has(field)) throw notIndexed(field);
  const direction = query.sort?.direction ?? 'asc';
  if (direction !== 'asc' && direction !== 'desc') throw invalid('READ_STORE.INVALID_SORT', 'sort.direction', 'must be asc or desc');
  const limit = query.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw invalid('READ_STORE.INVALID_LIMIT', 'limit', `must be an integer from 1 to ${MAX_LIMIT}`);
  }
  const sort = { field, direction };
  const after = query.cursor ? decodeCursor(query.cursor, sort) : null;
  return { ...filter, sort, limit, after };
}

export function encodeCursor(sort: { field: string; direction: 'asc' | 'desc' }, position: CursorPosition): string {
  return Buffer.from(JSON.stringify([sort.field, sort.direction, position.value, position.id])).toString('base64url');
}

function decodeCursor(cursor: string, sort: { field: string; direction: string }): CursorPosition {
  let decoded: unknown;
  try {
    decoded = typeof cursor === 'string' ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    decoded = undefined;
  }
  const ok =
    Array.isArray(decoded) &&
    decoded.length === 4 &&
    decoded[0] === sort.field &&
    decoded[1] === sort.direction &&
    (decoded[2] === null || ['string', 'number', 'boolean'].includes(typeof decoded[2])) &&
    typeof decoded[3] === 'string';
  if (!ok) throw invalid('READ_STORE.INVALID_CURSOR', 'cursor', 'is not a cursor of this query');
  const [, , value, id] = decoded as [string, string, FieldValue, string];
  return { value, id };
}

function validateRange(field: string, condition: RangeCondition): Omit<ValidFilter['ranges'][number], 'field'> {
  if (condition === null || typeof condition !== 'object') throw invalid('READ_STORE.INVALID_RANGE', field, 'must be an object of gt, gte, lt, lte');
  const bounds: [RangeOperator, string | number][] = [];
  for (const [operator, value] of Object.entries(condition)) {
    if (value === undefined) continue;
    if (!(RANGE_OPERATORS as readonly string[]).includes(operator)) throw invalid('READ_STORE.INVALID_RANGE', field, `unknown operator ${operator}`);
    if (!(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))) {
      throw invalid('READ_STORE.INVALID_RANGE', field, 'bounds must be strings or finite numbers');
    }
    bounds.push([operator as RangeOperator, value]);
  }
  const types = new Set(bounds.map(([, v]) => typeof v));
  if (bounds.length === 0 || types.size !== 1) throw invalid('READ_STORE.INVALID_RANGE', field, 'needs at least one bound, all of one type');
  return { type: [...types][0] as 'number' | 'string', bounds };
}

function notIndexed(field: string) {
  return invalid('READ_STORE.FIELD_NOT_INDEXED', field, 'is not a declared index of the collection; sort and range need one');
}

function invalid(code: string, field: string, message: string) {
  return new ValidationError(code, `${field} ${message}`, [{ field, messages: [message] }]);
}
