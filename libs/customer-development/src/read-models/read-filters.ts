import type { FieldValue, RangeCondition } from '#app/read-store';

export interface Paging {
  limit?: number;
  cursor?: string;
}

export const DEFAULT_LIMIT = 50;

export function dateRange(from: string | undefined, to: string | undefined): RangeCondition | undefined {
  if (from === undefined && to === undefined) return undefined;
  return { ...(from !== undefined ? { gte: from } : {}), ...(to !== undefined ? { lte: to } : {}) };
}

/** The equality filters that are set. */
export function definedOnly(where: Record<string, FieldValue | undefined>): Record<string, FieldValue> {
  return Object.fromEntries(Object.entries(where).filter(([, v]) => v !== undefined)) as Record<string, FieldValue>;
}
