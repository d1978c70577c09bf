import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteReadStore } from '#app/read-store';
import { ALL_PROJECTIONS, StartupError, loadConfig } from '#app/platform';
import { runProjector } from './projector.js';

const logger = () => ({ log: jest.fn<(m: string) => void>(), warn: jest.fn<(m: string) => void>(), error: jest.fn<(m: string) => void>() });

const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('projector', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'salesflow-projector-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs every projection and process under its lease until SIGTERM, then releases the leases and closes the stores', async () => {
    const signals = new EventEmitter();
    const log = logger();
    const projector = await runProjector(loadConfig({ DATA_DIR: dir }), log, { signals });
    const holder = projector.runtime.holder;
    const reads = new SqliteReadStore({ filename: join(dir, 'read.sqlite') });
    const leaseNames = [...ALL_PROJECTIONS.map((p) => `projection:${p.name}`), ...projector.runtime.processes.map((p) => `process:${p.name}`)];
    for (let attempt = 0; ; attempt++) {
      const holders = await Promise.all(leaseNames.map(async (name) => (await reads.getLease(name))?.holder));
      if (holders.every((h) => h === holder)) break;
      expect(attempt).toBeLessThan(5_000);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }

    signals.emit('SIGTERM');
    await projector.stopped;

    for (const name of leaseNames) expect(await reads.getLease(name)).toBeNull();
    await expect(projector.runtime.readStore.getCheckpoint('x')).rejects.toMatchObject({ code: 'READ_STORE.CLOSED' });
    expect(log.log).toHaveBeenCalledWith('Projector stopped');
    await reads.close();
  });

  it('exits at once on a second signal during shutdown', async () => {
    const signals = new EventEmitter();
    const exit = jest.fn<(code: number) => void>();
    const projector = await runProjector(loadConfig({ DATA_DIR: dir }), logger(), { signals, exit });
    signals.emit('SIGINT');
    signals.emit('SIGINT');
    expect(exit).toHaveBeenCalledWith(1);
    await projector.stopped;
  });

  it('gives up with a StartupError when EventStoreDB does not answer within STARTUP_TIMEOUT_MS', async () => {
    const config = loadConfig({
      DATA_DIR: dir,
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: `esdb://127.0.0.1:${await closedPort()}?tls=false`,
      AUTH_JWT_SECRET: 'a-test-secret-of-at-least-32-characters',
      PII_MASTER_KEY: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
      STARTUP_TIMEOUT_MS: '300',
    });
    const error = await runProjector(config, logger(), { signals: new EventEmitter() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/^EventStoreDB \(esdb:\/\/127\.0\.0\.1:\d+\?tls=false\) did not answer within 0\.3 s/);
  });
});
