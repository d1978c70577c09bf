import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { ROLES, UnauthorizedError, type Actor, type Role } from '#app/eventsourcing';
import type { AppConfig } from './config.js';

export interface TokenClaims {
  sub: string;
  name?: string;
  roles: Role[];
  teams: string[];
}

export const DEV_SECRET_FILE = '.dev-jwt-secret';

/**
 * The HS256 secret: AUTH_JWT_SECRET, or in embedded mode a random development secret kept in
 * DATA_DIR (so the API and the token CLI agree, and no shared well-known secret exists).
 */
export function resolveJwtSecret(config: Pick<AppConfig, 'jwtSecret' | 'dataDir'>): { secret: Uint8Array; development: boolean } {
  if (config.jwtSecret) return { secret: new TextEncoder().encode(config.jwtSecret), development: false };
  const file = join(config.dataDir, DEV_SECRET_FILE);
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return { secret: new TextEncoder().encode(readFileSync(file, 'utf8').trim()), development: true };
}

const VERIFIED_CACHE_SIZE = 10_000;

export class TokenService {
  /** Verified tokens until they expire: a token's signature and claims never change, so HMAC runs once per token. */
  private readonly verified = new Map<string, { actor: Actor; expiresAtMs: number }>();

  private readonly now: () => number;

  /**
   * `now`: the clock expiry is checked against (milliseconds since the epoch); the system clock by default.
   * `maxTtlSeconds`: the longest lifetime a token may have (exp − iat, or exp − now without iat);
   * `clockSkewSeconds`: how far in the future its iat may lie.
   */
  constructor(
    private readonly secret: Uint8Array,
    private readonly options: { issuer?: string; audience?: string; now?: () => number; maxTtlSeconds?: number; clockSkewSeconds?: number } = {},
  ) {
    this.now = options.now ?? Date.now;
  }

  async sign(claims: TokenClaims, expiresIn: string | number = '8h'): Promise<string> {
    const jwt = new SignJWT({ name: claims.name ?? claims.sub, roles: claims.roles, teams: claims.teams })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuedAt()
      .setExpirationTime(expiresIn);
    if (this.options.issuer) jwt.setIssuer(this.options.issuer);
    if (this.options.audience) jwt.setAudience(this.options.audience);
    return jwt.sign(this.secret);
  }

  /** Verifies signature, expiry and claims; every failure is an UnauthorizedError with a stable code. */
  async verify(token: string): Promise<Actor> {
    const cached = this.verified.get(token);
    if (cached) {
      if (cached.expiresAtMs > this.now()) return cached.actor;
      this.verified.delete(token);
    }
    const { actor, expiresAtMs } = await this.verifyUncached(token);
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { actor, expiresAtMs });
    return actor;
  }

  private async verifyUncached(token: string): Promise<{ actor: Actor; expiresAtMs: number }> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.secret, {
        algorithms: ['HS256'],
        requiredClaims: ['exp'],
        currentDate: new Date(this.now()),
        ...(this.options.issuer ? { issuer: this.options.issuer } : {}),
        ...(this.options.audience ? { audience: this.options.audience } : {}),
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new UnauthorizedError('AUTH.TOKEN_EXPIRED', 'The token has expired');
      throw new UnauthorizedError('AUTH.TOKEN_INVALID', 'The token is not valid');
    }
    this.requireSaneTimes(payload.iat, payload.exp as number);
    const { sub, name, roles, teams } = payload as Record<string, unknown>;
    if (typeof sub !== 'string' || sub === '') throw new UnauthorizedError('AUTH.TOKEN_INVALID', 'The token has no subject');
    if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => (ROLES as readonly unknown[]).includes(r))) {
      throw new UnauthorizedError('AUTH.TOKEN_INVALID', `The token's roles must be a non-empty list of ${ROLES.join(', ')}`);
    }
    if (!Array.isArray(teams) || !teams.every((t) => typeof t === 'string' && t !== '')) {
      throw new UnauthorizedError('AUTH.TOKEN_INVALID', "The token's teams must be a list of team ids");
    }
    return {
      actor: { id: sub, name: typeof name === 'string' && name !== '' ? name : sub, roles: roles as Role[], teams: teams as string[] },
      expiresAtMs: (payload.exp as number) * 1000,
    };
  }

  /** A token issued in the future (beyond the clock skew) or living longer than the cap is refused, even if its signature is good. */
  private requireSaneTimes(iat: unknown, exp: number): void {
    const nowSeconds = this.now() / 1000;
    const skew = this.options.clockSkewSeconds ?? 60;
    if (iat !== undefined && (typeof iat !== 'number' || !Number.isFinite(iat))) throw new UnauthorizedError('AUTH.TOKEN_INVALID', 'The token’s iat is not a time');
    if (typeof iat === 'number' && iat > nowSeconds + skew) {
      throw new UnauthorizedError('AUTH.TOKEN_ISSUED_IN_FUTURE', `The token says it was issued in the future (more than ${skew} s ahead of this server’s clock)`);
    }
    const max = this.options.maxTtlSeconds;
    if (max !== undefined && exp - (typeof iat === 'number' ? iat : nowSeconds) > max) {
      throw new UnauthorizedError('AUTH.TOKEN_LIFETIME_TOO_LONG', `The token lives longer than this server accepts (${max} s, AUTH_MAX_TOKEN_TTL)`, { maxTtlSeconds: max });
    }
  }
}
