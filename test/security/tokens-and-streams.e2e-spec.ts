import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import { startLiveServer, type LiveServer } from '../dashboard/support/live-server.js';
import { isStream, openEventStream, type SseClient } from '../dashboard/support/sse-client.js';
import { mgr } from '../support/plan-requests.js';

const SECRET = 'tokens-and-streams-test-secret-long-enough';
let server: LiveServer;
const open: SseClient[] = [];

beforeAll(async () => {
  server = await startLiveServer({ AUTH_JWT_SECRET: SECRET, AUTH_MAX_TOKEN_TTL: '12h', AUTH_CLOCK_SKEW_SECONDS: '30', LIVE_MAX_STREAMS_PER_USER: '2', AUTH_FAILURE_LIMIT: '0' });
});
afterAll(async () => {
  open.forEach((s) => s.close());
  await server.close();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);
const signed = (claims: { iat?: number; exp: number; sub?: string }) => {
  const jwt = new SignJWT({ roles: ['manager'], teams: ['north'] }).setProtectedHeader({ alg: 'HS256' }).setSubject(claims.sub ?? 'max').setExpirationTime(claims.exp);
  return (claims.iat === undefined ? jwt : jwt.setIssuedAt(claims.iat)).sign(new TextEncoder().encode(SECRET));
};
const statusOf = async (token: string) => {
  const res = await server.request('GET', '/api/plans', { token });
  return { status: res.status, code: res.body.code ?? null };
};

describe('bearer tokens', () => {
  it('are refused with 401 AUTH.TOKEN_LIFETIME_TOO_LONG when they live longer than AUTH_MAX_TOKEN_TTL (a token for 100 years)', async () => {
    expect(await statusOf(await signed({ iat: nowSeconds(), exp: nowSeconds() + 100 * 365 * 86_400 }))).toEqual({ status: 401, code: 'AUTH.TOKEN_LIFETIME_TOO_LONG' });
    expect(await statusOf(await signed({ exp: nowSeconds() + 13 * 3600 }))).toEqual({ status: 401, code: 'AUTH.TOKEN_LIFETIME_TOO_LONG' });
    expect(await statusOf(await signed({ iat: nowSeconds(), exp: nowSeconds() + 12 * 3600 }))).toEqual({ status: 200, code: null });
  });

  it('are refused with 401 AUTH.TOKEN_ISSUED_IN_FUTURE when issued beyond the clock skew ahead', async () => {
    expect(await statusOf(await signed({ iat: nowSeconds() + 600, exp: nowSeconds() + 3600 }))).toEqual({ status: 401, code: 'AUTH.TOKEN_ISSUED_IN_FUTURE' });
    expect(await statusOf(await signed({ iat: nowSeconds() + 10, exp: nowSeconds() + 3600 }))).toEqual({ status: 200, code: null });
  });
});

describe('live streams per user', () => {
  const ticket = async (sub: string) => server.request('POST', '/api/events/tickets', { token: await server.token({ ...mgr, sub }), body: {} });

  it('sells at most LIVE_MAX_STREAMS_PER_USER unused tickets to one user (429 LIVE.TOO_MANY_TICKETS with Retry-After)', async () => {
    expect((await ticket('hoarder')).status).toBe(201);
    expect((await ticket('hoarder')).status).toBe(201);
    const third = await ticket('hoarder');
    expect({ status: third.status, code: third.body.code, retryAfter: Number(third.headers.get('retry-after')) > 0 }).toEqual({ status: 429, code: 'LIVE.TOO_MANY_TICKETS', retryAfter: true });
    expect((await ticket('someone-else')).status).toBe(201);
  });

  it('keeps at most LIVE_MAX_STREAMS_PER_USER streams of one user open (429 LIVE.TOO_MANY_STREAMS), and takes another once one closes', async () => {
    const connect = async () => openEventStream(`${server.url}/api/events/stream?ticket=${(await ticket('watcher')).body.ticket}&projections=plans-list`);
    for (let i = 0; i < 2; i++) {
      const client = await connect();
      if (!isStream(client)) throw new Error(`stream refused: ${client.status}`);
      open.push(client);
      await client.next((e) => e.event === 'ready', 'ready');
    }
    const third = await connect();
    expect([third.status, isStream(third) ? null : third.body.code]).toEqual([429, 'LIVE.TOO_MANY_STREAMS']);
    open.shift()!.close();
    let again: Awaited<ReturnType<typeof connect>> | undefined;
    for (let attempt = 0; attempt < 50 && !(again && isStream(again)); attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 20));
      again = await connect();
    }
    expect(again!.status).toBe(200);
    if (isStream(again!)) open.push(again);
  });
});
