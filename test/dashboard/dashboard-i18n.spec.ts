import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { creditGradeFor as serverGrade, CREDIT_SCORES } from '#app/customer-development';
import { errorSentence } from '../../apps/dashboard/src/i18n/errors.js';
import { en } from '../../apps/dashboard/src/i18n/messages.en.js';
import { zh } from '../../apps/dashboard/src/i18n/messages.zh.js';
import { creditGradeFor as dashboardGrade, type CreditScore } from '../../apps/dashboard/src/rules/credit-grade.js';

const ROOT = join(import.meta.dirname, '../..');
const CODE = /['"`]([A-Z][A-Z_]*\.[A-Z][A-Z_]*)['"`]/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' || name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.spec\.ts$|\.generated\.ts$/.test(name) ? [path] : [];
  });
}

/** Every error code a source of the API (or the dashboard itself) names: what a client can be answered. */
function errorCodes(): string[] {
  const codes = new Set<string>();
  for (const file of [...sources(join(ROOT, 'libs')), ...sources(join(ROOT, 'apps/api/src')), ...sources(join(ROOT, 'apps/dashboard/src'))]) {
    if (file.includes(`${join('apps', 'dashboard', 'src', 'i18n')}`)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(CODE)) codes.add(match[1]!);
  }
  return [...codes].sort();
}

type Leaf = string | ((...args: never[]) => string);
function leaves(value: unknown, path = ''): [string, Leaf][] {
  if (typeof value === 'string' || typeof value === 'function') return [[path, value as Leaf]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe('the dashboard in two languages', () => {
  it('has a sentence in Chinese and in English for every error code the API can answer', () => {
    const codes = errorCodes();
    expect(codes.length).toBeGreaterThan(150);
    const missing = codes.flatMap((code) => (['en', 'zh-CN'] as const).filter((locale) => errorSentence(code, locale) === null).map((locale) => `${code} (${locale})`));
    expect(missing).toEqual([]);
    expect(errorSentence('STREAM.REVISION_MISMATCH', 'zh-CN')).toBe('有人先修改了此项。');
    expect(errorSentence('NO_SUCH.CODE', 'en')).toBeNull();
  });

  it('translates every label: the Chinese catalogue has each English key, with the same parameters, in other words', () => {
    const english = new Map(leaves(en));
    const chinese = new Map(leaves(zh));
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    const kinds = [...english].filter(([key, leaf]) => typeof leaf !== typeof chinese.get(key) || (typeof leaf === 'function' && leaf.length !== (chinese.get(key) as () => string).length));
    expect(kinds).toEqual([]);
    // Names and symbols that read the same in both languages.
    const same = [...english].filter(([key, leaf]) => typeof leaf === 'string' && leaf === chinese.get(key)).map(([key]) => key);
    expect(same.sort()).toEqual(['app.name', 'common.none'].sort());
  });

  it('names the process’s forms as the source does, and counts with Intl plural rules', () => {
    expect(zh.forms).toMatchObject({ trackingSheet: '目标跟踪表', followUpSheet: '目标跟进表', creditForm: '新客户信用调查表', developmentForm: '客户开发表', prospectList: '潜在客户名单', difficultyForm: '执行困难报告单及修正单' });
    expect([en.nav.waiting(1), en.nav.waiting(3)]).toEqual(['1 awaits your decision', '3 await your decision']);
    expect(zh.nav.waiting(3)).toBe('3 项待您审批');
  });

  it('computes the credit grade as the server does, for every combination of up to five scored items', () => {
    const combinations: CreditScore[][] = [[]];
    for (let n = 0; n < 5; n++) for (const prefix of combinations.filter((c) => c.length === n)) for (const s of CREDIT_SCORES) combinations.push([...prefix, s]);
    for (const scores of combinations.slice(1)) expect({ scores, grade: dashboardGrade(scores) }).toEqual({ scores, grade: serverGrade(scores) });
    expect(dashboardGrade([])).toBeNull();
    expect(combinations.length).toBe(1 + 4 + 16 + 64 + 256 + 1024);
  });
});
