/**
 * One language's strings, loaded when the first email in that language is written: a
 * function sending a Welsh acknowledgement loads Welsh (and English for its staff), not all
 * six languages at every cold start.
 */
import type { Language } from '../../domain/language';
import { cachedLoads } from '../cached-loads';
import type { Messages } from './en';

/** A failed load is tried again by the next email, not remembered. */
export const loadMessages: (language: Language) => Promise<Messages> = cachedLoads(importMessages);

// One literal path per language, so the bundler can see (and split out) each of them.
function importMessages(language: Language): Promise<Messages> {
  switch (language) {
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
