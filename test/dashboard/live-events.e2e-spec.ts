import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { planIdFor } from '#app/sales-planning';
import { auditor, mgr, openPlanBody, southSup, sup } from '../support/plan-requests.js';
import { startLiveServer, type LiveServer } from './support/live-server.js';
import { isStream, openEventStream, type ServerSentEvent, type SseClient } from './support/sse-client.js';
import type { User } from '../support/api-harness.js';

let server: LiveServer;
const open: SseClient[] = [];

beforeAll(async () => {
  server = await startLiveServer({ AUTH_JWT_SECRET: 'a-real-secret-that-is-long-enough-for-hs256' });
});
afterAll(async () => {
  open.forEach((s) => s.close());
  await server.close();
});

async function ticketFor(user: User, expiresIn: string | number = '1h'): Promise<string> {
  const res = await server.request('POST', '/api/events/tickets', { token: await server.token(user, expiresIn), body: {} });
  expect(res.status).toBe(201);
  expect(res.body).toEqual({ ticket: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/), expiresAt: expect.any(String) });
  return res.body.ticket;
}

async function stream(user: User, projections: string, expiresIn?: string | number): Promise<SseClient> {
  const client = await openEventStream(`${server.url}/api/events/stream?ticket=${await ticketFor(user, expiresIn)}&projections=${projections}`);
  if (!isStream(client)) throw new Error(`stream refused: ${client.status} ${JSON.stringify(client.body)}`);
  open.push(client);
  await client.next((e) => e.event === 'ready', 'ready');
  return client;
}

const changeOf = (projection: string, id: string) => (e: ServerSentEvent) => e.event === 'change' && e.data.projection === projection && e.data.ids.includes(id);

describe('tickets for the event stream', () => {
  it('are sold only for a valid bearer token', async () => {
    const res = await server.request('POST', '/api/events/tickets', { body: {} });
    expect([res.status, res.body.code]).toEqual([401, 'AUTH.TOKEN_MISSING']);
  });

  it('are the only way in: no ticket, a forged one or a bearer token in its place are refused', async () => {
    const missing = await openEventStream(`${server.url}/api/events/stream?projections=plans-list`);
    expect([missing.status, isStream(missing) ? null : missing.body.code]).toEqual([400, 'REQUEST.VALIDATION_FAILED']);
    const forged = await openEventStream(`${server.url}/api/events/stream?ticket=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl&projections=plans-list`);
    expect([forged.status, isStream(forged) ? null : forged.body.code]).toEqual([401, 'AUTH.TICKET_INVALID']);
    const bearer = await openEventStream(`${server.url}/api/events/stream?ticket=${await server.token(mgr)}&projections=plans-list`);
    expect([bearer.status, isStream(bearer) ? null : bearer.body.code]).toEqual([401, 'AUTH.TICKET_INVALID']);
  });

  it('is good for one connection only', async () => {
    const ticket = await ticketFor(mgr);
    const first = await openEventStream(`${server.url}/api/events/stream?ticket=${ticket}&projections=plans-list`);
    expect(first.status).toBe(200);
    if (isStream(first)) first.close();
    const again = await openEventStream(`${server.url}/api/events/stream?ticket=${ticket}&projections=plans-list`);
    expect([again.status, isStream(again) ? null : again.body.code]).toEqual([401, 'AUTH.TICKET_USED']);
  });

  it('is not a bearer token', async () => {
    const res = await server.request('GET', '/api/plans', { token: await ticketFor(mgr) });
    expect([res.status, res.body.code]).toEqual([401, 'AUTH.TOKEN_INVALID']);
  });
});

describe('the change stream', () => {
  it('starts with the projections it follows, ignoring names this server has no projection for', async () => {
    const client = await stream(mgr, 'plans-list,tracking-sheet,no-such-projection');
    const ready = client.events.find((e) => e.event === 'ready')!;
    expect(ready.data).toEqual({
      projections: ['plans-list', 'tracking-sheet'],
      ignored: ['no-such-projection'],
      positions: { 'plans-list': expect.any(Number), 'tracking-sheet': expect.any(Number) },
      user: mgr.sub,
      tokenExpiresAt: expect.any(String),
    });
  });

  it('tells each client about the documents of the teams it may read, and nothing else', async () => {
    const north = await stream(mgr, 'plans-list,tracking-sheet');
    const south = await stream(southSup, 'plans-list');
    const everything = await stream(auditor, 'plans-list');

    const northPlan = planIdFor('north', '2028-Q1');
    const southPlan = planIdFor('south', '2028-Q1');
    expect((await server.request('POST', '/api/plans', { as: sup, body: openPlanBody({ period: '2028-Q1' }) })).status).toBe(201);
    expect((await server.request('POST', '/api/plans', { as: southSup, body: openPlanBody({ team: 'south', period: '2028-Q1' }) })).status).toBe(201);

    // Both plans may come in one batch (followers gather news for a moment); the manager reads both teams.
    const northChange = await north.next(changeOf('plans-list', northPlan), 'the north plan in plans-list');
    expect(northChange.data).toEqual({ projection: 'plans-list', position: expect.any(Number), reset: false, ids: expect.arrayContaining([northPlan]), teams: expect.arrayContaining(['north']) });
    await north.next(changeOf('tracking-sheet', northPlan), 'the north plan in tracking-sheet');

    // Events arrive in log order: the south client's first change is its own plan, so it never heard of the north one.
    const southFirst = await south.next((e) => e.event === 'change', 'a change for south');
    expect(southFirst.data).toMatchObject({ projection: 'plans-list', ids: [southPlan], teams: ['south'] });
    expect(south.events.some((e) => e.event === 'change' && e.data.ids.includes(northPlan))).toBe(false);

    await everything.next(changeOf('plans-list', northPlan), 'the north plan for the auditor');
    await everything.next(changeOf('plans-list', southPlan), 'the south plan for the auditor');
  });

  it('ends with an `expired` event when the bearer token the ticket was bought with expires', async () => {
    const client = await stream(mgr, 'plans-list', '2s');
    const expired = await client.next((e) => e.event === 'expired', 'the expiry', 10_000);
    expect(expired.data).toEqual({ code: 'AUTH.TOKEN_EXPIRED', message: 'The token has expired' });
    await client.waitForEnd();
  });
});

describe('shutting down with streams open', () => {
  it('ends them, so the application closes', async () => {
    const other = await startLiveServer({ AUTH_JWT_SECRET: 'a-real-secret-that-is-long-enough-for-hs256' });
    const res = await other.request('POST', '/api/events/tickets', { token: await other.token(mgr), body: {} });
    const client = await openEventStream(`${other.url}/api/events/stream?ticket=${res.body.ticket}&projections=plans-list,decision-log`);
    if (!isStream(client)) throw new Error('stream refused');
    await client.next((e) => e.event === 'ready', 'ready');
    await other.close();
    await client.waitForEnd();
    expect(client.ended).toBe(true);
  });
});
