import { currentLocale, useLocale, type Locale } from './locale.js';
import { en } from './messages.en.js';
import { zh } from './messages.zh.js';

type Widen<T> = T extends string ? string : T extends (...args: infer A) => string ? (...args: A) => string : { [K in keyof T]: Widen<T[K]> };

/** The shape every catalogue has: English's keys and parameters, any text. */
export type Messages = Widen<typeof en>;

export const CATALOGUES: Record<Locale, Messages> = { en, 'zh-CN': zh };

/** The catalogue of the current locale, for code outside components (formatters, chart labels). */
export const messages = (): Messages => CATALOGUES[currentLocale()];

/** The catalogue of the chosen locale; components re-render when it changes. */
export function useT(): Messages {
  return CATALOGUES[useLocale().locale];
}
