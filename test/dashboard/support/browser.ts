import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's chromium package (`.ci/run` installs it); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser suite cannot run here, or null when it can. */
export function browserUnavailable(): string | null {
  return existsSync(CHROMIUM_PATH) ? null : `no Chromium at ${CHROMIUM_PATH} (install Debian's chromium package, or set CHROMIUM_PATH)`;
}

/** The flags this machine needs: its network is closed, so no background traffic, no QUIC, no first-run work. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export interface TestBrowser {
  browser: Browser;
  /** A fresh context (its own storage) per test, in UTC and US English unless told another locale, so numbers and dates read the same everywhere. */
  context(locale?: string): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** playwright-core starts the browser with a new, empty profile in a temporary folder of its own and removes it on close. */
export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS });
  return {
    browser,
    context: (locale = 'en-US') => browser.newContext({ locale, timezoneId: 'UTC', viewport: { width: 1280, height: 900 } }),
    close: () => browser.close(),
  };
}
