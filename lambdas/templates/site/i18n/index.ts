/**
 * The pages' strings per language (F2), with the parts shared with the emails: one place
 * per language for each, and `pageText(lang)` to read them together.
 */
import { LANGUAGES, type Language } from '../../../domain/language';
import { directionOf, formatDate, MESSAGES, type Messages, type TextDirection } from '../../messages';
import { ar } from './ar';
import { cy } from './cy';
import { en, type WebMessages } from './en';
import { pl } from './pl';
import { ro } from './ro';
import { ur } from './ur';

export type { WebMessages } from './en';

export const WEB_MESSAGES: Readonly<Record<Language, WebMessages>> = { en, cy, pl, ro, ur, ar };

export interface PageText extends WebMessages {
  lang: Language;
  dir: TextDirection;
  /** Level names, Ofsted, the reference: as the emails say them. */
  common: Messages['common'];
  complainant: Messages['complainant'];
  formatDate: (iso: string) => string;
}

export function pageText(lang: Language): PageText {
  const email = MESSAGES[lang];
  return {
    ...WEB_MESSAGES[lang],
    lang,
    dir: directionOf(lang),
    common: email.common,
    complainant: email.complainant,
    formatDate: (iso) => formatDate(iso, lang),
  };
}

export { LANGUAGES };
