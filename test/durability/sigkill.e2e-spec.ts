import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const CHILD = join(root, 'test', 'durability', 'append-until-killed.mjs');
const COMPILED_STORE = join(root, 'dist', 'libs', 'event-store', 'src', 'index.js');

interface Ack {
  stream: string;
  revision: number;
  position: number;
  count: number;
}

/** Runs the appending child until it has acknowledged `acks` appends, then SIGKILLs it mid-run. */
async function appendThenKill(filename: string, runId: string, acks: number): Promise<Ack[]> {
  const child = spawn(process.execPath, [CHILD, filename, runId], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
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

  beforeAll(() => {
    const build = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript7', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], {
      cwd: root,
      encoding: 'utf8',
    });
    if (!existsSync(COMPILED_STORE)) throw new Error(`building dist/ for the child process failed:\n${build.stdout}${build.stderr}`);
  }, 120_000);

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
