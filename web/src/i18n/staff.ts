/**
 * The staff console's strings per language: English only for now (the staff's working
 * language); a translation is one more `StaffMessages` here, and the console asks for it.
 */
import type { Language } from '../../../lambdas/domain/language';
import { staffEn, type StaffMessages } from './staff-en';

export type { StaffMessages } from './staff-en';

export const STAFF_MESSAGES: Readonly<Partial<Record<Language, StaffMessages>>> = { en: staffEn };

export function staffText(lang: Language = 'en'): StaffMessages {
  return STAFF_MESSAGES[lang] ?? staffEn;
}
