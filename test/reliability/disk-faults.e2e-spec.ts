import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATA_DIR_EXIT_CODE, TokenService } from '#app/platform';
import { TEST_SECRET, type User } from '../support/api-harness.js';
import { buildDist, failedStart, startApiProcess, type ApiProcess } from '../support/api-process.js';
import { ann, mgr, openPlanBody, planBookBody, sup, submitPlanBody } from '../support/plan-requests.js';

const MIB = 1024 * 1024;
const base = mkdtempSync(join(tmpdir(), 'salesflow-disk-'));

/** Mounts a tmpfs of this size (as root); the reason when this machine does not allow it. */
function mountTmpfs(dir: string, options: string): string | null {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `mounting a tmpfs is not permitted here (${String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim()})`;
  }
}

function unmount(dir: string) {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' });
  } catch {
    // Not mounted.
  }
}

/** Fills the file system under `dir` with one file, 1 MiB at a time, until it refuses; returns the file. */
function fill(dir: string): string {
  const file = join(dir, 'filler');
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(MIB, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOSPC') throw error;
    for (let size = 64 * 1024; size >= 512; size /= 2) {
      try {
        for (;;) writeSync(fd, chunk.subarray(0, size));
      } catch {
        continue;
      }
    }
  } finally {
    closeSync(fd);
  }
  return file;
}

afterAll(() => rmSync(base, { recursive: true, force: true }));

const probe = join(base, 'probe');
const unavailable = mountTmpfs(probe, 'size=1m');
unmount(probe);

(unavailable ? describe.skip : describe)(`full disk and read-only data folders${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  const tokens = new TokenService(new TextEncoder().encode(TEST_SECRET));
  const env = (dataDir: string) => ({ DATA_DIR: dataDir, AUTH_JWT_SECRET: TEST_SECRET, LOG_LEVEL: 'log', PROJECTION_LEASE_TTL_MS: '3000' });
  const mounts: string[] = [];

  beforeAll(() => buildDist(), 120_000);
  afterAll(() => {
    for (const dir of mounts) unmount(dir);
  });

  function tmpfs(name: string, options: string): string {
    const dir = join(base, name);
    const reason = mountTmpfs(dir, options);
    if (reason) throw new Error(reason);
    mounts.push(dir);
    return dir;
  }

  async function call(api: ApiProcess, as: User, method: string, path: string, body?: unknown) {
    const token = await tokens.sign({ sub: as.sub, name: as.name ?? as.sub, roles: as.roles, teams: as.teams }, '1h');
    const response = await fetch(`${api.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as any };
  }

  const actual = (i: number) => ({ metric: 'revenue', amount: 100 + i, currency: 'CNY', date: '2027-02-10', reference: `INV-${i}-${'x'.repeat(180)}` });

  it('answers 507 with Retry-After while the disk is full, logs the episode once, loses nothing and resumes when space returns; the WAL files stay small', async () => {
    const dataDir = tmpfs('full', 'size=8m');
    const api = await startApiProcess(env(dataDir));
    try {
      const opened = await call(api, sup, 'POST', '/api/plans', openPlanBody());
      const planId = opened.body.planId as string;
      expect((await call(api, sup, 'POST', `/api/plans/${planId}/submit`, submitPlanBody())).status).toBe(200);
      expect((await call(api, mgr, 'POST', `/api/plans/${planId}/approve`, {})).status).toBe(200);
      expect((await call(api, sup, 'POST', `/api/plans/${planId}/book`, planBookBody())).status).toBe(200);
      expect((await call(api, mgr, 'POST', `/api/plans/${planId}/book/approve`, {})).status).toBe(200);
      let acknowledged = 0;
      for (let i = 0; i < 300; i++) if ((await call(api, ann, 'POST', `/api/plans/${planId}/actuals`, actual(i))).status === 200) acknowledged++;
      expect(acknowledged).toBe(300);
      const walSizes = ['events.sqlite-wal', 'read.sqlite-wal'].map((f) => statSync(join(dataDir, f)).size);
      expect(Math.max(...walSizes)).toBeLessThanOrEqual(2.5 * MIB);

      const filler = fill(dataDir);
      const refused: { status: number; retryAfter: string | null; code: string }[] = [];
      for (let i = 300; i < 2300 && refused.length < 40; i++) {
        const res = await call(api, ann, 'POST', `/api/plans/${planId}/actuals`, actual(i));
        if (res.status === 200) acknowledged++;
        else refused.push({ status: res.status, retryAfter: res.retryAfter, code: res.body.code });
      }
      expect(refused).toHaveLength(40);
      expect(new Set(refused.map((r) => JSON.stringify(r)))).toEqual(new Set([JSON.stringify({ status: 507, retryAfter: '30', code: 'EVENT_STORE.DISK_FULL' })]));
      const log = api.output();
      expect(log.match(/Event store .* writes fail because the disk is full/g)).toHaveLength(1);
      expect(log.match(/Read store .* writes fail because/g)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(log).not.toMatch(/INTERNAL\.ERROR|SqliteError|^\s+at /m);

      rmSync(filler);
      const resumed = await call(api, ann, 'POST', `/api/plans/${planId}/actuals`, actual(5000));
      expect(resumed.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 5_100));
      expect((await call(api, ann, 'POST', `/api/plans/${planId}/actuals`, actual(5001))).status).toBe(200);
      acknowledged += 2;
      expect(api.output()).toMatch(/Event store .* writes succeed again \(\d+ refused while the disk is full\)/);
      const fresh = await call(api, sup, 'GET', `/api/plans/${planId}/tracking-sheet?minPosition=${resumed.body.position + 1}`);
      expect(fresh.body.freshness.behind).toBe(false);

      api.child.kill('SIGTERM');
      await api.exited;
      const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
      const stored = db.prepare(`SELECT COUNT(*) FROM events WHERE type = 'ActualRecorded'`).pluck().get();
      db.close();
      expect(stored).toBe(acknowledged);
    } finally {
      api.child.kill('SIGKILL');
    }
  }, 180_000);

  it('refuses to start on a full disk with one sentence and exit code 5', async () => {
    const dataDir = tmpfs('full-at-start', 'size=2m');
    fill(dataDir);
    const { code, output } = await failedStart(env(dataDir));
    expect(code).toBe(DATA_DIR_EXIT_CODE);
    expect(output.trim()).toBe(`salesflow: start-up failed: DATA_DIR ${dataDir} cannot be used: the disk is full; free some space and start again`);
  }, 60_000);

  it('refuses to start on a read-only data folder with one sentence and exit code 5', async () => {
    const dataDir = tmpfs('read-only', 'size=1m,ro');
    const { code, output } = await failedStart(env(dataDir));
    expect(code).toBe(DATA_DIR_EXIT_CODE);
    expect(output.trim()).toBe(`salesflow: start-up failed: DATA_DIR ${dataDir} cannot be used: the file system is read-only; mount it writable or point DATA_DIR elsewhere`);
  }, 60_000);
});

describe('a data folder that is not a folder', () => {
  beforeAll(() => buildDist(), 120_000);

  it('stops the start with one sentence and exit code 5', async () => {
    const file = join(base, 'not-a-folder');
    writeFileSync(file, 'x');
    const { code, output } = await failedStart({ DATA_DIR: file, AUTH_JWT_SECRET: TEST_SECRET });
    expect(code).toBe(DATA_DIR_EXIT_CODE);
    expect(output.trim()).toBe(`salesflow: start-up failed: DATA_DIR ${file} cannot be used: it is not a folder; point DATA_DIR at a folder`);
  }, 60_000);
});
