import { isPersonalToken, tokenSubject } from './personal-token.js';

/** Every string in a JSON value, with its path (`a.b`, arrays as `a[]`), the object or array holding it, and its key there. */
export function visitTexts(value: unknown, visit: (text: string, path: string, holder: Record<string, unknown> | unknown[], key: string | number) => void, path = ''): void {
  if (Array.isArray(value)) {
    const inner = `${path}[]`;
    value.forEach((item, i) => {
      if (typeof item === 'string') visit(item, inner, value, i);
      else if (item !== null && typeof item === 'object') visitTexts(item, visit, inner);
    });
  } else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      const item = object[key];
      const inner = path === '' ? key : `${path}.${key}`;
      if (typeof item === 'string') visit(item, inner, object, key);
      else if (item !== null && typeof item === 'object') visitTexts(item, visit, inner);
    }
  }
}

export interface FoundToken {
  token: string;
  subjectId: string | null;
  path: string;
}

/** The personal tokens in a value (a malformed one with a null subject). */
export function tokensIn(value: unknown): FoundToken[] {
  const found: FoundToken[] = [];
  visitTexts(value, (text, path) => {
    if (isPersonalToken(text)) found.push({ token: text, subjectId: tokenSubject(text), path });
  });
  return found;
}

/** The value with every personal token replaced; objects and arrays without one are shared, not copied. */
export function replaceTokens<T>(value: T, replace: (token: string) => string): T {
  if (typeof value === 'string') return (isPersonalToken(value) ? replace(value) : value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item, i) => {
      const next = replaceTokens(item, replace);
      if (next !== item) (copy ??= [...value])[i] = next;
    });
    return (copy ?? value) as T;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let copy: Record<string, unknown> | null = null;
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      const next = replaceTokens(object[key], replace);
      if (next !== object[key]) (copy ??= { ...object })[key] = next;
    }
    return (copy ?? value) as T;
  }
  return value;
}
