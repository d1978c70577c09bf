import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SqliteReadStore, type Page, type ReadDocument, type ReadQuery } from '#app/read-store';
import { decisionLogProjection, type DecisionDocument } from '#app/sales-planning';
import { csvLine } from './export-format.js';
import { decisionExport, periodsBetween } from './export.queries.js';

const COLLECTION = 'decisions_v1';
/** Small pages over a few thousand documents show the streaming; bench/export-memory.ts measures the heap over 50,000 and more. */
const TOTAL = 5_000;
const PAGE = 100;

function decision(i: number): DecisionDocument {
  const at = new Date(Date.UTC(2027, 0, 1) + i * 60_000).toISOString();
  return {
    id: `event-${String(i).padStart(6, '0')}`,
    eventType: i % 2 ? 'PlanApproved' : 'PlanRejected',
    decision: i % 2 ? 'approval' : 'rejection',
    subject: 'plan',
    actorId: 'mgr-1',
    actorName: 'Max Manager',
    actorRole: 'manager',
    occurredAt: at,
    reason: i % 2 ? null : 'Targets too low, see "notes"',
    comment: null,
    planId: `plan-${i % 50}`,
    team: i % 3 ? 'north' : 'south',
    period: '2027-Q1',
    version: 1,
    streamName: `plan-plan-${i % 50}`,
    revision: i,
    position: i + 1,
    commandId: `cmd-${i}`,
    correlationId: `corr-${i}`,
  };
}

/** Counts the pages read and how large they were. */
class CountingReadStore extends SqliteReadStore {
  pages = 0;
  largestPage = 0;

  override async find<T extends ReadDocument = ReadDocument>(collection: string, query?: ReadQuery): Promise<Page<T>> {
    const page = await super.find<T>(collection, query);
    this.pages++;
    this.largestPage = Math.max(this.largestPage, page.items.length);
    return page;
  }
}

describe('decision export', () => {
  const store = new CountingReadStore({ filename: ':memory:' });

  beforeAll(async () => {
    await store.ensureCollection(COLLECTION, { shapes: decisionLogProjection.queries });
    await store.transaction((tx) => {
      for (let i = 0; i < TOTAL; i++) tx.upsert(COLLECTION, decision(i));
    });
  });
  afterAll(async () => {
    await store.close();
  });

  it('streams page by page: each chunk handed on is the one page just read, never a page ahead of the reader', async () => {
    const request = { from: '2027-01-01T00:00:00.000Z', to: '2027-12-31T23:59:59.999Z', format: 'csv' as const };
    const pagesReadAtEachChunk: number[] = [];
    let rows = 0;
    let largestChunk = 0;
    for await (const chunk of decisionExport(store, COLLECTION, request, PAGE)) {
      pagesReadAtEachChunk.push(store.pages);
      largestChunk = Math.max(largestChunk, Buffer.byteLength(chunk));
      rows += chunk.split('\r\n').length - 1;
    }
    // The header goes out before any page is read; chunk k + 1 is page k.
    expect(pagesReadAtEachChunk).toEqual(Array.from({ length: 1 + TOTAL / PAGE }, (_, k) => k));
    expect(rows).toBe(TOTAL + 1);
    expect(store.largestPage).toBe(PAGE);
    expect(largestChunk).toBeLessThan(PAGE * 400);
  });

  it('keeps the range and the order, and writes JSON lines', async () => {
    const request = { from: decision(10).occurredAt, to: decision(12).occurredAt, format: 'jsonl' as const, team: 'north' };
    let text = '';
    for await (const chunk of decisionExport(store, COLLECTION, request)) text += chunk;
    const lines = text.trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as DecisionDocument).id)).toEqual(['event-000010', 'event-000011']);
  });
});

describe('CSV lines', () => {
  it('quotes separators, quotes and edge spaces, and defuses spreadsheet formulas', () => {
    expect(csvLine(['a,b', 'say "hi"', '=SUM(A1)', '-1', null, undefined, 5, -5, true, ' x', 'line\nbreak'])).toBe(
      `"a,b","say ""hi""",'=SUM(A1),'-1,,,5,-5,true," x","line\nbreak"\r\n`,
    );
  });
});

describe('periods of a roll-over export', () => {
  it('counts periods of the first period’s granularity through the end of the last', () => {
    expect(periodsBetween('2027-01', '2027-12', 100)).toBe(12);
    expect(periodsBetween('2027-Q1', '2028-Q2', 100)).toBe(6);
    expect(periodsBetween('2027-Q1', '2027-03', 100)).toBe(1);
    expect(periodsBetween('2027', '2029', 100)).toBe(3);
    expect(periodsBetween('2027-01', '2099-12', 36)).toBe(37);
  });
});
