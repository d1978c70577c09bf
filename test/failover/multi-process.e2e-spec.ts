import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '#app/event-store';
import { ALL_PROJECTIONS, Runtime, TokenService } from '#app/platform';
import { SqliteReadStore, type ReadStore } from '#app/read-store';
import { allDocuments } from '#testing/read-store';
import { submitPlanBody } from '../support/plan-requests.js';
import { buildPrivately, entryPoint } from '../support/private-build.js';

/*
 * Two API processes and two projectors on one data folder (the embedded stores), commands pouring
 * in through both APIs; the projector that holds the leases is killed with SIGKILL mid-load. The
 * other takes over, and every read model ends equal to a fresh rebuild from the log: complete, and
 * nothing applied twice.
 */

const SECRET = 'a-test-secret-of-at-least-32-characters';
const TEAMS = Array.from({ length: 6 }, (_, i) => `team${i}`);
const MONTHS = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`);

let build: string;
let dataDir: string;
const children: ChildProcess[] = [];

function start(app: 'api' | 'projector', name: string): Promise<{ child: ChildProcess; port: number | null; output: () => string }> {
  const child = spawn(process.execPath, [entryPoint(build, app)], {
    cwd: build,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      DATA_DIR: dataDir,
      AUTH_JWT_SECRET: SECRET,
      PORT: '0',
      RUN_PROJECTIONS: 'false',
      PROJECTION_LEASE_TTL_MS: '3000',
      AUDIT_SEAL_EVERY_EVENTS: '0',
      AUDIT_SEAL_INTERVAL_SECONDS: '0',
      LOG_LEVEL: 'log',
    },
  });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /API listening on http:\/\/127\.0\.0\.1:(\d+)\/api/.exec(output);
      if (app === 'api' && listening) resolve({ child, port: Number(listening[1]), output: () => output });
      if (app === 'projector' && output.includes('Projector running')) resolve({ child, port: null, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before it was ready:\n${output}`)));
  });
}

async function eventually(condition: () => Promise<boolean>, what: string, tries = 600): Promise<void> {
  for (let attempt = 0; !(await condition()); attempt++) {
    if (attempt >= tries) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(() => {
  build = buildPrivately();
  dataDir = mkdtempSync(join(tmpdir(), 'salesflow-failover-'));
}, 120_000);
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(build, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('two API processes and two projectors on one data folder', () => {
  it('survive a SIGKILL of the projector holding the leases under load: every read model ends equal to a fresh rebuild', async () => {
    const apis = [await start('api', 'API 1'), await start('api', 'API 2')];
    const projectors = [await start('projector', 'projector 1'), await start('projector', 'projector 2')];
    const token = await new TokenService(new TextEncoder().encode(SECRET)).sign({ sub: 'sup', name: 'Sue', roles: ['supervisor', 'manager'], teams: TEAMS });
    const command = async (i: number, path: string, body: unknown) => {
      const response = await fetch(`http://127.0.0.1:${apis[i % 2]!.port}/api${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.ok).toBe(true);
      return (await response.json()) as { planId: string; position: number };
    };
    const work = TEAMS.flatMap((team) => MONTHS.map((period) => ({ team, period })));
    const load = async (from: number, to: number) => {
      const slice = work.slice(from, to);
      for (let i = 0; i < slice.length; i += 8) {
        await Promise.all(
          slice.slice(i, i + 8).map(async ({ team, period }, j) => {
            const { planId } = await command(i + j, '/plans', { team, period, currency: 'CNY', companyTargets: [{ metric: 'revenue', amount: 1_000, currency: 'CNY' }], problems: ['Flat sales'] });
            await command(i + j + 1, `/plans/${planId}/submit`, submitPlanBody());
          }),
        );
      }
    };

    const shared = new SqliteReadStore({ filename: join(dataDir, 'read.sqlite') });
    const holderOf = async () => (await shared.getLease('projection:plans-list'))?.holder ?? '';
    await load(0, 24);
    await eventually(async () => (await holderOf()) !== '', 'a projector takes the leases');
    const holder = await holderOf();
    // Each projector names its lease holder (its process slot) when it starts.
    const holderIn = ({ output }: { output: () => string }) => /lease holder ([^,\s]+),/.exec(output())?.[1];
    const victim = projectors.find((p) => holderIn(p) === holder)!;
    expect(victim).toBeDefined();
    const survivor = projectors.find((p) => p !== victim)!;

    const rest = load(24, work.length);
    victim.child.kill('SIGKILL');
    await rest;

    const events = new SqliteEventStore({ filename: join(dataDir, 'events.sqlite') });
    const head = await events.headPosition();
    const live = new Runtime(events, shared);
    await eventually(async () => (await live.projections.status()).every((s) => s.checkpoint === head), 'the survivor brings every projection to the head');
    expect(await holderOf()).toBe(holderIn(survivor));

    const fresh = new SqliteReadStore({ filename: join(dataDir, 'fresh.sqlite') });
    const rebuilt = new Runtime(events, fresh);
    await rebuilt.projections.catchUp();
    const contents = async (runtime: Runtime, store: ReadStore, name: string) =>
      (await allDocuments(store, await runtime.projections.activeCollection(name))).sort((a, b) => a.id.localeCompare(b.id));
    for (const { name } of ALL_PROJECTIONS) {
      expect({ name, documents: await contents(live, shared, name) }).toEqual({ name, documents: await contents(rebuilt, fresh, name) });
    }
    expect((await allDocuments(shared, await live.projections.activeCollection('plans-list'))).length).toBe(work.length);
    await fresh.close();
    await shared.close();
    await events.close();
  }, 240_000);
});
