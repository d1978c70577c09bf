import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { deterministicUuid, type AppendOptions, type AppendResult, type EventToAppend, type RecordedEvent } from '#app/eventsourcing';
import { EventStore, EventStoreDecorator, SqliteEventStore, auditedEventStore } from '#app/event-store';
import { TokenService, createEventStore, createReadStore, loadConfig } from '#app/platform';
import { PLANNING_UPCASTERS, planIdFor, planStream } from '#app/sales-planning';
import { appServices, createApp } from '../../apps/api/src/app.factory.js';
import { TEST_SECRET, startApi, type ApiHarness, type User } from '../support/api-harness.js';
import { TEAM, ann, mgr, openPlanBody, planBookBody, sup, submitPlanBody } from '../support/plan-requests.js';

const WRITERS = 64;

async function toExecuting(api: Pick<ApiHarness, 'request'>, period: string): Promise<string> {
  const id = planIdFor(TEAM, period);
  const steps: [string, User, unknown][] = [
    ['/api/plans', sup, openPlanBody({ period })],
    [`/api/plans/${id}/submit`, sup, submitPlanBody()],
    [`/api/plans/${id}/approve`, mgr, { comment: 'Agreed' }],
    [`/api/plans/${id}/book`, sup, planBookBody()],
    [`/api/plans/${id}/book/approve`, mgr, {}],
  ];
  for (const [url, as, body] of steps) expect([200, 201]).toContain((await api.request('POST', url, { as, body })).statusCode);
  return id;
}

const actual = (period: string, i: number) => ({ metric: 'revenue', amount: 100 + i, currency: 'CNY', date: `${period}-05`, reference: `INV-${i}` });
const expectedTotal = (n: number) => Array.from({ length: n }, (_, i) => 100 + i).reduce((a, b) => a + b, 0);

async function revenueOf(api: ApiHarness, id: string): Promise<number> {
  const plan = await api.request('GET', `/api/plans/${id}`, { as: mgr });
  return (plan.body.actuals as { metric: string; amount: number }[]).filter((a) => a.metric === 'revenue').reduce((sum, a) => sum + a.amount, 0);
}

/** What the app's metrics say of RecordActual and of appends: the queued commands are counted and timed like any other. */
async function commandMetrics(api: ApiHarness) {
  const { metrics } = appServices(api.app);
  const value = (values: { labels: Record<string, unknown>; value: number; metricName?: string }[], match: (v: (typeof values)[number]) => boolean) => values.find(match)?.value ?? 0;
  const commands = (await metrics.commands.get()).values;
  const durations = (await metrics.commandDuration.get()).values;
  const batches = (await metrics.appendBatchSize.get()).values;
  return {
    ok: value(commands, (v) => v.labels['command'] === 'RecordActual' && v.labels['outcome'] === 'ok'),
    timed: value(durations, (v) => v.metricName === 'salesflow_command_duration_seconds_count' && v.labels['command'] === 'RecordActual' && v.labels['outcome'] === 'ok'),
    appendedEvents: value(batches, (v) => v.metricName === 'salesflow_event_store_append_events_sum'),
    appends: value(batches, (v) => v.metricName === 'salesflow_event_store_append_events_count'),
  };
}

async function recordedActuals(store: EventStore, id: string): Promise<RecordedEvent[]> {
  return (await store.readStream(planStream(id))).filter((e) => e.type === 'ActualRecorded');
}

describe('salespeople recording actuals on one plan at the same time (production composition)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it(`answers ${WRITERS} concurrent actuals without If-Match with ${WRITERS} successes and exact totals`, async () => {
    const id = await toExecuting(api, '2027-03');
    const before = await commandMetrics(api);
    const responses = await Promise.all(Array.from({ length: WRITERS }, (_, i) => api.request('POST', `/api/plans/${id}/actuals`, { as: ann, body: actual('2027-03', i) })));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(WRITERS).fill(200));
    expect(responses.map((r) => r.body.revision).sort((a, b) => a - b)).toEqual(Array.from({ length: WRITERS }, (_, i) => 5 + i));
    expect(responses.every((r) => r.headers.etag === `"${r.body.revision}"`)).toBe(true);
    expect(await recordedActuals(api.store, id)).toHaveLength(WRITERS);
    expect(await revenueOf(api, id)).toBe(expectedTotal(WRITERS));

    const after = await commandMetrics(api);
    expect({ ok: after.ok - before.ok, timed: after.timed - before.timed, appendedEvents: after.appendedEvents - before.appendedEvents }).toEqual({ ok: WRITERS, timed: WRITERS, appendedEvents: WRITERS });
    expect(after.appends - before.appends).toBeGreaterThanOrEqual(1);
    expect(after.appends - before.appends).toBeLessThanOrEqual(WRITERS);
  });

  it('loses and duplicates nothing when every request is sent twice at once and once more later with its Idempotency-Key', async () => {
    const id = await toExecuting(api, '2027-04');
    const send = (i: number) => api.request('POST', `/api/plans/${id}/actuals`, { as: ann, body: actual('2027-04', i), headers: { 'idempotency-key': `sale-${i}` } });
    const together = await Promise.all(Array.from({ length: WRITERS * 2 }, (_, n) => send(n % WRITERS)));
    const later = await Promise.all(Array.from({ length: WRITERS }, (_, i) => send(i)));
    for (let i = 0; i < WRITERS; i++) {
      const answers = [together[i]!, together[i + WRITERS]!, later[i]!];
      expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200]);
      expect(answers.filter((r) => r.headers['idempotent-replayed'] !== 'true')).toHaveLength(1);
      expect(new Set(answers.map((r) => JSON.stringify(r.body))).size).toBe(1);
    }
    const events = await recordedActuals(api.store, id);
    expect(events).toHaveLength(WRITERS);
    expect(new Set(events.map((e) => e.metadata.commandId)).size).toBe(WRITERS);
    expect(await revenueOf(api, id)).toBe(expectedTotal(WRITERS));
  });

  it('refuses an Idempotency-Key already used on another plan, with the same body or another, and appends nothing there', async () => {
    const [first, second] = [await toExecuting(api, '2027-05'), await toExecuting(api, '2027-06')];
    const body = { metric: 'new_customers', amount: 1, date: '2027-05-05', reference: 'CUST-1' };
    const ok = await api.request('POST', `/api/plans/${first}/actuals`, { as: ann, body, headers: { 'idempotency-key': 'shared' } });
    expect(ok.statusCode).toBe(200);
    const head = await api.store.headPosition();
    for (const other of [body, { ...body, date: '2027-06-05' }]) {
      const reused = await api.request('POST', `/api/plans/${second}/actuals`, { as: ann, body: other, headers: { 'idempotency-key': 'shared' } });
      expect([reused.statusCode, reused.body.code]).toEqual([422, 'REQUEST.IDEMPOTENCY_KEY_REUSED']);
    }
    expect(await api.store.headPosition()).toBe(head);
    expect(await recordedActuals(api.store, second)).toEqual([]);

    const race = await Promise.all(
      [first, second].map((plan) =>
        api.request('POST', `/api/plans/${plan}/actuals`, { as: ann, body: { ...body, date: plan === first ? '2027-05-06' : '2027-06-06' }, headers: { 'idempotency-key': 'raced' } }),
      ),
    );
    expect(race.map((r) => r.statusCode).sort()).toEqual([200, 422]);
    const raced = deterministicUuid('idempotency:ann:raced');
    const carrying = [...(await recordedActuals(api.store, first)), ...(await recordedActuals(api.store, second))].filter((e) => e.metadata.commandId === raced);
    expect(carrying).toHaveLength(1);
  });
});

/** Another process on the same file that always appends to the plan just before this one does. */
class AlwaysBeaten extends EventStoreDecorator {
  private reviews = 0;

  constructor(
    inner: EventStore,
    private readonly rival: EventStore,
    private readonly planId: string,
  ) {
    super(inner);
  }

  protected mapRead(event: RecordedEvent): RecordedEvent {
    return event;
  }

  override async append(streamName: string, events: EventToAppend[], options?: AppendOptions): Promise<AppendResult> {
    if (streamName === planStream(this.planId)) {
      const review = { planId: this.planId, team: TEAM, period: '2027-07', reviewNumber: ++this.reviews, reviewDate: '2027-07-02', reviews: [], reviewedBy: 'mgr-1' };
      await this.rival.append(streamName, [{ type: 'ProgressReviewRecorded', data: review, metadata: { actorId: 'mgr-1', commandId: `rival-${this.reviews}` } }]);
    }
    return this.inner.append(streamName, events, options);
  }
}

describe('a plan another process keeps writing', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-contended-'));
  const config = loadConfig({ DATA_DIR: dataDir, AUTH_JWT_SECRET: TEST_SECRET, COMMAND_RETRY_DEADLINE_MS: '300', RUN_PROJECTIONS: 'false' });
  const tokens = new TokenService(new TextEncoder().encode(TEST_SECRET));
  const id = planIdFor(TEAM, '2027-07');
  let rival: EventStore;
  let app: NestFastifyApplication;

  const on = (target: () => NestFastifyApplication): Pick<ApiHarness, 'request'> => ({
    async request(method, url, options = {}) {
      const headers: Record<string, string> = { ...(options.headers ?? {}) };
      if (options.as) headers.authorization = `Bearer ${await tokens.sign({ sub: options.as.sub, name: options.as.sub, roles: options.as.roles, teams: options.as.teams }, '1h')}`;
      const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
      if (payload !== undefined) headers['content-type'] = 'application/json';
      const res = await target().inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
      return { statusCode: res.statusCode, headers: res.headers, body: res.body === '' ? undefined : JSON.parse(res.body), raw: res.body };
    },
  });
  const api = on(() => app);

  beforeAll(async () => {
    app = await createApp(config, { eventStore: createEventStore(config), readStore: createReadStore(config), logger: ['error'] });
    await app.init();
    await toExecuting(api, '2027-07');
    await app.close();
    rival = auditedEventStore(new SqliteEventStore({ filename: join(dataDir, 'events.sqlite') }), { upcasters: PLANNING_UPCASTERS });
    app = await createApp(config, { eventStore: new AlwaysBeaten(createEventStore(config), rival, id), readStore: createReadStore(config), logger: ['error'] });
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    await rival.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 STREAM.CONTENDED with Retry-After past the deadline, never a store conflict, and appends nothing of the request', async () => {
    const res = await api.request('POST', `/api/plans/${id}/actuals`, { as: ann, body: actual('2027-07', 1) });
    expect(res.statusCode).toBe(503);
    expect(res.body.code).toBe('STREAM.CONTENDED');
    expect(res.headers['retry-after']).toBe('1');
    expect(await recordedActuals(rival, id)).toEqual([]);
    expect((await rival.readStream(planStream(id))).filter((e) => e.type === 'ProgressReviewRecorded').length).toBeGreaterThan(2);
  });

  it('keeps If-Match as it was: a revision the other process moved past is 412', async () => {
    const plan = await api.request('GET', `/api/plans/${id}`, { as: mgr });
    const res = await api.request('POST', `/api/plans/${id}/actuals`, { as: ann, body: actual('2027-07', 2), headers: { 'if-match': plan.headers.etag as string } });
    expect([res.statusCode, res.body.code]).toEqual([412, 'STREAM.REVISION_MISMATCH']);
    expect(await recordedActuals(rival, id)).toEqual([]);
  });
});
