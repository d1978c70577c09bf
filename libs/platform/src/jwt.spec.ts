import { describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import { UnauthorizedError } from '#app/eventsourcing';
import { TokenService } from './jwt.js';

const secret = new TextEncoder().encode('a-secret-that-is-long-enough-for-hs256!!');
const service = new TokenService(secret);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UnauthorizedError);
    return (error as UnauthorizedError).code;
  }
  return 'accepted';
}

describe('TokenService', () => {
  it('verifies its own tokens into an actor, and answers the same token again from its cache', async () => {
    const token = await service.sign({ sub: 'sue', name: 'Sue', roles: ['supervisor'], teams: ['north'] });
    const first = await service.verify(token);
    expect(first).toEqual({ id: 'sue', name: 'Sue', roles: ['supervisor'], teams: ['north'] });
    expect(await service.verify(token)).toBe(first);
  });

  it('accepts a token until its expiry second, then refuses it, cached or not', async () => {
    let now = 4_000_000_000_000;
    const clocked = new TokenService(secret, { now: () => now });
    const expiry = now / 1000 + 60;
    const token = await clocked.sign({ sub: 'sue', roles: ['supervisor'], teams: [] }, expiry);
    now = expiry * 1000 - 1;
    expect(await codeOf(clocked.verify(token))).toBe('accepted');
    now = expiry * 1000;
    expect(await codeOf(clocked.verify(token))).toBe('AUTH.TOKEN_EXPIRED');
    expect(await codeOf(new TokenService(secret, { now: () => now }).verify(token))).toBe('AUTH.TOKEN_EXPIRED');
  });

  it('refuses a token without an expiry', async () => {
    const forever = await new SignJWT({ roles: ['manager'], teams: [] }).setProtectedHeader({ alg: 'HS256' }).setSubject('max').sign(secret);
    expect(await codeOf(service.verify(forever))).toBe('AUTH.TOKEN_INVALID');
  });

  it('refuses another algorithm, another secret and bad claims', async () => {
    const other = await new TokenService(new TextEncoder().encode('another-secret-that-is-long-enough!!!!')).sign({ sub: 'x', roles: ['manager'], teams: [] });
    expect(await codeOf(service.verify(other))).toBe('AUTH.TOKEN_INVALID');
    const noRoles = await new SignJWT({ roles: [], teams: [] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime('1h').sign(secret);
    expect(await codeOf(service.verify(noRoles))).toBe('AUTH.TOKEN_INVALID');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","roles":["manager"],"teams":[]}').toString('base64url')}.`;
    expect(await codeOf(service.verify(unsigned))).toBe('AUTH.TOKEN_INVALID');
  });

  describe('lifetime and issue time', () => {
    const now = 4_000_000_000_000;
    const capped = new TokenService(secret, { now: () => now, maxTtlSeconds: 24 * 3600, clockSkewSeconds: 60 });
    const at = (seconds: number) => Math.floor(now / 1000) + seconds;
    const token = (claims: { iat?: number; exp: number }) => {
      const jwt = new SignJWT({ roles: ['manager'], teams: [] }).setProtectedHeader({ alg: 'HS256' }).setSubject('max').setExpirationTime(claims.exp);
      return (claims.iat === undefined ? jwt : jwt.setIssuedAt(claims.iat)).sign(secret);
    };

    it('refuses a token living longer than AUTH_MAX_TOKEN_TTL (exp − iat), e.g. 100 years', async () => {
      expect(await codeOf(capped.verify(await token({ iat: at(0), exp: at(100 * 365 * 86_400) })))).toBe('AUTH.TOKEN_LIFETIME_TOO_LONG');
      expect(await codeOf(capped.verify(await token({ iat: at(0), exp: at(24 * 3600 + 1) })))).toBe('AUTH.TOKEN_LIFETIME_TOO_LONG');
      expect(await codeOf(capped.verify(await token({ iat: at(0), exp: at(24 * 3600) })))).toBe('accepted');
    });

    it('judges a token without iat by its expiry from now', async () => {
      expect(await codeOf(capped.verify(await token({ exp: at(24 * 3600 + 60) })))).toBe('AUTH.TOKEN_LIFETIME_TOO_LONG');
      expect(await codeOf(capped.verify(await token({ exp: at(3600) })))).toBe('accepted');
    });

    it('refuses a token issued in the future beyond the clock skew, and takes one within it', async () => {
      expect(await codeOf(capped.verify(await token({ iat: at(3600), exp: at(7200) })))).toBe('AUTH.TOKEN_ISSUED_IN_FUTURE');
      expect(await codeOf(capped.verify(await token({ iat: at(61), exp: at(3600) })))).toBe('AUTH.TOKEN_ISSUED_IN_FUTURE');
      expect(await codeOf(capped.verify(await token({ iat: at(60), exp: at(3600) })))).toBe('accepted');
    });
  });
});
