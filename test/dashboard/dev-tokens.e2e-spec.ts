import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '#app/platform';
import { createApp } from '../../apps/api/src/app.factory.js';
import { startApi, type ApiHarness } from '../support/api-harness.js';
import { startLiveServer, type LiveServer } from './support/live-server.js';

/** What the dashboard sends: this server's loopback Host and the custom header (inject's own Host is localhost:80). */
const dev = { host: 'localhost:3000', 'x-salesflow-dev': '1' };

describe('development sign-in on the embedded default (no AUTH_JWT_SECRET)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ AUTH_JWT_SECRET: '', PORT: '3000' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('says it is on and which roles it offers', async () => {
    const res = await api.request('GET', '/api/dev', { headers: dev });
    expect([res.statusCode, res.body]).toEqual([200, { developmentSecret: true, roles: ['salesperson', 'supervisor', 'manager', 'auditor', 'analyst', 'privacy_officer'], defaultTtlMinutes: 480 }]);
  });

  it('mints a token for the chosen user, role and team, which the API accepts', async () => {
    const res = await api.request('POST', '/api/dev/tokens', { headers: dev, body: { sub: 'max', name: 'Max Manager', roles: ['manager'], teams: ['north', 'south'], ttlMinutes: 30 } });
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

  it('refuses unknown roles, bad ids, unknown fields, lifetimes over 12 hours and nulls', async () => {
    for (const body of [
      { sub: 'max', roles: ['king'], teams: [] },
      { sub: 'max', roles: [], teams: [] },
      { sub: 'm a x', roles: ['manager'], teams: [] },
      { sub: 'max', roles: ['manager'], teams: ['no team'] },
      { sub: 'max', roles: ['manager'], teams: [], admin: true },
      { sub: 'max', roles: ['manager'], teams: [], ttlMinutes: 721 },
      { sub: 'max', roles: ['manager'], teams: [], ttlMinutes: null },
      { sub: 'max', name: null, roles: ['manager'], teams: [] },
    ]) {
      const res = await api.request('POST', '/api/dev/tokens', { headers: dev, body });
      expect({ body, status: res.statusCode, code: res.body.code }).toEqual({ body, status: 400, code: 'REQUEST.VALIDATION_FAILED' });
    }
  });

  it('answers only loopback callers, like an unknown route otherwise, before it looks at the body (dev mode is not revealed)', async () => {
    const res = await api.app.inject({ method: 'POST', url: '/api/dev/tokens', remoteAddress: '10.1.2.3', headers: dev, payload: { sub: 'max', roles: ['manager'], teams: [] } });
    expect([res.statusCode, res.json().code]).toEqual([404, 'ROUTE.NOT_FOUND']);
    const invalid = await api.app.inject({ method: 'POST', url: '/api/dev/tokens', remoteAddress: '10.1.2.3', headers: dev, payload: { roles: 'king' } });
    expect([invalid.statusCode, invalid.json().code]).toEqual([404, 'ROUTE.NOT_FOUND']);
    const mode = await api.app.inject({ method: 'GET', url: '/api/dev', remoteAddress: '192.168.0.7', headers: dev });
    expect(mode.statusCode).toBe(404);
  });

  it.each([
    ['a form post', 'application/x-www-form-urlencoded', 'sub=max&roles=manager'],
    ['text', 'text/plain', 'sub=max'],
    ['malformed JSON', 'application/json', '{'],
  ])('answers a remote %s like an unknown route, before Fastify parses it (415 or 400 would reveal dev mode)', async (_, contentType, payload) => {
    const unknown = await api.app.inject({ method: 'POST', url: '/api/no-such-route', remoteAddress: '10.1.2.3', headers: { ...dev, 'content-type': contentType }, payload });
    const res = await api.app.inject({ method: 'POST', url: '/api/dev/tokens', remoteAddress: '10.1.2.3', headers: { ...dev, 'content-type': contentType }, payload });
    expect([res.statusCode, res.json().code]).toEqual([404, 'ROUTE.NOT_FOUND']);
    expect([res.statusCode, res.json().code]).toEqual([unknown.statusCode, unknown.json().code]);
  });

  it.each([
    ['no X-Salesflow-Dev header', { host: 'localhost:3000' }, 'DEV.HEADER_REQUIRED'],
    ['X-Salesflow-Dev: 0', { ...dev, 'x-salesflow-dev': '0' }, 'DEV.HEADER_REQUIRED'],
    ['a foreign Host (DNS rebinding)', { ...dev, host: 'attacker.example:3000' }, 'DEV.HOST_FORBIDDEN'],
    ['a loopback Host with another port', { ...dev, host: 'localhost:8080' }, 'DEV.HOST_FORBIDDEN'],
    ['a foreign Origin', { ...dev, origin: 'http://attacker.example' }, 'DEV.ORIGIN_FORBIDDEN'],
    ['the null Origin', { ...dev, origin: 'null' }, 'DEV.ORIGIN_FORBIDDEN'],
    ['a loopback Origin of another port', { ...dev, origin: 'http://localhost:8080' }, 'DEV.ORIGIN_FORBIDDEN'],
  ])('refuses a loopback request with %s, before it looks at the body (403)', async (_, headers, code) => {
    const res = await api.request('POST', '/api/dev/tokens', { headers, body: { roles: 'not even valid' } });
    expect({ status: res.statusCode, code: res.body.code }).toEqual({ status: 403, code });
  });

  it('takes a loopback Origin and Host under any loopback name', async () => {
    for (const [host, origin] of [['127.0.0.1:3000', 'http://127.0.0.1:3000'], ['[::1]:3000', 'http://[::1]:3000'], ['localhost:3000', 'http://localhost:3000']]) {
      const res = await api.request('POST', '/api/dev/tokens', { headers: { ...dev, host: host!, origin: origin! }, body: { sub: 'max', roles: ['manager'], teams: [] } });
      expect({ host, status: res.statusCode }).toEqual({ host, status: 201 });
    }
  });

  it('refuses a form-encoded body with 415, like every command (no HTML form can mint a token)', async () => {
    const res = await api.request('POST', '/api/dev/tokens', { headers: { ...dev, 'content-type': 'application/x-www-form-urlencoded' }, rawBody: 'sub=max&roles=manager' });
    expect({ status: res.statusCode, code: res.body.code }).toEqual({ status: 415, code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE' });
  });

  it('mints no token longer-lived than AUTH_MAX_TOKEN_TTL', async () => {
    const short = await startApi({ AUTH_JWT_SECRET: '', PORT: '3000', AUTH_MAX_TOKEN_TTL: '1h' });
    try {
      const res = await short.request('POST', '/api/dev/tokens', { headers: dev, body: { sub: 'max', roles: ['manager'], teams: [], ttlMinutes: 600 } });
      expect(res.statusCode).toBe(201);
      expect((Date.parse(res.body.expiresAt) - Date.now()) / 60_000).toBeLessThanOrEqual(60);
      expect((await short.request('GET', '/api/plans', { token: res.body.token })).statusCode).toBe(200);
    } finally {
      await short.close();
    }
  });

  it('is in the OpenAPI document while dev mode is on', async () => {
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

describe('development sign-in on a real socket', () => {
  let server: LiveServer;
  beforeAll(async () => {
    server = await startLiveServer();
  });
  afterAll(() => server.close());

  it('mints for this server’s own page and refuses another page’s cross-site request (a form post, or a fetch from attacker.example)', async () => {
    const own = await fetch(`${server.url}/api/dev/tokens`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-salesflow-dev': '1', origin: server.url }, body: JSON.stringify({ sub: 'max', roles: ['manager'], teams: [] }) });
    expect(own.status).toBe(201);
    const form = await fetch(`${server.url}/api/dev/tokens`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://attacker.example' }, body: 'sub=max&roles=manager' });
    expect([form.status, ((await form.json()) as { code: string }).code]).toEqual([403, 'DEV.ORIGIN_FORBIDDEN']);
    const page = await fetch(`${server.url}/api/dev/tokens`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://attacker.example', 'x-salesflow-dev': '1' }, body: JSON.stringify({ sub: 'max', roles: ['manager'], teams: [] }) });
    expect([page.status, ((await page.json()) as { code: string }).code]).toEqual([403, 'DEV.ORIGIN_FORBIDDEN']);
  });
});

describe('the development secret beyond loopback', () => {
  it('is refused at start-up: HOST 0.0.0.0 without AUTH_JWT_SECRET is a configuration error', async () => {
    const config = loadConfig({ HOST: '0.0.0.0', DATA_DIR: '/nonexistent-never-created' });
    await expect(createApp(config, { logger: false })).rejects.toThrow('HOST=0.0.0.0 is not a loopback address, so AUTH_JWT_SECRET must be set');
  });
});
