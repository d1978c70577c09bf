#!/usr/bin/env node
// Bundles the dashboard (Preact + Observable Plot) with esbuild into dist/dashboard: index.html and
// content-hashed assets. Part of `npm run build`; `node apps/dashboard/build.mjs [outdir]`.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '../..');
const outdir = resolve(root, process.argv[2] ?? 'dist/dashboard');
const assets = join(outdir, 'assets');
const started = performance.now();

mkdirSync(assets, { recursive: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { app: join(here, 'src/main.tsx') },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['chrome115', 'edge115', 'firefox115', 'safari16'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  outdir: assets,
  entryNames: '[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
});

const outputs = Object.keys(result.metafile.outputs).map((file) => resolve(root, file));
const find = (extension) => {
  const file = outputs.find((f) => f.endsWith(extension) && basename(f).startsWith('app-'));
  if (!file) throw new Error(`esbuild produced no ${extension} file`);
  return file;
};
const js = find('.js');
const css = find('.css');
const href = (file) => `/${relative(outdir, file).split('\\').join('/')}`;
const html = readFileSync(join(here, 'index.html'), 'utf8').replace('%APP_JS%', href(js)).replace('%APP_CSS%', href(css));
// Written whole and renamed, so a server reading it never sees half a file.
const temporary = join(outdir, `.index.html.${process.pid}`);
writeFileSync(temporary, html);
renameSync(temporary, join(outdir, 'index.html'));

const keep = new Set(outputs.map((f) => basename(f)));
for (const file of readdirSync(assets)) if (!keep.has(file)) rmSync(join(assets, file), { force: true });

const kb = (file) => `${Math.round(result.metafile.outputs[relative(root, file).split('\\').join('/')].bytes / 1024)} kB`;
console.log(`dashboard: ${relative(root, outdir)} (${kb(js)} JS, ${kb(css)} CSS) in ${Math.round(performance.now() - started)} ms`);
