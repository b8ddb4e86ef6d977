/**
 * Languages the pages and every email exist in (F2). English, Welsh, and the most-spoken
 * other languages of families in English early-years settings; Urdu and Arabic are written
 * right to left.
 */
export const LANGUAGES = ['en', 'cy', 'pl', 'ro', 'ur', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

export const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(['ur', 'ar']);

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  cy: 'Cymraeg',
  pl: 'Polski',
  ro: 'Română',
  ur: 'اردو',
  ar: 'العربية',
};
