import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, codesInReadme, errorCodesSection } from '../support/error-codes.js';

const SOURCES = ['apps/api/src', 'apps/cli/src', 'apps/projector/src', 'libs'];
const CODE = /['"]([A-Z][A-Z_]+\.[A-Z][A-Z_]+)['"]/g;

const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

/** Every error code a source constructs: a quoted AREA.SOMETHING in the applications and libraries, tests and test kits aside. */
function codesInSources(): Set<string> {
  const codes = new Set<string>();
  for (const root of SOURCES) {
    for (const file of files(join(ROOT, root))) {
      if (!file.endsWith('.ts') || file.endsWith('.spec.ts') || file.includes('/testing/')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(CODE)) codes.add(match[1]!);
    }
  }
  return codes;
}

describe('the README’s error codes', () => {
  const sources = codesInSources();
  const readme = codesInReadme();

  it('list every code the sources construct', () => {
    expect(sources.size).toBeGreaterThan(200);
    expect([...sources].filter((code) => !readme.has(code)).sort()).toEqual([]);
  });

  it('list no code that no longer exists', () => {
    expect([...readme].filter((code) => !sources.has(code)).sort()).toEqual([]);
  });

  it('are grouped under their own area', () => {
    const misplaced = errorCodesSection()
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => {
        const [area, ...codes] = [...line.matchAll(/`([A-Z_.]+)`/g)].map((m) => m[1]!);
        return codes.filter((code) => code.split('.')[0] !== area);
      });
    expect(misplaced).toEqual([]);
  });
});
