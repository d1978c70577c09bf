import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { TokenService } from '#app/platform';
import { describeUnless } from '#testing/eventsourcing';
import type { User } from '../support/api-harness.js';
import { ann, mgr } from '../support/plan-requests.js';
import { buildDashboard } from './support/dashboard-build.js';
import { browserUnavailable, launchBrowser, type TestBrowser } from './support/browser.js';
import { eventually } from '../support/eventually.js';
import { startLiveServer, type LiveServer } from './support/live-server.js';
import { seedProspects } from './support/seed-customers.js';
import { seedPlans, type Seeded } from './support/seed.js';
import { trackingRows } from './support/tracking-rows.js';

// Browser globals, for the callbacks that page.evaluate runs in Chromium.
declare const document: { activeElement: { tagName: string; id: string; textContent: string | null; blur(): void } | null; querySelector(selector: string): { textContent: string | null } | null };
declare const window: Record<string, unknown>;
declare const sessionStorage: { setItem(key: string, value: string): void };

const max: User = { sub: 'max', name: 'Max Manager', roles: ['manager'], teams: ['north', 'south'] };
const ada: User = { sub: 'ada', name: 'Ada Auditor', roles: ['auditor'], teams: [] };
const yuan = (minorUnits: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' }).format(minorUnits / 100);

const describeInBrowser = describeUnless(browserUnavailable());

let server: LiveServer;
let browser: TestBrowser;
let seeded: Seeded;
const contexts: BrowserContext[] = [];

async function newPage(init?: (context: BrowserContext) => Promise<void>): Promise<Page> {
  const context = await browser.context();
  contexts.push(context);
  await init?.(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

async function signInAs(page: Page, preset: string, fields: { sub?: string; role?: string; teams?: string } = {}) {
  await page.goto(`${server.url}/`);
  const dev = page.getByTestId('dev-sign-in');
  await dev.waitFor();
  await page.getByLabel('Sign in as', { exact: true }).selectOption({ label: preset });
  if (fields.sub) await page.getByLabel('User id', { exact: true }).fill(fields.sub);
  if (fields.role) await page.getByLabel('Role', { exact: true }).selectOption(fields.role);
  if (fields.teams !== undefined) await page.getByLabel('Teams', { exact: true }).fill(fields.teams);
  await dev.getByRole('button').click();
  await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
}

/** A tab already signed in (the token in sessionStorage, as the sign-in view leaves it), opened at `route`. */
async function signedIn(user: User, route: string): Promise<Page> {
  const token = await server.token(user);
  const page = await newPage(async (context) => {
    await context.addInitScript((t) => sessionStorage.setItem('salesflow.session.token', t), token);
  });
  await page.goto(`${server.url}/#${route}`);
  return page;
}

async function pasteToken(page: Page, token: string) {
  await page.getByLabel('Bearer token', { exact: true }).fill(token);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function apiGet(path: string, as: User = mgr) {
  const res = await server.request('GET', path, { as });
  return res;
}

const live = (page: Page) => page.locator('[data-live="live"]').waitFor();

/** Closes the tabs opened so far, so no live stream or request of theirs is open while a server shuts down. */
async function closeContexts() {
  for (const c of contexts.splice(0)) await c.close().catch(() => undefined);
}

describeInBrowser('the dashboard in Chromium', () => {
  beforeAll(async () => {
    buildDashboard();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeContexts();
    await browser?.close();
  });

  describe('on the embedded default (development secret)', () => {
    beforeAll(async () => {
      server = await startLiveServer();
      seeded = await seedPlans(server);
      await seedProspects(server);
    });
    afterAll(async () => {
      await closeContexts();
      await server?.close();
    });

    it('signs in with the development picker using the keyboard alone, and lists the plans and the approval queue', async () => {
      const page = await newPage();
      await page.goto(`${server.url}/`);
      await page.getByTestId('dev-sign-in').waitFor();
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      for (let i = 0; i < 4; i++) await page.keyboard.press('Tab'); // token, Sign in, Sign in as, User id
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('dev-sub');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Plans');
      await expect(page.getByTestId('signed-in-as').textContent()).resolves.toContain('Max Manager');

      const plans = await page.$$eval('[data-testid="plans-table"] tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)));
      expect(plans).toEqual([
        ['north', 'Q3 2027', 'Submitted for approval'],
        ['north', 'Q2 2027', 'Executing'],
        ['north', 'Q1 2027', 'Published'],
      ]);
      const queue = await page.$$eval('[data-testid="approval-queue"] tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent)));
      expect(queue).toEqual([['north', 'Q3 2027', 'Plan approval', 'Sue Supervisor']]);
      await expect(page.getByTestId('nav-queue').getAttribute('aria-label')).resolves.toBe('Approvals: 1 awaits your decision');
      await page.getByLabel('Status', { exact: true }).selectOption('executing');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await eventually(async () => (await page.$$('[data-testid="plans-table"] tbody tr')).length === 1, 'the status filter');
      expect(page.url()).toContain('status=executing');
      await page.getByRole('button', { name: 'Clear' }).click();
      await eventually(async () => (await page.$$('[data-testid="plans-table"] tbody tr')).length === 3, 'the cleared filter');
      await live(page);

      // Keyboard: the skip link is the first stop and jumps to the view's heading; then the main navigation,
      // where a followed link puts focus on the new view's heading.
      expect(await page.evaluate(() => document.querySelector('a, button, input, select, textarea')?.textContent)).toBe('Skip to content');
      await page.focus('.skip-link');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Plans');
      await page.focus('.skip-link');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Roll-overs');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Roll-overs' }).waitFor();
      await eventually(() => page.evaluate(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === 'Roll-overs'), 'focus on the new heading');
    });

    it('shows the tracking sheet with the API’s numbers, a chart per metric, pace in words and carried-in amounts marked', async () => {
      const page = await signedIn(max, `/plans/${seeded.q2}/tracking?asOf=2027-05-15`);
      await page.getByTestId('tracking-table').waitFor();
      const { shown, expected, sheet: api } = await trackingRows(page, server, mgr, seeded.q2, '2027-05-15');
      expect(shown).toEqual(expected);
      expect(shown.map((r) => r.key)).toEqual(['ann:revenue', 'ann:new_customers', 'bob:revenue']);

      const annRevenue = page.locator('tr[data-row="ann:revenue"]');
      const annRow = (api.rows as Record<string, number>[])[0]!;
      await expect(annRevenue.locator('[data-field="actualToDate"]').textContent()).resolves.toBe(yuan(annRow.actualToDate!));
      await expect(annRevenue.locator('[data-field="effectiveTarget"]').textContent()).resolves.toBe(yuan(annRow.effectiveTarget!));
      await expect(annRevenue.locator('[data-field="pace"]').textContent()).resolves.toContain('Behind');
      const carried = await annRevenue.locator('[data-field="carriedIn"]').textContent();
      expect(carried).toContain(`Carried in: ${yuan(20_000_00)}`);
      expect(carried).toContain(`${yuan(20_000_00)} from Q1 2027`);
      // Actuals pay the carried debt first: Ann's 5,000.00 so far all went to the line from Q1.
      const apiLine = (api.rows[0].carriedInLines as { settledToDate: number }[])[0]!;
      expect(apiLine.settledToDate).toBe(5_000_00);
      await expect(annRevenue.locator('[data-field="settledToDate"]').getAttribute('data-value')).resolves.toBe(String(apiLine.settledToDate));
      await expect(annRevenue.locator('[data-field="settledToDate"]').getAttribute('data-outstanding')).resolves.toBe(String(20_000_00 - 5_000_00));
      expect(carried).toContain(`settled ${yuan(5_000_00)} of ${yuan(20_000_00)} so far`);
      await expect(page.locator('tr[data-row="bob:revenue"] [data-field="pace"]').textContent()).resolves.toContain('On track');

      const revenueChart = page.getByTestId('chart-revenue').locator('svg');
      await expect(revenueChart.getAttribute('aria-label')).resolves.toMatch(/^Revenue \(CNY\): effective target against actual.*Ann: actual ¥5,000.00 of ¥80,000.00.*Behind/);
      const chartText = await page.getByTestId('chart-revenue').textContent();
      expect(chartText).toContain('↪ carried in');
      expect(chartText).toContain('✖ Behind');
      expect(chartText).toContain('▲ On track');
      await expect(page.getByTestId('chart-new_customers').locator('svg').count()).resolves.toBe(1);
      await live(page);
    });

    it('changes the as-of date and shows that day’s numbers', async () => {
      const page = await signedIn(max, `/plans/${seeded.q2}/tracking?asOf=2027-05-15`);
      await page.getByTestId('tracking-table').waitFor();
      await page.getByLabel('As of', { exact: true }).fill('2027-04-30');
      await eventually(() => page.url().includes('asOf=2027-04-30'), 'the new date in the address');
      await eventually(async () => (await page.getAttribute('tr[data-row="bob:revenue"] [data-field="actualToDate"]', 'data-value')) === '0', 'the sheet as of 30 April');
      const { shown, expected } = await trackingRows(page, server, mgr, seeded.q2, '2027-04-30');
      expect(shown).toEqual(expected);
    });

    it('updates the open views live when a command changes them, without reloading', async () => {
      const page = await signedIn(max, `/plans/${seeded.q2}/tracking?asOf=2027-06-30`);
      await page.getByTestId('tracking-table').waitFor();
      await live(page);
      await page.evaluate(() => (window.notReloaded = true));
      const cell = 'tr[data-row="ann:revenue"] [data-field="actualToDate"]';
      const before = Number(await page.getAttribute(cell, 'data-value'));
      const recorded = await server.request('POST', `/api/plans/${seeded.q2}/actuals`, { as: ann, body: { metric: 'revenue', amount: 7_000_00, currency: 'CNY', date: '2027-06-01', reference: 'INV-LIVE' } });
      expect(recorded.status).toBe(200);
      await eventually(async () => Number(await page.getAttribute(cell, 'data-value')) === before + 7_000_00, 'the recorded actual on the open sheet');
      await expect(page.getAttribute('tr[data-row="ann:revenue"] [data-field="settledToDate"]', 'data-value')).resolves.toBe(String(Math.min(20_000_00, before + 7_000_00)));
      const { shown, expected } = await trackingRows(page, server, mgr, seeded.q2, '2027-06-30');
      expect(shown).toEqual(expected);

      await page.goto(`${server.url}/#/plans`);
      await page.getByTestId('approval-queue').waitFor();
      await live(page);
      const approved = await server.request('POST', `/api/plans/${seeded.q3}/approve`, { as: mgr, body: { comment: 'Approved while the dashboard watched' } });
      expect(approved.status).toBe(200);
      await page.getByText('Nothing awaits your decision.').waitFor();
      await page.locator('[data-testid="nav-queue"] [data-count="0"]').waitFor();
      await eventually(async () => (await page.textContent(`tr[data-plan-id="${seeded.q3}"] [data-status]`)) === 'Approved', 'the approved plan in the list');
      expect(await page.evaluate(() => window.notReloaded)).toBe(true);
    });

    it('shows the follow-up sheet: reviews, difficulty reports and adjustments with their outcomes', async () => {
      const page = await signedIn(max, `/plans/${seeded.q1}/follow-up`);
      const annSection = page.locator('section[data-salesperson="ann"]');
      await annSection.waitFor();
      const text = await annSection.textContent();
      expect(text).toContain('Key account lost to bankruptcy');
      expect(text).toContain('Replace the account (Ann, by Mar 1, 2027)');
      expect(text).toContain('Max Manager');
      expect(text).not.toContain('mgr-1');
      expect(text).toContain('Key account went bankrupt');
      expect(text).toContain('Adjustment approved');
      expect(text).toContain(`Revenue: ${yuan(60_000_00)} → ${yuan(50_000_00)}`);
      expect(text).toContain('summary submitted');
    });

    it('charts the roll-overs by period and follows a line through the periods it passed', async () => {
      const page = await signedIn(max, '/rollovers');
      await page.getByTestId('rollover-totals').waitFor();
      const api = await apiGet('/api/rollovers');
      for (const period of api.body.periods as { team: string; period: string; metrics: Record<string, { carriedIn: { total: number }; carriedOut: number; waived: number; settled: number }> }[]) {
        for (const [metric, totals] of Object.entries(period.metrics)) {
          const row = page.locator(`tr[data-period="${period.team}|${period.period}"][data-metric="${metric}"]`);
          const values = await row.locator('[data-kind]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
          expect({ period: period.period, metric, values }).toEqual({ period: period.period, metric, values: [totals.carriedIn.total, totals.carriedOut, totals.waived, totals.settled] });
        }
      }
      await expect(page.getByTestId('rollover-chart-revenue').locator('svg').getAttribute('aria-label')).resolves.toContain(`Q2 2027: Carried in ${yuan(20_000_00)}`);
      await live(page);

      await page.getByRole('link', { name: /Lineage of the Revenue line of Ann from Q1 2027/ }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Lineage of a carried line' }).waitFor();
      await expect(page.getByTestId('lineage-path').textContent()).resolves.toBe('Periods it passed through: Q1 2027 → Q2 2027');
      const steps = await page.$$eval('[data-testid="lineage"] > li', (items) => items.map((li) => [li.getAttribute('data-period'), li.querySelector('ul')?.textContent ?? '']));
      expect(steps).toEqual([
        ['2027-Q1', expect.stringContaining(`Carried out ${yuan(20_000_00)} to Q2 2027`)],
        ['2027-Q2', expect.stringContaining(`Carried in ${yuan(20_000_00)} from Q1 2027`)],
      ]);
    });

    it('filters the decision log and opens a decision’s explanation', async () => {
      const page = await signedIn(ada, '/decisions');
      await page.getByTestId('decision-timeline').waitFor();
      const all = await apiGet('/api/decisions', ada);
      await eventually(async () => (await page.$$('[data-decision-id]')).length === all.body.items.length, 'every decision');

      await page.getByLabel('Decision', { exact: true }).selectOption('rejection');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      const rejections = await apiGet('/api/decisions?decision=rejection', ada);
      expect(rejections.body.items.length).toBe(1);
      await eventually(async () => (await page.$$('[data-decision-id]')).length === 1, 'only rejections');
      const rejection = page.locator('[data-decision-id]').first();
      await expect(rejection.textContent()).resolves.toContain('Rejection of the plan (version 1) — north Q1 2027');
      await expect(rejection.textContent()).resolves.toContain('Reason: “Too timid for the north”');

      await rejection.getByRole('button', { name: 'Explain this decision' }).click();
      const explanation = page.getByTestId('explanation');
      await explanation.waitFor();
      const id = rejections.body.items[0].id as string;
      const answer = await apiGet(`/api/audit/decisions/${id}/explanation`, ada);
      expect(answer.status).toBe(200);
      await explanation.getByTestId('explanation-command').waitFor();
      const text = await explanation.textContent();
      expect(text).toContain('Too timid for the north');
      expect(text).toContain(answer.body.command.commandType);
      expect(text).not.toContain('is not available on this server');
      expect(page.url()).toContain(`#/decisions/${id}?decision=rejection`);
    });

    it('shows customer development: pipeline, potential customers, overdue reports, credit checks', async () => {
      const page = await signedIn(max, '/customers');
      await page.getByRole('heading', { level: 1, name: 'Customer development' }).waitFor();
      const routes = [
        ['/api/development-pipeline', 'pipeline-table'],
        ['/api/prospects', 'prospects-table'],
        ['/api/development-reports/overdue', 'overdue-table'],
        ['/api/credit-checks', 'credit-checks-table'],
      ] as const;
      for (const [route, table] of routes) {
        const answer = await apiGet(route);
        expect({ route, status: answer.status }).toEqual({ route, status: 200 });
        expect(await page.locator(`[data-unavailable="GET ${route}"]`).count()).toBe(0);
        if (table === 'overdue-table' && answer.body.items.length === 0) {
          await page.getByText('No development report is overdue.').waitFor();
          continue;
        }
        await page.getByTestId(table).first().waitFor();
      }
      const names = await page.$$eval('[data-testid="prospects-table"] tbody tr td:first-child', (cells) => cells.map((c) => c.textContent).sort());
      expect(names).toEqual(['Hebei Ice Works', 'Jinan Frozen Foods Ltd.', 'Qilu Cold Chain Co., Ltd.']);
      await page.getByLabel('Credit grade', { exact: true }).selectOption('B');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await eventually(async () => (await page.$$('[data-testid="prospects-table"] tbody tr')).length === 2, 'the grade filter');
      await page.getByRole('button', { name: 'Apply filters' }).focus();
      await page.goto(`${server.url}/#/customers`);
      await page.getByTestId('prospects-table').waitFor();
      await live(page);
    });

    it('says why a token is refused: malformed, expired or not signed by this server', async () => {
      const page = await newPage();
      await page.goto(`${server.url}/`);
      await pasteToken(page, 'hello');
      await expect(page.getByTestId('sign-in-problem').getAttribute('data-error-code')).resolves.toBe('AUTH.TOKEN_MALFORMED');

      const expired = await server.token(mgr, Math.floor(Date.now() / 1000) - 60);
      await pasteToken(page, expired);
      await eventually(async () => (await page.getByTestId('sign-in-problem').getAttribute('data-error-code')) === 'AUTH.TOKEN_EXPIRED', 'the expiry message');
      await expect(page.getByTestId('sign-in-problem').textContent()).resolves.toContain('This token expired on');

      const forged = await new TokenService(new TextEncoder().encode('another-secret-that-is-long-enough-for-hs256')).sign({ sub: 'mallory', roles: ['auditor'], teams: [] });
      await pasteToken(page, forged);
      await eventually(async () => (await page.getByTestId('sign-in-problem').getAttribute('data-error-code')) === 'AUTH.TOKEN_INVALID', 'the invalid-token message');
      await expect(page.getByTestId('sign-in-problem').textContent()).resolves.toContain('The API does not accept this token');
    });

    it('returns to the sign-in view with the reason when a stored token is refused or the token expires while open', async () => {
      const forged = await new TokenService(new TextEncoder().encode('another-secret-that-is-long-enough-for-hs256')).sign({ sub: 'mallory', roles: ['manager'], teams: ['north'] });
      const stale = await newPage(async (context) => {
        await context.addInitScript((token) => sessionStorage.setItem('salesflow.session.token', token), forged);
      });
      await stale.goto(`${server.url}/#/plans/${seeded.q2}/tracking`);
      await stale.getByTestId('sign-in-notice').waitFor();
      await expect(stale.getByTestId('sign-in-notice').textContent()).resolves.toContain('(AUTH.TOKEN_INVALID)');

      const page = await newPage();
      await page.goto(`${server.url}/`);
      await pasteToken(page, await server.token(mgr, Math.floor(Date.now() / 1000) + 3));
      await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
      await page.getByTestId('sign-in-notice').waitFor({ timeout: 15_000 });
      await expect(page.getByTestId('sign-in-notice').textContent()).resolves.toMatch(/expired \(AUTH\.TOKEN_EXPIRED\)/);
    });

    it('shows API errors inline, naming them, and the 403 of a plan the user may not read', async () => {
      const page = await signedIn(max, '/rollovers?fromPeriod=2027-Q4&toPeriod=2027-Q1');
      const inverted = page.locator('[data-error-code="REQUEST.INVERTED_RANGE"]');
      await inverted.waitFor();
      const text = await inverted.textContent();
      expect(text).toContain('fromPeriod must not be after toPeriod');
      expect(text).toContain('REQUEST.INVERTED_RANGE · HTTP 400 · GET /api/rollovers');
      await page.goto(`${server.url}/#/plans/00000000-0000-4000-8000-000000000000/tracking`);
      await page.locator('[data-error-code="PLAN.NOT_FOUND"]').waitFor();
      await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(true);

      const south = await newPage();
      await signInAs(south, 'Sue Supervisor — Supervisor · north', { sub: 'sup-s', teams: 'south' });
      await south.goto(`${server.url}/#/plans/${seeded.q2}/tracking`);
      const forbidden = south.locator('[data-error-code="AUTH.TEAM_FORBIDDEN"]');
      await forbidden.waitFor();
      await expect(forbidden.textContent()).resolves.toContain('Not allowed while loading the tracking sheet: You are not a member of this team.');
      await expect(forbidden.textContent()).resolves.toContain("You may not read these plans: they are another team's");
      await expect(south.locator('[data-testid="plans-table"]').count()).resolves.toBe(0);
    });
  });

  describe('with a real AUTH_JWT_SECRET', () => {
    let production: LiveServer;
    beforeAll(async () => {
      production = await startLiveServer({ AUTH_JWT_SECRET: 'a-production-secret-that-is-long-enough-for-hs256' });
    });
    afterAll(async () => {
      await closeContexts();
      await production?.close();
    });

    it('offers no development sign-in, and signs in with a pasted token', async () => {
      const page = await newPage();
      const devAnswer = page.waitForResponse((r) => r.url().endsWith('/api/dev'));
      await page.goto(`${production.url}/`);
      expect((await devAnswer).status()).toBe(404);
      await page.getByRole('heading', { level: 1, name: 'Sign in to the salesflow dashboard' }).waitFor();
      await expect(page.getByTestId('dev-sign-in').count()).resolves.toBe(0);
      await pasteToken(page, await production.token(mgr));
      await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
      await page.getByText('No plan matches these filters.').waitFor();
    });
  });
});
