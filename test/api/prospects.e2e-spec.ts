import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  normaliseProspectName,
  prospectIdFor,
  prospectKeyStream,
  registrationNumberKey,
  scopeIdFor,
  type ProspectKey,
  type ProspectKeyReserved,
} from '#app/customer-development';
import { deterministicUuid, newId } from '#app/eventsourcing';
import { Runtime } from '#app/platform';
import { startApi, type ApiHarness, type Response, type User } from '../support/api-harness.js';
import { eventually } from '../support/eventually.js';
import {
  OTHER_TEAM,
  TEAM,
  analyst,
  ann,
  applicationBody,
  auditor,
  bob,
  creditCheckBody,
  mgr,
  prospectBody,
  reportBody,
  scopeBody,
  southSue,
  southSup,
  sup,
  uniqueName,
  uniqueRegistrationNumber,
} from '../support/prospect-requests.js';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const url = (prospectId: string, path = '') => `/api/prospects/${prospectId}${path}`;

/** The conversion process answers conversions in the background: wait until it has seen the whole log. */
async function settled() {
  const runtime = api.app.get(Runtime);
  await eventually(async () => {
    if (((await runtime.readStore.getCheckpoint('process:conversion-actuals')) ?? 0) >= (await api.store.headPosition())) return true;
    runtime.poke();
    return false;
  }, 'the conversion process to reach the head of the log', 10_000, 5);
}

/** Runs a request that must be rejected and proves it appended nothing. */
async function rejected(method: 'GET' | 'POST', target: string, options: Parameters<ApiHarness['request']>[2]) {
  await settled();
  const before = await api.store.headPosition();
  const res = await api.request(method, target, options);
  expect(await api.store.headPosition()).toBe(before);
  return res;
}

/** A command that must succeed; on failure the expectation shows the error code. */
async function step(target: string, as: User, body?: unknown, status = 200): Promise<Response> {
  const res = await api.request('POST', target, { as, ...(body !== undefined ? { body } : {}) });
  expect({ target, status: res.statusCode, code: res.body?.code }).toEqual({ target, status, code: undefined });
  return res;
}

async function added(as: User = ann, over: Record<string, unknown> = {}): Promise<string> {
  return (await step('/api/prospects', as, prospectBody(over), 201)).body.prospectId;
}

async function investigated(over: Record<string, unknown> = {}): Promise<string> {
  const id = await added(ann, over);
  await step(url(id, '/credit-checks'), ann, creditCheckBody());
  return id;
}

async function keyProspect(): Promise<string> {
  const id = await investigated();
  await step(url(id, '/screen'), sup, { outcome: 'key_prospect' });
  return id;
}

async function applied(): Promise<string> {
  const id = await keyProspect();
  await step(url(id, '/application'), ann, applicationBody());
  return id;
}

async function inDevelopment(): Promise<string> {
  const id = await applied();
  await step(url(id, '/application/supervisor-review'), sup, { decision: 'approve' });
  await step(url(id, '/application/manager-review'), mgr, { decision: 'approve' });
  await step(url(id, '/development/start'), ann);
  return id;
}

async function history(prospectId: string) {
  const res = await api.request('GET', url(prospectId, '/history'), { as: auditor });
  expect(res.statusCode).toBe(200);
  return res.body.events as { type: string; data: Record<string, any>; metadata: Record<string, any>; revision: number }[];
}

async function reservations(key: ProspectKey) {
  return api.store.readStream(prospectKeyStream(key));
}

describe('the development scope over HTTP', () => {
  const scopeId = scopeIdFor(TEAM, '2027-Q1');

  it('is defined by the supervisor (201), redefined as a new version (200), and read back with its history', async () => {
    const first = await api.request('POST', '/api/development-scopes', { as: sup, body: scopeBody() });
    expect(first.statusCode).toBe(201);
    expect(first.body).toEqual({ scopeId, revision: 0, position: expect.any(Number) });
    expect(first.headers.location).toBe(`/api/development-scopes/${scopeId}`);
    expect(first.headers.etag).toBe('"0"');

    const second = await api.request('POST', '/api/development-scopes', { as: sup, body: scopeBody({ regions: ['Shandong'] }), headers: { 'if-match': '"0"' } });
    expect(second.statusCode).toBe(200);
    expect(second.body.revision).toBe(1);

    const scope = await api.request('GET', `/api/development-scopes/${scopeId}`, { as: analyst });
    expect(scope.statusCode).toBe(200);
    expect(scope.headers.etag).toBe('"1"');
    expect(scope.body).toMatchObject({ scopeId, team: TEAM, period: '2027-Q1', version: 2, regions: ['Shandong'], sizeClasses: ['medium', 'large'], definedBy: 'sup-1' });

    const versions = await api.request('GET', `/api/development-scopes/${scopeId}/history`, { as: auditor });
    expect(versions.body.events.map((e: { data: { version: number } }) => e.data.version)).toEqual([1, 2]);
    expect(versions.body.events[0].metadata).toMatchObject({ actorId: 'sup-1', actorRole: 'supervisor', commandType: 'DefineDevelopmentScope' });
  });

  it('refuses a salesperson (403), another team (403), an unknown size class (400) and a stale If-Match (412), appending nothing', async () => {
    const salesperson = await rejected('POST', '/api/development-scopes', { as: ann, body: scopeBody({ period: '2027-Q2' }) });
    expect([salesperson.statusCode, salesperson.body.code]).toEqual([403, 'AUTH.ROLE_REQUIRED']);
    const foreign = await rejected('POST', '/api/development-scopes', { as: southSup, body: scopeBody({ period: '2027-Q2' }) });
    expect([foreign.statusCode, foreign.body.code]).toEqual([403, 'AUTH.TEAM_FORBIDDEN']);
    const size = await rejected('POST', '/api/development-scopes', { as: sup, body: scopeBody({ period: '2027-Q2', sizeClasses: ['huge'] }) });
    expect([size.statusCode, size.body.code]).toEqual([400, 'REQUEST.VALIDATION_FAILED']);
    expect(size.body.fields).toEqual([{ field: 'sizeClasses', messages: ['each item of sizeClasses must be one of large, medium, small, micro'] }]);
    const stale = await rejected('POST', '/api/development-scopes', { as: sup, body: scopeBody(), headers: { 'if-match': '"0"' } });
    expect([stale.statusCode, stale.body.code]).toEqual([412, 'STREAM.REVISION_MISMATCH']);
  });

  it('is readable by its team, auditors and analysts only', async () => {
    expect((await api.request('GET', `/api/development-scopes/${scopeId}`, { as: ann })).statusCode).toBe(200);
    expect((await api.request('GET', `/api/development-scopes/${scopeId}`, { as: auditor })).statusCode).toBe(200);
    const foreign = await api.request('GET', `/api/development-scopes/${scopeId}`, { as: southSup });
    expect([foreign.statusCode, foreign.body.code]).toEqual([403, 'AUTH.TEAM_FORBIDDEN']);
    const unknown = await api.request('GET', `/api/development-scopes/${newId()}`, { as: auditor });
    expect([unknown.statusCode, unknown.body.code]).toEqual([404, 'SCOPE.NOT_FOUND']);
  });
});

describe('a prospect’s life cycle over HTTP', () => {
  it('is listed by the supervisor, assigned, investigated twice, screened, applied for, rejected, re-applied, approved twice, developed and converted', async () => {
    const add = await api.request('POST', '/api/prospects', { as: sup, body: prospectBody({ name: 'Qilu Foods Co., Ltd.', registrationNumber: '91370100MA3C000001' }) });
    expect(add.statusCode).toBe(201);
    const id = add.body.prospectId as string;
    expect(add.body).toEqual({ prospectId: expect.stringMatching(/^[0-9a-f-]{36}$/), revision: 0, position: expect.any(Number) });
    expect(add.headers.location).toBe(`/api/prospects/${id}`);
    expect(add.headers.etag).toBe('"0"');

    const steps: [string, User, unknown][] = [
      ['/assign', sup, { salespersonId: 'bob', salespersonName: 'Bob' }],
      ['/assign', sup, { salespersonId: 'ann', salespersonName: 'Ann' }],
      ['/credit-checks', ann, creditCheckBody({ registrationNumber: '91370100MA3C000001' })],
      ['/screen', sup, { outcome: 'reinvestigate', unclearPoints: ['Who guarantees the bank loan'] }],
      [
        '/credit-checks',
        ann,
        creditCheckBody({
          registrationNumber: '91370100MA3C000001',
          scoredItems: [
            { item: 'Financial strength', score: 'A' },
            { item: 'Payment record', score: 'A' },
            { item: 'Management', score: 'B' },
          ],
          investigatedOn: '2027-02-20',
        }),
      ],
      ['/screen', sup, { outcome: 'key_prospect', comment: 'Guarantee confirmed' }],
      ['/application', ann, applicationBody()],
      ['/application/supervisor-review', sup, { decision: 'reject', reason: 'Milestones too vague' }],
      ['/application', ann, applicationBody({ milestones: [{ description: 'Plant demo on line 2', dueOn: '2027-03-05' }] })],
      ['/application/supervisor-review', sup, { decision: 'approve', comment: 'Good' }],
      ['/application/manager-review', mgr, { decision: 'approve' }],
      ['/development/start', ann, undefined],
      ['/reports', ann, reportBody()],
      ['/reports/1/comments', sup, { comment: 'Push for the pilot in March' }],
      ['/convert', ann, { convertedOn: '2027-03-20' }],
    ];
    let revision = 0;
    for (const [path, as, body] of steps) {
      const res = await step(url(id, path), as, body);
      expect(res.body).toEqual({ prospectId: id, revision: ++revision, position: expect.any(Number) });
      expect(res.headers.etag).toBe(`"${revision}"`);
    }

    const events = await history(id);
    expect(events.map((e) => e.type)).toEqual([
      'ProspectAdded',
      'ProspectAssigned',
      'ProspectAssigned',
      'CreditCheckRecorded',
      'ProspectReinvestigationRequested',
      'CreditCheckRecorded',
      'ProspectScreenedAsKey',
      'DevelopmentApplicationSubmitted',
      'DevelopmentApplicationRejectedBySupervisor',
      'DevelopmentApplicationSubmitted',
      'DevelopmentApplicationApprovedBySupervisor',
      'DevelopmentApplicationApprovedByManager',
      'DevelopmentStarted',
      'DevelopmentReportFiled',
      'DevelopmentReportCommented',
      'ProspectConverted',
    ]);
    expect(events[0]!.data).toMatchObject({ name: 'Qilu Foods Co., Ltd.', normalisedName: 'qilu foods', addedBy: 'sup-1' });
    expect(events[0]!.data.assignedSalespersonId).toBeUndefined();
    expect(events[2]!.data).toMatchObject({ salespersonId: 'ann', salespersonName: 'Ann', previousSalespersonId: 'bob', assignedBy: 'sup-1' });
    expect(events[3]!.data).toMatchObject({ checkNumber: 1, totalPoints: 24, grade: 'B', reopened: false, suggestedCreditLimit: { amount: 800_000_00, currency: 'CNY' } });
    expect(events[3]!.data.scoredItems).toEqual([
      { item: 'Financial strength', score: 'A', points: 10 },
      { item: 'Payment record', score: 'B', points: 8 },
      { item: 'Management', score: 'C', points: 6 },
    ]);
    expect(events[5]!.data).toMatchObject({ checkNumber: 2, totalPoints: 28, grade: 'A' });
    expect(events[9]!.data).toMatchObject({ version: 2, checkNumber: 2, grade: 'A', salespersonId: 'ann' });
    expect(events[15]!.data).toEqual({
      prospectId: id,
      team: TEAM,
      salespersonId: 'ann',
      name: 'Qilu Foods Co., Ltd.',
      convertedOn: '2027-03-20',
      grade: 'A',
      suggestedCreditLimit: { amount: 800_000_00, currency: 'CNY' },
      convertedBy: 'ann',
    });
    expect(events.map((e) => e.metadata.actorRole)).toEqual([
      'supervisor',
      'supervisor',
      'supervisor',
      'salesperson',
      'supervisor',
      'salesperson',
      'supervisor',
      'salesperson',
      'supervisor',
      'salesperson',
      'supervisor',
      'manager',
      'salesperson',
      'salesperson',
      'supervisor',
      'salesperson',
    ]);
    expect(events[8]!.metadata).toMatchObject({ actorId: 'sup-1', commandType: 'ReviewApplicationAsSupervisor', reason: 'Milestones too vague' });

    const prospect = await api.request('GET', url(id), { as: ann });
    expect(prospect.statusCode).toBe(200);
    expect(prospect.headers.etag).toBe('"15"');
    expect(prospect.body).toMatchObject({
      prospectId: id,
      team: TEAM,
      status: 'converted',
      name: 'Qilu Foods Co., Ltd.',
      industry: 'Food processing',
      region: 'Shandong',
      size: 'medium',
      source: 'Trade fair',
      registrationNumber: '91370100MA3C000001',
      assignedSalespersonId: 'ann',
      assignedSalespersonName: 'Ann',
      latestCreditCheck: { checkNumber: 2, grade: 'A' },
      applicationVersion: 2,
      reportCount: 1,
      revision: 15,
    });
  });

  it('survives a credit problem the manager redefines, and goes on to conversion', async () => {
    const id = await investigated();
    await step(url(id, '/credit-issue'), ann, { description: 'Court record shows an unpaid supplier judgment' });
    const onHold = await rejected('POST', url(id, '/screen'), { as: sup, body: { outcome: 'key_prospect' } });
    expect([onHold.statusCode, onHold.body.code]).toEqual([409, 'PROSPECT.ON_HOLD']);
    await step(url(id, '/credit-issue/resolve'), mgr, { resolution: 'redefine', redefinition: 'Cash-on-delivery customer only, no credit line' });
    await step(url(id, '/screen'), sup, { outcome: 'key_prospect' });
    await step(url(id, '/application'), ann, applicationBody());
    await step(url(id, '/application/supervisor-review'), sup, { decision: 'approve' });
    await step(url(id, '/application/manager-review'), mgr, { decision: 'approve' });
    await step(url(id, '/development/start'), ann);
    await step(url(id, '/reports'), ann, reportBody({ stage: 'closing' }));
    await step(url(id, '/convert'), ann, { convertedOn: '2027-03-28' });

    const events = await history(id);
    expect(events.map((e) => e.type)).toEqual([
      'ProspectAdded',
      'CreditCheckRecorded',
      'CreditIssueReported',
      'ProspectRedefined',
      'ProspectScreenedAsKey',
      'DevelopmentApplicationSubmitted',
      'DevelopmentApplicationApprovedBySupervisor',
      'DevelopmentApplicationApprovedByManager',
      'DevelopmentStarted',
      'DevelopmentReportFiled',
      'ProspectConverted',
    ]);
    expect(events[3]!.data).toMatchObject({ redefinition: 'Cash-on-delivery customer only, no credit line', redefinedBy: 'mgr-1' });
    expect(events[3]!.metadata.actorRole).toBe('manager');
    expect(events[10]!.data).toMatchObject({ team: TEAM, salespersonId: 'ann', convertedOn: '2027-03-28' });
  });

  it('is stopped for a credit problem, refuses everything but a new credit check, re-opens with one, and is abandoned later', async () => {
    const id = await investigated();
    await step(url(id, '/credit-issue'), sup, { description: 'Three lawsuits by suppliers this year' });
    await step(url(id, '/credit-issue/resolve'), mgr, { resolution: 'stop', reason: 'Too risky' });

    for (const [path, as, body] of [
      ['/application', ann, applicationBody()],
      ['/screen', sup, { outcome: 'key_prospect' }],
      ['/credit-issue', ann, { description: 'Still unpaid' }],
    ] as [string, User, unknown][]) {
      const res = await rejected('POST', url(id, path), { as, body });
      expect({ path, status: res.statusCode, code: res.body.code }).toEqual({ path, status: 409, code: 'PROSPECT.STOPPED' });
    }
    expect((await api.request('GET', url(id), { as: sup })).body.status).toBe('stopped');

    await step(url(id, '/credit-checks'), ann, creditCheckBody({ investigatedOn: '2027-04-01' }));
    await step(url(id, '/screen'), sup, { outcome: 'key_prospect' });
    await step(url(id, '/application'), ann, applicationBody());
    await step(url(id, '/abandon'), ann, { reason: 'Chose a competitor' });

    const events = await history(id);
    expect(events.map((e) => e.type)).toEqual([
      'ProspectAdded',
      'CreditCheckRecorded',
      'CreditIssueReported',
      'ProspectStopped',
      'CreditCheckRecorded',
      'ProspectScreenedAsKey',
      'DevelopmentApplicationSubmitted',
      'ProspectAbandoned',
    ]);
    expect(events[2]!.metadata.actorRole).toBe('supervisor');
    expect(events[3]!.data).toMatchObject({ reason: 'Too risky', stoppedBy: 'mgr-1' });
    expect(events[4]!.data).toMatchObject({ checkNumber: 2, reopened: true });
    expect(events[7]!.data).toMatchObject({ reason: 'Chose a competitor', abandonedFrom: 'application_submitted', abandonedBy: 'ann' });
    const closed = await rejected('POST', url(id, '/credit-checks'), { as: ann, body: creditCheckBody() });
    expect([closed.statusCode, closed.body.code]).toEqual([409, 'PROSPECT.ABANDONED']);
  });
});

describe('bad input is refused with a stable code and appends nothing', () => {
  it('refuses a credit form with missing required fields (400, field by field)', async () => {
    const id = await added();
    const { legalName: _l, history: _h, investigatedOn: _i, ...form } = creditCheckBody();
    const res = await rejected('POST', url(id, '/credit-checks'), { as: ann, body: form });
    expect([res.statusCode, res.body.code]).toEqual([400, 'REQUEST.VALIDATION_FAILED']);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['history', 'investigatedOn', 'legalName']);
    const noScores = await rejected('POST', url(id, '/credit-checks'), { as: ann, body: creditCheckBody({ scoredItems: [] }) });
    expect([noScores.statusCode, noScores.body.fields[0].field]).toEqual([400, 'scoredItems']);
  });

  it.each([['E'], ['a'], ['A+'], ['']])('refuses the score "%s" outside A–D (400, naming the field)', async (score) => {
    const id = await added();
    const body = creditCheckBody({ scoredItems: [{ item: 'Financial strength', score: 'A' }, { item: 'Payment record', score }] });
    const res = await rejected('POST', url(id, '/credit-checks'), { as: ann, body });
    expect([res.statusCode, res.body.code]).toEqual([400, 'REQUEST.VALIDATION_FAILED']);
    expect(res.body.fields).toEqual([{ field: 'scoredItems[1].score', messages: [expect.stringContaining('A, B, C, D')] }]);
  });

  it('refuses a typed credit grade: the grade is computed, never sent', async () => {
    const id = await added();
    const res = await rejected('POST', url(id, '/credit-checks'), { as: ann, body: { ...creditCheckBody(), grade: 'A' } });
    expect(res.statusCode).toBe(400);
    expect(res.body.fields).toEqual([{ field: 'grade', messages: [expect.stringContaining('should not exist')] }]);
  });

  it('refuses an unknown ownership type, payment behaviour, fractional money and a company founded after its investigation', async () => {
    const id = await added();
    const cases: [Record<string, unknown>, string][] = [
      [{ ownershipType: 'pirate' }, 'REQUEST.VALIDATION_FAILED'],
      [{ paymentBehaviour: 'never' }, 'REQUEST.VALIDATION_FAILED'],
      [{ suggestedCreditLimit: { amount: 10.5, currency: 'CNY' } }, 'REQUEST.VALIDATION_FAILED'],
      [{ foundedOn: '2030-01-01' }, 'CREDIT_CHECK.FOUNDED_AFTER_INVESTIGATION'],
    ];
    for (const [over, code] of cases) {
      const res = await rejected('POST', url(id, '/credit-checks'), { as: ann, body: creditCheckBody(over) });
      expect({ over, status: res.statusCode, code: res.body.code }).toEqual({ over, status: 400, code });
    }
  });

  it('refuses an application without a credit check (409 PROSPECT.CREDIT_CHECK_REQUIRED) or without a screening (409 PROSPECT.SCREENING_REQUIRED)', async () => {
    const listed = await added();
    const noCheck = await rejected('POST', url(listed, '/application'), { as: ann, body: applicationBody() });
    expect([noCheck.statusCode, noCheck.body.code]).toEqual([409, 'PROSPECT.CREDIT_CHECK_REQUIRED']);
    const checked = await investigated();
    const noScreening = await rejected('POST', url(checked, '/application'), { as: ann, body: applicationBody() });
    expect([noScreening.statusCode, noScreening.body.code]).toEqual([409, 'PROSPECT.SCREENING_REQUIRED']);
  });

  it('refuses the manager review before the supervisor approved (409 APPLICATION.SUPERVISOR_REVIEW_PENDING)', async () => {
    const id = await applied();
    const res = await rejected('POST', url(id, '/application/manager-review'), { as: mgr, body: { decision: 'approve' } });
    expect([res.statusCode, res.body.code]).toEqual([409, 'APPLICATION.SUPERVISOR_REVIEW_PENDING']);
  });

  it('refuses a rejection without a reason (400 DECISION.REASON_REQUIRED) and a review by the supervisor who approved (403 AUTH.SAME_REVIEWER)', async () => {
    const id = await applied();
    const noReason = await rejected('POST', url(id, '/application/supervisor-review'), { as: sup, body: { decision: 'reject' } });
    expect([noReason.statusCode, noReason.body.code]).toEqual([400, 'DECISION.REASON_REQUIRED']);
    const boss: User = { sub: 'boss', roles: ['supervisor', 'manager'], teams: [TEAM] };
    await step(url(id, '/application/supervisor-review'), boss, { decision: 'approve' });
    const same = await rejected('POST', url(id, '/application/manager-review'), { as: boss, body: { decision: 'approve' } });
    expect([same.statusCode, same.body.code]).toEqual([403, 'AUTH.SAME_REVIEWER']);
  });

  it('refuses a development report for a prospect not in development (409 PROSPECT.NOT_IN_DEVELOPMENT)', async () => {
    const id = await keyProspect();
    const res = await rejected('POST', url(id, '/reports'), { as: ann, body: reportBody() });
    expect([res.statusCode, res.body.code]).toEqual([409, 'PROSPECT.NOT_IN_DEVELOPMENT']);
  });

  it('refuses converting twice (409 PROSPECT.ALREADY_CONVERTED)', async () => {
    const id = await inDevelopment();
    await step(url(id, '/convert'), ann, { convertedOn: '2027-03-20' });
    const res = await rejected('POST', url(id, '/convert'), { as: ann, body: { convertedOn: '2027-03-21' } });
    expect([res.statusCode, res.body.code]).toEqual([409, 'PROSPECT.ALREADY_CONVERTED']);
  });

  it('refuses acting on another team’s prospect (403 AUTH.TEAM_FORBIDDEN), reading it too', async () => {
    const id = await investigated();
    const cases: [string, User, unknown][] = [
      ['/screen', southSup, { outcome: 'key_prospect' }],
      ['/credit-checks', southSue, creditCheckBody()],
      ['/assign', southSup, { salespersonId: 'sue', salespersonName: 'Sue' }],
      ['/abandon', southSup, { reason: 'Not ours' }],
    ];
    for (const [path, as, body] of cases) {
      const res = await rejected('POST', url(id, path), { as, body });
      expect({ path, status: res.statusCode, code: res.body.code }).toEqual({ path, status: 403, code: 'AUTH.TEAM_FORBIDDEN' });
    }
    const addForeign = await rejected('POST', '/api/prospects', { as: southSue, body: prospectBody() });
    expect([addForeign.statusCode, addForeign.body.code]).toEqual([403, 'AUTH.TEAM_FORBIDDEN']);
    const read = await api.request('GET', url(id), { as: southSup });
    expect([read.statusCode, read.body.code]).toEqual([403, 'AUTH.TEAM_FORBIDDEN']);
    expect((await api.request('GET', url(id, '/history'), { as: southSue })).statusCode).toBe(403);
  });

  it('refuses work by a salesperson the prospect is not assigned to (403 PROSPECT.NOT_ASSIGNEE) and the wrong role (403 AUTH.ROLE_REQUIRED)', async () => {
    const id = await keyProspect();
    const notMine = await rejected('POST', url(id, '/application'), { as: bob, body: applicationBody() });
    expect([notMine.statusCode, notMine.body.code]).toEqual([403, 'PROSPECT.NOT_ASSIGNEE']);
    const role = await rejected('POST', url(id, '/credit-issue/resolve'), { as: sup, body: { resolution: 'stop' } });
    expect([role.statusCode, role.body.code]).toEqual([403, 'AUTH.ROLE_REQUIRED']);
    const auditorAdds = await rejected('POST', '/api/prospects', { as: auditor, body: prospectBody() });
    expect([auditorAdds.statusCode, auditorAdds.body.code]).toEqual([403, 'AUTH.ROLE_REQUIRED']);
  });

  it('refuses a re-investigation that names nothing unclear, and a redefinition without one (400)', async () => {
    const id = await investigated();
    const screen = await rejected('POST', url(id, '/screen'), { as: sup, body: { outcome: 'reinvestigate', unclearPoints: [' '] } });
    expect([screen.statusCode, screen.body.code]).toEqual([400, 'SCREENING.UNCLEAR_POINTS_REQUIRED']);
    const outcome = await rejected('POST', url(id, '/screen'), { as: sup, body: { outcome: 'maybe' } });
    expect([outcome.statusCode, outcome.body.code, outcome.body.fields?.[0]?.field]).toEqual([400, 'REQUEST.VALIDATION_FAILED', 'outcome']);
    await step(url(id, '/credit-issue'), ann, { description: 'Unpaid judgment' });
    const redefine = await rejected('POST', url(id, '/credit-issue/resolve'), { as: mgr, body: { resolution: 'redefine' } });
    expect([redefine.statusCode, redefine.body.code]).toEqual([400, 'CREDIT_ISSUE.REDEFINITION_REQUIRED']);
  });

  it('answers malformed JSON with 400 REQUEST.MALFORMED_JSON', async () => {
    const res = await rejected('POST', '/api/prospects', { as: ann, rawBody: '{"team": "north", "name": ' });
    expect([res.statusCode, res.body.code]).toEqual([400, 'REQUEST.MALFORMED_JSON']);
  });

  it('answers unknown fields with 400 naming them', async () => {
    const res = await rejected('POST', '/api/prospects', { as: ann, body: prospectBody({ status: 'converted', contact: { name: 'W', phone: '1', fax: '2' } }) });
    expect([res.statusCode, res.body.code]).toEqual([400, 'REQUEST.VALIDATION_FAILED']);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['contact.fax', 'status']);
  });

  it('answers wrong types with field-level messages', async () => {
    const id = await added();
    const res = await rejected('POST', url(id, '/credit-checks'), {
      as: ann,
      body: creditCheckBody({ employees: '320', banks: 'ICBC', history: { limitOverruns: 0, badDebts: -1, lawsuits: 0 }, registeredCapital: { amount: 1, currency: 'yuan' } }),
    });
    expect([res.statusCode, res.body.code]).toEqual([400, 'REQUEST.VALIDATION_FAILED']);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['employees', 'banks', 'history.badDebts', 'registeredCapital.currency']),
    );
    const add = await rejected('POST', '/api/prospects', { as: ann, body: prospectBody({ name: 42, contact: 'Wang' }) });
    expect(add.body.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['name', 'contact']));
  });

  it('answers a contact without phone or email with the domain’s code, and a size class outside the document’s enum as a field error', async () => {
    const contact = await rejected('POST', '/api/prospects', { as: ann, body: prospectBody({ contact: { name: 'Wang Li' } }) });
    expect([contact.statusCode, contact.body.code]).toEqual([400, 'CONTACT.PHONE_OR_EMAIL_REQUIRED']);
    const size = await rejected('POST', '/api/prospects', { as: ann, body: prospectBody({ size: 'giant' }) });
    expect([size.statusCode, size.body.code, size.body.fields]).toEqual([400, 'REQUEST.VALIDATION_FAILED', [{ field: 'size', messages: ['size must be one of large, medium, small, micro'] }]]);
  });

  it('answers an unknown prospect with 404 PROSPECT.NOT_FOUND and an unknown report with 404 REPORT.NOT_FOUND', async () => {
    const unknown = await rejected('POST', url(newId(), '/screen'), { as: sup, body: { outcome: 'key_prospect' } });
    expect([unknown.statusCode, unknown.body.code]).toEqual([404, 'PROSPECT.NOT_FOUND']);
    const assign = await rejected('POST', url(newId(), '/assign'), { as: sup, body: { salespersonId: 'ann', salespersonName: 'Ann' } });
    expect([assign.statusCode, assign.body.code]).toEqual([404, 'PROSPECT.NOT_FOUND']);
    expect((await api.request('GET', url(newId()), { as: auditor })).statusCode).toBe(404);
    const id = await inDevelopment();
    const report = await rejected('POST', url(id, '/reports/3/comments'), { as: sup, body: { comment: 'Where is it?' } });
    expect([report.statusCode, report.body.code]).toEqual([404, 'REPORT.NOT_FOUND']);
    const path = await rejected('POST', url(id, '/reports/first/comments'), { as: sup, body: { comment: 'x' } });
    expect([path.statusCode, path.body.code]).toEqual([400, 'REQUEST.INVALID_PATH']);
  });

  it('answers a missing token with 401', async () => {
    const res = await rejected('POST', '/api/prospects', { body: prospectBody() });
    expect([res.statusCode, res.body.code]).toEqual([401, 'AUTH.TOKEN_MISSING']);
  });
});

describe('duplicate detection on the team’s list', () => {
  let acmeId: string;
  beforeAll(async () => {
    acmeId = await added(ann, { name: 'Acme Co., Ltd.' });
  });

  it.each([[' ACME co ltd'], ['Acme Company Limited'], ['ＡＣＭＥ Co.,Ltd.'], ['acme, inc.']])(
    'refuses "%s" as the name of a prospect already listed (409 PROSPECT.DUPLICATE with its id)',
    async (name) => {
      const res = await rejected('POST', '/api/prospects', { as: bob, body: prospectBody({ name }) });
      expect(res.statusCode).toBe(409);
      expect(res.body).toMatchObject({ code: 'PROSPECT.DUPLICATE', details: { existingProspectId: acmeId, matchedOn: 'name' } });
    },
  );

  it('lets another team list the same company', async () => {
    await step('/api/prospects', southSue, prospectBody({ team: OTHER_TEAM, name: 'ACME Co Ltd' }), 201);
  });

  it('refuses a registration number already on the list, however it is written', async () => {
    const regNo = uniqueRegistrationNumber();
    const holder = await added(ann, { registrationNumber: regNo });
    const spaced = `${regNo.slice(0, 6).toLowerCase()} ${regNo.slice(6, 12)}-${regNo.slice(12)}`;
    const res = await rejected('POST', '/api/prospects', { as: bob, body: prospectBody({ registrationNumber: spaced }) });
    expect(res.statusCode).toBe(409);
    expect(res.body).toMatchObject({ code: 'PROSPECT.DUPLICATE', details: { existingProspectId: holder, matchedOn: 'registrationNumber' } });
  });

  it('reserves the registration number a credit check records, refusing it for another prospect of the team', async () => {
    const regNo = uniqueRegistrationNumber();
    const first = await added();
    await step(url(first, '/credit-checks'), ann, creditCheckBody({ registrationNumber: regNo }));
    const add = await rejected('POST', '/api/prospects', { as: ann, body: prospectBody({ registrationNumber: regNo }) });
    expect(add.body).toMatchObject({ code: 'PROSPECT.DUPLICATE', details: { existingProspectId: first } });

    const second = await added();
    const check = await rejected('POST', url(second, '/credit-checks'), { as: ann, body: creditCheckBody({ registrationNumber: regNo }) });
    expect(check.statusCode).toBe(409);
    expect(check.body).toMatchObject({ code: 'PROSPECT.DUPLICATE', details: { existingProspectId: first, matchedOn: 'registrationNumber' } });

    await step(url(first, '/credit-checks'), ann, creditCheckBody({ registrationNumber: regNo, investigatedOn: '2027-02-12' }));
  });

  it('frees a registration number once its prospect’s latest credit check records another', async () => {
    const [oldNo, newNo] = [uniqueRegistrationNumber(), uniqueRegistrationNumber()];
    const first = await added(ann, { registrationNumber: oldNo });
    await step(url(first, '/credit-checks'), ann, creditCheckBody({ registrationNumber: newNo }));
    const second = await added(bob, { registrationNumber: oldNo });
    const key = registrationNumberKey(TEAM, oldNo);
    expect((await reservations(key)).map((e) => e.data)).toEqual([
      expect.objectContaining({ prospectId: first }),
      expect.objectContaining({ prospectId: second, previousProspectId: first }),
    ]);
  });

  it('lets only one of two concurrent additions of the same company through', async () => {
    const name = uniqueName('Race');
    const [a, b] = await Promise.all([
      api.request('POST', '/api/prospects', { as: ann, body: prospectBody({ name }) }),
      api.request('POST', '/api/prospects', { as: bob, body: prospectBody({ name: name.toUpperCase() }) }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const winner = a.statusCode === 201 ? a : b;
    const loser = a.statusCode === 201 ? b : a;
    expect(loser.body).toMatchObject({ code: 'PROSPECT.DUPLICATE', details: { existingProspectId: winner.body.prospectId } });
    expect(await reservations({ team: TEAM, kind: 'name', key: normaliseProspectName(name) })).toHaveLength(1);
  });
});

describe('a crash between the reservation and the prospect', () => {
  async function leftoverReservation(name: string, prospectId: string, reservedAt: Date) {
    const key: ProspectKey = { team: TEAM, kind: 'name', key: normaliseProspectName(name) };
    const data: ProspectKeyReserved['data'] = { ...key, prospectId, reservedAt: reservedAt.toISOString() };
    await api.store.append(prospectKeyStream(key), [{ type: 'ProspectKeyReserved', data, metadata: { actorId: 'ann', commandId: newId() } }], {
      expectedRevision: 'no_stream',
    });
    return key;
  }

  it('lets the retry with the same Idempotency-Key reuse its reservation at once', async () => {
    const name = uniqueName('Crash');
    const commandId = deterministicUuid(`idempotency:ann:add-crash-1`);
    const key = await leftoverReservation(name, prospectIdFor(commandId), new Date());
    const retry = await api.request('POST', '/api/prospects', { as: ann, body: prospectBody({ name }), headers: { 'idempotency-key': 'add-crash-1' } });
    expect(retry.statusCode).toBe(201);
    expect(retry.body.prospectId).toBe(prospectIdFor(commandId));
    expect(await reservations(key)).toHaveLength(1);
  });

  it('counts a fresh reservation of a missing prospect as a request in flight (409 with its id)', async () => {
    const name = uniqueName('InFlight');
    const ghost = newId();
    await leftoverReservation(name, ghost, new Date());
    const res = await rejected('POST', '/api/prospects', { as: bob, body: prospectBody({ name }) });
    expect(res.body).toMatchObject({ code: 'PROSPECT.DUPLICATE', details: { existingProspectId: ghost } });
  });

  it('takes over a reservation whose prospect never appeared, with its expected revision', async () => {
    const name = uniqueName('Ghost');
    const ghost = newId();
    const key = await leftoverReservation(name, ghost, new Date(Date.now() - 10 * 60_000));
    const id = await added(bob, { name });
    const events = await reservations(key);
    expect(events.map((e) => [e.revision, e.data])).toEqual([
      [0, expect.objectContaining({ prospectId: ghost })],
      [1, expect.objectContaining({ prospectId: id, previousProspectId: ghost })],
    ]);
    expect(events[1]!.metadata).toMatchObject({ actorId: 'bob', actorRole: 'salesperson', commandType: 'AddProspect' });
  });
});

describe('retries and concurrency', () => {
  it('replays AddProspect retried with the same Idempotency-Key and appends nothing', async () => {
    const body = prospectBody();
    const first = await api.request('POST', '/api/prospects', { as: ann, body, headers: { 'idempotency-key': 'add-1' } });
    expect(first.statusCode).toBe(201);
    const head = await api.store.headPosition();
    const retry = await api.request('POST', '/api/prospects', { as: ann, body, headers: { 'idempotency-key': 'add-1' } });
    expect(retry.statusCode).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await api.store.headPosition()).toBe(head);

    const reuse = await rejected('POST', '/api/prospects', { as: ann, body: { ...body, region: 'Hebei' }, headers: { 'idempotency-key': 'add-1' } });
    expect([reuse.statusCode, reuse.body.code]).toEqual([422, 'REQUEST.IDEMPOTENCY_KEY_REUSED']);

    const again = await rejected('POST', '/api/prospects', { as: ann, body });
    expect(again.body).toMatchObject({ code: 'PROSPECT.DUPLICATE', details: { existingProspectId: first.body.prospectId } });
  });

  it('replays a retried credit check without reserving twice', async () => {
    const id = await added();
    const body = creditCheckBody();
    const first = await api.request('POST', url(id, '/credit-checks'), { as: ann, body, headers: { 'idempotency-key': 'check-1' } });
    expect(first.statusCode).toBe(200);
    const head = await api.store.headPosition();
    const retry = await api.request('POST', url(id, '/credit-checks'), { as: ann, body, headers: { 'idempotency-key': 'check-1' } });
    expect([retry.statusCode, retry.headers['idempotent-replayed']]).toEqual([200, 'true']);
    expect(await api.store.headPosition()).toBe(head);
  });

  it('returns an ETag on GET and answers a stale If-Match with 412, reserving nothing', async () => {
    const id = await added();
    const got = await api.request('GET', url(id), { as: ann });
    expect(got.headers.etag).toBe('"0"');
    await step(url(id, '/assign'), sup, { salespersonId: 'bob', salespersonName: 'Bob' });
    const stale = await rejected('POST', url(id, '/credit-checks'), { as: bob, body: creditCheckBody(), headers: { 'if-match': '"0"' } });
    expect([stale.statusCode, stale.body.code]).toEqual([412, 'STREAM.REVISION_MISMATCH']);
    const fresh = await api.request('POST', url(id, '/credit-checks'), { as: bob, body: creditCheckBody(), headers: { 'if-match': '"1"' } });
    expect([fresh.statusCode, fresh.headers.etag]).toEqual([200, '"2"']);
  });

  it('pages the history for auditors and analysts', async () => {
    const id = await inDevelopment();
    const page = await api.request('GET', url(id, '/history?fromRevision=1&limit=2'), { as: analyst });
    expect(page.statusCode).toBe(200);
    expect(page.body.events.map((e: { revision: number }) => e.revision)).toEqual([1, 2]);
    expect(page.body.nextRevision).toBe(3);
    const bad = await api.request('GET', url(id, '/history?limit=0'), { as: auditor });
    expect([bad.statusCode, bad.body.code]).toEqual([400, 'REQUEST.INVALID_QUERY']);
  });
});

describe('OpenAPI', () => {
  it('names every prospect and scope route by its command or query', async () => {
    const res = await api.request('GET', '/api/docs-json');
    expect(res.statusCode).toBe(200);
    const ids = Object.values(res.body.paths as Record<string, Record<string, { operationId: string }>>).flatMap((ops) => Object.values(ops).map((o) => o.operationId));
    expect(ids).toEqual(
      expect.arrayContaining([
        'DefineDevelopmentScope',
        'GetDevelopmentScope',
        'GetDevelopmentScopeHistory',
        'AddProspect',
        'AssignProspect',
        'RecordCreditCheck',
        'ScreenProspect',
        'ReportCreditIssue',
        'ResolveCreditIssue',
        'SubmitDevelopmentApplication',
        'ReviewApplicationAsSupervisor',
        'ReviewApplicationAsManager',
        'StartDevelopment',
        'FileDevelopmentReport',
        'CommentOnDevelopmentReport',
        'ConvertProspect',
        'AbandonProspect',
        'GetProspect',
        'GetProspectHistory',
      ]),
    );
    expect(res.body.paths['/api/prospects/{prospectId}/credit-checks'].post.operationId).toBe('RecordCreditCheck');
  });
});
