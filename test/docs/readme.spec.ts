import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CONFIG_VARIABLES } from '#app/platform';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README', () => {
  it('keeps the Quick start at exactly two commands: start on the embedded default, run the tests', () => {
    const section = readme.split('## Quick start')[1]!.split('\n## ')[0]!;
    const firstBlock = section.split('```bash\n')[1]!.split('```')[0]!;
    const commands = firstBlock.split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean);
    expect(commands).toEqual(['npm ci && npm start', 'npm ci && npm test']);
  });

  it('documents every configuration variable', () => {
    const missing = CONFIG_VARIABLES.map((v) => v.name).filter((name) => !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('runs the README test command in CI', () => {
    const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
    expect(ci).toMatch(/npm ci\b/);
    expect(ci).toMatch(/npm test\b/);
  });
});
