import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '#app/eventsourcing';
import { ProjectionRunner, ReadStore } from '#app/read-store';
import { planIdFor, type RolloverLedgerDocument } from '#app/sales-planning';
import type { User } from '../support/api-harness.js';
import { TEAM, ann, auditor, bob, mgr, openPlanBody, planBookBody, sup, submitPlanBody } from '../support/plan-requests.js';
import { analyst, applicationBody, creditCheckBody, prospectBody } from '../support/prospect-requests.js';
import { currentQuarter, nextMillisecond, startAuditedApi, type AuditedApi } from './audit-harness.js';

let api: AuditedApi;
const { period, start } = currentQuarter();
const planId = planIdFor(TEAM, period);
const planStream = `plan-${planId}`;
let prospectId: string;
let lastPosition = 0;
const times: Record<string, string> = {};
let sealedEvents = 0;

async function post(url: string, as: User, body: unknown = {}, headers: Record<string, string> = {}, status = 200) {
  const res = await api.request('POST', url, { as, body, headers });
  expect({ url, status: res.statusCode, code: res.body?.code }).toEqual({ url, status, code: undefined });
  lastPosition = Math.max(lastPosition, res.body.position ?? 0);
  return res.body;
}

const get = (url: string, as: User = auditor) => api.request('GET', url, { as });

async function storedEvents(stream: string): Promise<RecordedEvent[]> {
  const res = await get(`/api/audit/streams/${stream}/events?limit=1000`);
  expect(res.statusCode).toBe(200);
  return res.body.events;
}

const plan = (path = '') => `/api/plans/${planId}${path}`;
const prospect = (path = '') => `/api/prospects/${prospectId}${path}`;

beforeAll(async () => {
  api = await startAuditedApi();
  await post('/api/plans', sup, openPlanBody({ period }), {}, 201);
  await post(plan('/submit'), sup, submitPlanBody());
  times.submitted = await nextMillisecond();
  await post(plan('/reject'), mgr, { reason: 'Targets too low for the north' }, { 'x-correlation-id': 'review-1' });
  await post(plan('/submit'), sup, submitPlanBody(), { 'x-correlation-id': 'round-2' });

  prospectId = (await post('/api/prospects', ann, prospectBody(), {}, 201)).prospectId;
  await post(prospect('/credit-checks'), ann, creditCheckBody());
  await post(prospect('/screen'), sup, { outcome: 'key_prospect' });
  await post(prospect('/application'), ann, applicationBody());
  times.applied = await nextMillisecond();
  await post(prospect('/application/supervisor-review'), sup, { decision: 'reject', reason: 'Milestones too vague' }, { 'x-correlation-id': 'round-2' });

  await post(plan('/approve'), mgr, { comment: 'Agreed' }, { 'x-correlation-id': 'round-2' });
  await post(plan('/book'), sup, planBookBody());
  await post(plan('/book/approve'), mgr);
  await post(plan('/actuals'), ann, { metric: 'revenue', amount: 20_000_00, currency: 'CNY', date: start, reference: 'A1' });
  times.beforeLateActual = await nextMillisecond();
  await post(plan('/actuals'), bob, { metric: 'revenue', amount: 30_000_00, currency: 'CNY', date: start, reference: 'B1' });
});
afterAll(async () => {
  await api.close();
});

describe('stream history', () => {
  it('pages through every event of a plan as stored, with who, role, when, why and the integrity link', async () => {
    const first = await get(`/api/audit/streams/${planStream}/events?limit=3`);
    expect(first.statusCode).toBe(200);
    expect(first.body.events.map((e: RecordedEvent) => [e.revision, e.type])).toEqual([
      [0, 'PlanOpened'],
      [1, 'PlanSubmitted'],
      [2, 'PlanRejected'],
    ]);
    expect(first.body.nextRevision).toBe(3);
    const [opened, submitted, rejected] = first.body.events as RecordedEvent<unknown, Record<string, any>>[];
    expect(opened!.metadata).toMatchObject({ actorId: 'sup-1', actorName: 'Sue Supervisor', actorRole: 'supervisor', commandType: 'OpenPlan', occurredAt: expect.any(String) });
    expect(opened!.metadata.integrity).toEqual({ v: 1, previousHash: null, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(submitted!.metadata.integrity.previousHash).toBe(opened!.metadata.integrity.hash);
    expect(rejected!.metadata).toMatchObject({ actorId: 'mgr-1', actorRole: 'manager', reason: 'Targets too low for the north', correlationId: 'review-1' });
    const second = await get(`/api/audit/streams/${planStream}/events?fromRevision=3&limit=2`);
    expect(second.body.events.map((e: RecordedEvent) => e.revision)).toEqual([3, 4]);
  });

  it('shows any stream the auditor names, refuses everyone else and answers bad input', async () => {
    const prospectHistory = await get(`/api/audit/streams/prospect-${prospectId}/events`);
    expect(prospectHistory.body.events.at(-1).type).toBe('DevelopmentApplicationRejectedBySupervisor');
    expect((await get(`/api/audit/streams/${planStream}/events`, mgr)).body).toMatchObject({ status: 403, code: 'AUTH.ROLE_REQUIRED' });
    expect((await get('/api/audit/streams/plan-nope/events')).body).toMatchObject({ status: 404, code: 'AUDIT.STREAM_NOT_FOUND' });
    expect((await get(`/api/audit/streams/${planStream}/events?limit=0`)).statusCode).toBe(400);
    expect((await get(`/api/audit/streams/${planStream}/events?fromRevision=-1`)).statusCode).toBe(400);
  });
});

describe('time travel', () => {
  it('replays a plan to a moment, by the events’ occurredAt', async () => {
    const res = await get(`/api/audit/plans/${planId}/as-of?at=${encodeURIComponent(times.submitted!)}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatchObject({ planId, streamName: planStream, asOf: { at: times.submitted, revision: null }, revision: 1, lastEventType: 'PlanSubmitted', eventCount: 2 });
    expect(res.body.state).toMatchObject({ status: 'submitted', planVersion: 1, planSubmittedBy: 'sup-1' });
  });

  it('replays a plan to a revision', async () => {
    const res = await get(`/api/audit/plans/${planId}/as-of?revision=2`);
    expect(res.body).toMatchObject({ revision: 2, lastEventType: 'PlanRejected', state: { status: 'rejected' } });
  });

  it('replays a prospect to the moment before its application was reviewed', async () => {
    const before = await get(`/api/audit/prospects/${prospectId}/as-of?at=${encodeURIComponent(times.applied!)}`);
    expect(before.body.state).toMatchObject({ status: 'application_submitted', applicationVersion: 1 });
    const after = await get(`/api/audit/prospects/${prospectId}/as-of?revision=${before.body.revision + 1}`);
    expect(after.body).toMatchObject({ lastEventType: 'DevelopmentApplicationRejectedBySupervisor', state: { status: 'application_rejected' } });
  });

  it('shows the tracking sheet the manager saw: actuals recorded later are not on it, even when dated earlier', async () => {
    const then = await get(`/api/audit/plans/${planId}/tracking-sheet/as-of?at=${encodeURIComponent(times.beforeLateActual!)}`);
    expect(then.statusCode).toBe(200);
    expect(then.body).toMatchObject({ planId, status: 'executing', at: times.beforeLateActual, asOf: times.beforeLateActual!.slice(0, 10) });
    const row = (body: { rows: { salespersonId: string; metric: string; actualToDate: number }[] }, who: string) => body.rows.find((r) => r.salespersonId === who && r.metric === 'revenue')!;
    expect([row(then.body, 'ann').actualToDate, row(then.body, 'bob').actualToDate]).toEqual([20_000_00, 0]);
    const now = await get(`/api/audit/plans/${planId}/tracking-sheet/as-of?at=${encodeURIComponent(await nextMillisecond())}`);
    expect([row(now.body, 'ann').actualToDate, row(now.body, 'bob').actualToDate]).toEqual([20_000_00, 30_000_00]);
  });

  it('answers 404 before the stream existed or past its last revision, 400 for malformed points, 403 for non-auditors', async () => {
    const asOf = (query: string, as?: User) => get(`/api/audit/plans/${planId}/as-of?${query}`, as);
    expect((await asOf('at=2000-01-01T00:00:00Z')).body).toMatchObject({ status: 404, code: 'AUDIT.BEFORE_STREAM_EXISTED', details: { firstEventAt: expect.any(String) } });
    expect((await asOf('revision=999')).body).toMatchObject({ status: 404, code: 'AUDIT.REVISION_NOT_FOUND', details: { lastRevision: 8 } });
    expect((await get(`/api/audit/plans/${planId}/tracking-sheet/as-of?at=2000-01-01T00:00:00Z`)).body.code).toBe('AUDIT.BEFORE_STREAM_EXISTED');
    expect((await get('/api/audit/plans/nope/as-of?revision=0')).body).toMatchObject({ status: 404, code: 'PLAN.NOT_FOUND' });
    for (const bad of ['at=yesterday', 'at=2027-02-30T10:00:00Z', 'at=2027-02-14', 'revision=-1', 'revision=1.5', 'at=2027-02-14T10:00:00Z&revision=1', '']) {
      const res = await asOf(bad);
      expect({ bad, status: res.statusCode }).toEqual({ bad, status: 400 });
    }
    expect((await get(`/api/audit/plans/${planId}/tracking-sheet/as-of`)).statusCode).toBe(400);
    expect((await asOf('revision=1', mgr)).statusCode).toBe(403);
    expect((await get(`/api/audit/prospects/${prospectId}/as-of?revision=0`, sup)).statusCode).toBe(403);
  });
});

describe('explaining a decision', () => {
  it('gives the state just before a rejection, the command behind it and its correlation', async () => {
    const rejected = (await storedEvents(planStream)).find((e) => e.type === 'PlanRejected')!;
    const res = await get(`/api/audit/decisions/${rejected.id}/explanation?minPosition=${lastPosition}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-read-model-behind']).toBe('false');
    expect(res.body.decision).toMatchObject({
      eventId: rejected.id,
      streamName: planStream,
      revision: 2,
      type: 'PlanRejected',
      storedType: 'PlanRejected',
      decision: 'rejection',
      subject: 'plan',
      integrity: (rejected.metadata as { integrity: unknown }).integrity,
    });
    expect(res.body.command).toMatchObject({ commandType: 'RejectPlan', actorId: 'mgr-1', actorName: 'Max Manager', actorRole: 'manager', reason: 'Targets too low for the north', correlationId: 'review-1' });
    expect(res.body.stateBefore).toMatchObject({ status: 'submitted', planVersion: 1 });
    expect(res.body.stateAfter).toMatchObject({ status: 'rejected' });
    expect(res.body.correlated.map((e: { type: string }) => e.type)).toEqual(['PlanRejected']);
  });

  it('lists every event of the correlation, in other streams too, in log order', async () => {
    const approved = (await storedEvents(planStream)).find((e) => e.type === 'PlanApproved')!;
    const res = await get(`/api/audit/decisions/${approved.id}/explanation?minPosition=${lastPosition}`);
    expect(res.body.command).toMatchObject({ commandType: 'ApprovePlan', comment: 'Agreed', correlationId: 'round-2' });
    expect(res.body.correlated.map((e: { streamName: string; type: string }) => [e.streamName, e.type])).toEqual([
      [planStream, 'PlanSubmitted'],
      [`prospect-${prospectId}`, 'DevelopmentApplicationRejectedBySupervisor'],
      [planStream, 'PlanApproved'],
    ]);
    const positions = res.body.correlated.map((e: { position: number }) => e.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('explains by stream and revision, and explains a prospect application review', async () => {
    const byRevision = await get(`/api/audit/streams/${planStream}/events/2/explanation`);
    expect(byRevision.body.decision).toMatchObject({ type: 'PlanRejected', revision: 2 });
    const review = (await storedEvents(`prospect-${prospectId}`)).at(-1)!;
    const res = await get(`/api/audit/streams/prospect-${prospectId}/events/${review.revision}/explanation`);
    expect(res.body.decision).toMatchObject({ type: 'DevelopmentApplicationRejectedBySupervisor', decision: 'rejection', subject: 'development_application_supervisor_review' });
    expect(res.body.command).toMatchObject({ actorId: 'sup-1', actorRole: 'supervisor', reason: 'Milestones too vague' });
    expect(res.body.stateBefore).toMatchObject({ status: 'application_submitted' });
  });

  it('answers 404 for an event that is no decision or unknown, 403 for non-auditors, 400 for a bad revision', async () => {
    const submitted = (await storedEvents(planStream)).find((e) => e.type === 'PlanSubmitted')!;
    expect((await get(`/api/audit/decisions/${submitted.id}/explanation`)).body).toMatchObject({ status: 404, code: 'AUDIT.NOT_A_DECISION' });
    expect((await get(`/api/audit/decisions/${randomUUID()}/explanation`)).body).toMatchObject({ status: 404, code: 'AUDIT.EVENT_NOT_FOUND' });
    expect((await get(`/api/audit/streams/${planStream}/events/99/explanation`)).body.code).toBe('AUDIT.EVENT_NOT_FOUND');
    expect((await get(`/api/audit/decisions/${submitted.id}/explanation`, mgr)).body).toMatchObject({ status: 403, code: 'AUTH.ROLE_REQUIRED' });
    expect((await get(`/api/audit/streams/${planStream}/events/x/explanation`)).statusCode).toBe(400);
  });
});

describe('exports', () => {
  const hourAgo = () => new Date(Date.now() - 3_600_000).toISOString();
  const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

  it('streams the decisions of a time range as CSV, oldest first', async () => {
    await get(`/api/decisions?minPosition=${lastPosition}`);
    const from = hourAgo();
    const to = inAnHour();
    const res = await get(`/api/exports/decisions?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, analyst);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="decisions_${from.slice(0, 10)}_${to.slice(0, 10)}.csv"`);
    expect(res.raw.startsWith('\uFEFF')).toBe(true);
    const lines = res.raw.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('occurredAt,eventType,decision,subject,team,period,planId,version,actorId,actorName,actorRole,reason,comment,eventId,streamName,revision,position,commandId,correlationId');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.map((r) => [r[1], r[11], r[12]])).toEqual([
      ['PlanRejected', 'Targets too low for the north', ''],
      ['PlanApproved', '', 'Agreed'],
      ['PlanBookApproved', '', ''],
    ]);
  });

  it('streams JSON lines too', async () => {
    const res = await get(`/api/exports/decisions?from=${encodeURIComponent(hourAgo())}&to=${encodeURIComponent(inAnHour())}&format=jsonl&team=${TEAM}`, auditor);
    expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const rows = res.raw.trimEnd().split('\n').map((l) => JSON.parse(l) as { eventType: string; actorRole: string });
    expect(rows.map((r) => [r.eventType, r.actorRole])).toEqual([
      ['PlanRejected', 'manager'],
      ['PlanApproved', 'manager'],
      ['PlanBookApproved', 'manager'],
    ]);
  });

  it('streams the roll-over ledger entries of a period range', async () => {
    const runner = api.app.get(ProjectionRunner);
    const readStore = api.app.get(ReadStore);
    const collection = await runner.activeCollection('rollover-ledger');
    const ledger = (p: string, periodStart: string, kind: 'carried_in' | 'carried_out'): RolloverLedgerDocument => ({
      id: `export-team|${p}`,
      team: 'export-team',
      period: p,
      granularity: 'quarter',
      periodStart,
      entries: [{ kind, lineId: `L-${p}`, salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue', amount: 5_000_00, currency: 'CNY', originPeriod: '2026-Q4', path: ['2026-Q4', p], counterpartPeriod: '2026-Q4' }],
      published: kind === 'carried_out',
      salespeople: [],
      withShortfall: [],
      facts: { currency: 'CNY', targets: [], carriedIn: [], adjustments: {}, actuals: {} },
      names: { ann: 'Ann' },
      lastPosition: 0,
    });
    await readStore.transaction((tx) => {
      tx.upsert(collection, ledger('2027-Q1', '2027-01-01', 'carried_out'));
      tx.upsert(collection, ledger('2027-Q2', '2027-04-01', 'carried_in'));
      tx.upsert(collection, ledger('2027-Q3', '2027-07-01', 'carried_in'));
    });
    const res = await get('/api/exports/rollovers?fromPeriod=2027-Q1&toPeriod=2027-Q2&team=export-team', analyst);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="rollovers_2027-Q1_2027-Q2.csv"');
    expect(res.raw.trimEnd().split('\r\n')).toEqual([
      '\uFEFFteam,period,granularity,published,kind,lineId,salespersonId,metric,amount,amountDecimal,currency,originPeriod,path,counterpartPeriod',
      'export-team,2027-Q1,quarter,true,carried_out,L-2027-Q1,ann,revenue,500000,5000.00,CNY,2026-Q4,2026-Q4>2027-Q1,2026-Q4',
      'export-team,2027-Q2,quarter,false,carried_in,L-2027-Q2,ann,revenue,500000,5000.00,CNY,2026-Q4,2026-Q4>2027-Q2,2026-Q4',
    ]);
  });

  it('refuses a range over the configured maximum with 400 naming the limit, bad ranges with 400 and others with 403', async () => {
    const tooLong = await get('/api/exports/decisions?from=2027-01-01&to=2028-06-30', analyst);
    expect(tooLong.body).toMatchObject({ status: 400, code: 'EXPORT.RANGE_TOO_LARGE', details: { limit: 'EXPORT_MAX_DAYS', max: 366 } });
    expect(tooLong.body.detail).toContain('EXPORT_MAX_DAYS');
    const tooMany = await get('/api/exports/rollovers?fromPeriod=2027-01&toPeriod=2030-12', analyst);
    expect(tooMany.body).toMatchObject({ status: 400, code: 'EXPORT.TOO_MANY_PERIODS', details: { limit: 'EXPORT_MAX_PERIODS', max: 36 } });
    expect(tooMany.body.detail).toContain('EXPORT_MAX_PERIODS');
    expect((await get('/api/exports/rollovers?fromPeriod=2027-01&toPeriod=2029-12', analyst)).statusCode).toBe(200);
    expect((await get('/api/exports/decisions?from=2027-03-01&to=2027-01-01', analyst)).body.code).toBe('REQUEST.INVERTED_RANGE');
    expect((await get('/api/exports/decisions?from=yesterday&to=2027-01-01', analyst)).statusCode).toBe(400);
    expect((await get('/api/exports/decisions?from=2027-01-01&to=2027-02-01&format=xlsx', analyst)).statusCode).toBe(400);
    expect((await get('/api/exports/decisions?to=2027-02-01', analyst)).statusCode).toBe(400);
    expect((await get('/api/exports/decisions?from=2027-01-01&to=2027-02-01', ann)).body).toMatchObject({ status: 403, code: 'AUTH.ROLE_REQUIRED' });
    expect((await get('/api/exports/rollovers?fromPeriod=2027-Q1&toPeriod=2027-Q2', mgr)).statusCode).toBe(403);
  });
});

describe('tamper evidence', () => {
  it('verifies a clean trail, and seals it on demand', async () => {
    expect((await api.request('POST', '/api/audit/verify', { as: mgr })).body).toMatchObject({ status: 403, code: 'AUTH.ROLE_REQUIRED' });
    const clean = await api.request('POST', '/api/audit/verify', { as: auditor });
    expect(clean.statusCode).toBe(200);
    expect(clean.body).toMatchObject({ ok: true, chaining: true, brokenStreams: [], seals: { count: 0, problems: [] } });
    const sealed = await api.request('POST', '/api/audit/seals', { as: auditor });
    expect(sealed.body).toMatchObject({ sealed: true, seal: { sealNumber: 1, fromPosition: 0, previousSealHash: null, sealedBy: 'aud-1' } });
    expect(sealed.body.seal.eventCount).toBe(clean.body.events);
    sealedEvents = sealed.body.seal.eventCount;
    const again = await api.request('POST', '/api/audit/verify', { as: auditor });
    expect(again.body).toMatchObject({ ok: true, seals: { count: 1, verified: 1, unsealedEvents: 0, latest: { sealNumber: 1, sealHash: sealed.body.seal.sealHash } } });
  });

  it('verifies in the background, one at a time: 202 with the verification, its progress and report read back, 409 while one runs', async () => {
    const [first, second] = await Promise.all([api.request('POST', '/api/audit/verifications', { as: auditor }), api.request('POST', '/api/audit/verifications', { as: auditor })]);
    expect(first.statusCode).toBe(202);
    expect(first.headers.location).toBe(`/api/audit/verifications/${first.body.id}`);
    expect(first.body).toMatchObject({ status: 'running', requestedBy: 'aud-1', report: null });
    expect(second.statusCode).toBe(409);
    expect(second.body).toMatchObject({ code: 'AUDIT.VERIFICATION_RUNNING', details: { verificationId: first.body.id } });

    let verification = first.body;
    while (verification.status === 'running') verification = (await get(first.headers.location as string)).body;
    expect(verification).toMatchObject({ status: 'done', progress: { share: 1 }, report: { ok: true, seals: { count: 1, receipts: { count: 1, matched: 1, problems: [] } }, log: { dense: true, gapCount: 0 } } });
    expect((await get(`/api/audit/verifications/${randomUUID()}`)).body).toMatchObject({ status: 404, code: 'AUDIT.VERIFICATION_NOT_FOUND' });
    expect((await get(first.headers.location as string, mgr)).body).toMatchObject({ status: 403, code: 'AUTH.ROLE_REQUIRED' });
  });

  it('detects an event edited in the database and a stream deleted from it', async () => {
    const actual = (await storedEvents(planStream)).find((e) => e.type === 'ActualRecorded')!;
    api.sql(`UPDATE events SET data = json_set(data, '$.amount', 99000000) WHERE stream_name = ? AND revision = ?`, planStream, actual.revision);
    api.sql('DELETE FROM events WHERE stream_name = ?', `prospect-${prospectId}`);
    const res = await api.request('POST', '/api/audit/verify', { as: auditor });
    expect(res.body.ok).toBe(false);
    expect(res.body.brokenStreams).toEqual([expect.objectContaining({ streamName: planStream, revision: actual.revision, eventId: actual.id, problem: 'HASH_MISMATCH' })]);
    expect(res.body.seals.problems).toEqual([expect.objectContaining({ sealNumber: 1, problem: 'EVENT_COUNT_MISMATCH', expected: sealedEvents, actual: sealedEvents - 5 })]);
  });
});
