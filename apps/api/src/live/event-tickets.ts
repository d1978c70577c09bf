import { createHmac, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { ROLES, TooManyRequestsError, UnauthorizedError, type Actor, type Role } from '#app/eventsourcing';
import { resolveJwtSecret, type AppConfig } from '#app/platform';
import { APP_CONFIG } from '../infrastructure/tokens.js';

const AUDIENCE = 'salesflow:event-stream';
/** Long enough to open the EventSource right after asking; short enough that a logged URL is useless. */
export const TICKET_TTL_SECONDS = 60;

export interface Ticket {
  ticket: string;
  expiresAt: string;
}

export interface TicketGrant {
  actor: Actor;
  /** When the bearer token the ticket was bought with expires (epoch seconds); the stream ends then. */
  tokenExpiresAt: number | null;
}

/**
 * One-time tickets that let an EventSource (which cannot send an Authorization header) open the
 * change stream without putting the long-lived bearer token in a URL. A ticket is a JWT signed with
 * a key derived from the API's secret for this purpose alone (so it is never a valid bearer token,
 * and a bearer token is never a valid ticket), carries the caller's identity and lives 60 seconds.
 * Redeeming it twice on the same process is refused. A user holds at most LIVE_MAX_STREAMS_PER_USER
 * unused, unexpired tickets at once (per process): beyond, 429 LIVE.TOO_MANY_TICKETS.
 */
@Injectable()
export class EventTickets {
  private readonly key: Uint8Array;
  private readonly redeemed = new Map<string, number>();
  /** Per user, the tickets issued and not yet redeemed, with their expiry (epoch seconds). */
  private readonly unused = new Map<string, Map<string, number>>();
  private readonly maxPerUser: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { secret } = resolveJwtSecret(config);
    this.key = new Uint8Array(createHmac('sha256', secret).update('salesflow/event-stream-ticket/v1').digest());
    this.maxPerUser = config.liveMaxStreamsPerUser;
  }

  async issue(actor: Actor, tokenExpiresAt: number | null, now = Date.now()): Promise<Ticket> {
    const nowSeconds = Math.floor(now / 1000);
    const expires = Math.min(nowSeconds + TICKET_TTL_SECONDS, tokenExpiresAt ?? Number.MAX_SAFE_INTEGER);
    const unused = this.unusedOf(actor.id, nowSeconds);
    if (unused.size >= this.maxPerUser) {
      const retryAfterSeconds = Math.max(1, Math.min(...unused.values()) - nowSeconds);
      throw new TooManyRequestsError('LIVE.TOO_MANY_TICKETS', `You hold ${unused.size} unused event-stream tickets, the most this server allows; use one or wait ${retryAfterSeconds} s`, { retryAfterSeconds });
    }
    const jti = randomUUID();
    unused.set(jti, expires);
    const ticket = await new SignJWT({ name: actor.name, roles: [...actor.roles], teams: [...actor.teams], tex: tokenExpiresAt })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(actor.id)
      .setAudience(AUDIENCE)
      .setJti(jti)
      .setIssuedAt(nowSeconds)
      .setExpirationTime(expires)
      .sign(this.key);
    return { ticket, expiresAt: new Date(expires * 1000).toISOString() };
  }

  async redeem(ticket: string, now = Date.now()): Promise<TicketGrant> {
    let payload;
    try {
      ({ payload } = await jwtVerify(ticket, this.key, { algorithms: ['HS256'], audience: AUDIENCE, currentDate: new Date(now) }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new UnauthorizedError('AUTH.TICKET_EXPIRED', 'The event-stream ticket has expired; ask for a new one');
      throw new UnauthorizedError('AUTH.TICKET_INVALID', 'The event-stream ticket is not valid; ask for one with POST /api/events/tickets');
    }
    const { sub, name, roles, teams, tex, jti, exp } = payload as Record<string, unknown>;
    const valid =
      typeof sub === 'string' &&
      typeof jti === 'string' &&
      typeof exp === 'number' &&
      Array.isArray(roles) &&
      roles.every((r) => (ROLES as readonly unknown[]).includes(r)) &&
      Array.isArray(teams) &&
      teams.every((t) => typeof t === 'string');
    if (!valid) throw new UnauthorizedError('AUTH.TICKET_INVALID', 'The event-stream ticket is not valid; ask for one with POST /api/events/tickets');
    this.forgetExpired(now);
    if (this.redeemed.has(jti)) throw new UnauthorizedError('AUTH.TICKET_USED', 'The event-stream ticket was already used; ask for a new one');
    this.redeemed.set(jti, exp);
    this.unused.get(sub)?.delete(jti);
    return {
      actor: { id: sub, name: typeof name === 'string' && name !== '' ? name : sub, roles: roles as Role[], teams: teams as string[] },
      tokenExpiresAt: typeof tex === 'number' ? tex : null,
    };
  }

  private unusedOf(userId: string, nowSeconds: number): Map<string, number> {
    const unused = this.unused.get(userId) ?? new Map<string, number>();
    for (const [jti, exp] of unused) if (exp < nowSeconds) unused.delete(jti);
    this.unused.set(userId, unused);
    return unused;
  }

  private forgetExpired(now: number) {
    const nowSeconds = now / 1000;
    for (const [jti, exp] of this.redeemed) if (exp < nowSeconds) this.redeemed.delete(jti);
  }
}
