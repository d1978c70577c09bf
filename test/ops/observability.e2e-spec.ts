import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EventStoreDbEventStore, SqliteEventStore, type EventStore } from '#app/event-store';
import { TokenService, loadConfig, portOf, serveMetrics } from '#app/platform';
import { SqliteReadStore } from '#app/read-store';
import { InMemoryEventStoreDbClient } from '#testing/event-store';
import { UnreachableReadStore } from '#testing/read-store';
import { appServices, createApp } from '../../apps/api/src/app.factory.js';
import { TEST_SECRET, type User } from '../support/api-harness.js';
import { auditor, openPlanBody, sup } from '../support/plan-requests.js';

interface Running {
  app: NestFastifyApplication;
  store: EventStore;
  lines: string[];
  request(method: 'GET' | 'POST', url: string, options?: { as?: User; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; headers: Record<string, unknown>; body: any }>;
  close(): Promise<void>;
}

const tokens = new TokenService(new TextEncoder().encode(TEST_SECRET));

async function start(
  env: Record<string, string> = {},
  wrapReadStore: (store: SqliteReadStore) => SqliteReadStore | UnreachableReadStore = (s) => s,
  eventStore?: EventStore,
): Promise<Running> {
  const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-ops-'));
  const config = loadConfig({ DATA_DIR: dataDir, AUTH_JWT_SECRET: TEST_SECRET, LOG_FORMAT: 'json', ...env });
  const store = eventStore ?? new SqliteEventStore({ filename: join(dataDir, 'events.sqlite'), pollIntervalMs: 20 });
  const lines: string[] = [];
  const app = await createApp(config, { eventStore: store, readStore: wrapReadStore(new SqliteReadStore({ filename: join(dataDir, 'read.sqlite') })), logDestination: { write: (line: string) => void lines.push(line) } });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    store,
    lines,
    async request(method, url, options = {}) {
      const headers: Record<string, string> = { ...(options.headers ?? {}) };
      if (options.as) headers.authorization = `Bearer ${await tokens.sign({ sub: options.as.sub, name: options.as.name ?? options.as.sub, roles: options.as.roles, teams: options.as.teams }, '1h')}`;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const res = await app.inject({ method, url, headers, ...(options.body !== undefined ? { payload: JSON.stringify(options.body) } : {}) });
      return { status: res.statusCode, headers: res.headers, body: res.body ? JSON.parse(res.body) : undefined };
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const parsed = (lines: string[]) => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('logs', () => {
  let api: Running;
  beforeAll(async () => {
    api = await start();
  });
  afterAll(() => api.close());

  it('writes one JSON access line per request: method, route pattern, status, duration, user id and the correlation id it echoes', async () => {
    const res = await api.request('POST', '/api/plans', { as: sup, body: openPlanBody(), headers: { 'x-correlation-id': 'campaign-9' } });
    expect(res.status).toBe(201);
    expect(res.headers['x-correlation-id']).toBe('campaign-9');
    const [event] = await api.store.readStream(`plan-${res.body.planId}`);
    expect(event!.metadata.correlationId).toBe('campaign-9');
    await api.request('GET', `/api/plans/${res.body.planId}`, { as: sup });

    const access = parsed(api.lines).filter((l) => l.context === 'Access');
    expect(access).toEqual([
      expect.objectContaining({ level: 'info', method: 'POST', route: '/api/plans', status: 201, durationMs: expect.any(Number), userId: 'sup-1', correlationId: 'campaign-9' }),
      expect.objectContaining({ level: 'info', method: 'GET', route: '/api/plans/:planId', status: 200, userId: 'sup-1', correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) }),
    ]);
    expect(access[1]!.correlationId).not.toBe('campaign-9');
  });

  it('generates a correlation id when none (or an invalid one) is sent, echoes it and stores it on the events', async () => {
    const res = await api.request('POST', '/api/plans', { as: sup, body: openPlanBody({ period: '2027-Q2' }) });
    const echoed = res.headers['x-correlation-id'] as string;
    expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
    const [event] = await api.store.readStream(`plan-${res.body.planId}`);
    expect(event!.metadata.correlationId).toBe(echoed);
    const invalid = await api.request('GET', '/api/health', { headers: { 'x-correlation-id': 'not valid!' } });
    expect(invalid.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes only JSON lines with ISO times and no colour codes, and no line per mapped route', () => {
    const lines = parsed(api.lines);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => typeof l.time === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(l.time))).toBe(true);
    expect(api.lines.some((l) => l.includes('\u001b['))).toBe(false);
    expect(lines.filter((l) => String(l.msg).startsWith('Mapped {'))).toEqual([]);
    expect(appServices(api.app).nestLogger.mappedRoutes).toBeGreaterThan(60);
  });
});

describe('health', () => {
  it('answers liveness, readiness and the detail view while everything is up', async () => {
    const api = await start();
    try {
      expect(await api.request('GET', '/api/health/live')).toMatchObject({ status: 200, body: { status: 'ok', info: { process: { status: 'up', pid: process.pid } } } });
      const ready = await api.request('GET', '/api/health/ready');
      expect(ready).toMatchObject({ status: 200, body: { status: 'ok', info: { eventStore: { status: 'up' }, readStore: { status: 'up' }, projections: { status: 'up', maxLag: 1000 }, server: { status: 'up' } } } });
      expect(await api.request('GET', '/api/health')).toMatchObject({ status: 200, body: { status: 'ok', eventStore: { headPosition: 0 }, projections: expect.arrayContaining([expect.objectContaining({ name: 'tracking-sheet', lag: 0 })]) } });
    } finally {
      await api.close();
    }
  });

  it('is not ready (503 HEALTH.NOT_READY, with each check) while a projection lags beyond HEALTH_MAX_PROJECTION_LAG', async () => {
    const api = await start({ RUN_PROJECTIONS: 'false', HEALTH_MAX_PROJECTION_LAG: '1' });
    try {
      await api.store.append('plan-x', [{ type: 'Unrelated', data: {} }, { type: 'Unrelated', data: {} }]);
      const ready = await api.request('GET', '/api/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.headers['retry-after']).toBe('1');
      expect(ready.body).toMatchObject({ code: 'HEALTH.NOT_READY', status: 503, details: { checks: { projections: { status: 'down', maxLag: 1, worstLag: 2 }, eventStore: { status: 'up' } } } });
      expect(ready.body.details.checks.projections.behind).toContainEqual({ name: 'tracking-sheet', lag: 2 });
      expect((await api.request('GET', '/api/health/live')).status).toBe(200);
    } finally {
      await api.close();
    }
  });

  it('counts lag in events on EventStoreDB, whose positions are bytes of its log: readiness, /api/projections and the lag metric', async () => {
    const unready = await start({ RUN_PROJECTIONS: 'false', HEALTH_MAX_PROJECTION_LAG: '2' }, undefined, new EventStoreDbEventStore(new InMemoryEventStoreDbClient()));
    const ready = await start({ RUN_PROJECTIONS: 'false', HEALTH_MAX_PROJECTION_LAG: '3' }, undefined, new EventStoreDbEventStore(new InMemoryEventStoreDbClient()));
    const metrics = await serveMetrics(appServices(ready.app).metrics, 0, '127.0.0.1');
    try {
      for (const api of [unready, ready]) await api.store.append('plan-x', [{ type: 'Unrelated', data: {} }, { type: 'Unrelated', data: {} }, { type: 'Unrelated', data: {} }]);
      expect(await ready.store.headPosition()).toBe(300);

      const refused = await unready.request('GET', '/api/health/ready');
      expect(refused.body).toMatchObject({ code: 'HEALTH.NOT_READY', details: { checks: { projections: { status: 'down', maxLag: 2, worstLag: 3 } } } });
      expect(refused.body.details.checks.projections.behind).toContainEqual({ name: 'tracking-sheet', lag: 3 });
      expect(await ready.request('GET', '/api/health/ready')).toMatchObject({ status: 200, body: { info: { projections: { status: 'up', maxLag: 3, worstLag: 3 } } } });

      const status = await ready.request('GET', '/api/projections', { as: auditor });
      expect(status.body).toContainEqual(expect.objectContaining({ name: 'tracking-sheet', checkpoint: 0, headPosition: 300, lag: 3, lagAtLeast: false }));
      expect(status.body).toContainEqual(expect.objectContaining({ name: 'carry-over', kind: 'process', lag: 3, lagAtLeast: false }));
      const text = await (await fetch(`http://127.0.0.1:${portOf(metrics)}/metrics`)).text();
      expect(text).toMatch(/^salesflow_projection_lag_events\{projection="tracking-sheet"\} 3$/m);
    } finally {
      metrics.close();
      await unready.close();
      await ready.close();
    }
  });

  it('is not ready while the read store does not answer', async () => {
    let unreachable: UnreachableReadStore | undefined;
    const api = await start({ RUN_PROJECTIONS: 'false' }, (store) => (unreachable = new UnreachableReadStore(store)));
    try {
      unreachable!.failNext(1000);
      const ready = await api.request('GET', '/api/health/ready');
      expect(ready.body).toMatchObject({ status: 503, code: 'HEALTH.NOT_READY', details: { checks: { readStore: { status: 'down' }, eventStore: { status: 'up' } } } });
      unreachable!.failNext(0);
    } finally {
      await api.close();
    }
  });
});

describe('Prometheus metrics', () => {
  let api: Running;
  let metrics: Server;
  beforeAll(async () => {
    api = await start({ METRICS_PORT: '0' });
    metrics = await serveMetrics(appServices(api.app).metrics, 0, '127.0.0.1');
  });
  afterAll(async () => {
    metrics.close();
    await api.close();
  });

  it('counts commands by type and outcome with latencies, appends, projection lag, read-your-writes waits, SSE clients and process memory', async () => {
    const opened = await api.request('POST', '/api/plans', { as: sup, body: openPlanBody() });
    expect((await api.request('POST', '/api/plans', { as: sup, body: openPlanBody() })).status).toBe(409);
    expect((await api.request('POST', '/api/plans', { as: sup, body: {} })).status).toBe(400);
    expect((await api.request('GET', `/api/plans?minPosition=${opened.body.position}`, { as: sup })).status).toBe(200);

    const res = await fetch(`http://127.0.0.1:${portOf(metrics)}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    const value = (series: string) => Number(new RegExp(`^${series.replace(/[{}()[\].+*?^$|\\]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);
    expect({
      ok: value('salesflow_commands_total{command="OpenPlan",outcome="ok"}'),
      conflict: value('salesflow_commands_total{command="OpenPlan",outcome="illegal_state"}'),
      invalid: value('salesflow_commands_total{command="OpenPlan",outcome="validation"}'),
      okLatencies: value('salesflow_command_duration_seconds_count{command="OpenPlan",outcome="ok"}'),
      appends: value('salesflow_event_store_append_duration_seconds_count{outcome="ok"}'),
      appendedEvents: value('salesflow_event_store_append_events_sum'),
      reachedWaits: value('salesflow_read_your_writes_wait_seconds_count{outcome="reached"}'),
      trackingLag: value('salesflow_projection_lag_events{projection="plans-list"}'),
      parked: value('salesflow_projection_parked_events{projection="plans-list"}'),
      head: value('salesflow_event_store_head_position'),
      sseClients: value('salesflow_sse_clients'),
    }).toEqual({ ok: 1, conflict: 1, invalid: 1, okLatencies: 1, appends: 1, appendedEvents: 1, reachedWaits: 1, trackingLag: 0, parked: 0, head: 1, sseClients: 0 });
    expect(value('process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('serves nothing but GET /metrics on its port', async () => {
    const res = await fetch(`http://127.0.0.1:${portOf(metrics)}/api/plans`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  });
});
