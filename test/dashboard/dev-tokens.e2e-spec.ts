import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../support/api-harness.js';

describe('development sign-in on the embedded default (no AUTH_JWT_SECRET)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ AUTH_JWT_SECRET: '' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('says it is on and which roles it offers', async () => {
    const res = await api.request('GET', '/api/dev');
    expect([res.statusCode, res.body]).toEqual([200, { developmentSecret: true, roles: ['salesperson', 'supervisor', 'manager', 'auditor', 'analyst', 'privacy_officer'], defaultTtlMinutes: 480 }]);
  });

  it('mints a token for the chosen user, role and team, which the API accepts', async () => {
    const res = await api.request('POST', '/api/dev/tokens', { body: { sub: 'max', name: 'Max Manager', roles: ['manager'], teams: ['north', 'south'], ttlMinutes: 30 } });
    expect(res.statusCode).toBe(201);
    expect(res.body).toEqual({
      token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      tokenType: 'Bearer',
      expiresAt: expect.any(String),
      actor: { id: 'max', name: 'Max Manager', roles: ['manager'], teams: ['north', 'south'] },
    });
    const minutes = (Date.parse(res.body.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
    const queue = await api.request('GET', '/api/approval-queue', { token: res.body.token });
    expect(queue.statusCode).toBe(200);
    const forbidden = await api.request('GET', '/api/plans?team=east', { token: res.body.token });
    expect([forbidden.statusCode, forbidden.body.code]).toEqual([403, 'AUTH.TEAM_FORBIDDEN']);
  });

  it('refuses unknown roles, bad ids, unknown fields and lifetimes over 12 hours', async () => {
    for (const body of [
      { sub: 'max', roles: ['king'], teams: [] },
      { sub: 'max', roles: [], teams: [] },
      { sub: 'm a x', roles: ['manager'], teams: [] },
      { sub: 'max', roles: ['manager'], teams: ['no team'] },
      { sub: 'max', roles: ['manager'], teams: [], admin: true },
      { sub: 'max', roles: ['manager'], teams: [], ttlMinutes: 721 },
    ]) {
      const res = await api.request('POST', '/api/dev/tokens', { body });
      expect({ body, status: res.statusCode, code: res.body.code }).toEqual({ body, status: 400, code: 'REQUEST.VALIDATION_FAILED' });
    }
  });

  it('answers only loopback callers, like an unknown route otherwise', async () => {
    const res = await api.app.inject({ method: 'POST', url: '/api/dev/tokens', remoteAddress: '10.1.2.3', payload: { sub: 'max', roles: ['manager'], teams: [] } });
    expect([res.statusCode, res.json().code]).toEqual([404, 'ROUTE.NOT_FOUND']);
    const mode = await api.app.inject({ method: 'GET', url: '/api/dev', remoteAddress: '192.168.0.7' });
    expect(mode.statusCode).toBe(404);
  });

  it('is in the OpenAPI document', async () => {
    const doc = await api.request('GET', '/api/docs-json');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/dev', '/api/dev/tokens']));
  });
});

describe('development sign-in with a real AUTH_JWT_SECRET', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('does not exist: 404 like any unknown route, and absent from the OpenAPI document', async () => {
    const mode = await api.request('GET', '/api/dev');
    expect([mode.statusCode, mode.body.code]).toEqual([404, 'ROUTE.NOT_FOUND']);
    const mint = await api.request('POST', '/api/dev/tokens', { body: { sub: 'max', roles: ['manager'], teams: ['north'] } });
    expect([mint.statusCode, mint.body.code]).toEqual([404, 'ROUTE.NOT_FOUND']);
    const doc = await api.request('GET', '/api/docs-json');
    expect(Object.keys(doc.body.paths).filter((p) => p === '/api/dev' || p.startsWith('/api/dev/'))).toEqual([]);
  });
});
