import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { TokenService, createEventStore, createReadStore, loadConfig } from '#app/platform';
import { createApp } from '../../apps/api/src/app.factory.js';
import { TEST_SECRET, type ApiHarness, type Response, type User } from '../support/api-harness.js';

export interface AuditedApi extends ApiHarness {
  dataDir: string;
  /** Runs SQL on the event store's file behind the application's back (tampering). */
  sql(statement: string, ...params: unknown[]): void;
}

/** The API as production wires it: the configured stores, hash-chained and upcasting (createEventStore). */
export async function startAuditedApi(env: Record<string, string> = {}): Promise<AuditedApi> {
  const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-audit-'));
  const config = loadConfig({ DATA_DIR: dataDir, AUTH_JWT_SECRET: TEST_SECRET, ...env });
  const store = createEventStore(config);
  const app = await createApp(config, { eventStore: store, readStore: createReadStore(config), logger: ['error'] });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const tokens = new TokenService(new TextEncoder().encode(TEST_SECRET));
  const token = (user: User, expiresIn: string | number = '1h') =>
    tokens.sign({ sub: user.sub, name: user.name ?? user.sub, roles: user.roles, teams: user.teams }, expiresIn);

  return {
    app,
    store,
    config,
    tokens,
    token,
    dataDir,
    sql(statement, ...params) {
      const db = new Database(join(dataDir, 'events.sqlite'));
      try {
        db.prepare(statement).run(...params);
      } finally {
        db.close();
      }
    },
    async request(method, url, options = {}): Promise<Response> {
      const headers: Record<string, string> = { ...(options.headers ?? {}) };
      const bearer = options.token ?? (options.as ? await token(options.as) : undefined);
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      const payload = options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined);
      if (payload !== undefined) headers['content-type'] ??= 'application/json';
      const res = await app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
      let body: unknown;
      try {
        body = res.body === '' ? undefined : JSON.parse(res.body);
      } catch {
        body = res.body;
      }
      return { statusCode: res.statusCode, headers: res.headers, body, raw: res.body };
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the clock has moved on, so the next event's occurredAt is strictly later than any before. */
export async function nextMillisecond(): Promise<string> {
  const before = Date.now();
  while (Date.now() <= before + 1) await sleep(2);
  return new Date().toISOString();
}

/** The calendar quarter holding today (UTC), so dated actuals fall inside "now". */
export function currentQuarter(): { period: string; start: string } {
  const today = new Date();
  const quarter = Math.floor(today.getUTCMonth() / 3) + 1;
  const start = `${today.getUTCFullYear()}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
  return { period: `${today.getUTCFullYear()}-Q${quarter}`, start };
}
