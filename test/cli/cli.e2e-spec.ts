import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '#app/event-store';
import { Runtime, TokenService, resolveJwtSecret } from '#app/platform';
import { SqliteReadStore } from '#app/read-store';
import { planIdFor } from '#app/sales-planning';
import { buildProgram } from '../../apps/cli/src/program.js';
import { runCli, type CliOutput } from '../support/run-cli.js';

const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-cli-'));
const PLAN = planIdFor('north', '2027-Q1');
const saved = { ...process.env };

const last: CliOutput = { stdout: '', stderr: '' };

/** Runs the CLI in this process; resolves what it wrote to stdout (stderr is in `last`). */
async function run(...args: string[]): Promise<string> {
  return (await runCli(args, { into: last })).stdout;
}

beforeAll(async () => {
  process.env = { ...saved, DATA_DIR: dataDir };
  delete process.env.AUTH_JWT_SECRET;
  const events = new SqliteEventStore({ filename: join(dataDir, 'events.sqlite') });
  await events.append('plan-x', [{ type: 'Unrelated', data: {} }, { type: 'Unrelated', data: {} }]);
  await events.append(`plan-${PLAN}`, [
    { type: 'PlanOpened', data: { planId: PLAN, team: 'north', period: '2027-Q1', currency: 'CNY', companyTargets: [], problems: ['Flat sales'], openedBy: 'sue' }, metadata: { occurredAt: '2027-01-05T09:00:00.000Z' } },
  ]);
  const runtime = new Runtime(events, new SqliteReadStore({ filename: join(dataDir, 'read.sqlite') }));
  await runtime.projections.catchUp();
  await runtime.close();
});
afterAll(() => {
  process.env = saved;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the CLI', () => {
  it('mints a token the API accepts, signed with the development secret of DATA_DIR', async () => {
    const token = (await run('token', '--sub', 'sue', '--role', 'supervisor,manager', '--team', 'north', '--team', 'south')).trim();
    const actor = await new TokenService(resolveJwtSecret({ dataDir }).secret).verify(token);
    expect(actor).toEqual({ id: 'sue', name: 'sue', roles: ['supervisor', 'manager'], teams: ['north', 'south'] });
  });

  it('refuses an unknown role', async () => {
    await expect(run('token', '--sub', 'x', '--role', 'emperor')).rejects.toThrow(/unknown role "emperor"/);
  });

  it('rebuilds a projection into a fresh collection and switches to it, saying so on stderr (or as JSON on stdout)', async () => {
    expect(await run('rebuild', 'decision-log', '--no-progress')).toBe('');
    expect(last.stderr).toMatch(/rebuilt decision-log in .* s; now serving decisions_v2_r\d+/);
    expect(JSON.parse(await run('rebuild', 'decision-log', '--no-progress', '--json'))).toEqual({ projection: 'decision-log', collection: expect.stringMatching(/^decisions_v2(_r\d+)?$/), seconds: expect.any(Number), rebuiltBy: 'here' });
  });

  it('fails on an unknown projection, naming the known ones', async () => {
    await expect(run('rebuild', 'nope')).rejects.toThrow(/unknown projection "nope" \(known: tracking-sheet, .*decision-log/);
  });

  it('lists projections with checkpoint and lag as a plain table (no index column), or as JSON', async () => {
    const rows = JSON.parse(await run('projections', '--json')) as { name: string; checkpoint: number; lag: number }[];
    expect(rows.find((r) => r.name === 'tracking-sheet')).toMatchObject({ checkpoint: 3, lag: 0 });
    const [header, rule, ...lines] = (await run('projections')).trimEnd().split('\n');
    expect(header!.split(/\s+/)).toEqual(['name', 'version', 'collection', 'checkpoint', 'lag', 'parked', 'rebuilding']);
    expect(rule).toMatch(/^-+( +-+){6}$/);
    expect(lines.find((l) => l.startsWith('tracking-sheet '))!.split(/\s+/)).toEqual(['tracking-sheet', '2', 'tracking_sheets_v2', '3', '0', '0', 'no']);
    expect(header).not.toContain('(index)');
  });

  it('prints its version and examples in its help', async () => {
    await expect(run('--version')).rejects.toMatchObject({ code: 'commander.version' });
    const help: string[] = [];
    const program = buildProgram().exitOverride().configureOutput({ writeOut: (text) => void help.push(text) });
    await expect(program.parseAsync(['node', 'salesflow', '--help'])).rejects.toMatchObject({ code: 'commander.helpDisplayed' });
    expect(help.join('')).toMatch(/Examples:\n {2}\$ salesflow token --sub sue/);
  });

  it.each([
    [['as-of', 'plan', PLAN, '--at', 'yesterday'], /option '--at <timestamp>' argument 'yesterday' is invalid\. --at: at must be (an ISO 8601 timestamp with its offset|a real date and time)/],
    [['as-of', 'plan', PLAN, '--at', '2027-02-30T00:00:00Z'], /--at: at must be a real date and time/],
    [['as-of', 'plan', PLAN, '--at', '0000-01-01T00:00:00Z'], /--at: at must be a real date and time/],
    [['as-of', 'plan', PLAN, '--revision', '-1'], /--revision: revision must be a non-negative integer/],
    [['token', '--sub', 'sue', '--role', 'manager', '--ttl', 'forever'], /option '--ttl <duration>' argument 'forever' is invalid\. --ttl must be a positive duration/],
    [['token', '--sub', 'sue', '--role', 'manager', '--ttl', '7d'], /option '--ttl <duration>' argument '7d' is invalid\. --ttl must be at most AUTH_MAX_TOKEN_TTL \(86400 s\)/],
    [['token', '--sub', 'sue smith', '--role', 'manager'], /--sub: sub must be a user id/],
    [['export', 'decisions', '--from', 'garbage', '--to', '2027-02-01'], /^--from: from must be an ISO 8601 date or timestamp$/],
    [['export', 'rollovers', '--from', '2027-Q1', '--to', 'Q9'], /^--to: toPeriod must look like 2027, 2027-Q1 or 2027-03$/],
  ])('refuses %j like the API refuses it, naming the flag', async (args, message) => {
    await expect(run(...(args as string[]))).rejects.toThrow(message);
  });

  it('shows a plan as of a revision or a moment, and refuses a moment before the plan existed', async () => {
    const byRevision = JSON.parse(await run('as-of', 'plan', PLAN, '--revision', '0'));
    expect(byRevision).toMatchObject({ planId: PLAN, revision: 0, state: { status: 'draft', team: 'north', problems: ['Flat sales'] } });
    const byMoment = JSON.parse(await run('as-of', 'plan', PLAN, '--at', '2027-02-01T00:00:00Z'));
    expect(byMoment.state.status).toBe('draft');
    await expect(run('as-of', 'plan', PLAN, '--at', '2026-12-31T00:00:00Z')).rejects.toMatchObject({ code: 'AUDIT.BEFORE_STREAM_EXISTED' });
    await expect(run('as-of', 'plan', PLAN)).rejects.toThrow(/exactly one of --at/);
  });

  it('streams an export to stdout and refuses a range over the limit', async () => {
    const csv = await run('export', 'decisions', '--from', '2027-01-01T00:00:00Z', '--to', '2027-03-31T00:00:00Z');
    expect(csv.split('\n')[0]).toMatch(/^\uFEFFoccurredAt,eventType,decision,/);
    await expect(run('export', 'decisions', '--from', '2020-01-01T00:00:00Z', '--to', '2027-01-01T00:00:00Z')).rejects.toMatchObject({ code: 'EXPORT.RANGE_TOO_LARGE' });
  });
});
