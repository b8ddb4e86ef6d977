/**
 * How dates and text direction read in each language. Apart from the strings themselves
 * (index.ts holds all six languages; load.ts loads one), so that code which formats a date
 * does not bundle every language's sentences.
 */
import { RIGHT_TO_LEFT, type Language } from '../../domain/language';

/**
 * The locale each language's dates are written in. Plain `ar`, not `ar-SA`: ICU gives
 * `ar-SA` the Islamic calendar, and a statutory deadline must read as a Gregorian date.
 */
export const DATE_LOCALES: Readonly<Record<Language, string>> = {
  en: 'en-GB',
  cy: 'cy-GB',
  pl: 'pl-PL',
  ro: 'ro-RO',
  ur: 'ur-PK',
  ar: 'ar',
};

export type TextDirection = 'ltr' | 'rtl';

export function directionOf(language: Language): TextDirection {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

// Deadlines are days in England: they end at 23:59:59 Europe/London, so that is the zone
// they are read in, whatever zone the Lambda or the reader is in. Digits are pinned to Latin
// because ICU's default for `ar` changed between versions (Arabic-Indic before CLDR 42),
// and references and phone numbers in the same email are in Latin digits anyway.
const baseOptions: Intl.DateTimeFormatOptions = { timeZone: 'Europe/London', numberingSystem: 'latn' };

const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<Language, Intl.DateTimeFormat>();

function formatterFor(
  cache: Map<Language, Intl.DateTimeFormat>,
  language: Language,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let format = cache.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[language], { ...baseOptions, ...options });
    cache.set(language, format);
  }
  return format;
}

/** A UTC ISO timestamp as a long date in Europe/London, e.g. "31 March 2025" or "31 Mawrth 2025". */
export function formatDate(iso: string, language: Language): string {
  return formatterFor(dateFormats, language, { dateStyle: 'long' }).format(parseInstant(iso));
}

/** As `formatDate`, with the time of day, for moments that matter to the hour (an allegation). */
export function formatDateTime(iso: string, language: Language): string {
  return formatterFor(dateTimeFormats, language, { dateStyle: 'long', timeStyle: 'short' }).format(
    parseInstant(iso),
  );
}

function parseInstant(iso: string): Date {
  const date = new Date(iso);
  // Intl would throw a bare "Invalid time value"; say which value was wrong.
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO timestamp: ${JSON.stringify(iso)}`);
  return date;
}
