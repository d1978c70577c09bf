import { describe, expect, it } from '@jest/globals';
import { normaliseProspectName } from './prospect-name.js';

describe('prospect name normalisation', () => {
  it('case-folds, trims and collapses whitespace', () => {
    expect(normaliseProspectName('  Qilu   FOODS ')).toBe('qilu foods');
  });

  it.each([
    'Qilu Foods Co., Ltd.',
    'Qilu Foods Co.,Ltd',
    'QILU FOODS CO LTD',
    'Qilu Foods Ltd',
    'Qilu Foods Limited',
    'Qilu Foods Inc.',
    'Qilu Foods, Inc',
    'Qilu Foods Company Limited',
    'Qilu Foods Corp.',
    'Qilu Foods LLC',
    'Qilu-Foods (Co., Ltd.)',
  ])('drops punctuation and the legal form in "%s"', (name) => {
    expect(normaliseProspectName(name)).toBe('qilu foods');
  });

  it('drops dots and apostrophes without splitting the word', () => {
    expect(normaliseProspectName("O'Neill A.B.C. Trading")).toBe('oneill abc trading');
  });

  it.each(['齐鲁食品有限公司', '齐鲁食品股份有限公司', '齐鲁食品有限责任公司', ' 齐鲁 食品 有限公司 '])('drops the Chinese legal form in "%s"', (name) => {
    expect(normaliseProspectName(name)).toBe('齐鲁食品');
  });

  it('folds full-width characters and punctuation', () => {
    expect(normaliseProspectName('齐鲁食品（济南）有限公司')).toBe(normaliseProspectName('齐鲁食品(济南)有限公司'));
    expect(normaliseProspectName('ＱＩＬＵ　Ｆｏｏｄｓ')).toBe('qilu foods');
  });

  it('keeps a name that is nothing but a legal form', () => {
    expect(normaliseProspectName('Limited')).toBe('limited');
  });

  it('keeps legal words that are not at the end', () => {
    expect(normaliseProspectName('Co-op Farmers Ltd')).toBe('co op farmers');
  });

  it('keeps different companies apart', () => {
    expect(normaliseProspectName('Qilu Foods Ltd')).not.toBe(normaliseProspectName('Qilu Feeds Ltd'));
  });
});
