import type { Messages } from './catalogue.js';
import { currentLocale, useLocale, type Locale } from './locale.js';
import { en } from './messages.en.js';
import { zh } from './messages.zh.js';

export type { Messages } from './catalogue.js';

export const CATALOGUES: Record<Locale, Messages> = { en, 'zh-CN': zh };

/** The catalogue of the current locale, for code outside components (formatters, chart labels). */
export const messages = (): Messages => CATALOGUES[currentLocale()];

/** The catalogue of the chosen locale; components re-render when it changes. */
export function useT(): Messages {
  return CATALOGUES[useLocale().locale];
}
