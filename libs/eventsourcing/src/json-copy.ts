const copies = new WeakSet<object>();

/**
 * The value as JSON would store it (a fresh copy), remembered as such: a later layer that needs the
 * stored form of a value (to hash exactly what is written) can take a copy made here as it is, as
 * long as whoever holds it only replaces texts with texts.
 */
export function jsonCopy<T = unknown>(value: unknown): T {
  const copy = JSON.parse(JSON.stringify(value ?? null)) as T;
  if (copy !== null && typeof copy === 'object') copies.add(copy);
  return copy;
}

/** The value in its stored form: as it is when `jsonCopy` made it (or JSON has no objects in it), otherwise a copy. */
export function asStored<T = unknown>(value: unknown): T {
  if (value === undefined) return null as T;
  if (value === null || (typeof value === 'object' && copies.has(value)) || typeof value === 'string' || typeof value === 'boolean') return value as T;
  return jsonCopy<T>(value);
}
