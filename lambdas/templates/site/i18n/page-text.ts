/**
 * What a page reads in one language: its own strings and the parts shared with the emails.
 * Apart from the strings themselves, so that a page's code holds no language: the pages the
 * API renders load one language when a request asks for it (load.ts); the build and the tests
 * read all six at once (index.ts).
 */
import type { Language } from '../../../domain/language';
import { directionOf, formatDate, type TextDirection } from '../../messages/format';
import type { Messages } from '../../messages/en';
import type { WebMessages } from './en';

export type { WebMessages } from './en';

export interface PageText extends WebMessages {
  lang: Language;
  dir: TextDirection;
  /** Level names, Ofsted, the reference: as the emails say them. */
  common: Messages['common'];
  complainant: Messages['complainant'];
  formatDate: (iso: string) => string;
}

export function composePageText(lang: Language, web: WebMessages, email: Messages): PageText {
  return {
    ...web,
    lang,
    dir: directionOf(lang),
    common: email.common,
    complainant: email.complainant,
    formatDate: (iso) => formatDate(iso, lang),
  };
}
