import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { TokenService } from '#app/platform';
import { TEST_SECRET } from '../support/api-harness.js';
import { buildDist, startApiProcess, type ApiProcess } from '../support/api-process.js';
import { PERIOD, TEAM, openPlanBody, sup } from '../support/plan-requests.js';

const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-restart-'));
const env = { DATA_DIR: dataDir, AUTH_JWT_SECRET: TEST_SECRET, LOG_LEVEL: 'log' };
let token = '';

async function call(api: ApiProcess, method: string, path: string, body?: unknown) {
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** Opens a plan and reads the plans list at the position the command returned. */
async function writeThenRead(api: ApiProcess, period: string) {
  const opened = await call(api, 'POST', '/api/plans', openPlanBody({ period }));
  expect(opened.status).toBe(201);
  return call(api, 'GET', `/api/plans?team=${TEAM}&minPosition=${opened.body.position}`);
}

beforeAll(async () => {
  buildDist();
  token = await new TokenService(new TextEncoder().encode(TEST_SECRET)).sign({ sub: sup.sub, name: sup.name!, roles: sup.roles, teams: sup.teams }, '1h');
}, 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('an API process killed with SIGKILL and started again', () => {
  it('takes back its own leases at once: fresh reads within the 2 s read-your-writes wait, not after the 30 s lease', async () => {
    const first = await startApiProcess(env);
    const before = await writeThenRead(first, PERIOD);
    expect(before.body.freshness.behind).toBe(false);
    expect(first.output()).toMatch(/lease holder [^\s)]+:api-1:/);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');

    const second = await startApiProcess(env);
    try {
      const started = performance.now();
      const after = await writeThenRead(second, '2027-Q2');
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`restart after SIGKILL: fresh read ${seconds.toFixed(2)} s after listening\n`);
      expect(after.status).toBe(200);
      expect(after.body.freshness.behind).toBe(false);
      expect(after.body.items.map((p: { period: string }) => p.period).sort()).toEqual([PERIOD, '2027-Q2']);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  }, 90_000);
});
