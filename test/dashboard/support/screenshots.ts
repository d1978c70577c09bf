import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Where the browser tests put screenshots, or null: they take none unless SCREENSHOTS_DIR names a
 * folder (`npm run screenshots` sets docs/screenshots, the ones the README and docs show).
 */
export const screenshotsDir = (env: NodeJS.ProcessEnv = process.env): string | null => (env.SCREENSHOTS_DIR ? join(process.cwd(), env.SCREENSHOTS_DIR) : null);

/** `<name>.png` in the screenshots folder, the whole page unless `fullPage` is false; nothing when no folder is set. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  const dir = screenshotsDir();
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage, animations: 'disabled', caret: 'hide' });
}
