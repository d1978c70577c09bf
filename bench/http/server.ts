import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeHeapSnapshot } from 'node:v8';
import { loadConfig } from '#app/platform';
import { ProjectionRunner } from '#app/read-store';
import { createApp } from '../../apps/api/src/app.factory.js';
import { CeilingModule } from './ceiling.module.js';

/**
 * The API as `npm start` runs it (default embedded store, durable commits), on 127.0.0.1 and a
 * free port, with one more route, `POST /api/bench/ceiling/:planId` (the same guard and validation as
 * RecordActual, no command: the framework's ceiling), driven by the benchmark over IPC: it reports `{ port }`, then obeys
 * `profile-start`, `profile-stop <file>`, `cpu` (answers its CPU time so far), `settle` (answers once
 * the projections it runs, if any, have caught up with the log), `memory` (after a full GC when started
 * with --expose-gc), `heap-snapshot <file>` and `stop`.
 */
async function main() {
  const config = loadConfig({ ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'error' });
  const app = await createApp(config, { logger: ['error'], modules: [CeilingModule] });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  let session: Session | null = null;
  process.on('message', async (message: { type: string; file?: string }) => {
    if (message.type === 'profile-start') {
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
      process.send!({ type: 'profiling' });
    } else if (message.type === 'profile-stop' && session) {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      session = null;
      writeFileSync(message.file!, JSON.stringify(profile));
      process.send!({ type: 'profiled' });
    } else if (message.type === 'memory') {
      (globalThis as { gc?: () => void }).gc?.();
      const { rss, heapUsed } = process.memoryUsage();
      const cpu = process.cpuUsage();
      process.send!({ type: 'memory', rss, heapUsed, cpuMicros: cpu.user + cpu.system });
    } else if (message.type === 'heap-snapshot') {
      writeHeapSnapshot(message.file!);
      process.send!({ type: 'heap-snapshot', file: message.file });
    } else if (message.type === 'cpu') {
      process.send!({ type: 'cpu', usage: process.cpuUsage() });
    } else if (message.type === 'settle') {
      const started = Date.now();
      while (config.runProjections && (await app.get(ProjectionRunner, { strict: false }).status()).some((p) => p.lag > 0)) {
        if (Date.now() - started > 120_000) throw new Error('the projections did not catch up within 2 minutes');
        await sleep(20);
      }
      process.send!({ type: 'settled', ms: Date.now() - started });
    } else if (message.type === 'stop') {
      await app.close();
      process.exit(0);
    }
  });
  process.on('disconnect', () => process.exit(0));
  process.send!({ type: 'listening', port });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
