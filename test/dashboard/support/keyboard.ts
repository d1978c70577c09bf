import type { Page } from 'playwright-core';

// Browser globals, for the callbacks that page.evaluate runs in Chromium.
interface El {
  tagName: string;
  id: string;
  textContent: string | null;
  disabled?: boolean;
  parentElement: (El & { open?: boolean }) | null;
  hasAttribute(name: string): boolean;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  checkVisibility(options?: { visibilityProperty?: boolean }): boolean;
  closest(selector: string): El | null;
  blur(): void;
}
declare const document: { activeElement: El | null; body: El; querySelectorAll(selector: string): Iterable<El> };

const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Tabs through the whole page as someone with only a keyboard would, opening every closed action
 * (a <details>) with Enter when its summary gets focus, and answers the visible controls that Tab
 * never reached. An empty answer: every link, field, button and action on the page can be reached
 * and opened from the keyboard (the forms are native, so Enter and Space then work as usual).
 */
export async function unreachedByTab(page: Page, limit = 800): Promise<string[]> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('[data-kb-reached]')) el.removeAttribute('data-kb-reached');
    document.activeElement?.blur();
  });
  let reached = 0;
  let outside = 0;
  let previous: string | null = null;
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate((next) => {
      const el = document.activeElement;
      if (!el || el === document.body) return { kind: 'outside', id: null };
      const id = el.getAttribute('data-kb-reached');
      if (id !== null) return { kind: 'seen', id };
      el.setAttribute('data-kb-reached', String(next));
      return { kind: el.tagName === 'SUMMARY' && el.parentElement?.open === false ? 'closed' : 'new', id: String(next) };
    }, reached);
    if (step.kind === 'closed') await page.keyboard.press('Enter');
    if (step.kind === 'new' || step.kind === 'closed') reached++;
    // Tab leaves the page after its last control and comes back at the first: one round, from wherever focus was.
    else if (step.kind === 'outside' && ++outside > 1) break;
    // A date input takes several Tabs (day, month, year) without focus leaving it.
    else if (step.kind === 'seen' && step.id !== previous) break;
    previous = step.id;
  }
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)]
        .filter((el) => !el.disabled && !el.hasAttribute('data-kb-reached') && el.checkVisibility({ visibilityProperty: true }))
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label') || el.getAttribute('name') || ''}”`),
    CONTROLS,
  );
}
