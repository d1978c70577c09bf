import { describe, expect, it } from '@jest/globals';
import { canonicalJson, deterministicUuid } from './ids.js';

describe('canonicalJson', () => {
  it('is the same for the same content in any key order', () => {
    expect(canonicalJson({ b: { d: 1, c: 2 }, a: [1, 2] })).toBe(canonicalJson({ a: [1, 2], b: { c: 2, d: 1 } }));
    expect(canonicalJson({ b: { d: 1, c: 2 }, a: [1, 2] })).toBe('{"a":[1,2],"b":{"c":2,"d":1}}');
  });
});

describe('deterministicUuid', () => {
  it('gives a version 8 uuid that depends only on the name', () => {
    expect(deterministicUuid('plan:north:2027-Q1')).toBe(deterministicUuid('plan:north:2027-Q1'));
    expect(deterministicUuid('plan:north:2027-Q1')).not.toBe(deterministicUuid('plan:north:2027-Q2'));
    expect(deterministicUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
