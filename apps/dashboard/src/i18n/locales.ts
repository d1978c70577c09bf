export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The tag Intl formats with: Simplified Chinese of the mainland, or US English. */
export const intlTag = (locale: Locale): string => (locale === 'zh-CN' ? 'zh-CN' : 'en-US');
