import { describe, expect, it } from '@jest/globals';
import { MasterKey, MasterKeyFormatError, newSubjectKey } from './master-key.js';
import { decryptField, encryptField, isPersonalToken, tokenSubject } from './personal-token.js';

describe('a personal field as stored', () => {
  const key = newSubjectKey();

  it('is a token naming its subject, different each time, that decrypts with the subject key only', () => {
    const a = encryptField('contact:p-1', key, 'Li Wei');
    const b = encryptField('contact:p-1', key, 'Li Wei');
    expect(a).toMatch(/^pii:1:contact:p-1:[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('Li Wei');
    expect([decryptField(a, key), decryptField(b, key)]).toEqual(['Li Wei', 'Li Wei']);
    expect(decryptField(a, newSubjectKey())).toBeNull();
    expect([isPersonalToken(a), tokenSubject(a)]).toEqual([true, 'contact:p-1']);
  });

  it('does not decrypt once altered, or when moved to another subject', () => {
    const token = encryptField('employee:ann', key, 'Ann Sales');
    const payload = token.slice(token.lastIndexOf(':') + 1);
    const flipped = `${token.slice(0, -2)}${token.at(-2) === 'A' ? 'B' : 'A'}${token.at(-1)}`;
    expect(decryptField(flipped, key)).toBeNull();
    expect(decryptField(`pii:1:employee:bob:${payload}`, key)).toBeNull();
    expect(decryptField('pii:1:employee:ann:!!', key)).toBeNull();
    expect(decryptField('pii:1:nobody', key)).toBeNull();
  });

  it('keeps any text, however long or in any script', () => {
    const text = `李伟 ☎ +86 10 1234 5678 ${'x'.repeat(5000)}`;
    expect(decryptField(encryptField('contact:p-1', key, text), key)).toBe(text);
  });
});

describe('the master key', () => {
  it('is 32 bytes in hex or base64, and nothing else', () => {
    const base64 = MasterKey.generate();
    expect(MasterKey.parse(base64).id).toBe(MasterKey.parse(Buffer.from(base64, 'base64').toString('hex')).id);
    for (const bad of ['', 'short', 'zz'.repeat(32), Buffer.alloc(31).toString('base64'), `${'a'.repeat(64)}0`]) {
      expect(() => MasterKey.parse(bad)).toThrow(MasterKeyFormatError);
    }
  });

  it('wraps a subject key so that only it, and only for that subject, unwraps it', () => {
    const master = MasterKey.parse(MasterKey.generate());
    const other = MasterKey.parse(MasterKey.generate());
    const subjectKey = newSubjectKey();
    const wrapped = master.wrap('contact:p-1', subjectKey);
    expect(master.unwrap('contact:p-1', wrapped)).toEqual(subjectKey);
    expect(() => master.unwrap('contact:p-2', wrapped)).toThrow();
    expect(() => other.unwrap('contact:p-1', wrapped)).toThrow();
    expect(master.id).not.toBe(other.id);
  });
});
