import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { SqliteEventStore, rawEventStore } from '#app/event-store';
import { createEventStore, loadConfig } from '#app/platform';
import { describeUnless } from '#testing/eventsourcing';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const KILLED_CHILD = join(root, 'test', 'durability', 'append-until-killed.mjs');
const SEQUENTIAL_CHILD = join(root, 'test', 'durability', 'append-sequentially.mjs');
const COMPILED_PLATFORM = join(root, 'dist', 'libs', 'platform', 'src', 'index.js');

/** The children run the compiled project (dist/), built once for this file. */
function buildDist() {
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript7', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0 || !existsSync(COMPILED_PLATFORM)) throw new Error(`building dist/ for the child processes failed:\n${build.stdout}${build.stderr}`);
}

/** Why fsync calls cannot be counted here, or null when strace can trace a child process. */
function straceUnavailable(): string | null {
  const probe = spawnSync('strace', ['-f', '-qq', '-e', 'trace=fsync,fdatasync', '-o', '/dev/null', process.execPath, '-e', ''], { encoding: 'utf8' });
  if (probe.error) return `strace cannot be run (${(probe.error as NodeJS.ErrnoException).code ?? probe.error.message}); install Debian's strace package`;
  if (probe.status !== 0) return `strace cannot trace a child process here (is ptrace permitted?): ${probe.stderr.trim().split('\n').at(-1)}`;
  return null;
}

beforeAll(buildDist, 120_000);

interface Ack {
  stream: string;
  revision: number;
  position: number;
  count: number;
}

/** Runs the appending child until it has acknowledged `acks` appends, then SIGKILLs it mid-run. */
async function appendThenKill(filename: string, runId: string, acks: number): Promise<Ack[]> {
  const child = spawn(process.execPath, [KILLED_CHILD, filename, runId], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  const seen: Ack[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    seen.push(JSON.parse(line) as Ack);
    if (seen.length === acks) child.kill('SIGKILL');
  }
  const ended = await exited;
  if (ended !== 'SIGKILL') throw new Error(`the child ended with ${ended} before it was killed: ${stderr}`);
  return seen;
}

interface Row {
  position: number;
  stream_name: string;
  revision: number;
  data: string;
}

describe('SqliteEventStore durability under SIGKILL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'salesflow-durability-'));
  const filename = join(dir, 'events.sqlite');

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged append, no half-written append and no gap in the log, across two kills', async () => {
    const acknowledged = [...(await appendThenKill(filename, 'first', 1000)), ...(await appendThenKill(filename, 'second', 1000))];
    expect(acknowledged.length).toBeGreaterThanOrEqual(2000);

    const db = new Database(filename, { readonly: true });
    const rows = db.prepare('SELECT position, stream_name, revision, data FROM events ORDER BY position').all() as Row[];
    const at = db.prepare('SELECT position FROM events WHERE stream_name = ? AND revision = ?').pluck();
    const missing = acknowledged.filter((a) => at.get(a.stream, a.revision) !== a.position);
    db.close();
    expect(missing).toEqual([]);

    expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i + 1));

    const appends = new Map<string, { of: number; positions: number[] }>();
    for (const row of rows) {
      const data = JSON.parse(row.data) as { appendId: string; of: number };
      const append = appends.get(data.appendId) ?? { of: data.of, positions: [] };
      append.positions.push(row.position);
      appends.set(data.appendId, append);
    }
    const partial = [...appends].filter(([, a]) => a.positions.length !== a.of || a.positions.at(-1)! - a.positions[0]! !== a.of - 1);
    expect(partial).toEqual([]);

    const streams = new Map<string, number[]>();
    for (const row of rows) streams.set(row.stream_name, [...(streams.get(row.stream_name) ?? []), row.revision]);
    const gapped = [...streams].filter(([, revisions]) => revisions.some((r, i) => r !== i));
    expect(gapped).toEqual([]);
  }, 120_000);
});

describe('the event store as production composes it (createEventStore)', () => {
  it('reads back WAL and synchronous=FULL from its connection', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-durability-'));
    const store = createEventStore(loadConfig({ DATA_DIR: dataDir }));
    try {
      const adapter = rawEventStore(store);
      expect(adapter).toBeInstanceOf(SqliteEventStore);
      expect((adapter as SqliteEventStore).connectionSettings()).toMatchObject({ journalMode: 'wal', synchronous: 2 });
    } finally {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describeUnless(straceUnavailable())('fsync per acknowledged commit (strace)', () => {
  const APPENDS = 40;
  const dir = mkdtempSync(join(tmpdir(), 'salesflow-fsync-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('syncs the event file at least once for every acknowledged commit group of sequential appends', () => {
    const trace = join(dir, 'strace.txt');
    const run = spawnSync(
      'strace',
      ['-f', '-qq', '-y', '-e', 'trace=fsync,fdatasync', '-o', trace, process.execPath, SEQUENTIAL_CHILD, join(dir, 'data'), String(APPENDS)],
      { cwd: root, encoding: 'utf8' },
    );
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ status: 0, stderr: '' });
    const reported = JSON.parse(run.stdout) as { acknowledged: number };
    expect(reported.acknowledged).toBe(APPENDS);

    const lines = readFileSync(trace, 'utf8').split('\n');
    const begin = lines.findIndex((l) => l.includes('appends-begin.marker'));
    const end = lines.findIndex((l) => l.includes('appends-end.marker'));
    expect(begin).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(begin);
    const syncs = lines.slice(begin + 1, end).filter((l) => /^\d+\s+f(data)?sync\(\d+<[^>]*events\.sqlite[^>]*>\)\s+=\s+0/.test(l));
    expect(syncs.length).toBeGreaterThanOrEqual(APPENDS);
  }, 60_000);
});
