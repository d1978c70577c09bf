import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

import type { Locale } from './locales.js';

export { intlTag, LOCALES, type Locale } from './locales.js';

const STORAGE_KEY = 'salesflow.locale';

let current: Locale = 'en';

/** The locale the formatters use; the app sets it before rendering with a new one. */
export const currentLocale = (): Locale => current;

export function applyLocale(locale: Locale): void {
  current = locale;
  document.documentElement.lang = locale === 'zh-CN' ? 'zh-CN' : 'en';
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage may be off (private mode): the choice then lasts for this page.
  }
}

/** The remembered choice, else the browser's language: Chinese for any zh-*, English otherwise. */
export function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'zh-CN' || stored === 'en') return stored;
  } catch {
    // fall through to the browser's language
  }
  return navigator.languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

export interface LocaleValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

export const LocaleContext = createContext<LocaleValue>({ locale: 'en', setLocale: () => undefined });

export const useLocale = (): LocaleValue => useContext(LocaleContext);
