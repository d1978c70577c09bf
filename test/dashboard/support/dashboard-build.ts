import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DASHBOARD_DIR = join(process.cwd(), 'dist', 'dashboard');

/** Builds the dashboard into dist/dashboard with the build script `npm run build` runs (about a second). */
export function buildDashboard(): { js: string; css: string } {
  const result = spawnSync(process.execPath, ['apps/dashboard/build.mjs'], { cwd: process.cwd(), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`The dashboard build failed:\n${result.stdout}\n${result.stderr}`);
  const html = readFileSync(join(DASHBOARD_DIR, 'index.html'), 'utf8');
  const js = /src="(\/assets\/app-[\w-]+\.js)"/.exec(html)?.[1];
  const css = /href="(\/assets\/app-[\w-]+\.css)"/.exec(html)?.[1];
  if (!js || !css || !existsSync(join(DASHBOARD_DIR, js)) || !existsSync(join(DASHBOARD_DIR, css))) throw new Error(`index.html names missing assets: ${html}`);
  return { js, css };
}
