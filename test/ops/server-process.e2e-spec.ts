import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_PROJECTIONS, TokenService, allProcesses, createEventStore, loadConfig } from '#app/platform';
import { TEST_SECRET } from '../support/api-harness.js';
import { ensureBuilt, kill, runToExit, spawnServer, until, type ServerProcess } from '../support/server-process.js';

const tokens = new TokenService(new TextEncoder().encode(TEST_SECRET));
let dataDir: string;
const running: ServerProcess[] = [];

async function start(command: string, args: string[], env: Record<string, string> = {}) {
  const server = await spawnServer(command, args, { DATA_DIR: dataDir, AUTH_JWT_SECRET: TEST_SECRET, PORT: '0', ...env });
  running.push(server);
  return server;
}

/**
 * Every projection and event-driven process the runtime follows the log for, each under its own
 * lease: the processes of the event store the API composes (personal data encrypted, so its
 * erasure process too), counted, never run.
 */
let FOLLOWERS: number;

/** Once every projection and process has said where it runs: how many run here, and how many stand by. */
async function leaseLines(server: ServerProcess) {
  const said = () => server.logs().map((l) => String(l.msg)).filter((m) => / running in this process|standing by/.test(m));
  await until(() => said().length >= FOLLOWERS, 'every projection and process to take its lease or stand by');
  return { applying: said().filter((m) => !m.includes('standing by')).length, standingBy: said().filter((m) => m.includes('standing by')).length };
}

beforeAll(async () => {
  ensureBuilt();
  const folder = mkdtempSync(join(tmpdir(), 'salesflow-followers-'));
  const store = createEventStore(loadConfig({ DATA_DIR: folder, PII_MASTER_KEY: 'a'.repeat(64) }));
  try {
    FOLLOWERS = ALL_PROJECTIONS.length + allProcesses(store, () => new Date()).length;
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}, 300_000);
afterEach(async () => {
  await Promise.all(running.splice(0).map(kill));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the API as a real process', () => {
  it('starts through `npm start` without rebuilding, and on SIGTERM to npm drains, closes live streams, releases every lease and exits 0', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'salesflow-process-'));
    const first = await start('npm', ['start', '--silent'], { METRICS_PORT: '0' });
    expect(first.output.join('\n')).not.toContain('building');
    expect(await leaseLines(first)).toEqual({ applying: FOLLOWERS, standingBy: 0 });

    const metrics = await (await fetch(first.metricsUrl!)).text();
    expect(metrics).toMatch(/^salesflow_projection_lag_events\{projection="tracking-sheet"\} 0$/m);
    expect(metrics).toMatch(/^process_resident_memory_bytes \d+/m);

    const bearer = await tokens.sign({ sub: 'max', name: 'Max', roles: ['manager'], teams: ['north'] }, '1h');
    const ticket = (await (await fetch(`${first.url}/events/tickets`, { method: 'POST', headers: { authorization: `Bearer ${bearer}` } })).json()) as { ticket: string };
    const stream = await fetch(`${first.url}/events/stream?ticket=${ticket.ticket}&projections=plans-list`);
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    await reader.read();

    first.child.kill('SIGTERM');
    const streamEnded = (async () => {
      for (;;) if ((await reader.read()).done) return true;
    })();
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(await streamEnded).toBe(true);
    const messages = first.logs().map((l) => String(l.msg));
    expect(messages).toContainEqual(expect.stringMatching(/^SIGTERM: shutting down; refusing new requests, draining \d+ in flight/));
    expect(messages).toContainEqual(expect.stringMatching(/^Stopped in \d+ ms$/));

    const second = await start('npm', ['run', '--silent', 'start:prod']);
    expect(await leaseLines(second)).toEqual({ applying: FOLLOWERS, standingBy: 0 });
    // The leases are taken before the signal handlers are installed, right after this line.
    await until(() => second.logs().some((l) => String(l.msg).startsWith('API listening')), 'the API to say it listens');
    second.child.kill('SIGINT');
    expect((await second.exited).code).toBe(0);
  }, 120_000);

  it('with its port taken, says so in one line, exits 4 and leaves no lease behind', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'salesflow-process-'));
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const failed = await runToExit('node', ['dist/apps/api/src/main.js'], { DATA_DIR: dataDir, AUTH_JWT_SECRET: TEST_SECRET, PORT: String(port) });
      expect(failed.code).toBe(4);
      expect(failed.output.filter((line) => line !== '' && !line.startsWith('{"level"'))).toEqual([`salesflow: API port ${port} on 127.0.0.1 is already in use; stop the other process or set PORT`]);
      expect(failed.logs.filter((l) => l.level === 'fatal' || l.level === 'error')).toEqual([]);
      expect(failed.output.join('\n')).not.toMatch(/\n\s+at /);
      expect(failed.logs.map((l) => String(l.msg)).filter((m) => /running in this process/.test(m))).toEqual([]);
    } finally {
      blocker.close();
    }
    const next = await start('node', ['dist/apps/api/src/main.js']);
    expect(await leaseLines(next)).toEqual({ applying: FOLLOWERS, standingBy: 0 });
  }, 120_000);

  it('refuses a bad configuration with one sentence and exit code 2', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'salesflow-process-'));
    const failed = await runToExit('node', ['dist/apps/api/src/main.js'], { DATA_DIR: dataDir, LOG_FORMAT: 'xml' });
    expect(failed.code).toBe(2);
    expect(failed.output.filter(Boolean)).toEqual(['salesflow: configuration error: LOG_FORMAT must be one of auto, json, pretty (got "xml")']);
  }, 60_000);

  it('the built CLI runs as `npx salesflow` without building, data on stdout and notes on stderr', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'salesflow-process-'));
    const version = await runToExit('npx', ['--no-install', 'salesflow', '--version'], { DATA_DIR: dataDir });
    expect({ code: version.code, output: version.output.filter(Boolean) }).toEqual({ code: 0, output: ['0.1.0'] });
    const token = await runToExit('npm', ['run', '--silent', 'token', '--', '--sub', 'aud-1', '--role', 'auditor'], { DATA_DIR: dataDir });
    expect(token.code).toBe(0);
    expect(token.stdout.filter(Boolean)).toEqual([expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/)]);
    expect(token.output).toContain(`note: signing with the development secret in ${dataDir}`);
  }, 60_000);
});
