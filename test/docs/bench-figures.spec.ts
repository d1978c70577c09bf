import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import type { BenchRun } from '../../bench/support/bench-run.js';
import { renderTable, renderTargets, selectRows } from '../../bench/support/results.js';

const root = new URL('../../', import.meta.url);
const DOCS = ['README.md', 'docs/performance.md'];

/**
 * `<!-- bench <results file>: <row id prefixes…> -->` or `<!-- bench-targets <results file> -->`,
 * followed at once by the table rendered from that committed file.
 */
const MARKER = /^<!-- (bench|bench-targets) (docs\/bench\/[\w.-]+\.json)(?::((?: [\w.-]+)+))? -->$/;

interface Quoted {
  doc: string;
  kind: 'bench' | 'bench-targets';
  file: string;
  prefixes: string[];
  table: string;
}

function quotedTables(doc: string): Quoted[] {
  const lines = readFileSync(new URL(doc, root), 'utf8').split('\n');
  return lines.flatMap((line, i) => {
    const m = MARKER.exec(line);
    if (!m) return [];
    const table: string[] = [];
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) table.push(lines[j]!);
    return [{ doc, kind: m[1] as Quoted['kind'], file: m[2]!, prefixes: (m[3] ?? '').trim().split(' ').filter(Boolean), table: table.join('\n') }];
  });
}

describe('benchmark figures in the docs', () => {
  const quoted = DOCS.flatMap(quotedTables);

  it('quote committed results files in README.md and docs/performance.md', () => {
    expect(DOCS.filter((doc) => !quoted.some((q) => q.doc === doc))).toEqual([]);
    expect(quoted.filter((q) => !existsSync(new URL(q.file, root))).map((q) => `${q.doc}: ${q.file}`)).toEqual([]);
  });

  it('show each table exactly as the bench renders it from the file it names', () => {
    for (const q of quoted) {
      const run = JSON.parse(readFileSync(new URL(q.file, root), 'utf8')) as BenchRun;
      const rows = selectRows(run.rows, q.prefixes);
      const expected = q.kind === 'bench-targets' ? renderTargets(run.targets) : renderTable(rows);
      expect({ where: `${q.doc} ← ${q.file} ${q.prefixes.join(' ')}`, table: q.table }).toEqual({ where: `${q.doc} ← ${q.file} ${q.prefixes.join(' ')}`, table: expected });
      if (q.kind === 'bench') expect(rows.length).toBeGreaterThan(0);
    }
  });
});
