import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from the compiled file (dist/bench/support/paths.js). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const peersDir = join(repoRoot, 'bench', 'peers');

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `salesflow-bench-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
