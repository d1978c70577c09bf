import { createHash, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/**
 * A UUID (version 8, RFC 9562 "custom") derived from a name: the same name always gives the same id.
 * Used for event ids derived from a command id, so a retried command appends idempotently.
 */
export function deterministicUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  return canonical(value) as string;
}

/** Written directly, without a sorted copy of the value: what `JSON.stringify` of that copy would give. */
function canonical(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return JSON.stringify(value);
  }
  if (value instanceof Date) return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + (canonical(value[i]) ?? 'null');
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  if (Object.prototype.propertyIsEnumerable.call(record, 'toJSON') && typeof record.toJSON === 'function') return JSON.stringify(sortedCopy(record));
  let out = '{';
  for (const key of sortedKeys(record)) {
    const text = canonical(record[key]);
    if (text === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${text}`;
  }
  return `${out}}`;
}

const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/** Keys as an object built by inserting them in sorted order lists them: array indices first, in numeric order. */
function sortedKeys(record: object): string[] {
  const keys = Object.keys(record).sort();
  if (!keys.some((k) => ARRAY_INDEX.test(k) && Number(k) < 2 ** 32 - 1)) return keys;
  const isIndex = (k: string) => ARRAY_INDEX.test(k) && Number(k) < 2 ** 32 - 1;
  return [...keys.filter(isIndex).sort((a, b) => Number(a) - Number(b)), ...keys.filter((k) => !isIndex(k))];
}

/** The sorted copy itself, for the odd object whose own `toJSON` decides how the copy is written. */
function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedCopy);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const nested = (value as Record<string, unknown>)[key];
      if (nested !== undefined) out[key] = sortedCopy(nested);
    }
    return out;
  }
  return value;
}
