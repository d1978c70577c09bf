#!/usr/bin/env node
// `npm run build`: TypeScript 7 into dist/, the dashboard bundle into dist/dashboard, then a stamp.
// `--if-stale`: only when dist/ is missing or a source, package.json or tsconfig is newer than the
// stamp (what `npm start`, `npm run cli` and `npm run token` do, so they start in about a second).
// Everything it prints goes to stderr, so `$(npm run --silent cli -- token …)` captures the token only.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const stamp = join(root, 'dist', '.build-stamp');
const outputs = ['dist/apps/api/src/main.js', 'dist/apps/cli/src/main.js', 'dist/apps/projector/src/main.js', 'dist/dashboard/index.html'];
const sources = ['apps', 'libs', 'bench'];
const configs = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

function stale() {
  if (!existsSync(stamp) || outputs.some((file) => !existsSync(join(root, file)))) return true;
  const built = statSync(stamp).mtimeMs;
  return [...sources, ...configs].some((path) => existsSync(join(root, path)) && newest(join(root, path)) > built);
}

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// One build at a time (parallel test suites, two terminals): the others wait, then find it fresh.
const lock = join(root, 'dist', '.build-lock');
function acquire() {
  mkdirSync(join(root, 'dist'), { recursive: true });
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 300_000 || Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

const ifStale = process.argv.includes('--if-stale');
if (ifStale && !stale()) process.exit(0);
acquire();
process.on('exit', () => rmSync(lock, { recursive: true, force: true }));
if (ifStale && !stale()) process.exit(0);
const startedAt = Date.now();
if (ifStale) process.stderr.write('salesflow: sources changed since the last build; building (a few seconds)…\n');
run(['node_modules/typescript7/bin/tsc', '-p', 'tsconfig.build.json']);
run(['apps/dashboard/build.mjs']);
chmodSync(join(root, 'dist/apps/cli/src/main.js'), 0o755);
writeFileSync(stamp, `${new Date(startedAt).toISOString()}\n`);
// A source saved during the build is newer than the stamp, so the next --if-stale builds again.
utimesSync(stamp, startedAt / 1000, startedAt / 1000);
