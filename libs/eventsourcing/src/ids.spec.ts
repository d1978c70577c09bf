import { describe, expect, it } from '@jest/globals';
import { canonicalJson, deterministicUuid, sha256Hex } from './ids.js';

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
    expect(deterministicUuid('plan:north:2027-Q1')).toBe('985dc76b-5f58-872c-8052-997a333fbdb5');
    expect(deterministicUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('sha256Hex', () => {
  it('is SHA-256 in hex', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
