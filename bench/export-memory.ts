/**
 * Export memory: streams N decision documents out of a SQLite read store as CSV, the way the API
 * does (Readable.from over the export generator, piped to a consumer that drains like a socket), and
 * samples the heap while it runs: the live heap (after a forced GC every 10 chunks, with
 * --expose-gc) and the raw peak (garbage included). Live growth over the baseline stays flat as N grows.
 *
 *   npm run build && node --expose-gc dist/bench/export-memory.js [N ...]   (default 5000 50000 200000)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SqliteReadStore } from '#app/read-store';
import { decisionLogProjection, type DecisionDocument } from '#app/sales-planning';
import { decisionExport } from '#app/audit';

const COLLECTION = 'decisions_v1';
const MB = 1024 * 1024;

function decision(i: number): DecisionDocument {
  return {
    id: `event-${String(i).padStart(8, '0')}`,
    eventType: i % 2 ? 'PlanApproved' : 'PlanRejected',
    decision: i % 2 ? 'approval' : 'rejection',
    subject: 'plan',
    actorId: 'mgr-1',
    actorName: 'Max Manager',
    actorRole: 'manager',
    occurredAt: new Date(Date.UTC(2027, 0, 1) + i * 1000).toISOString(),
    reason: i % 2 ? null : 'The targets do not add up to the company target for the north region',
    comment: i % 2 ? 'Agreed after the second review' : null,
    planId: `plan-${i % 500}`,
    team: `team-${i % 7}`,
    period: '2027-Q1',
    version: 1,
    streamName: `plan-${i % 500}`,
    revision: i,
    position: i + 1,
    commandId: `cmd-${i}`,
    correlationId: `corr-${i}`,
  };
}

const gc = (globalThis as { gc?: () => void }).gc;

async function measure(n: number): Promise<{ n: number; bytes: number; chunks: number; baselineMb: number; liveGrowthMb: number | null; peakGrowthMb: number; seconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'salesflow-export-bench-'));
  const store = new SqliteReadStore({ filename: join(dir, 'read.sqlite') });
  try {
    await store.ensureCollection(COLLECTION, { shapes: decisionLogProjection.queries });
    for (let from = 0; from < n; from += 10_000) {
      await store.transaction((tx) => {
        for (let i = from; i < Math.min(n, from + 10_000); i++) tx.upsert(COLLECTION, decision(i));
      });
    }
    gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let live = baseline;
    let bytes = 0;
    let chunks = 0;
    const started = performance.now();
    const sink = new Writable({
      highWaterMark: 64 * 1024,
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        chunks++;
        peak = Math.max(peak, process.memoryUsage().heapUsed);
        if (gc && chunks % 10 === 0) {
          gc();
          live = Math.max(live, process.memoryUsage().heapUsed);
        }
        setImmediate(done);
      },
    });
    const request = { from: '2027-01-01T00:00:00.000Z', to: '2027-12-31T23:59:59.999Z', format: 'csv' as const };
    await pipeline(Readable.from(decisionExport(store, COLLECTION, request)), sink);
    return { n, bytes, chunks, baselineMb: baseline / MB, liveGrowthMb: gc ? (live - baseline) / MB : null, peakGrowthMb: (peak - baseline) / MB, seconds: (performance.now() - started) / 1000 };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
if (!gc) process.stderr.write('note: run with --expose-gc for a steadier baseline\n');
const rows = [];
for (const n of sizes.length > 0 ? sizes : [5_000, 50_000, 200_000]) rows.push(await measure(n));
console.table(
  rows.map((r) => ({
    decisions: r.n,
    'CSV MB': (r.bytes / MB).toFixed(1),
    chunks: r.chunks,
    'heap baseline MB': r.baselineMb.toFixed(1),
    'live heap growth MB': r.liveGrowthMb === null ? 'n/a' : r.liveGrowthMb.toFixed(1),
    'peak heap growth MB (with garbage)': r.peakGrowthMb.toFixed(1),
    seconds: r.seconds.toFixed(1),
  })),
);
