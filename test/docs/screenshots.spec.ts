import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenshotsDir } from '../dashboard/support/screenshots.js';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('the screenshots in the README and docs', () => {
  it('are taken by the browser tests only when asked, and `npm run screenshots` asks for docs/screenshots', () => {
    expect(screenshotsDir({})).toBeNull();
    expect(screenshotsDir({ SCREENSHOTS_DIR: 'docs/screenshots' })).toBe(join(process.cwd(), 'docs/screenshots'));
    const script = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.screenshots!;
    expect(script).toMatch(/^SCREENSHOTS_DIR=docs\/screenshots node scripts\/run-tests\.mjs (\S+)$/);
    const spec = /(\S+)$/.exec(script)![1]!;
    expect(existsSync(join(ROOT, `${spec}.e2e-spec.ts`))).toBe(true);
  });

  it('are all shown in English and Chinese, and every committed one is shown', () => {
    const shown = new Set([...read('README.md').matchAll(/\(docs\/screenshots\/([^)]+\.png)\)/g), ...read('docs/dashboard.md').matchAll(/\(screenshots\/([^)]+\.png)\)/g)].map((m) => m[1]!));
    const committed = readdirSync(join(ROOT, 'docs/screenshots')).filter((f) => f.endsWith('.png'));
    expect([...shown].filter((f) => !committed.includes(f))).toEqual([]);
    expect(committed.filter((f) => !shown.has(f))).toEqual([]);
    const other = (f: string) => (f.includes('.en.') ? f.replace('.en.', '.zh.') : f.replace('.zh.', '.en.'));
    expect([...shown].filter((f) => !/\.(en|zh)\./.test(f) || !shown.has(other(f)))).toEqual([]);
  });
});
