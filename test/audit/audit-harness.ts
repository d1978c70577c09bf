import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { startApi, type ApiHarness } from '../support/api-harness.js';

export interface AuditedApi extends ApiHarness {
  /** Runs SQL on the event store's file behind the application's back (tampering). */
  sql(statement: string, ...params: unknown[]): void;
}

/** The API as production wires it (the harness's default), with SQL access to the event file for tampering. */
export async function startAuditedApi(env: Record<string, string> = {}): Promise<AuditedApi> {
  const api = await startApi(env);
  return {
    ...api,
    sql(statement, ...params) {
      const db = new Database(join(api.dataDir, 'events.sqlite'));
      try {
        db.prepare(statement).run(...params);
      } finally {
        db.close();
      }
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
