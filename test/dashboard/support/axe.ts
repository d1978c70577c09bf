import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

declare const document: unknown;
declare let axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> };

/**
 * Runs axe-core (the npm package) in the page and answers its serious and critical violations.
 * The source is evaluated through the DevTools protocol, which the page's Content-Security-Policy
 * (scripts from its own origin only) does not govern.
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  if (await page.evaluate(() => typeof axe === 'undefined')) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}
