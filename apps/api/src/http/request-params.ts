import { ValidationError } from '#app/eventsourcing';

function nonNegative(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,15}$/.test(value) || Number(value) > max) {
    throw new ValidationError('REQUEST.INVALID_QUERY', `${name} must be an integer from 0 to ${max}`, [{ field: name, messages: [`an integer from 0 to ${max}`] }]);
  }
  return Number(value);
}

/** fromRevision ≥ 0 (default 0) and limit 1–1000 (default 100) of a history page. */
export function historyPaging(fromRevision: string | undefined, limit: string | undefined): { fromRevision: number; limit: number } {
  const size = nonNegative('limit', limit, 100, 1000);
  if (size === 0) throw new ValidationError('REQUEST.INVALID_QUERY', 'limit must be from 1 to 1000', [{ field: 'limit', messages: ['from 1 to 1000'] }]);
  return { fromRevision: nonNegative('fromRevision', fromRevision, 0, Number.MAX_SAFE_INTEGER), limit: size };
}

/** A positive integer path segment such as a report number. */
export function positiveInteger(name: string, value: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) {
    throw new ValidationError('REQUEST.INVALID_PATH', `${name} must be a positive integer`, [{ field: name, messages: ['a positive integer'] }]);
  }
  return Number(value);
}
