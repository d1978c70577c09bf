import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TokenService, loadConfig, resolveJwtSecret } from '#app/platform';
import { createApp } from '../../apps/api/src/app.factory.js';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { User } from '../support/api-harness.js';
import { eventually } from '../support/eventually.js';
import { auditor, mgr, openPlanBody, submitPlanBody, sup } from '../support/plan-requests.js';
import { runCli, type CliOutput } from '../support/run-cli.js';

const last: CliOutput = { stdout: '', stderr: '' };

/** Runs the CLI in this process on DATA_DIR (with the development secret); resolves its stdout. */
async function cli(dataDir: string, ...args: string[]): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.AUTH_JWT_SECRET;
  return (await runCli(args, { env, into: last })).stdout;
}

interface Server {
  app: NestFastifyApplication;
  url: string;
  config: ReturnType<typeof loadConfig>;
  token(user: User): Promise<string>;
  request(method: 'GET' | 'POST', path: string, options?: { as?: User; body?: unknown }): Promise<{ status: number; body: any }>;
}

/** The API as `npm start` wires it (hash-chained event store, development secret in DATA_DIR), listening on a free port. */
async function startServer(dataDir: string): Promise<Server> {
  const config = loadConfig({ DATA_DIR: dataDir });
  const app = await createApp(config, { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const tokens = new TokenService(resolveJwtSecret(config).secret);
  const token = (user: User) => tokens.sign({ sub: user.sub, name: user.name ?? user.sub, roles: user.roles, teams: user.teams }, '1h');
  return {
    app,
    url,
    config,
    token,
    async request(method, path, options = {}) {
      const headers: Record<string, string> = options.as ? { authorization: `Bearer ${await token(options.as)}` } : {};
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(`${url}${path}`, { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
  };
}

let server: Server;
let planId: string;
const scratch: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'salesflow-backup-'));
  scratch.push(dir);
  return dir;
};

beforeAll(async () => {
  server = await startServer(tempDir());
  const opened = await server.request('POST', '/api/plans', { as: sup, body: openPlanBody() });
  planId = opened.body.planId;
  expect((await server.request('POST', `/api/plans/${planId}/submit`, { as: sup, body: submitPlanBody() })).status).toBe(200);
});
afterAll(async () => {
  await server.app.close();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore of the embedded store', () => {
  it('backs up while the API runs and appends, restores into a fresh DATA_DIR, and the restored system rebuilds its read models and verifies', async () => {
    const backup = join(tempDir(), 'backup');
    const [printed, approval] = await Promise.all([cli(server.config.dataDir, 'backup', backup, '--json'), server.request('POST', `/api/plans/${planId}/approve`, { as: mgr, body: { comment: 'Agreed' } })]);
    expect(approval.status).toBe(200);
    const manifest = JSON.parse(printed);
    expect(manifest).toMatchObject({
      version: '0.1.0',
      files: ['events.sqlite', 'keys.sqlite', '.dev-jwt-secret', '.dev-pii-master-key'],
      jwtSecret: 'included (development secret)',
      personalDataKeys: 'included',
      masterKey: 'included (development master key)',
    });
    expect([2, 3]).toContain(manifest.events);
    expect(manifest.headPosition).toBe(manifest.events);
    expect(statSync(join(backup, '.dev-jwt-secret')).mode & 0o777).toBe(0o600);
    expect(last.stderr).toContain('keep the backup private');
    expect(last.stderr).toContain('erase them again after a restore');

    const restored = join(tempDir(), 'restored');
    expect(await cli(restored, 'restore', backup)).toMatch(new RegExp(`^restored ${manifest.events} events \\(head ${manifest.headPosition}\\) into `));
    expect(readFileSync(join(restored, '.dev-jwt-secret'))).toEqual(readFileSync(join(server.config.dataDir, '.dev-jwt-secret')));
    expect(readFileSync(join(restored, '.dev-pii-master-key'))).toEqual(readFileSync(join(server.config.dataDir, '.dev-pii-master-key')));
    expect(existsSync(join(restored, 'read.sqlite'))).toBe(false);

    const config = loadConfig({ DATA_DIR: restored });
    const app = await createApp(config, { logger: ['error'] });
    await app.init();
    try {
      const token = await server.token(auditor);
      expect(await new TokenService(resolveJwtSecret(config).secret).verify(token)).toMatchObject({ id: 'aud-1' });
      const plan = await app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: { authorization: `Bearer ${token}` } });
      expect(plan.statusCode).toBe(200);
      expect(JSON.parse(plan.body).targets.map((t: { salespersonName: string }) => t.salespersonName)).toEqual(submitPlanBody().targets.map((t) => t.salespersonName));
      const list = await app.inject({ method: 'GET', url: `/api/plans?minPosition=${manifest.headPosition}`, headers: { authorization: `Bearer ${token}` } });
      expect(JSON.parse(list.body)).toMatchObject({ items: [expect.objectContaining({ id: planId })], freshness: { behind: false } });
    } finally {
      await app.close();
    }
    expect(await cli(restored, 'verify')).toMatch(/^audit trail OK: \d+ events in 1 streams/);
  });

  it('refuses to restore over an existing event store, and to back up into an existing backup', async () => {
    const backup = join(tempDir(), 'backup');
    await cli(server.config.dataDir, 'backup', backup);
    await expect(cli(server.config.dataDir, 'restore', backup)).rejects.toThrow(/already holds an event store; restore into a fresh folder/);
    await expect(cli(server.config.dataDir, 'backup', backup)).rejects.toThrow(/already holds a backup/);
  });
});

describe('online rebuild', () => {
  it('rebuilds on request in the running API (202), shows it in GET /api/projections, keeps serving, then switches', async () => {
    const before = (await server.request('GET', '/api/projections', { as: auditor })).body.find((p: { name: string }) => p.name === 'tracking-sheet');
    const started = await server.request('POST', '/api/projections/tracking-sheet/rebuild', { as: auditor });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ projection: 'tracking-sheet', progress: '/api/projections' });
    expect((await server.request('GET', `/api/plans/${planId}/tracking-sheet`, { as: mgr })).status).toBe(200);
    const after = await eventually(async () => {
      const status = (await server.request('GET', '/api/projections', { as: auditor })).body.find((p: { name: string }) => p.name === 'tracking-sheet');
      return !status.rebuilding && status.activeCollection !== before.activeCollection ? status : undefined;
    }, 'the rebuilt tracking sheet to serve reads');
    expect(after).toMatchObject({ lag: 0, checkpoint: before.checkpoint });
  });

  it('refuses the wrong role and an unknown projection in the problem shape', async () => {
    expect((await server.request('POST', '/api/projections/tracking-sheet/rebuild', { as: sup })).body).toMatchObject({ status: 403, code: 'AUTH.ROLE_REQUIRED' });
    expect((await server.request('POST', '/api/projections/nope/rebuild', { as: auditor })).body).toMatchObject({ status: 404, code: 'PROJECTION.NOT_FOUND' });
  });

  it('the CLI rebuilds through the API when the API applies the projection', async () => {
    const outcome = JSON.parse(await cli(server.config.dataDir, 'rebuild', 'decision-log', '--api', `${server.url}/api`, '--no-progress', '--json'));
    expect(outcome).toEqual({ projection: 'decision-log', collection: expect.stringMatching(/^decisions_v2_r\d+$/), seconds: expect.any(Number), rebuiltBy: `${server.url}/api` });
    expect(last.stderr).toMatch(/is being applied by .*\nasking the API at/s);
  });
});
