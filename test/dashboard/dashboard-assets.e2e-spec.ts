import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { dashboardDirectory, serveDashboard } from '../../apps/api/src/dashboard/serve-dashboard.js';
import { startApi, type ApiHarness } from '../support/api-harness.js';
import { buildDashboard, DASHBOARD_DIR } from './support/dashboard-build.js';

describe('the built dashboard served by the API', () => {
  let api: ApiHarness;
  let assets: { js: string; css: string };
  beforeAll(async () => {
    assets = buildDashboard();
    api = await startApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('serves the page at / without a token, with a content security policy that allows only its own scripts', async () => {
    const res = await api.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain('<div id="app">');
    expect(res.body).toContain(`src="${assets.js}"`);
    expect(res.body).not.toMatch(/https?:\/\//);
  });

  it('serves the hashed assets for a year', async () => {
    for (const [path, type] of [
      [assets.js, /javascript/],
      [assets.css, /text\/css/],
    ] as const) {
      const res = await api.app.inject({ method: 'GET', url: path });
      expect({ path, status: res.statusCode }).toEqual({ path, status: 200 });
      expect(res.headers['content-type']).toMatch(type);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('answers /favicon.ico and /favicon.svg with its icon, not a JSON 404, and the page names it', async () => {
    for (const url of ['/favicon.ico', '/favicon.svg']) {
      const res = await api.app.inject({ method: 'GET', url });
      expect({ url, status: res.statusCode, type: res.headers['content-type'] }).toEqual({ url, status: 200, type: 'image/svg+xml' });
      expect(res.body).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
    expect((await api.app.inject({ method: 'GET', url: '/' })).body).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml" />');
  });

  it('leaves unknown API routes to the API: JSON 404, not a page', async () => {
    const res = await api.request('GET', '/api/no-such-route');
    expect([res.statusCode, res.body.code]).toEqual([404, 'ROUTE.NOT_FOUND']);
    const missingAsset = await api.app.inject({ method: 'GET', url: '/assets/app-NOPE.js' });
    expect(missingAsset.statusCode).toBe(404);
  });

  it('is found in dist/dashboard from the sources and from the build', () => {
    expect(dashboardDirectory()).toBe(DASHBOARD_DIR);
    expect(dashboardDirectory(join(process.cwd(), 'dist', 'apps', 'api', 'src', 'dashboard'))).toBe(DASHBOARD_DIR);
  });
});

describe('an API whose dashboard was not built', () => {
  let empty: string;
  beforeAll(() => {
    empty = mkdtempSync(join(tmpdir(), 'salesflow-no-dashboard-'));
  });
  afterAll(() => {
    rmSync(empty, { recursive: true, force: true });
  });

  it('says at / how to build it', async () => {
    const fastify = (await import('fastify')).default();
    serveDashboard({ getHttpAdapter: () => ({ getInstance: () => fastify }) } as unknown as NestFastifyApplication, empty);
    const res = await fastify.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build');
    expect((await fastify.inject({ method: 'GET', url: '/favicon.ico' })).statusCode).toBe(200);
    await fastify.close();
  });
});
