import { describe, expect, it } from '@jest/globals';
import { canonicalJson, deterministicUuid } from './ids.js';

/** The definition: JSON.stringify of a copy with every object's keys sorted. */
function reference(value: unknown): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v).sort()) {
        const nested = (v as Record<string, unknown>)[key];
        if (nested !== undefined) out[key] = sortKeys(nested);
      }
      return out;
    }
    return v;
  };
  return JSON.stringify(sortKeys(value));
}

describe('canonicalJson', () => {
  it('writes what JSON.stringify writes for the value with its keys sorted, whatever the value holds', () => {
    const values: unknown[] = [
      null,
      0,
      -0,
      1.5e300,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      'text with "quotes", \\ and \u2028',
      true,
      [],
      {},
      [1, undefined, () => 1, Symbol('s'), null, [{ b: 1, a: 2 }]],
      { z: 1, a: { y: [3, { d: 4, c: undefined }], x: new Date('2027-01-01T00:00:00Z') }, m: undefined, f: () => 1, '': 'empty', é: 1, Z: 2, '10': 3, '9': 4 },
      { nested: { deeper: { deepest: ['a', { k2: 2, k1: 1 }] } }, amount: 120_00, currency: 'CNY' },
      new Map([['a', 1]]),
      { withToJson: { toJSON: () => 'ignored', b: 1 } },
    ];
    for (const value of values) expect(canonicalJson(value)).toBe(reference(value));
  });

  it('agrees with the definition on a thousand generated values', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const keys = ['a', 'B', 'é', '', '0', '7', '10', '01', '-1', 'amount', 'z z', '4294967295'];
    const generate = (depth: number): unknown => {
      const r = random();
      if (depth > 3 || r < 0.3) return [null, 1, -2.5, 'x', true, undefined, Number.NaN][Math.floor(random() * 7)];
      if (r < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => generate(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 5) }, () => [keys[Math.floor(random() * keys.length)]!, generate(depth + 1)]));
    };
    for (let i = 0; i < 1_000; i++) {
      const value = generate(0);
      expect(canonicalJson(value)).toBe(reference(value));
    }
  });

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
