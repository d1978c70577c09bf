import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, kill, runToExit, spawnServer, type ServerProcess } from '../support/server-process.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
let dataDir: string;
let server: ServerProcess;

/** The README's block after `## For auditors`, pointed at this server instead of port 3000. */
function auditorBlock(api: string): string {
  const section = readme.split('## For auditors')[1]!.split('\n## ')[0]!;
  const block = section.split('```bash\n')[1]!.split('```')[0]!;
  expect(block).toContain('API=http://localhost:3000/api\n');
  return block.replace('API=http://localhost:3000/api\n', `API=${api}\n`);
}

beforeAll(async () => {
  ensureBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'salesflow-walkthrough-'));
  server = await spawnServer('node', ['dist/apps/api/src/main.js'], { DATA_DIR: dataDir, PORT: '0', AUTH_JWT_SECRET: '' });
}, 300_000);
afterAll(async () => {
  await kill(server);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the README, run as written against a real server with its own DATA_DIR', () => {
  let plan: string;

  it('docs/walkthrough.sh takes a plan from OpenPlan to a recorded actual', async () => {
    const run = await runToExit('bash', ['docs/walkthrough.sh'], { API: server.url, DATA_DIR: dataDir });
    expect({ code: run.code, output: run.output.join('\n') }).toEqual({ code: 0, output: expect.stringContaining('5 ActualRecorded by ann (salesperson)') });
    expect(run.output).toContain('executing revision 5');
    plan = /^PLAN=(\S+)$/m.exec(run.output.join('\n'))![1]!;
  }, 120_000);

  it('runs again without failing: the team has its plan, so it goes on with a fresh team', async () => {
    const again = await runToExit('bash', ['docs/walkthrough.sh'], { API: server.url, DATA_DIR: dataDir });
    expect(again.code).toBe(0);
    expect(again.output).toContain('team north already has its 2027-Q1 plan; trying another team');
    expect(again.output).toContain('executing revision 5');
    expect(/^PLAN=(\S+)$/m.exec(again.output.join('\n'))![1]).not.toBe(plan);
  }, 120_000);

  it('shows an HTTP error instead of hiding it (tokens from another DATA_DIR get a 401)', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'salesflow-walkthrough-other-'));
    try {
      const wrong = await runToExit('bash', ['docs/walkthrough.sh'], { API: server.url, DATA_DIR: elsewhere });
      expect(wrong.code).toBe(1);
      expect(wrong.output.join('\n')).toMatch(/POST \/plans → HTTP 401: \{"type":"tag:salesflow,2026:problem:AUTH.TOKEN_INVALID"/);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  }, 120_000);

  it('the auditor examples answer with data, not errors', async () => {
    const run = await runToExit('bash', ['-c', `set -euo pipefail\n${auditorBlock(server.url)}`], { DATA_DIR: dataDir, PLAN: plan });
    const output = run.output.join('\n');
    expect({ code: run.code, output }).toEqual({ code: 0, output: expect.any(String) });
    expect(output).not.toContain('tag:salesflow');
    expect(output).toContain(`"streamName":"plan-${plan}"`);
    expect(output).toContain(`"planId":"${plan}"`);
    expect(output).toMatch(/"command":\{[^}]*"commandType":"(ApprovePlan|ApprovePlanBook)"/);
    expect(output).toMatch(/audit trail OK: \d+ events/);
    expect(output).toContain('\uFEFFoccurredAt,eventType,decision,');
    expect(output).toMatch(/PlanApproved,approval,plan,north,2027-Q1/);
  }, 120_000);
});
