import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteEventStore, auditedEventStore, verifyAuditTrail } from '#app/event-store';
import { Runtime } from '#app/platform';
import { SqliteReadStore } from '#app/read-store';
import { seedPlanLog } from '../../bench/workloads/plan-log.js';
import { describeLag, probeEventLoop } from '../support/loop-probe.js';

const EVENTS = 100_000;
const dir = mkdtempSync(join(tmpdir(), 'salesflow-responsive-'));
const filename = join(dir, 'events.sqlite');
const quiet = { log: () => undefined, warn: () => undefined, error: (m: string) => process.stderr.write(`${m}\n`) };

beforeAll(async () => {
  const store = auditedEventStore(new SqliteEventStore({ filename }));
  await seedPlanLog(store, EVENTS, 100);
  await store.close();
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`a ${EVENTS.toLocaleString('en')}-event log`, () => {
  it('is caught up by every projection and process from an empty read store while the event loop keeps turning (busy p99 under 50 ms), readiness reporting the progress', async () => {
    const runtime = new Runtime(auditedEventStore(new SqliteEventStore({ filename })), new SqliteReadStore({ filename: join(dir, 'read.sqlite') }), quiet, {
      runner: { pollIntervalMs: 50 },
    });
    const progress: number[] = [];
    const probe = probeEventLoop();
    const started = performance.now();
    await runtime.start();
    for (;;) {
      const catchUp = await runtime.projections.catchUpProgress(0);
      progress.push(catchUp.progress);
      if (catchUp.caughtUp) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const lag = probe.stop();
    process.stdout.write(describeLag(`catch-up of ${EVENTS} events`, lag, (performance.now() - started) / 1000));
    await runtime.close();

    expect(lag.busyP99Ms).toBeLessThan(50);
    expect(progress[0]).toBeLessThan(0.5);
    expect(progress.some((p) => p > 0 && p < 1)).toBe(true);
    expect(progress.at(-1)).toBe(1);
  }, 300_000);

  it('is verified while the event loop keeps turning (busy p99 under 50 ms)', async () => {
    const store = auditedEventStore(new SqliteEventStore({ filename }));
    const positions: number[] = [];
    const probe = probeEventLoop();
    const started = performance.now();
    const report = await verifyAuditTrail(store, { onProgress: (position) => positions.push(position) });
    const lag = probe.stop();
    process.stdout.write(describeLag(`verify of ${EVENTS} events`, lag, (performance.now() - started) / 1000));
    await store.close();

    expect(report).toMatchObject({ ok: true, brokenStreamCount: 0, log: { gapCount: 0 } });
    expect(report.events).toBeGreaterThanOrEqual(EVENTS);
    expect(lag.busyP99Ms).toBeLessThan(50);
    expect(positions.length).toBeGreaterThan(100);
  }, 120_000);
});
