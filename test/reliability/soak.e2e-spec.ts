import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDist, root } from '../support/api-process.js';

beforeAll(() => buildDist(), 120_000);

describe('the short soak (npm run soak for 20 s)', () => {
  it('keeps its cost and memory without a clear regression: CPU time per request in the last window at most twice the first, throughput at least a quarter, no heap growth far beyond noise', () => {
    const out = mkdtempSync(join(tmpdir(), 'salesflow-soak-'));
    try {
      const run = spawnSync(
        process.execPath,
        [join(root, 'dist', 'bench', 'soak', 'main.js'), '--minutes', '0.34', '--window', '4', '--min-last-to-first', '0.25', '--max-cpu-per-request-growth', '2', '--heap-growth-floor', '64', '--out', out],
        { cwd: root, encoding: 'utf8', timeout: 150_000 },
      );
      process.stdout.write(run.stdout);
      const reportFile = readdirSync(out).find((f) => f.startsWith('soak-') && f.endsWith('.json'));
      expect({ status: run.status, notFlat: run.stdout.split('\n').filter((l) => l.startsWith('NOT FLAT')) }).toEqual({ status: 0, notFlat: [] });
      const report = JSON.parse(readFileSync(join(out, reportFile!), 'utf8')) as { windows: { requests: number; failed: number; cpuMsPerRequest: number }[]; statusCodes: Record<string, number> };
      expect(report.windows).toHaveLength(5);
      expect(report.windows.every((w) => w.requests > 0 && w.failed === 0 && w.cpuMsPerRequest > 0)).toBe(true);
      expect(Object.keys(report.statusCodes)).toEqual(['200']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
