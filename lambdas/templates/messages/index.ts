/**
 * Every string the system writes to people, per language (F2), and how dates read in each.
 * Emails use all of it; the web pages reuse `common` (level and outcome names, Ofsted) and
 * the date formatting, so a page and an email never name a level differently.
 */
import type { Language } from '../../domain/language';
import { ar } from './ar';
import { cy } from './cy';
import { en, type Messages } from './en';
import { pl } from './pl';
import { ro } from './ro';
import { ur } from './ur';

export type { Messages } from './en';
export type CommonMessages = Messages['common'];

export const MESSAGES: Readonly<Record<Language, Messages>> = { en, cy, pl, ro, ur, ar };

export function messagesFor(language: Language): Messages {
  return MESSAGES[language];
}

export { DATE_LOCALES, directionOf, formatDate, formatDateTime, type TextDirection } from './format';
