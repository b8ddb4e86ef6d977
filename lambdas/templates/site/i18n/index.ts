/**
 * The pages' strings per language (F2), with the parts shared with the emails: one place
 * per language for each, and `pageText(lang)` to read them together. Every language at once,
 * for the site's build and the tests; the API's pages load only the one asked for (load.ts).
 */
import { LANGUAGES, type Language } from '../../../domain/language';
import { MESSAGES } from '../../messages';
import { ar } from './ar';
import { cy } from './cy';
import { en, type WebMessages } from './en';
import { composePageText, type PageText } from './page-text';
import { pl } from './pl';
import { ro } from './ro';
import { ur } from './ur';

export type { PageText, WebMessages } from './page-text';

export const WEB_MESSAGES: Readonly<Record<Language, WebMessages>> = { en, cy, pl, ro, ur, ar };

export function pageText(lang: Language): PageText {
  return composePageText(lang, WEB_MESSAGES[lang], MESSAGES[lang]);
}

export { LANGUAGES };
