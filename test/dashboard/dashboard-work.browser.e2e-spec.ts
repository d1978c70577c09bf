import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { planIdFor, planStream } from '#app/sales-planning';
import { describeUnless } from '#testing/eventsourcing';
import type { User } from '../support/api-harness.js';
import { eventually } from '../support/eventually.js';
import { creditGradeFor } from '../../apps/dashboard/src/rules/credit-grade.js';
import { seriousViolations } from './support/axe.js';
import { unreachedByTab } from './support/keyboard.js';
import { browserUnavailable, launchBrowser, type TestBrowser } from './support/browser.js';
import { buildDashboard } from './support/dashboard-build.js';
import { startLiveServer, type LiveServer } from './support/live-server.js';
import { seedProspects } from './support/seed-customers.js';
import { screenshot } from './support/screenshots.js';
import { seedPlans, type Seeded } from './support/seed.js';
import { trackingRows } from './support/tracking-rows.js';

// Browser globals, for the callbacks that page.evaluate runs in Chromium.
declare const document: {
  activeElement: { tagName: string; closest(selector: string): unknown; blur(): void } | null;
  documentElement: { scrollWidth: number };
  querySelector(selector: string): unknown;
  querySelectorAll(selector: string): { forEach(f: (e: { open: boolean }) => void): void };
};
declare const window: { innerWidth: number };
declare const sessionStorage: { setItem(key: string, value: string): void };
declare const localStorage: { setItem(key: string, value: string): void; getItem(key: string): string | null };

const LOCALES = [
  ['en', 'en'],
  ['zh', 'zh-CN'],
] as const;
type Lang = (typeof LOCALES)[number][0];

const max: User = { sub: 'max', name: 'Max Manager', roles: ['manager'], teams: ['north', 'south'] };
const max2: User = { sub: 'mia', name: 'Mia Manager', roles: ['manager'], teams: ['south'] };
const sueS: User = { sub: 'sue-s', name: 'Sue South', roles: ['supervisor'], teams: ['south'] };
const annS: User = { sub: 'ann-s', name: 'Ann South', roles: ['salesperson'], teams: ['south'] };
const bobS: User = { sub: 'bob-s', name: 'Bob South', roles: ['salesperson'], teams: ['south'] };
const sueN: User = { sub: 'sup-1', name: 'Sue Supervisor', roles: ['supervisor'], teams: ['north'] };
const annN: User = { sub: 'ann', name: 'Ann', roles: ['salesperson'], teams: ['north'] };
const ada: User = { sub: 'ada', name: 'Ada Auditor', roles: ['auditor'], teams: [] };

const describeInBrowser = describeUnless(browserUnavailable());

let server: LiveServer;
let browser: TestBrowser;
let seeded: Seeded;
const contexts: BrowserContext[] = [];
const south = { q1: planIdFor('south', '2027-Q1'), q2: planIdFor('south', '2027-Q2') };
let convertedProspect = '';

/** A tab signed in as `user` (the token in sessionStorage, as the sign-in view leaves it), in `lang`, opened at `route`. */
async function signedIn(user: User | null, route: string, lang: Lang = 'en', options: { offline?: boolean; today?: string } = {}): Promise<Page> {
  // A browser whose clock says `today` needs a token that has not expired by then (the server takes lifetimes up to 366 days here).
  const token = user ? await server.token(user, options.today ? '365d' : '2h') : null;
  // The browser's own language too, as a reader of each language has it (the date inputs follow it).
  const context = await browser.context(lang === 'zh' ? 'zh-CN' : 'en-US');
  contexts.push(context);
  if (options.today) await context.clock.setFixedTime(new Date(`${options.today}T09:00:00Z`));
  await context.addInitScript(
    ([t, l]) => {
      if (t) sessionStorage.setItem('salesflow.session.token', t);
      if (localStorage.getItem('salesflow.locale') === null) localStorage.setItem('salesflow.locale', l);
    },
    [token, LOCALES.find(([k]) => k === lang)![1]] as const,
  );
  // Without the live feed a view changes only when the reader acts: the way to see a 412.
  if (options.offline) await context.route('**/api/events/**', (route) => route.abort());
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${server.url}/#${route}`);
  return page;
}

async function api(path: string, as: User = max) {
  const res = await server.request('GET', path, { as });
  expect({ path, status: res.status }).toEqual({ path, status: 200 });
  return res.body;
}

/** The action's form, opened (its <details> expanded) when it is not. */
async function action(page: Page, id: string): Promise<Locator> {
  const details = page.locator(`[data-action="${id}"]`);
  await details.waitFor();
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details.locator('form');
}

const status = (page: Page, value: string) => page.locator(`[data-testid="plan-status"][data-status="${value}"]`).waitFor();

async function submit(form: Locator, name: string | RegExp) {
  await form.getByRole('button', { name, exact: typeof name === 'string' }).click();
}

/** Two scored items of the credit investigation form, in either language: the grade shows as they are entered. */
async function scoreTwoItems(page: Page) {
  const form = page.locator('[data-action="credit-check"] form');
  await form.locator('[name="scoredItems[0].item"]').fill('Payment record');
  await form.locator('[name="scoredItems[0].score"]').selectOption('A');
  await form.locator('fieldset:has([data-testid="grade-live"]) > button').click();
  await form.locator('[name="scoredItems[1].item"]').fill('Bank opinion');
  await form.locator('[name="scoredItems[1].score"]').selectOption('C');
  await form.locator(`[data-testid="grade-live"][data-grade="${creditGradeFor(['A', 'C'])}"]`).waitFor();
}

/** Everything on the page in view and the page no wider than the window. */
async function noHorizontalOverflow(page: Page, what: string) {
  await eventually(async () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${what}: no horizontal overflow at 390 px`, 5_000).catch(async (error) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    throw new Error(`${(error as Error).message}: the page is ${width} px wide`);
  });
}

describeInBrowser('working in the dashboard (Chromium)', () => {
  beforeAll(async () => {
    buildDashboard();
    browser = await launchBrowser();
    server = await startLiveServer({ AUTH_MAX_TOKEN_TTL: '366d' });
    seeded = await seedPlans(server);
    await seedProspects(server);
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('walks a whole period as supervisor, manager and salespeople, and the shortfall arrives in the next period', async () => {
    // 1. The supervisor opens the plan with its problems and the company targets.
    const sue = await signedIn(sueS, '/plans');
    let form = await action(sue, 'open-plan');
    await form.getByLabel('Period', { exact: true }).fill('2027-Q1');
    await form.getByLabel('Problems, one per line').fill('Slow collections in the south\nNo distributor in the west');
    await form.getByLabel('Amount', { exact: true }).fill('100000');
    await form.getByRole('button', { name: 'Add a row' }).click();
    await form.getByLabel('Metric', { exact: true }).nth(1).selectOption('new_customers');
    await form.getByLabel('Amount', { exact: true }).nth(1).fill('5');
    await submit(form, 'Open the plan');
    await status(sue, 'draft');
    expect(sue.url()).toContain(`#/plans/${south.q1}`);

    // 2. The plan: targets per salesperson and metric. A malformed id is refused by the API, and the message sits beside its field.
    form = await action(sue, 'submit-plan');
    const rows: [string, string, string, string][] = [
      ['ann s', 'Ann South', 'revenue', '60000'],
      ['ann-s', 'Ann South', 'new_customers', '3'],
      ['bob-s', 'Bob South', 'revenue', '40000'],
    ];
    for (const [i, [id, name, metric, amount]] of rows.entries()) {
      if (i > 0) await form.getByRole('button', { name: 'Add a row' }).click();
      await form.getByLabel('Salesperson id').nth(i).fill(id);
      await form.getByLabel('Salesperson name').nth(i).fill(name);
      await form.getByLabel('Metric', { exact: true }).nth(i).selectOption(metric);
      await form.getByLabel('Amount', { exact: true }).nth(i).fill(amount);
    }
    await form.getByLabel('Profit target').fill('25000');
    await form.getByLabel('Expense budget').fill('8000');
    await form.getByLabel('How expenses are controlled').fill('Monthly review');
    for (const sub of ['Payment collection', 'Pricing strategy', 'Channel strategy', 'Advertising and promotion', 'Staffing and sales training', 'Changes to the appraisal rules', 'Product strategy']) {
      await form.getByLabel(sub, { exact: true }).fill(`${sub}: as last year`);
    }
    await submit(form, 'Submit the plan');
    const idError = form.locator('[data-field-error="targets[0].salespersonId"]');
    await idError.waitFor();
    await expect(idError.textContent()).resolves.toContain('salespersonId must be 1–64 characters');
    await expect(form.locator('[data-error-code="REQUEST.VALIDATION_FAILED"]').textContent()).resolves.toContain('Some fields are missing or wrong');
    await form.getByLabel('Salesperson id').nth(0).fill('ann-s');
    await submit(form, 'Submit the plan');
    await status(sue, 'submitted');

    // 3. The manager decides with the keyboard alone: a rejection needs a reason, then the approval.
    const maxPage = await signedIn(max, `/plans/${south.q1}`);
    await status(maxPage, 'submitted');
    const summaryLine = maxPage.locator('p', { has: maxPage.getByTestId('plan-status') });
    await eventually(async () => (await summaryLine.textContent())!.includes('submitted by Sue South'), 'the submitter’s name');
    const decide = await action(maxPage, 'decide-plan');
    await decide.getByRole('button', { name: 'Reject the plan' }).click();
    await decide.locator('[data-field-error="reason"]').waitFor();
    await maxPage.locator('h1').focus();
    for (let i = 0; i < 40 && !(await maxPage.evaluate(() => document.activeElement?.closest('[data-action="decide-plan"] textarea') != null)); i++) await maxPage.keyboard.press('Tab');
    expect(await maxPage.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await maxPage.keyboard.type('Agrees with the company target');
    await maxPage.keyboard.press('Tab');
    await maxPage.keyboard.press('Enter');
    await status(maxPage, 'approved');
    const approvedEvents = (await server.store.readStream(planStream(south.q1))).filter((e) => e.type === 'PlanApproved');
    expect(approvedEvents.map((e) => [e.metadata.actorId, (e.data as { comment?: string }).comment])).toEqual([['max', 'Agrees with the company target']]);

    // 4. The plan book: rejected with a reason, submitted again, approved: execution starts.
    await sue.reload();
    for (const outlook of ['Demand recovers', 'Demand recovers in the spring, led by the cold chain']) {
      form = await action(sue, 'submit-book');
      await form.getByLabel('Outlook').fill(outlook);
      await form.getByLabel('Market indicator').fill('Competitor entry');
      await form.getByLabel('Assessment').fill('Likely in March');
      await submit(form, 'Submit the plan book');
      await status(sue, 'book_submitted');
      await status(maxPage, 'book_submitted');
      form = await action(maxPage, 'decide-book');
      if (outlook === 'Demand recovers') {
        await form.getByLabel('Comment / Reason').fill('Say which customers recover');
        await submit(form, 'Reject the plan book');
        await status(sue, 'book_rejected');
      } else await submit(form, 'Approve the plan book');
    }
    await status(maxPage, 'executing');
    expect((await server.store.readStream(planStream(south.q1))).filter((e) => e.type === 'PlanBookRejected').map((e) => (e.data as { reason: string }).reason)).toEqual(['Say which customers recover']);

    // 5. Salespeople record actuals. Bob's answer is lost on the way back; his retry carries the same Idempotency-Key and is answered from the first.
    const ann = await signedIn(annS, `/plans/${south.q1}`);
    await status(ann, 'executing');
    for (const [metric, amount, date, reference] of [
      ['revenue', '25000', '2027-02-10', 'INV-S1'],
      ['new_customers', '1', '2027-02-11', 'C-S1'],
    ]) {
      form = await action(ann, 'record-actual');
      await form.getByLabel('Metric', { exact: true }).selectOption(metric!);
      await form.getByLabel('Amount', { exact: true }).fill(amount!);
      await form.getByLabel('Date', { exact: true }).fill(date!);
      await form.getByLabel('Reference (invoice, order, customer)').fill(reference!);
      await form.getByLabel('Reference (invoice, order, customer)').press('Enter');
      await eventually(async () => (await ann.getByTestId('action-done').count()) > 0 && (await form.getByLabel('Reference (invoice, order, customer)').inputValue()) === '', `the ${metric} actual recorded`);
    }
    const bob = await signedIn(bobS, `/plans/${south.q1}`);
    form = await action(bob, 'record-actual');
    await form.getByLabel('Amount', { exact: true }).fill('45000');
    await form.getByLabel('Date', { exact: true }).fill('2027-03-01');
    await form.getByLabel('Reference (invoice, order, customer)').fill('INV-S2');
    const keys: string[] = [];
    let lost = false;
    await bob.route('**/actuals', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      const response = await route.fetch();
      if (!lost) {
        lost = true;
        await route.abort('connectionreset');
      } else await route.fulfill({ response });
    });
    await submit(form, 'Record an actual');
    await form.locator('[data-error-code="NETWORK.UNREACHABLE"]').waitFor();
    await submit(form, 'Record an actual');
    await bob.getByTestId('plan-notice').filter({ hasText: 'Idempotent-Replayed' }).waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    const bobActuals = (await server.store.readStream(planStream(south.q1))).filter((e) => e.type === 'ActualRecorded' && (e.data as { salespersonId: string }).salespersonId === 'bob-s');
    expect(bobActuals).toHaveLength(1);

    // 5b. Ann reports a difficulty (执行困难报告单); the manager records a progress review (目标跟进表).
    form = await action(ann, 'difficulty-report');
    await form.getByLabel('Difficulty', { exact: true }).fill('A key account went bankrupt');
    await form.getByLabel('Evidence', { exact: true }).fill('Court notice');
    await form.getByLabel('Support requested').fill('Lower the revenue target');
    await form.getByLabel('Proposed target').fill('50000');
    await form.getByLabel('Effective from').fill('2027-02-15');
    await submit(form, 'Submit a difficulty report');
    await form.getByTestId('action-done').waitFor();
    form = await action(maxPage, 'record-review');
    await form.getByLabel('Review date').fill('2027-02-20');
    await form.getByLabel('Findings').nth(0).fill('Key account lost to bankruptcy');
    await form.getByLabel('Rating').nth(0).selectOption('off_track');
    await form.getByLabel('Action', { exact: true }).nth(0).fill('Replace the account');
    await form.getByLabel('Deadline').nth(0).fill('2027-03-15');
    await submit(form, 'Record a progress review');
    await form.getByTestId('action-done').waitFor();

    // 6. The manager's tracking sheet on the period's last day: every number equals the API's, with team totals against the company target.
    const sheet = await signedIn(max, `/plans/${south.q1}/tracking?asOf=2027-03-31`);
    await sheet.getByTestId('tracking-table').waitFor();
    await eventually(async () => (await sheet.getAttribute('tr[data-row="bob-s:revenue"] [data-field="actualToDate"]', 'data-value')) === '4500000', 'Bob’s actual on the sheet');
    const { shown, expected, sheet: apiSheet } = await trackingRows(sheet, server, max, south.q1, '2027-03-31');
    expect(shown).toEqual(expected);
    const plan = await api(`/api/plans/${south.q1}`);
    const revenueRows = (apiSheet.rows as { metric: string; effectiveTarget: number; actualToDate: number }[]).filter((r) => r.metric === 'revenue');
    const totals = sheet.locator('[data-testid="team-totals"] tr[data-metric="revenue"]');
    await expect(totals.locator('[data-field="company"]').getAttribute('data-value')).resolves.toBe(String(plan.companyTargets.find((c: { metric: string }) => c.metric === 'revenue').amount));
    await expect(totals.locator('[data-field="target"]').getAttribute('data-value')).resolves.toBe(String(revenueRows.reduce((s, r) => s + r.effectiveTarget, 0)));
    await expect(totals.locator('[data-field="actual"]').getAttribute('data-value')).resolves.toBe(String(revenueRows.reduce((s, r) => s + r.actualToDate, 0)));
    await expect(totals.locator('[data-field="ofCompany"]').textContent()).resolves.toBe('70%');
    await expect(sheet.locator('tr[data-row="ann-s:revenue"] [data-field="pace"]').getAttribute('data-shown')).resolves.toBe('missed');
    await expect(sheet.locator('tr[data-row="ann-s:revenue"] [data-field="pace"]').textContent()).resolves.toContain('Missed');
    await expect(sheet.locator('tr[data-row="bob-s:revenue"] [data-field="pace"]').textContent()).resolves.toContain('Met');

    // 7. A target adjustment, and a manager who acts on a stale view: 412, what changed, then the decision on the fresh state.
    form = await action(sue, 'propose-adjustment');
    await form.getByLabel('Salesperson', { exact: true }).selectOption('ann-s');
    await form.getByLabel('New effective target').fill('50000');
    await form.getByLabel('Reason', { exact: true }).fill('A key account went bankrupt');
    await form.getByLabel('Difficulty reports answered (numbers, comma-separated)').fill('1');
    await submit(form, 'Propose a target adjustment');
    await sue.getByTestId('pending-adjustment').waitFor();
    const stale = await signedIn(max, `/plans/${south.q1}`, 'en', { offline: true });
    const staleForm = await action(stale, 'decide-adjustment');
    // The proposer's name arrives with the plan's people, which may come after the form (waits, then fails, if it never does).
    await stale.getByTestId('pending-adjustment').filter({ hasText: 'proposed by Sue South' }).waitFor();
    // Each submission carries If-Match: the ETag of the plan as the view last read it.
    const etagSeen = (await server.request('GET', `/api/plans/${south.q1}`, { as: max })).headers.get('etag')!;
    const ifMatch: string[] = [];
    stale.on('request', (request) => {
      if (request.url().endsWith('/adjustments/1/approve')) ifMatch.push(request.headers()['if-match'] ?? '');
    });
    const recorded = await server.request('POST', `/api/plans/${south.q1}/actuals`, { as: annS, body: { metric: 'revenue', amount: 1_000_00, currency: 'CNY', date: '2027-03-02', reference: 'INV-S3' } });
    expect(recorded.status).toBe(200);
    await submit(staleForm, 'Approve adjustment 1');
    const conflict = staleForm.getByTestId('conflict');
    await conflict.waitFor();
    await expect(conflict.getAttribute('data-error-code')).resolves.toBe('STREAM.REVISION_MISMATCH');
    await expect(conflict.textContent()).resolves.toContain('Someone else acted first');
    await expect(staleForm.getByTestId('what-changed').textContent()).resolves.toMatch(/^Before: Executing \(revision (\d+)\)\. Now: Executing \(revision (?!\1)\d+\)\.$/);
    await submit(staleForm, 'Approve adjustment 1');
    await stale.getByTestId('plan-notice').waitFor();
    await eventually(async () => (await stale.getByTestId('pending-adjustment').count()) === 0, 'the decided adjustment');
    expect(ifMatch).toEqual([etagSeen, `"${Number(JSON.parse(etagSeen)) + 1}"`]);
    await stale.goto(`${server.url}/#/plans/${south.q1}/follow-up`);
    const annFollowUp = stale.locator('section[data-salesperson="ann-s"]');
    await annFollowUp.waitFor();
    await eventually(async () => (await annFollowUp.textContent())!.includes('Adjustment approved'), 'the report answered by the approved adjustment');
    const followUp = (await annFollowUp.textContent())!;
    for (const text of ['Ann South', 'Key account lost to bankruptcy', 'Replace the account (Ann South, by Mar 15, 2027)', 'Max Manager', 'A key account went bankrupt', `Revenue: ¥60,000.00 → ¥50,000.00`]) expect(followUp).toContain(text);
    expect(followUp).not.toContain('ann-s');

    // 8. Summaries, appraisal, a revision of it and its approval, publication.
    for (const page of [ann, bob]) {
      await page.reload();
      form = await action(page, 'personal-summary');
      await form.getByLabel('Summary', { exact: true }).fill('A hard quarter');
      await submit(form, 'Submit your personal summary');
      await page.getByTestId('plan-notice').waitFor();
    }
    await sue.reload();
    form = await action(sue, 'team-summary');
    await form.getByLabel('Summary', { exact: true }).fill('Revenue short for Ann');
    await form.getByLabel('Analysis', { exact: true }).fill('One account lost');
    await submit(form, 'Submit the team summary');
    await status(sue, 'summarised');
    await maxPage.reload();
    form = await action(maxPage, 'appraise');
    await form.getByLabel('Rating', { exact: true }).selectOption('satisfactory');
    await form.getByLabel('Comments').fill('Short of revenue in the south');
    await submit(form, 'Appraise the plan');
    await status(maxPage, 'appraised');
    await sue.reload();
    form = await action(sue, 'revise-appraisal');
    await form.getByLabel('Salesperson · Metric').selectOption('ann-s|new_customers');
    await form.getByLabel('Corrected value').fill('2');
    await form.getByLabel('Reason', { exact: true }).fill('A customer recorded late');
    await submit(form, 'Revise the appraisal');
    await status(sue, 'appraisal_revised');
    await maxPage.reload();
    form = await action(maxPage, 'decide-appraisal');
    await submit(form, 'Approve the revised appraisal');
    await status(maxPage, 'appraisal_approved');
    form = await action(maxPage, 'publish');
    await submit(form, 'Publish the results');
    await status(maxPage, 'published');
    const published = await api(`/api/plans/${south.q1}`);
    const annRevenue = published.appraisal.items.find((i: { salespersonId: string; metric: string }) => i.salespersonId === 'ann-s' && i.metric === 'revenue');
    expect(annRevenue.shortfall).toBe(50_000_00 - 26_000_00);
    await expect(maxPage.locator('[data-item="ann-s:revenue"] [data-field="shortfall"]').getAttribute('data-value')).resolves.toBe(String(annRevenue.shortfall));

    // 9. The next period: the supervisor opens it and the shortfall is there as a carried line the manager approves with it (or waives).
    await eventually(async () => (await server.store.readStream(planStream(south.q2))).some((e) => e.type === 'CarryOverReceived'), 'the carry-over into 2027-Q2');
    await sue.goto(`${server.url}/#/plans`);
    form = await action(sue, 'open-plan');
    await form.getByLabel('Period', { exact: true }).fill('2027-Q2');
    await form.getByLabel('Problems, one per line').fill('Make up the first quarter');
    await submit(form, 'Open the plan');
    await status(sue, 'draft');
    await sue.locator('[data-testid="carried-lines"] tbody tr').first().waitFor();
    const next = await api(`/api/plans/${south.q2}`);
    // Revenue 50,000 − 26,000, and the new customer the revised appraisal still finds missing (2 of 3).
    expect(next.carriedIn).toEqual([
      expect.objectContaining({ salespersonId: 'ann-s', metric: 'revenue', amount: 24_000_00, originPeriod: '2027-Q1', status: 'pending_approval' }),
      expect.objectContaining({ salespersonId: 'ann-s', metric: 'new_customers', amount: 1, originPeriod: '2027-Q1', status: 'pending_approval' }),
    ]);
    const revenueLine = next.carriedIn[0].lineId as string;
    const line = sue.locator(`[data-testid="carried-lines"] tbody tr[data-line-id="${revenueLine}"]`);
    await expect(line.getAttribute('data-line-status')).resolves.toBe('pending_approval');
    await expect(line.textContent()).resolves.toContain('Ann South');
    await expect(line.textContent()).resolves.toContain('¥24,000.00');
    await expect(line.textContent()).resolves.toContain('Q1 2027');
    await expect(sue.locator('[data-action="submit-plan"] .carried-note').textContent()).resolves.toContain('¥24,000.00');

    const waiver = await signedIn(max2, `/plans/${south.q2}`);
    form = await action(waiver, `waive-${revenueLine}`);
    await form.getByLabel('Reason', { exact: true }).fill('The account is gone for good');
    await submit(form, 'Waive a carried line');
    await waiver.locator(`[data-testid="carried-lines"] tr[data-line-id="${revenueLine}"][data-line-status="waived"]`).waitFor();
  }, 180_000);

  it('takes a prospect from the list to a customer, with the duplicate warning and the grade computed as it is entered', async () => {
    const annPage = await signedIn(annN, '/customers');
    const add = async (name: string) => {
      const form = await action(annPage, 'add-prospect');
      await form.getByLabel('Name', { exact: true }).fill(name);
      await form.getByLabel('Industry', { exact: true }).fill('Cold chain logistics');
      await form.getByLabel('Region', { exact: true }).fill('Shandong');
      await form.getByLabel('Contact name').fill('Wang Li');
      await form.getByLabel('Phone').fill('+86 535 0000 0001');
      await form.getByLabel('Source', { exact: true }).fill('Trade fair');
      await form.getByLabel('Initial assessment').fill('Needs 40 freezers');
      await submit(form, 'Add a prospect');
      return form;
    };
    const duplicate = await add('QILU cold chain co ltd');
    const link = duplicate.getByTestId('duplicate-link');
    await link.waitFor();
    const existing = (await api('/api/prospects?q=Qilu', annN)).items[0].prospectId as string;
    await expect(link.getAttribute('href')).resolves.toBe(`#/customers/prospects/${existing}`);

    await add('Yantai Fresh Foods Co., Ltd.');
    await annPage.getByTestId('prospect-status').waitFor();
    const prospectId = annPage.url().split('/customers/prospects/')[1]!;
    convertedProspect = prospectId;
    const statusIs = (page: Page, value: string) => page.locator(`[data-testid="prospect-status"][data-status="${value}"]`).waitFor();
    await statusIs(annPage, 'listed');

    // The credit investigation form: the grade follows the scored items as they are chosen, by the server's rule.
    let form = await action(annPage, 'credit-check');
    await form.getByLabel('Registration number').fill('91370600MA3C000077');
    await form.getByLabel('Legal representative').fill('Zhang Wei');
    await form.getByLabel('Founded on').fill('2012-05-08');
    await form.getByLabel('Registered capital').fill('5000000');
    await form.getByLabel('Employees').fill('120');
    await form.getByLabel('Annual revenue').fill('30000000');
    await form.getByLabel('Business scope').fill('Frozen food distribution');
    await form.getByLabel('Banks, one per line').fill('ICBC Yantai Branch');
    await form.getByLabel('The bank’s opinion').fill('Sound');
    await form.getByLabel('Suggested credit limit').fill('200000');
    await form.getByLabel('Investigator', { exact: true }).fill('Ann');
    await form.getByLabel('Investigated on').fill('2027-04-10');
    const grade = form.getByTestId('grade-live');
    await expect(grade.textContent()).resolves.toBe('Score at least one item to see the grade.');
    const picked: ('A' | 'B' | 'C' | 'D')[] = [];
    for (const [i, [item, score]] of ([
      ['Payment record', 'A'],
      ['Bank opinion', 'C'],
      ['Lawsuits', 'B'],
    ] as const).entries()) {
      if (i > 0) await form.getByRole('button', { name: 'Add a row' }).click();
      await form.getByLabel('Item', { exact: true }).nth(i).fill(item);
      await form.getByLabel('Score', { exact: true }).nth(i).selectOption(score);
      picked.push(score);
      await eventually(async () => (await grade.getAttribute('data-grade')) === creditGradeFor(picked), `the grade after ${picked.join('')}`);
    }
    await expect(grade.textContent()).resolves.toBe('Grade B · 24 points over 3 items');
    await submit(form, 'Record a credit check');
    await statusIs(annPage, 'investigated');
    expect((await server.request('GET', `/api/prospects/${prospectId}`, { as: annN })).body.latestCreditCheck.grade).toBe('B');

    const suePage = await signedIn(sueN, `/customers/prospects/${prospectId}`);
    form = await action(suePage, 'screen');
    await submit(form, 'Key prospect');
    await statusIs(suePage, 'key_prospect');

    await annPage.reload();
    form = await action(annPage, 'apply');
    await form.getByLabel('Objectives, one per line').fill('Win the freezer order');
    await form.getByLabel('Approach', { exact: true }).fill('Visit with a product demo');
    await form.getByLabel('Milestone', { exact: true }).fill('Demo');
    await form.getByLabel('Due on', { exact: true }).fill('2027-04-30');
    await form.getByLabel('Expected deal value').fill('500000');
    await submit(form, 'Apply to develop it (with the development plan)');
    await statusIs(annPage, 'application_submitted');

    await suePage.reload();
    form = await action(suePage, 'supervisor-review');
    await submit(form, 'Approve');
    await statusIs(suePage, 'supervisor_approved');
    const maxPage = await signedIn(max, `/customers/prospects/${prospectId}`);
    form = await action(maxPage, 'manager-review');
    await submit(form, 'Approve');
    await statusIs(maxPage, 'approved');

    await annPage.reload();
    form = await action(annPage, 'start');
    await submit(form, 'Start development');
    await statusIs(annPage, 'in_development');
    form = await action(annPage, 'report');
    await form.getByLabel('Visit date').fill('2027-05-02');
    await form.getByLabel('Stage', { exact: true }).selectOption('negotiation');
    await form.getByLabel('What was discussed').fill('Price and delivery');
    await form.getByLabel('Result', { exact: true }).fill('Agreed on price');
    await form.getByLabel('Next step', { exact: true }).fill('Sign the contract');
    await submit(form, 'File a development report');
    await annPage.getByTestId('prospect-notice').waitFor();

    await suePage.reload();
    form = await action(suePage, 'comment-report');
    await form.getByLabel('Comment', { exact: true }).fill('Push for a two-year term');
    await submit(form, 'Comment on a development report');
    await suePage.getByTestId('prospect-notice').waitFor();

    const before = (await api(`/api/plans/${seeded.q2}/tracking-sheet?asOf=2027-06-30`)).rows.find((r: { salespersonId: string; metric: string }) => r.salespersonId === 'ann' && r.metric === 'new_customers').actualToDate as number;
    await annPage.reload();
    form = await action(annPage, 'convert');
    await form.getByLabel('Converted on').fill('2027-05-20');
    await submit(form, 'Convert to a customer');
    await statusIs(annPage, 'converted');

    // The conversion counts once as a new customer on the team's executing plan; the manager's sheet shows it, as the API does.
    const sheet = await signedIn(max, `/plans/${seeded.q2}/tracking?asOf=2027-06-30`);
    const cell = sheet.locator('tr[data-row="ann:new_customers"] [data-field="actualToDate"]');
    await eventually(async () => Number(await cell.getAttribute('data-value')) === before + 1, 'the conversion on the tracking sheet');
    const { shown, expected } = await trackingRows(sheet, server, max, seeded.q2, '2027-06-30');
    expect(shown).toEqual(expected);
  }, 120_000);

  it('opens the tracking sheet on today inside the period, on the last day of a closed one and on the first day of a future one, saying so', async () => {
    const page = await signedIn(max, '/plans', 'en', { today: '2027-05-15' });
    await page.getByTestId('plans-table').waitFor();
    for (const [planId, opensOn, note] of [
      [seeded.q2, '2027-05-15', null],
      [seeded.q1, '2027-03-31', 'This period is over: the sheet opens on its last day, and an unmet target reads “Missed”.'],
      [seeded.q3, '2027-07-01', 'This period has not started: the sheet opens on its first day.'],
    ] as const) {
      await page.goto(`${server.url}/#/plans/${planId}/tracking`);
      await eventually(() => page.url().endsWith(`/tracking?asOf=${opensOn}`), `${planId} opened on ${opensOn}`);
      await page.locator(`[data-testid="tracking-table"][data-as-of="${opensOn}"]`).waitFor();
      await expect(page.getByTestId('as-of-note').count()).resolves.toBe(note ? 1 : 0);
      if (note) await expect(page.getByTestId('as-of-note').textContent()).resolves.toBe(note);
    }
    // The closed quarter on its last day: an unmet target is Missed (the API's pace says behind), a reached one Met; an earlier day shows the pace of that day.
    await page.goto(`${server.url}/#/plans/${seeded.q1}/tracking`);
    await page.locator('[data-testid="tracking-table"][data-as-of="2027-03-31"]').waitFor();
    const pace = (row: string) => page.locator(`tr[data-row="${row}"] [data-field="pace"]`);
    await expect(pace('ann:revenue').getAttribute('data-value')).resolves.toBe('behind');
    await expect(pace('ann:revenue').textContent()).resolves.toBe('✖ Missed');
    await expect(pace('bob:revenue').textContent()).resolves.toBe('✔ Met');
    await page.getByLabel('As of', { exact: true }).fill('2027-02-15');
    await page.locator('[data-testid="tracking-table"][data-as-of="2027-02-15"]').waitFor();
    const february = (await api(`/api/plans/${seeded.q1}/tracking-sheet?asOf=2027-02-15`)).rows.find((r: { salespersonId: string; metric: string }) => r.salespersonId === 'ann' && r.metric === 'revenue');
    expect(february.pace).toBe('on_track');
    await expect(pace('ann:revenue').getAttribute('data-shown')).resolves.toBe('on_track');
    await expect(pace('ann:revenue').textContent()).resolves.toBe('▲ On track');
    await expect(page.getByTestId('as-of-note').count()).resolves.toBe(0);
  });

  it('has no serious or critical axe violation on any view in either language, reaches every action from the keyboard, and fits a 390 px screen', async () => {
    const lineId = ((await api('/api/rollovers')).periods as { entries: { lineId: string; kind: string }[] }[]).flatMap((p) => p.entries).find((e) => e.kind === 'carried_in')!.lineId;
    const decision = (await api('/api/decisions?limit=1', ada)).items[0].id as string;
    const listed = (await api('/api/prospects?q=Hebei', annN)).items[0].prospectId as string;
    interface View {
      name: string;
      route: string;
      ready: string;
      shot?: string;
      /** Tab through it, opening every action with Enter (English only: the keys do not change with the language). */
      keyboard?: boolean;
      /** What a reader would have entered before the screenshot. */
      prepare?: (page: Page) => Promise<void>;
      /** Charts (test id, axis) whose axis counts: only whole numbers, a label at every tick. */
      counts?: [string, 'x' | 'y'][];
    }
    // Views grouped by reader: one tab each, moving between views as a reader does (the address's hash).
    const readers: [User | null, View[]][] = [
      [null, [{ name: 'sign-in', route: '/', ready: '[data-testid="dev-sign-in"]', shot: 'sign-in', keyboard: true }]],
      [
        max,
        [
          { name: 'plans and approvals', route: '/plans', ready: '[data-testid="approval-queue"] tbody tr', shot: 'plans' },
          { name: 'a plan awaiting the manager’s decision', route: `/plans/${seeded.q3}`, ready: '[data-action="decide-plan"]', shot: 'plan-approval', keyboard: true },
          { name: 'an executing plan, for its manager', route: `/plans/${seeded.q2}`, ready: '[data-action="record-review"]', keyboard: true },
          { name: 'tracking sheet', route: `/plans/${seeded.q2}/tracking?asOf=2027-05-15`, ready: '[data-testid="chart-revenue"] svg', shot: 'tracking-sheet', counts: [['chart-new_customers', 'x']] },
          { name: 'follow-up sheet', route: `/plans/${seeded.q1}/follow-up`, ready: 'section[data-salesperson="ann"]', shot: 'follow-up-sheet' },
          { name: 'roll-overs', route: '/rollovers', ready: '[data-testid="rollover-chart-revenue"] svg', shot: 'rollovers', counts: [['rollover-chart-new_customers', 'y']] },
          { name: 'lineage', route: `/rollovers/lines/${lineId}`, ready: '[data-testid="lineage"]' },
          { name: 'customer development', route: '/customers', ready: '[data-testid="prospects-table"]', shot: 'customer-development', counts: [['pipeline-chart-north', 'x']] },
          { name: 'a converted prospect', route: `/customers/prospects/${convertedProspect}`, ready: '[data-testid="prospect-status"][data-status="converted"]' },
        ],
      ],
      [
        sueS,
        [
          { name: 'opening a plan', route: '/plans', ready: '[data-action="open-plan"]', keyboard: true },
          { name: 'a draft plan with carried-in lines, for its supervisor', route: `/plans/${south.q2}`, ready: '[data-action="submit-plan"] .carried-note', shot: 'plan-draft', keyboard: true },
        ],
      ],
      [
        annN,
        [
          { name: 'an executing plan, for a salesperson', route: `/plans/${seeded.q2}`, ready: '[data-action="record-actual"]', keyboard: true },
          { name: 'adding a prospect', route: '/customers', ready: '[data-action="add-prospect"]', keyboard: true },
          { name: 'a prospect with the credit investigation form', route: `/customers/prospects/${listed}`, ready: '[data-action="credit-check"]', shot: 'prospect', keyboard: true, prepare: scoreTwoItems },
        ],
      ],
      [ada, [{ name: 'decision log with an explanation', route: `/decisions/${decision}`, ready: '[data-testid="explanation-command"]', shot: 'decision-log' }]],
    ];
    const found: { view: string; lang: Lang; violations: unknown[] }[] = [];
    const unreached: { view: string; controls: string[] }[] = [];
    // Two readers' tabs at a time: the browser renders one while the test waits on the other.
    const tasks = LOCALES.flatMap(([lang]) => readers.map(([user, views]) => ({ lang, user, views })));
    const runTask = async ({ lang, user, views }: (typeof tasks)[number]) => {
      const page = await signedIn(user, views[0]!.route, lang);
      for (const view of views) {
        await page.goto(`${server.url}/#${view.route}`);
        await page.locator(view.ready).first().waitFor();
        await page.waitForFunction(() => document.querySelector('.loading') === null);
        await view.prepare?.(page);
        await page.evaluate(() => document.activeElement?.blur());
        if (view.shot) await screenshot(page, `${view.shot}.${lang}`, view.shot !== 'sign-in' && view.shot !== 'decision-log');
        if (view.keyboard && lang === 'en') {
          const missed = await unreachedByTab(page);
          if (missed.length > 0) unreached.push({ view: view.name, controls: missed });
        }
        for (const [chart, axis] of view.counts ?? []) {
          const svg = page.locator(`[data-testid="${chart}"] svg`);
          // A chart draws once its panel has a width, after the view is ready: wait for a second label.
          await svg.locator(`g[data-mark="${axis}-axis tick label"] text`).nth(1).waitFor();
          const labels = await svg.locator(`g[data-mark="${axis}-axis tick label"] text`).allTextContents();
          const ticks = await svg.locator(`g[data-mark="${axis}-axis tick"] path`).count();
          expect({ chart, lang, labels, ticks }).toEqual({ chart, lang, labels: labels.map(() => expect.stringMatching(/^\d+$/)), ticks: labels.length });
          expect(labels.length).toBeGreaterThan(1);
        }
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const violations = await seriousViolations(page);
        if (violations.length > 0) found.push({ view: view.name, lang, violations });
        await page.evaluate(() => document.activeElement?.blur());
        await page.setViewportSize({ width: 390, height: 844 });
        await noHorizontalOverflow(page, `${view.name} (${lang})`);
        if (view.shot === 'tracking-sheet' || view.shot === 'plan-approval') await screenshot(page, `${view.shot}.${lang}.390`);
        await page.setViewportSize({ width: 1280, height: 900 });
      }
      await page.context().close();
    };
    await Promise.all(
      [0, 1].map(async () => {
        for (let task = tasks.shift(); task; task = tasks.shift()) await runTask(task);
      }),
    );
    expect(found).toEqual([]);
    expect(unreached).toEqual([]);
  }, 300_000);

  it('remembers the language, shows the process’s forms by their Chinese names and formats numbers and dates for the locale', async () => {
    const page = await signedIn(max, `/plans/${seeded.q2}/tracking?asOf=2027-05-15`);
    await page.getByTestId('tracking-table').waitFor();
    await page.locator('button[data-locale="zh-CN"]').click();
    await page.getByRole('heading', { level: 1, name: /^目标跟踪表 — north 2027年第2季度$/ }).waitFor();
    expect(await page.evaluate(() => document.querySelector('html[lang="zh-CN"]') !== null)).toBe(true);
    await expect(page.locator('tr[data-row="ann:revenue"] [data-field="effectiveTarget"]').textContent()).resolves.toBe('¥80,000.00');
    await expect(page.locator('.sheet-head').textContent()).resolves.toContain('2027年5月15日');
    await expect(page.locator('tr[data-row="ann:revenue"] [data-field="pace"]').textContent()).resolves.toContain('落后');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /目标跟踪表/ }).waitFor();
    await page.goto(`${server.url}/#/customers`);
    await page.getByRole('heading', { level: 2, name: '潜在客户名单' }).waitFor();
    await page.locator('button[data-locale="en"]').click();
    await page.getByRole('heading', { level: 2, name: 'Potential customer list' }).waitFor();
  });
});
