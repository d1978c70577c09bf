import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();

/**
 * Compiles the project into a copy of its own (sources, tsconfig and package.json copied, node_modules
 * linked), so the processes a test spawns run the real entry points without racing other test files
 * over dist/. Returns the folder; the entry points are `<folder>/dist/apps/<app>/src/main.js`.
 */
export function buildPrivately(): string {
  const folder = mkdtempSync(join(tmpdir(), 'salesflow-build-'));
  for (const entry of ['apps', 'libs', 'bench', 'package.json', 'tsconfig.json', 'tsconfig.build.json']) {
    cpSync(join(root, entry), join(folder, entry), { recursive: true, filter: (source) => !source.includes('node_modules') });
  }
  symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'), 'dir');
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript7', 'bin', 'tsc'), '-p', join(folder, 'tsconfig.build.json')], { cwd: folder, encoding: 'utf8' });
  if (result.status !== 0 || !existsSync(entryPoint(folder, 'api'))) {
    throw new Error(`compiling the project into ${folder} failed:\n${result.stdout}${result.stderr}`);
  }
  return folder;
}

export function entryPoint(folder: string, app: 'api' | 'projector' | 'cli'): string {
  return join(folder, 'dist', 'apps', app, 'src', 'main.js');
}
