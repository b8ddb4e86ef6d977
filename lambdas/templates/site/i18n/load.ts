/**
 * One language's page strings, loaded when the first page in that language is asked for:
 * a status page in Urdu loads Urdu's page and email strings (each a chunk of its own in the
 * bundle, lib/constructs/bundling.ts), not all six languages at every cold start.
 */
import type { Language } from '../../../domain/language';
import { cachedLoads } from '../../cached-loads';
import { loadMessages } from '../../messages/load';
import type { WebMessages } from './en';
import { composePageText, type PageText } from './page-text';
import type { SubjectAccessText } from './subject-access';

/** A failed load is tried again by the next request, not remembered. */
export const loadPageText: (lang: Language) => Promise<PageText> = cachedLoads((lang: Language) =>
  Promise.all([importWebMessages(lang), loadMessages(lang)]).then(([web, email]) => composePageText(lang, web, email)),
);

/** The subject access document's own words (staff ask for it rarely: loaded when they do). */
export function loadSubjectAccessText(lang: Language): Promise<SubjectAccessText> {
  return import('./subject-access').then((module) => module.SUBJECT_ACCESS_TEXT[lang]);
}

// One literal path per language, so the bundler can see (and split out) each of them.
function importWebMessages(lang: Language): Promise<WebMessages> {
  switch (lang) {
    case 'en':
      return import('./en').then((module) => module.en);
    case 'cy':
      return import('./cy').then((module) => module.cy);
    case 'pl':
      return import('./pl').then((module) => module.pl);
    case 'ro':
      return import('./ro').then((module) => module.ro);
    case 'ur':
      return import('./ur').then((module) => module.ur);
    case 'ar':
      return import('./ar').then((module) => module.ar);
  }
}
