import type { Locale } from './locales.js';

const rules = new Map<Locale, Intl.PluralRules>();

/** ICU plural categories from Intl.PluralRules: English has one/other, Chinese only other. */
export function plural(locale: Locale, count: number, forms: { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale === 'zh-CN' ? 'zh-CN' : 'en-US')));
  return forms[rule.select(count)] ?? forms.other;
}
