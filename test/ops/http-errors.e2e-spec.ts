import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { connect, type Socket } from 'node:net';
import { appServices } from '../../apps/api/src/app.factory.js';
import { startLiveServer, type LiveServer } from '../dashboard/support/live-server.js';
import { TEST_SECRET } from '../support/api-harness.js';

/** Writes raw bytes to the server and resolves the whole answer (the server closes or the reply is complete). */
function rawRequest(url: string, bytes: string | Buffer): Promise<{ status: number; headers: Record<string, string>; body: any }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('utf8');
      const [head, body] = text.split('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(head ?? '')?.[1];
      if (body !== undefined && length !== undefined && Buffer.byteLength(body) >= Number(length)) socket.end();
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers = Object.fromEntries(headerLines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      const raw = rest.join('\r\n\r\n');
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: raw ? JSON.parse(raw) : undefined });
    });
    socket.write(bytes);
  });
}

const get = (path: string, extra = '') => `GET ${path} HTTP/1.1\r\nHost: localhost\r\n${extra}Connection: close\r\n\r\n`;

function expectProblem(res: { status: number; headers: Record<string, string>; body: any }, status: number, code: string) {
  expect({ status: res.status, contentType: res.headers['content-type'], code: res.body?.code }).toEqual({ status, contentType: 'application/problem+json; charset=utf-8', code });
  expect(res.body).toMatchObject({ type: `tag:salesflow,2026:problem:${code}`, title: expect.any(String), status, detail: expect.any(String) });
  expect(res.body).not.toHaveProperty('statusCode');
  expect(res.body).not.toHaveProperty('message');
}

let server: LiveServer;
beforeAll(async () => {
  server = await startLiveServer({ AUTH_JWT_SECRET: TEST_SECRET, AUTH_FAILURE_LIMIT: '3', AUTH_FAILURE_WINDOW_SECONDS: '600' });
});
afterAll(() => server.close());

describe('every error the server sends is a Problem Details document (RFC 9457), sent over a real socket', () => {
  it('a domain error carries type, title, status, detail, instance and the code, fields and details extensions', async () => {
    const res = await server.request('POST', '/api/plans', { as: { sub: 'sue', roles: ['supervisor'], teams: ['north'] }, body: { team: 'north' } });
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(res.body).toMatchObject({
      type: 'tag:salesflow,2026:problem:REQUEST.VALIDATION_FAILED',
      title: 'Bad Request',
      status: 400,
      detail: 'The request is invalid',
      instance: '/api/plans',
      code: 'REQUEST.VALIDATION_FAILED',
      fields: expect.arrayContaining([{ field: 'period', messages: expect.any(Array) }]),
    });
  });

  it('bad URL encoding (%ff) is 400 REQUEST.BAD_URL, not Fastify’s own body', async () => {
    expectProblem(await rawRequest(server.url, get('/api/plans/%ff')), 400, 'REQUEST.BAD_URL');
  });

  it('a path parameter of 5,000 characters is 414 REQUEST.URI_TOO_LONG', async () => {
    expectProblem(await rawRequest(server.url, get(`/api/plans/${'a'.repeat(5000)}`)), 414, 'REQUEST.URI_TOO_LONG');
  });

  it('40 KB of headers is 431 REQUEST.HEADERS_TOO_LARGE, answered by Node’s parser in the same shape', async () => {
    expectProblem(await rawRequest(server.url, get('/api/health', `X-Big: ${'x'.repeat(40_000)}\r\n`)), 431, 'REQUEST.HEADERS_TOO_LARGE');
  });

  it.each([
    ['a bare LF', 'X-A: 1\nX-B: 2\r\n'],
    ['a bare CR', 'X-A: 1\rX-B: 2\r\n'],
    ['a NUL', 'X-A: a\u0000b\r\n'],
  ])('a header with %s is 400 REQUEST.MALFORMED_HTTP', async (_, header) => {
    expectProblem(await rawRequest(server.url, get('/api/health', header)), 400, 'REQUEST.MALFORMED_HTTP');
  });

  it('an unknown route and an unknown method are 404 ROUTE.NOT_FOUND', async () => {
    expectProblem(await rawRequest(server.url, get('/api/nothing-here')), 404, 'ROUTE.NOT_FOUND');
    expectProblem(await rawRequest(server.url, `PATCH /api/plans HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`), 404, 'ROUTE.NOT_FOUND');
  });

  it('a body over 1 MB is 413 REQUEST.BODY_TOO_LARGE', async () => {
    const body = JSON.stringify({ team: 'x'.repeat(1_100_000) });
    const res = await rawRequest(server.url, `POST /api/plans HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
    expectProblem(res, 413, 'REQUEST.BODY_TOO_LARGE');
  });

  it('while shutting down, requests get 503 SERVER.SHUTTING_DOWN with Retry-After', async () => {
    const { lifecycle } = appServices(server.app);
    lifecycle.shuttingDown = true;
    try {
      const res = await rawRequest(server.url, get('/api/health'));
      expectProblem(res, 503, 'SERVER.SHUTTING_DOWN');
      expect(res.headers['retry-after']).toBe('1');
    } finally {
      lifecycle.shuttingDown = false;
    }
  });

  const post = (path: string, contentType: string, body: string) =>
    `POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: ${contentType}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;

  it('malformed JSON is 400 REQUEST.MALFORMED_JSON, and any other content type 415 REQUEST.UNSUPPORTED_MEDIA_TYPE', async () => {
    expectProblem(await rawRequest(server.url, post('/api/plans', 'application/json', '{"team":')), 400, 'REQUEST.MALFORMED_JSON');
    expectProblem(await rawRequest(server.url, post('/api/plans', 'application/x-www-form-urlencoded', 'team=north')), 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE');
  });

  it('a request Node’s parser gives up waiting for is 408 REQUEST.TIMEOUT, in the same shape', async () => {
    const http = server.app.getHttpServer();
    const accepted = new Promise<Socket>((resolve) => http.once('connection', resolve));
    const { port } = new URL(server.url);
    const client = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    client.on('data', (chunk) => chunks.push(chunk));
    const closed = new Promise((resolve) => client.on('close', resolve));
    client.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n');
    // What Node does once requestTimeout passes on a request whose headers never end.
    http.emit('clientError', Object.assign(new Error('Request timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }), await accepted);
    await closed;
    const [head = '', body = ''] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n');
    expect(head.split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
    expect(JSON.parse(body)).toMatchObject({ status: 408, code: 'REQUEST.TIMEOUT', type: 'tag:salesflow,2026:problem:REQUEST.TIMEOUT' });
  });

  it('an unexpected failure is 500 INTERNAL.ERROR, its message not sent', async () => {
    const readStream = jest.spyOn(server.store, 'readStream').mockRejectedValueOnce(new TypeError('secret internals'));
    try {
      const res = await server.request('GET', `/api/plans/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`, { as: { sub: 'max', roles: ['manager'], teams: ['north'] } });
      expect({ status: res.status, contentType: res.headers.get('content-type'), code: res.body.code }).toEqual({ status: 500, contentType: 'application/problem+json; charset=utf-8', code: 'INTERNAL.ERROR' });
      expect(JSON.stringify(res.body)).not.toContain('secret internals');
    } finally {
      readStream.mockRestore();
    }
  });
});

describe('security middleware', () => {
  it('sends helmet’s headers on API answers, and no CORS headers unless CORS_ORIGINS is set', async () => {
    const res = await server.request('GET', '/api/health', { headers: { origin: 'https://elsewhere.example' } });
    expect({
      nosniff: res.headers.get('x-content-type-options'),
      frame: res.headers.get('x-frame-options'),
      csp: res.headers.get('content-security-policy')?.includes("frame-ancestors 'none'"),
      referrer: res.headers.get('referrer-policy'),
      resources: res.headers.get('cross-origin-resource-policy'),
      hsts: res.headers.get('strict-transport-security'),
      cors: res.headers.get('access-control-allow-origin'),
    }).toEqual({ nosniff: 'nosniff', frame: 'DENY', csp: true, referrer: 'no-referrer', resources: 'same-origin', hsts: 'max-age=31536000; includeSubDomains', cors: null });
  });

  it('after AUTH_FAILURE_LIMIT failed authentications from one address, answers 429 AUTH.TOO_MANY_FAILURES with Retry-After, even to a valid token', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await server.request('GET', '/api/plans', { token: 'a.b.c' })).status);
    expect(statuses).toEqual([401, 401, 401]);
    const limited = await server.request('GET', '/api/plans', { as: { sub: 'max', roles: ['manager'], teams: ['north'] } });
    expect({ status: limited.status, code: limited.body.code, retryAfter: Number(limited.headers.get('retry-after')) }).toEqual({ status: 429, code: 'AUTH.TOO_MANY_FAILURES', retryAfter: expect.any(Number) });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.details.retryAfterSeconds).toBe(Number(limited.headers.get('retry-after')));
  });
});

describe('CORS', () => {
  let withCors: LiveServer;
  beforeAll(async () => {
    withCors = await startLiveServer({ AUTH_JWT_SECRET: TEST_SECRET, CORS_ORIGINS: 'https://dash.example.com' });
  });
  afterAll(() => withCors.close());

  it('answers a listed origin’s preflight and exposes the API’s headers; ignores other origins', async () => {
    const preflight = await fetch(`${withCors.url}/api/plans`, { method: 'OPTIONS', headers: { origin: 'https://dash.example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://dash.example.com');
    const other = await withCors.request('GET', '/api/health', { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const listed = await withCors.request('GET', '/api/health', { headers: { origin: 'https://dash.example.com' } });
    expect(listed.headers.get('access-control-expose-headers')).toContain('X-Correlation-Id');
  });
});
