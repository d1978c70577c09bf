import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { RecordedEvent } from '#app/eventsourcing';
import { createEventStore, loadConfig } from '#app/platform';
import { PLAN_ID, opened, rejected, submitted } from '#testing/sales-planning';
import { runCli, type CliOutput } from '../support/run-cli.js';

const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-audit-cli-'));
const saved = { ...process.env };
const planStream = `plan-${PLAN_ID}`;

async function run(...args: string[]): Promise<string> {
  return (await runCli(args)).stdout;
}

/** Runs a command that must fail, returning what it printed and the error. */
async function failing(...args: string[]): Promise<{ output: string; error: Error }> {
  const into: CliOutput = { stdout: '', stderr: '' };
  const error = await runCli(args, { into }).then(
    () => {
      throw new Error(`salesflow ${args.join(' ')} succeeded`);
    },
    (e: unknown) => e as Error,
  );
  return { output: into.stdout, error };
}

const metadata = (commandType: string, actorId: string, actorRole: string) => ({
  actorId,
  actorName: actorId.toUpperCase(),
  actorRole,
  commandId: `cmd-${commandType}`,
  commandType,
  correlationId: 'corr-cli',
  causationId: `cmd-${commandType}`,
  occurredAt: '2027-01-05T10:00:00.000Z',
});

beforeAll(async () => {
  process.env = { ...saved, DATA_DIR: dataDir };
  for (const name of ['AUTH_JWT_SECRET', 'EVENT_STORE', 'READ_STORE']) delete process.env[name];
  const store = createEventStore(loadConfig({ DATA_DIR: dataDir }));
  await store.append(planStream, [
    { type: opened.type, data: opened.data, metadata: metadata('OpenPlan', 'sup-1', 'supervisor') },
    { type: 'PlanSubmitted', data: submitted().data, metadata: metadata('SubmitPlan', 'sup-1', 'supervisor') },
    { type: 'PlanRejected', data: rejected().data, metadata: { ...metadata('RejectPlan', 'mgr-1', 'manager'), reason: 'Too low' } },
  ]);
  await store.append('prospect-p1', [{ type: 'ProspectAdded', data: { prospectId: 'p1', team: 'north', name: 'Qilu' }, metadata: metadata('AddProspect', 'ann', 'salesperson') }]);
  await store.close();
});
afterAll(() => {
  process.env = saved;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the audit CLI', () => {
  it('verifies a clean trail', async () => {
    expect(await run('verify')).toMatch(/^audit trail OK: 4 events in 2 streams, head 4; no seals yet; 4 events unsealed\n$/);
  });

  it('seals on demand, writing the seal’s receipt beside the store, and verify then names the latest seal and checks the receipt', async () => {
    expect(await run('seal')).toMatch(/^sealed #1: 4 events in \(0, 4\], hash [0-9a-f]{64}\n$/);
    expect(await run('seal')).toBe('nothing to seal since seal #1\n');
    const receipts = readFileSync(join(dataDir, 'seal-receipts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { sealNumber: number; sealHash: string });
    const report = JSON.parse(await run('verify', '--json')) as { ok: boolean; seals: { latest: { sealHash: string }; receipts: { matched: number } } };
    expect(report.ok).toBe(true);
    expect(receipts).toEqual([expect.objectContaining({ sealNumber: 1, sealHash: report.seals.latest.sealHash })]);
    expect(report.seals.receipts.matched).toBe(1);
    expect(await run('verify')).toContain('receipts: 1/1 match the log');
    expect(await run('verify', '--expect-seal', report.seals.latest.sealHash)).toMatch(/audit trail OK/);
    const missing = await failing('verify', '--expect-seal', 'f'.repeat(64));
    expect(missing.output).toContain(`seal ${'f'.repeat(64)} is not in the log`);
    const elsewhere = join(dataDir, 'receipts-kept-elsewhere.jsonl');
    writeFileSync(elsewhere, `${JSON.stringify({ ...receipts[0], sealHash: 'e'.repeat(64) })}\n`);
    const rewritten = await failing('verify', '--receipts', elsewhere);
    expect(rewritten.error.message).toBe('audit trail verification failed: 0 broken streams, 0 seal problems, 1 receipt problems');
    expect(rewritten.output).toContain(`receipt of seal #1: SEAL_DIFFERS: expected ${'e'.repeat(64)}, found ${report.seals.latest.sealHash}`);
  });

  it('prints a stream’s history as stored, one JSON line per event', async () => {
    const lines = (await run('history', planStream)).trimEnd().split('\n').map((l) => JSON.parse(l) as RecordedEvent<unknown, { integrity: { hash: string } }>);
    expect(lines.map((e) => e.type)).toEqual(['PlanOpened', 'PlanSubmitted', 'PlanRejected']);
    expect(lines.every((e) => /^[0-9a-f]{64}$/.test(e.metadata.integrity.hash))).toBe(true);
    expect((await run('history', planStream, '--from-revision', '2')).trimEnd().split('\n')).toHaveLength(1);
  });

  it('explains a decision by its event id', async () => {
    const [, , decision] = (await run('history', planStream)).trimEnd().split('\n').map((l) => JSON.parse(l) as RecordedEvent);
    const explanation = JSON.parse(await run('explain', decision!.id));
    expect(explanation.decision).toMatchObject({ type: 'PlanRejected', decision: 'rejection' });
    expect(explanation.command).toMatchObject({ actorId: 'mgr-1', reason: 'Too low', correlationId: 'corr-cli' });
    expect(explanation.stateBefore).toMatchObject({ status: 'submitted' });
    expect(explanation.correlated.map((e: { type: string }) => e.type)).toEqual(['PlanOpened', 'PlanSubmitted', 'PlanRejected', 'ProspectAdded']);
  });

  it('fails verify (non-zero exit) on an edited event and a deleted stream, naming both', async () => {
    const db = new Database(join(dataDir, 'events.sqlite'));
    db.prepare(`UPDATE events SET data = json_set(data, '$.reason', 'Fine') WHERE stream_name = ? AND revision = 2`).run(planStream);
    db.prepare(`DELETE FROM events WHERE stream_name = 'prospect-p1'`).run();
    db.close();
    const { output, error } = await failing('verify');
    expect(error.message).toBe('audit trail verification failed: 1 broken streams, 1 seal problems, 1 holes in the log');
    expect(output).toContain('positions 4 to 4 are missing from the log');
    expect(output).toContain(`stream ${planStream}: revision 2`);
    expect(output).toContain('HASH_MISMATCH');
    expect(output).toContain('seal #1 (0, 4]: EVENT_COUNT_MISMATCH: expected 4, found 3');
  });
});
