import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Runtime } from '#app/platform';
import { planIdFor } from '#app/sales-planning';
import { ERASED, MASKED } from '#app/shared-kernel';
import { startApi, type ApiHarness, type Response, type User } from '../support/api-harness.js';
import { eventually } from '../support/eventually.js';
import { openPlanBody, planBookBody, submitPlanBody } from '../support/plan-requests.js';
import { applicationBody, creditCheckBody, prospectBody, reportBody } from '../support/prospect-requests.js';

/*
 * Done-when of issue 16, over HTTP on the stores production builds: a prospect with a contact is
 * converted (its conversion counts on the team's plan), the contact, the legal representative and
 * two employees are erased, and then every read surface shows [erased] for exactly their fields,
 * the totals are unchanged, verify is green, and no file of the embedded stores holds the clear
 * text.
 */

const TEAM = 'north';
const sup: User = { sub: 'sup-1', name: 'Sue Supervisor-Planner', roles: ['supervisor'], teams: [TEAM] };
const mgr: User = { sub: 'mgr-1', name: 'Max Manager-Approver', roles: ['manager'], teams: [TEAM] };
const ann: User = { sub: 'ann', name: 'Ann Zhang-Sales', roles: ['salesperson'], teams: [TEAM] };
const auditor: User = { sub: 'aud-1', name: 'Ada Auditor', roles: ['auditor'], teams: [] };
const analyst: User = { sub: 'ana-1', name: 'Ari Analyst', roles: ['analyst'], teams: [] };
const privacy: User = { sub: 'pia-1', name: 'Pia Privacy', roles: ['privacy_officer'], teams: [] };

const CONTACT = { name: 'Liu Yifei', phone: '+86 531 7777 1234', email: 'liu.yifei@qilu-foods.example' };
const LEGAL_REPRESENTATIVE = 'Zhao Faren';
const BOB_NAME = 'Bob Li-Sales';
const ERASED_TEXTS = [CONTACT.name, CONTACT.phone, CONTACT.email, LEGAL_REPRESENTATIVE, BOB_NAME, mgr.name!];
const PLAN = planIdFor(TEAM, '2027-Q1');

let api: ApiHarness;
let appClosed = false;
let prospectId: string;
let lastPosition = 0;

async function post(target: string, as: User, body: unknown = {}, status = 200): Promise<Response> {
  const res = await api.request('POST', target, { as, body });
  expect({ target, status: res.statusCode, code: res.body?.code }).toEqual({ target, status, code: undefined });
  lastPosition = Math.max(lastPosition, res.body.position ?? 0);
  return res;
}

async function get(target: string, as: User): Promise<any> {
  const res = await api.request('GET', target, { as });
  expect({ target, status: res.statusCode, code: res.body?.code }).toEqual({ target, status: 200, code: undefined });
  return res.body;
}

/** The conversion process and every projection have applied the whole log. */
async function settled() {
  const runtime = api.app.get(Runtime);
  await eventually(
    async () => {
      const head = await api.store.headPosition();
      const statuses = await runtime.projections.status();
      const behind = statuses.some((s) => s.checkpoint < head) || ((await runtime.readStore.getCheckpoint('process:conversion-actuals')) ?? 0) < head;
      if (!behind) return true;
      runtime.poke();
      return false;
    },
    'the projections and the conversion process to reach the head of the log',
    10_000,
    5,
  );
}

/** Sends a request that must be refused and proves nothing was appended. */
async function refused(target: string, as: User, body: unknown) {
  const before = await api.store.headPosition();
  const res = await api.request('POST', target, { as, body });
  expect(await api.store.headPosition()).toBe(before);
  return [res.statusCode, res.body?.code];
}

/** The decisions were taken just now (by the server's clock): a range around it. */
const exportRange = () => `from=${new Date(Date.now() - 100 * 86_400_000).toISOString()}&to=${new Date(Date.now() + 100 * 86_400_000).toISOString()}`;
const prospectUrl = (path = '') => `/api/prospects/${prospectId}${path}`;
const wrappedKeyOf = (subjectId: string): Buffer => {
  const db = new Database(join(api.dataDir, 'keys.sqlite'), { readonly: true });
  try {
    return db.prepare<[string], { wrapped_key: Buffer }>('SELECT wrapped_key FROM subject_keys WHERE subject_id = ?').get(subjectId)!.wrapped_key;
  } finally {
    db.close();
  }
};

/** Every file under the data directory (event store, read store, key store, their WAL files, secrets), as bytes. */
function dataFiles(): { file: string; bytes: Buffer }[] {
  return readdirSync(api.dataDir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(api.dataDir, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => ({ file, bytes: readFileSync(file) }));
}

beforeAll(async () => {
  api = await startApi();
  await post('/api/plans', sup, openPlanBody(), 201);
  await post(`/api/plans/${PLAN}/submit`, sup, submitPlanBody({
    targets: [
      { salespersonId: 'ann', salespersonName: ann.name, metric: 'new_customers', amount: 3 },
      { salespersonId: 'bob', salespersonName: BOB_NAME, metric: 'revenue', amount: 40_000_00, currency: 'CNY' },
    ],
  }));
  await post(`/api/plans/${PLAN}/approve`, mgr);
  await post(`/api/plans/${PLAN}/book`, sup, planBookBody());
  await post(`/api/plans/${PLAN}/book/approve`, mgr);

  prospectId = (await post('/api/prospects', ann, prospectBody({ contact: CONTACT }), 201)).body.prospectId;
  await post(prospectUrl('/credit-checks'), ann, creditCheckBody({ legalRepresentative: LEGAL_REPRESENTATIVE, investigator: ann.name }));
  await post(prospectUrl('/screen'), sup, { outcome: 'key_prospect' });
  await post(prospectUrl('/application'), ann, applicationBody());
  await post(prospectUrl('/application/supervisor-review'), sup, { decision: 'approve' });
  await post(prospectUrl('/application/manager-review'), mgr, { decision: 'approve', comment: 'Go' });
  await post(prospectUrl('/development/start'), ann);
  await post(prospectUrl('/reports'), ann, reportBody());
  await post(prospectUrl('/convert'), ann, { convertedOn: '2027-03-20' });
  await settled();
});

afterAll(async () => {
  if (appClosed) rmSync(api.dataDir, { recursive: true, force: true });
  else await api.close();
});

describe('personal data before any erasure', () => {
  it('is stored encrypted: no clear text of any person in any file of the data directory', async () => {
    const found = dataFiles().flatMap(({ file, bytes }) => ERASED_TEXTS.filter((text) => bytes.includes(text)).map((text) => `${file}: ${text}`));
    expect(found).toEqual([]);
  });
});

describe('reading personal data', () => {
  it('masks it on the plan read through the command path’s state cache too (the cache holds the stored, encrypted form)', async () => {
    const plan = await get(`/api/plans/${PLAN}`, analyst);
    expect(plan.targets.map((t: { salespersonName: string }) => t.salespersonName)).toEqual([MASKED, MASKED]);
    expect((await get(`/api/plans/${PLAN}`, mgr)).targets.map((t: { salespersonName: string }) => t.salespersonName)).toEqual([ann.name, BOB_NAME]);
  });

  it('shows it in clear to the team and to auditors, masked to analysts', async () => {
    expect((await get(prospectUrl(), mgr)).contact).toEqual(CONTACT);
    expect((await get(prospectUrl(), analyst)).contact).toEqual({ name: MASKED, phone: MASKED, email: MASKED });
    const listed = await get(`/api/prospects?team=${TEAM}&minPosition=${lastPosition}`, analyst);
    expect(listed.items.find((p: { prospectId: string }) => p.prospectId === prospectId).contact).toEqual({ name: MASKED, phone: MASKED, email: MASKED });
    // The names the read models and the prospect keep beside ids (#15) are personal data like every other name.
    const plans = async (as: User) => (await get(`/api/plans?team=${TEAM}&minPosition=${lastPosition}`, as)).items.find((p: { id: string }) => p.id === PLAN);
    expect((await plans(mgr)).people).toEqual([{ id: 'sup-1', name: sup.name, role: 'supervisor' }, { id: 'mgr-1', name: mgr.name, role: 'manager' }]);
    expect((await plans(analyst)).people.map((p: { name: string }) => p.name)).toEqual([MASKED, MASKED]);
    expect((await get(prospectUrl(), mgr)).people).toEqual(expect.arrayContaining([{ id: 'ann', name: ann.name, role: 'salesperson' }, { id: 'mgr-1', name: mgr.name, role: 'manager' }]));
    expect(new Set((await get(prospectUrl(), analyst)).people.map((p: { name: string }) => p.name))).toEqual(new Set([MASKED]));
    const history = await get(`/api/audit/streams/prospect-${prospectId}/events`, auditor);
    expect(history.events[0].data.contact).toEqual(CONTACT);
    expect(history.events[0].metadata.actorName).toBe(ann.name);
  });

  it('logs every read in clear (who, which subject, which route, when) for auditors, and not the masked ones', async () => {
    const log = await get(`/api/personal-data/access-log?subjectId=contact:${prospectId}`, auditor);
    const reads = log.entries.map((e: { actorId: string; route: string }) => [e.actorId, e.route]);
    expect(reads).toEqual(expect.arrayContaining([['mgr-1', 'GET /api/prospects/:prospectId'], ['aud-1', 'GET /api/audit/streams/:streamName/events']]));
    expect(reads.filter(([actor]: string[]) => actor === 'ana-1')).toEqual([]);
    expect(log.entries.every((e: { at: string }) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
    expect((await api.request('GET', '/api/personal-data/access-log', { as: analyst })).statusCode).toBe(403);
  });

  it('masks exports unless an auditor asks for personal data, which analysts may not', async () => {
    const range = exportRange();
    const masked = await api.request('GET', `/api/exports/decisions?${range}&format=jsonl`, { as: analyst });
    expect(masked.raw.split('\n').filter(Boolean).map((line) => JSON.parse(line).actorName)).toContain(MASKED);
    expect(masked.raw).not.toContain(mgr.name!);
    const clear = await api.request('GET', `/api/exports/decisions?${range}&format=csv&personalData=include`, { as: auditor });
    expect(clear.raw).toContain(mgr.name!);
    expect((await api.request('GET', `/api/exports/decisions?${range}&personalData=include`, { as: analyst })).body.code).toBe('AUTH.ROLE_REQUIRED');
  });
});

describe('erasing data subjects', () => {
  let before: { sheet: any; prospect: any; decisions: number; conversions: any; verify: any; keys: Record<string, Buffer> };

  beforeAll(async () => {
    before = {
      sheet: await get(`/api/plans/${PLAN}/tracking-sheet?asOf=2027-03-31`, mgr),
      prospect: await get(prospectUrl(), mgr),
      decisions: (await get(`/api/decisions?team=${TEAM}&limit=100`, auditor)).items.length,
      conversions: await get(`/api/conversions?team=${TEAM}`, mgr),
      verify: (await api.request('POST', '/api/audit/verify', { as: auditor })).body,
      keys: Object.fromEntries([`contact:${prospectId}`, `legal-representative:${prospectId}`, 'employee:bob', 'employee:mgr-1'].map((s) => [s, wrappedKeyOf(s)])),
    };
    expect(before.verify.ok).toBe(true);
  });

  it('is for privacy officers only; an unknown subject is 404, a malformed id 400, nothing appended', async () => {
    expect(await refused('/api/personal-data/erasures', mgr, { subjectId: `contact:${prospectId}`, legalBasis: 'GDPR Art. 17(1)(a)' })).toEqual([403, 'AUTH.ROLE_REQUIRED']);
    expect(await refused('/api/personal-data/erasures', privacy, { subjectId: 'contact:no-such-prospect', legalBasis: 'GDPR Art. 17(1)(a)' })).toEqual([404, 'PERSONAL_DATA.SUBJECT_NOT_FOUND']);
    expect(await refused('/api/personal-data/erasures', privacy, { subjectId: 'Liu Yifei', legalBasis: 'GDPR Art. 17(1)(a)' })).toEqual([400, 'REQUEST.VALIDATION_FAILED']);
    expect(await refused('/api/personal-data/erasures', privacy, { subjectId: `contact:${prospectId}` })).toEqual([400, 'REQUEST.VALIDATION_FAILED']);
  });

  it('destroys each key and records the erasure with the subject, the privacy officer and the legal basis; a second erasure is 409', async () => {
    for (const subjectId of [`contact:${prospectId}`, `legal-representative:${prospectId}`, 'employee:bob', 'employee:mgr-1']) {
      const res = await post('/api/personal-data/erasures', privacy, { subjectId, legalBasis: 'PIPL Art. 47: consent withdrawn on 2027-04-02' }, 201);
      expect(res.body).toEqual({ subjectId, erasedAt: expect.any(String), revision: 0, position: expect.any(Number) });
    }
    expect(await refused('/api/personal-data/erasures', privacy, { subjectId: `contact:${prospectId}`, legalBasis: 'again' })).toEqual([409, 'PERSONAL_DATA.ALREADY_ERASED']);
    await settled();
  });

  it('shows [erased] for exactly their fields on every read surface, also to those who may read personal data', async () => {
    const erasedContact = { name: ERASED, phone: ERASED, email: ERASED };
    const prospect = await get(prospectUrl(), mgr);
    expect(prospect.contact).toEqual(erasedContact);
    expect(prospect.assignedSalespersonName).toBe(ann.name);
    expect((await get(prospectUrl(), analyst)).contact).toEqual(erasedContact);

    const listed = await get(`/api/prospects?team=${TEAM}&minPosition=${lastPosition}`, mgr);
    expect(listed.items.find((p: { prospectId: string }) => p.prospectId === prospectId).contact).toEqual(erasedContact);

    const history = (await get(prospectUrl('/history'), auditor)).events;
    expect(history[0].data.contact).toEqual(erasedContact);
    const stored = (await get(`/api/audit/streams/prospect-${prospectId}/events`, auditor)).events;
    expect(stored[0].data.contact).toEqual(erasedContact);
    expect(stored[1].data).toMatchObject({ legalRepresentative: ERASED, investigator: ann.name });
    expect(stored.filter((e: any) => e.type === 'DevelopmentApplicationApprovedByManager')[0].metadata.actorName).toBe(ERASED);

    const plan = (await get(`/api/plans?team=${TEAM}`, mgr)).items.find((p: { id: string }) => p.id === PLAN);
    expect(plan.people.map((p: { id: string; name: string }) => [p.id, p.name])).toEqual([['sup-1', sup.name], ['mgr-1', ERASED]]);
    const sheet = await get(`/api/plans/${PLAN}/tracking-sheet?asOf=2027-03-31`, mgr);
    expect(sheet.rows.map((r: any) => [r.salespersonId, r.salespersonName])).toEqual([['ann', ann.name], ['bob', ERASED]]);
    const asOf = await get(`/api/audit/plans/${PLAN}/as-of?revision=4`, auditor);
    expect(asOf.state.targets.map((t: any) => t.salespersonName)).toEqual([ann.name, ERASED]);
    const sheetAsOf = await get(`/api/audit/plans/${PLAN}/tracking-sheet/as-of?at=2027-03-31T12:00:00Z`, auditor);
    expect(sheetAsOf.rows.map((r: any) => r.salespersonName)).toEqual([ann.name, ERASED]);

    const decisions = (await get(`/api/decisions?team=${TEAM}&limit=100`, auditor)).items;
    const approval = decisions.find((d: any) => d.eventType === 'PlanApproved');
    expect(approval.actorName).toBe(ERASED);
    const explanation = await get(`/api/audit/decisions/${approval.id}/explanation`, auditor);
    expect(JSON.stringify(explanation)).not.toContain(mgr.name!);
    expect(JSON.stringify(explanation)).toContain(ERASED);

    const range = exportRange();
    const csv = (await api.request('GET', `/api/exports/decisions?${range}&format=csv&personalData=include`, { as: auditor })).raw;
    expect(csv).toContain(ERASED);
    expect(csv).not.toContain(mgr.name!);

    await api.app.get(Runtime).projections.rebuild('prospect-list');
    const rebuilt = await get(`/api/prospects?team=${TEAM}`, mgr);
    expect(rebuilt.items.find((p: { prospectId: string }) => p.prospectId === prospectId).contact).toEqual(erasedContact);
  });

  it('changes nothing else: totals, grades, decisions, the conversion and the verified trail stay as they were', async () => {
    const sheet = await get(`/api/plans/${PLAN}/tracking-sheet?asOf=2027-03-31`, mgr);
    const numbers = (s: any) => s.rows.map(({ salespersonName: _name, ...row }: any) => row);
    expect(numbers(sheet)).toEqual(numbers(before.sheet));
    expect(sheet.rows.find((r: any) => r.metric === 'new_customers').actualToDate).toBe(1);
    const prospect = await get(prospectUrl(), mgr);
    // Only the erased people's names change: the contact, and the manager among the people who acted.
    const unnamed = (p: any) => ({ ...p, contact: undefined, revision: undefined, position: undefined, people: p.people.map((person: { id: string }) => person.id) });
    expect(unnamed(prospect)).toEqual(unnamed(before.prospect));
    expect(prospect.people.find((p: { id: string }) => p.id === 'mgr-1').name).toBe(ERASED);
    expect((await get(`/api/decisions?team=${TEAM}&limit=100`, auditor)).items).toHaveLength(before.decisions);
    expect(await get(`/api/conversions?team=${TEAM}`, mgr)).toEqual({ ...before.conversions, freshness: expect.anything() });

    const verify = (await api.request('POST', '/api/audit/verify', { as: auditor })).body;
    expect(verify).toMatchObject({ ok: true, brokenStreamCount: 0, eventProblemCount: 0 });
    expect(verify.events).toBe(before.verify.events + 4);
  });

  it('refuses text that looks like encrypted personal data before it becomes a command (400), appending nothing', async () => {
    const body = { metric: 'new_customers', amount: 1, date: '2027-03-21', reference: 'pii:1:employee:bob:AAAA' };
    expect(await refused(`/api/plans/${PLAN}/actuals`, ann, body)).toEqual([400, 'PERSONAL_DATA.RESERVED_TEXT']);
  });

  it('refuses new personal data about an erased employee (409), appending nothing', async () => {
    expect(await refused(`/api/plans/${PLAN}/reviews`, mgr, { reviewDate: '2027-03-25', reviews: [{ salespersonId: 'ann', findings: 'On course', rating: 'on_track', actions: [] }] })).toEqual([409, 'PERSONAL_DATA.SUBJECT_ERASED']);
  });

  it('answers an access request: every event that held the subject’s data, the erasure and who read it', async () => {
    const report = await get(`/api/personal-data/subjects/contact:${prospectId}/report`, privacy);
    expect(report).toMatchObject({ subjectId: `contact:${prospectId}`, kind: 'contact', status: 'erased', erasure: { erasedBy: 'pia-1', legalBasis: 'PIPL Art. 47: consent withdrawn on 2027-04-02' } });
    expect(report.streams).toEqual([{ streamName: `prospect-${prospectId}`, events: 1 }]);
    expect(report.mentions).toEqual([
      expect.objectContaining({
        eventType: 'ProspectAdded',
        revision: 0,
        fields: [
          { path: 'data.contact.name', value: ERASED },
          { path: 'data.contact.phone', value: ERASED },
          { path: 'data.contact.email', value: ERASED },
        ],
      }),
    ]);
    expect(report.accesses.map((a: { actorId: string }) => a.actorId)).toEqual(expect.arrayContaining(['mgr-1', 'aud-1']));
    const employee = await get('/api/personal-data/subjects/employee:ann/report', auditor);
    expect(employee.status).toBe('active');
    expect(employee.streams.map((s: { streamName: string }) => s.streamName)).toEqual(expect.arrayContaining([`plan-${PLAN}`, `prospect-${prospectId}`]));
    expect((await api.request('GET', '/api/personal-data/subjects/contact:nobody/report', { as: mgr })).statusCode).toBe(403);
    expect((await get('/api/personal-data/subjects/contact:nobody/report', privacy)).status).toBe('unknown');
  });

  it('leaves no byte of the erased keys, and no clear text, in any file of the embedded stores (WAL files included, after a checkpoint)', async () => {
    await api.app.close();
    appClosed = true;
    const files = dataFiles();
    expect(files.map((f) => f.file.slice(api.dataDir.length + 1)).sort()).toEqual(expect.arrayContaining(['events.sqlite', 'keys.sqlite', 'read.sqlite']));
    const found = files.flatMap(({ file, bytes }) => [
      ...ERASED_TEXTS.filter((text) => bytes.includes(text)).map((text) => `${file}: "${text}"`),
      ...Object.entries(before.keys).filter(([, key]) => bytes.includes(key)).map(([subject]) => `${file}: the key of ${subject}`),
    ]);
    expect(found).toEqual([]);
  });
});
