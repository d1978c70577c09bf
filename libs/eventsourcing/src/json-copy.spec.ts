import { describe, expect, it } from '@jest/globals';
import { asStored, jsonCopy } from './json-copy.js';

describe('stored form of a value', () => {
  it('copies a value that jsonCopy did not make into what JSON stores, and keeps one it made as it is', () => {
    const value = { at: new Date('2027-01-05T09:00:00.000Z'), gone: undefined, n: Number.NaN, list: [undefined, 1] };
    const stored = asStored<Record<string, unknown>>(value);
    expect(stored).toEqual({ at: '2027-01-05T09:00:00.000Z', n: null, list: [null, 1] });
    expect(stored).not.toBe(value);

    const copy = jsonCopy<Record<string, unknown>>(value);
    copy['name'] = 'pii:1:employee:ann:AAAA';
    expect(asStored(copy)).toBe(copy);
    expect(asStored(undefined)).toBeNull();
    expect(asStored('text')).toBe('text');
  });
});
