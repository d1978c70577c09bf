import type { Page } from 'playwright-core';
import type { User } from '../../support/api-harness.js';
import type { LiveServer } from './live-server.js';

const TRACKED_FIELDS = ['baseTarget', 'carriedIn', 'adjustments', 'effectiveTarget', 'expectedToDate', 'actualToDate', 'completionPercent', 'variance', 'pace'] as const;

interface ApiRow {
  salespersonId: string;
  metric: string;
  carriedInLines: { lineId: string; status: string; settledToDate: number }[];
  [field: string]: unknown;
}

/**
 * The tracking table as shown (each row's `data-field`/`data-value` cells, and the settlement of each
 * active carried line) beside the same values from the API's sheet for that day.
 */
export async function trackingRows(page: Page, server: LiveServer, as: User, planId: string, asOf: string) {
  const res = await server.request('GET', `/api/plans/${planId}/tracking-sheet?asOf=${asOf}`, { as });
  if (res.status !== 200) throw new Error(`tracking sheet of ${planId} as of ${asOf}: ${res.status} ${JSON.stringify(res.body)}`);
  const shown = await page.$$eval('[data-testid="tracking-table"] tbody tr', (rows) =>
    rows.map((row) => ({
      key: row.getAttribute('data-row'),
      values: Object.fromEntries([...row.querySelectorAll(':scope > [data-field]')].map((cell) => [cell.getAttribute('data-field'), cell.getAttribute('data-value')])),
      settled: [...row.querySelectorAll('li[data-line-id]')].map((li) => [li.getAttribute('data-line-id'), li.querySelector('[data-field="settledToDate"]')?.getAttribute('data-value') ?? null]),
    })),
  );
  const expected = (res.body.rows as ApiRow[]).map((r) => ({
    key: `${r.salespersonId}:${r.metric}`,
    values: Object.fromEntries(TRACKED_FIELDS.map((f) => [f, r[f] === null ? '' : String(r[f])])),
    settled: r.carriedInLines.map((l) => [l.lineId, l.status === 'active' ? String(l.settledToDate) : null]),
  }));
  return { shown, expected, sheet: res.body };
}
