import { areasEn, errorsEn, type ErrorArea } from './errors.en.js';
import { areasZh, errorsZh } from './errors.zh.js';
import type { Locale } from './locales.js';

const SENTENCES: Record<Locale, Record<string, string>> = { en: errorsEn, 'zh-CN': errorsZh };
const AREAS: Record<Locale, Record<ErrorArea, string>> = { en: areasEn, 'zh-CN': areasZh };

/** The sentence for an API error code in the locale: the code's own, else its area's, else null. */
export function errorSentence(code: string, locale: Locale): string | null {
  const own = SENTENCES[locale][code];
  if (own !== undefined) return own;
  const area = code.split('.')[0] as ErrorArea;
  return Object.hasOwn(AREAS[locale], area) ? AREAS[locale][area] : null;
}
