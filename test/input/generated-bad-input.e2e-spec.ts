import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SignJWT, UnsecuredJWT } from 'jose';
import { planStream } from '#app/sales-planning';
import { TEST_SECRET, startApi, type ApiHarness, type User } from '../support/api-harness.js';
import { codesInReadme } from '../support/error-codes.js';
import { eventually } from '../support/eventually.js';
import { badRequests, SchemaSet, type AuthVariant, type FuzzRequest, type JsonSchema } from '../support/openapi-fuzz.js';
import { operationsOf, type Operation } from '../support/openapi-operations.js';
import { TEAM, mgr, planInExecution, sup } from '../support/plan-requests.js';
import { prospectBody, prospectInDevelopment, scopeBody } from '../support/prospect-requests.js';

/*
 * Bad input for every operation of the served OpenAPI document, generated from its schemas: a
 * request the fuzzing user could send correctly, with one thing made wrong (a wrong type, a missing
 * or unknown field, a huge or hostile value, an impossible date, a bad path parameter, query or
 * header, another content type, a bad or absent token). Every answer must be below 500, every
 * refusal a problem document with a code the README lists, and no refusal may move the log head.
 * FUZZ_RUNS (per operation) and FUZZ_SEED make a run larger or repeat one.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
/** Generous for the default runs; a larger FUZZ_RUNS gets proportionally longer. */
const BUDGET_MS = Math.max(600_000, RUNS * 6_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);

/** Holds every role in the seeded team, so that a refusal is about the request, not about who sends it. */
const fuzzer: User = { sub: 'fuzzer', name: 'Fuzzer', roles: ['salesperson', 'supervisor', 'manager', 'auditor', 'analyst', 'privacy_officer'], teams: [TEAM] };
const PROBLEM = 'application/problem+json; charset=utf-8';

let api: ApiHarness;
let operations: Operation[];
let schemas: SchemaSet;
let pathValues: Record<string, string>;
let validToken: string;
const codes = codesInReadme();
const seen = { requests: 0, refused: 0, accepted: 0, byStatus: new Map<number, number>(), startedAt: Date.now() };

async function post(url: string, as: User, body: unknown = {}) {
  const res = await api.request('POST', url, { as, body });
  if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.raw}`);
  return res.body as { prospectId?: string; scopeId?: string; position: number };
}

/** Nothing more for the processes and projections to do: every follower at the head. */
const settled = () =>
  eventually(async () => {
    const status = (await api.request('GET', '/api/projections', { as: fuzzer })).body as { lag: number }[];
    return status.every((p) => p.lag === 0);
  }, 'every follower at the head');

const secret = new TextEncoder().encode(TEST_SECRET);
const claims = { name: 'Fuzzer', roles: fuzzer.roles, teams: fuzzer.teams };
const hs256 = (payload: Record<string, unknown>, key = secret) => new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(key);
const now = () => Math.floor(Date.now() / 1000);

const AUTHORIZATION: Record<Exclude<AuthVariant, 'valid' | 'absent'>, () => Promise<string>> = {
  empty: async () => '',
  'not-bearer': async () => 'Basic ZnV6emVyOnNlY3JldA==',
  garbage: async () => 'Bearer not.a.token',
  'alg-none': async () => `Bearer ${new UnsecuredJWT(claims).setSubject('fuzzer').setIssuedAt().setExpirationTime('1h').encode()}`,
  'wrong-secret': async () => `Bearer ${await hs256({ ...claims, sub: 'fuzzer', iat: now(), exp: now() + 600 }, new TextEncoder().encode('another-secret-that-is-long-enough-for-hs256'))}`,
  expired: async () => `Bearer ${await hs256({ ...claims, sub: 'fuzzer', iat: now() - 7200, exp: now() - 3600 })}`,
  century: async () => `Bearer ${await hs256({ ...claims, sub: 'fuzzer', iat: now(), exp: now() + 100 * 365 * 86_400 })}`,
  'issued-in-future': async () => `Bearer ${await hs256({ ...claims, sub: 'fuzzer', iat: now() + 3600, exp: now() + 7200 })}`,
  'no-subject': async () => `Bearer ${await hs256({ ...claims, iat: now(), exp: now() + 600 })}`,
  'roles-not-a-list': async () => `Bearer ${await hs256({ ...claims, roles: 'manager', sub: 'fuzzer', iat: now(), exp: now() + 600 })}`,
  'unknown-role': async () => `Bearer ${await hs256({ ...claims, roles: ['admin'], sub: 'fuzzer', iat: now(), exp: now() + 600 })}`,
  'teams-not-a-list': async () => `Bearer ${await hs256({ ...claims, teams: 'north', sub: 'fuzzer', iat: now(), exp: now() + 600 })}`,
  huge: async () => `Bearer ${await hs256({ ...claims, sub: 'fuzzer', iat: now(), exp: now() + 600, pad: 'p'.repeat(12_000) })}`,
};

async function send(request: FuzzRequest, to: ApiHarness = api, remoteAddress = '127.0.0.1') {
  const headers: Record<string, string> = { ...request.headers };
  if (request.auth === 'valid') headers.authorization = `Bearer ${validToken}`;
  else if (request.auth !== 'absent') headers.authorization = await AUTHORIZATION[request.auth]();
  const res = await to.app.inject({ method: request.method, url: request.url, headers, remoteAddress, ...(request.payload !== undefined ? { payload: request.payload } : {}) });
  let body: any;
  try {
    body = res.body === '' ? undefined : JSON.parse(res.body);
  } catch {
    body = res.body;
  }
  return { status: res.statusCode, contentType: res.headers['content-type'], body };
}

/** What is wrong with the answer to a bad request; empty when it is right. */
function violations(res: Awaited<ReturnType<typeof send>>, request: FuzzRequest, headBefore: number, headAfter: number): string[] {
  const found: string[] = [];
  if (res.status >= 500) found.push(`answered ${res.status}`);
  const { refusedWith } = request.mutation;
  if (refusedWith && !refusedWith.includes(res.status)) found.push(`answered ${res.status} where no valid request looks like this (expected ${refusedWith.join(' or ')})`);
  if (res.status < 400) return found;
  const body = res.body ?? {};
  if (res.contentType !== PROBLEM) found.push(`content type ${String(res.contentType)}`);
  if (body.status !== res.status) found.push(`problem status ${body.status} for HTTP ${res.status}`);
  if (typeof body.code !== 'string' || !codes.has(body.code)) found.push(`code ${JSON.stringify(body.code)} is not one the README lists`);
  else if (body.type !== `tag:salesflow,2026:problem:${body.code}`) found.push(`problem type ${JSON.stringify(body.type)}`);
  if (typeof body.title !== 'string' || typeof body.detail !== 'string') found.push('no title or detail');
  if ('statusCode' in body || 'message' in body || 'error' in body) found.push('a framework error body');
  if (headAfter !== headBefore) found.push(`the log head moved from ${headBefore} to ${headAfter}`);
  return found;
}

beforeAll(async () => {
  // No automatic seals (they append on their own clock); no lockout after failed tokens; short read-your-writes waits.
  api = await startApi({ AUTH_FAILURE_LIMIT: '0', AUDIT_SEAL_EVERY_EVENTS: '0', AUDIT_SEAL_INTERVAL_SECONDS: '0', READ_YOUR_WRITES_TIMEOUT_MS: '20', LIVE_MAX_STREAMS_PER_USER: '10000' });
  const document = await operationsOf(api);
  operations = document.operations;
  schemas = new SchemaSet(document.schemas as Record<string, JsonSchema>);
  validToken = await api.token(fuzzer, '2h');

  const planId = await planInExecution(api);
  const scope = await post('/api/development-scopes', sup, scopeBody());
  const prospectId = (await post('/api/prospects', fuzzer, prospectBody())).prospectId!;
  await prospectInDevelopment(post, prospectId, { assignee: fuzzer, supervisor: sup, manager: mgr });
  await settled();
  const decision = ((await api.request('GET', '/api/decisions?limit=1', { as: fuzzer })).body.items as { id: string }[])[0]!;
  const verification = (await post('/api/audit/verifications', fuzzer)) as unknown as { id: string };
  pathValues = {
    planId,
    adjustmentNumber: '1',
    lineId: 'line-1',
    prospectId,
    reportNumber: '1',
    scopeId: scope.scopeId!,
    name: 'tracking-sheet',
    position: '1',
    streamName: planStream(planId),
    revision: '0',
    eventId: decision.id,
    verificationId: verification.id,
    subjectId: `contact:${prospectId}`,
  };
  console.log(`generated bad input: ${RUNS} runs per operation, seed ${SEED} (FUZZ_RUNS, FUZZ_SEED to change)`);
}, 60_000);

afterAll(async () => {
  console.log(
    `generated bad input: ${seen.requests} requests in ${Math.round((Date.now() - seen.startedAt) / 1000)} s, ${seen.refused} refused, ${seen.accepted} accepted; by status ${[...seen.byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ')}`,
  );
  await api?.close();
});

describe('generated bad input, for every operation of the OpenAPI document', () => {
  it('covers every operation the document lists', () => {
    expect(operations.length).toBeGreaterThan(60);
    const unfilled = operations.flatMap((o) => o.pathParams.filter((name) => pathValues[name] === undefined).map((name) => `${o.operationId}:${name}`));
    expect(unfilled).toEqual([]);
  });

  it('is never answered 5xx, always as a problem with a listed code, and never moves the log head when refused', async () => {
    const failures = await eachOperation(operations, 0, async (operation) => {
      const query = operation.operationId === 'StreamReadModelChanges' ? { ticket: 'not-a-ticket', projections: 'tracking-sheet' } : undefined;
      return fc.asyncProperty(badRequests(operation, schemas, { path: pathValues, ...(query ? { query } : {}) }), async (request) => {
        const headBefore = await api.store.headPosition();
        const res = await send(request);
        count(res.status);
        if (res.status < 400 && request.method === 'POST') await settled();
        report(request, res, violations(res, request, headBefore, await api.store.headPosition()));
      });
    });
    expect(failures).toEqual([]);
  }, BUDGET_MS);
});

describe('generated requests to the development sign-in (embedded mode without AUTH_JWT_SECRET)', () => {
  let development: ApiHarness;
  let signIn: Operation[];
  let signInSchemas: SchemaSet;
  /** What the dashboard sends: this server's loopback Host and the custom header. */
  const headers = { host: 'localhost:3000', 'x-salesflow-dev': '1' };
  beforeAll(async () => {
    development = await startApi({ AUTH_JWT_SECRET: '', PORT: '3000', AUTH_FAILURE_LIMIT: '0' });
    const document = await operationsOf(development);
    signIn = document.operations.filter((o) => !operations.some((p) => p.operationId === o.operationId));
    signInSchemas = new SchemaSet(document.schemas as Record<string, JsonSchema>);
  });
  afterAll(() => development?.close());

  it('are the operations the document lists only in dev mode', () => {
    expect(signIn.map((o) => o.operationId).sort()).toEqual(['GetDevelopmentMode', 'MintDevelopmentToken']);
  });

  it('from this machine: never 5xx, always a problem with a listed code; from elsewhere: exactly what the API without dev mode answers', async () => {
    const failures = await eachOperation(signIn, 1_000, async (operation) =>
      fc.asyncProperty(badRequests(operation, signInSchemas, { path: {}, headers }), async (request) => {
        const local = await send(request, development);
        count(local.status);
        const remote = await send(request, development, '10.1.2.3');
        const withoutDevMode = await send(request, api, '10.1.2.3');
        const found = violations(local, request, 0, 0);
        const answer = (res: typeof remote) => ({ status: res.status, body: res.body });
        if (JSON.stringify(answer(remote)) !== JSON.stringify(answer(withoutDevMode))) found.push(`a remote caller can tell dev mode is on: ${JSON.stringify(answer(remote))} vs ${JSON.stringify(answer(withoutDevMode))}`);
        report(request, local, found);
      }),
    );
    expect(failures).toEqual([]);
  }, BUDGET_MS);
});

/** Runs each operation's property with its own seed (SEED + offset + index); the failures, each with the seed that repeats it. */
async function eachOperation(list: Operation[], offset: number, property: (operation: Operation) => Promise<fc.IAsyncProperty<[FuzzRequest]>>): Promise<string[]> {
  const failures: string[] = [];
  for (const [index, operation] of list.entries()) {
    const seed = SEED + offset + index;
    const result = await fc.check(await property(operation), { numRuns: RUNS, seed, endOnFailure: true });
    if (result.failed) failures.push(`${operation.operationId} (FUZZ_SEED=${seed - offset - index}, seed ${seed}): ${String((result.errorInstance as Error | undefined)?.message ?? result.errorInstance)}`);
  }
  return failures;
}

function count(status: number) {
  seen.requests++;
  seen.byStatus.set(status, (seen.byStatus.get(status) ?? 0) + 1);
  if (status < 400) seen.accepted++;
  else seen.refused++;
}

function report(request: FuzzRequest, res: Awaited<ReturnType<typeof send>>, found: string[]) {
  if (found.length === 0) return;
  throw new Error(`${request.mutation.kind} at ${request.mutation.where}: ${found.join('; ')} — ${request.method} ${request.url.slice(0, 200)} → ${JSON.stringify(res.body)?.slice(0, 300)}`);
}
