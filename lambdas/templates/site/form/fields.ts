/**
 * The public forms' fields, and the one mapping from what a browser posts to the API's
 * request (lambdas/handlers/schemas.ts). The form handlers (no JavaScript, urlencoded) and
 * the enhancement script (JSON) both use it, so the two paths cannot send different things.
 *
 * Field names are the request's paths (`contact.email`), so an error the API names maps
 * straight back to the field it is about. Pure: no zod, no Node, no DOM.
 */
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../../domain/language';
import type { FormKind } from '../paths';

export type FormEntries = Iterable<readonly [string, FormDataEntryValue | string]>;

/** The submitted answers, first value of each name. Files (none are asked for) are ignored. */
export function formValues(entries: FormEntries): Map<string, string> {
  const values = new Map<string, string>();
  for (const [name, value] of entries) {
    if (typeof value === 'string' && !values.has(name)) values.set(name, value);
  }
  return values;
}

/** Names of the fields outside the request: the page's own language and the spam checks. */
export const PAGE_LANGUAGE_FIELD = 'pageLanguage';
export const HONEYPOT_FIELD = 'website';
export const FORM_TOKEN_FIELD = 'formToken';

/** Interpreters are arranged by staff: the language in its own name and in English. */
const ENGLISH_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  cy: 'Welsh',
  pl: 'Polish',
  ro: 'Romanian',
  ur: 'Urdu',
  ar: 'Arabic',
};

export function interpreterLanguageName(language: Language): string {
  return language === 'en' ? ENGLISH_NAMES.en : `${LANGUAGE_NAMES[language]} (${ENGLISH_NAMES[language]})`;
}

export function isLanguage(value: string | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

/**
 * The API request for a form's answers. Empty answers are left out, so the API's own
 * messages ("is required") name them. Two kindnesses the API does not know about:
 * - P3: someone reporting harm to a child need not also say "concern or complaint" and
 *   whom it is about: an allegation leaves the procedure whatever those say.
 * - F2: ticking "interpreter" without naming a language means the language chosen for emails.
 */
/** What a ticked checkbox posts: ours say "yes"; "on" is a browser's default, "true" a script's. */
const TICKED: ReadonlySet<string> = new Set(['yes', 'on', 'true']);

export function isTicked(value: string | undefined): boolean {
  return TICKED.has(value?.trim().toLowerCase() ?? '');
}

export function requestFromForm(kind: FormKind, entries: FormEntries): Record<string, unknown> {
  const values = formValues(entries);
  const text = (name: string): string | undefined => {
    const value = values.get(name)?.trim();
    return value ? value : undefined;
  };
  // A ticked box posts its value ("yes"); anything else, "false" included, is not a yes.
  const ticked = (name: string): boolean => isTicked(values.get(name));
  const allegationOfHarm = ticked('allegationOfHarm');
  const language = text('language') ?? text(PAGE_LANGUAGE_FIELD) ?? 'en';
  const interpreterLanguage =
    text('interpreterLanguage') ??
    (ticked('interpreterNeeded') && isLanguage(language) ? interpreterLanguageName(language) : undefined);
  const common = {
    settingId: text('settingId'),
    allegationOfHarm,
    description: text('description'),
    desiredOutcome: text('desiredOutcome'),
    language,
    interpreterLanguage,
    [HONEYPOT_FIELD]: values.get(HONEYPOT_FIELD) ?? undefined,
    [FORM_TOKEN_FIELD]: text(FORM_TOKEN_FIELD),
  };

  if (kind === 'agency') {
    return withoutUndefined({
      ...common,
      about: text('about') ?? (allegationOfHarm ? 'staff' : undefined),
      subjectStaffId: text('subjectStaffId'),
      agency: withoutUndefined({
        organisation: text('agency.organisation'),
        name: text('agency.name'),
        role: text('agency.role'),
        email: text('agency.email'),
        phone: text('agency.phone'),
      }),
    });
  }

  const about = text('about') ?? (allegationOfHarm ? 'otherStaff' : undefined);
  const keyPersonId = text('keyPersonId');
  return withoutUndefined({
    ...common,
    classification: text('classification') ?? (allegationOfHarm ? 'complaint' : undefined),
    about,
    keyPersonId,
    // A complaint about the key person names them, so that they never handle it (P3, P4).
    subjectStaffId: text('subjectStaffId') ?? (about === 'keyPerson' ? keyPersonId : undefined),
    childName: text('childName'),
    contact: withoutUndefined({
      name: text('contact.name'),
      email: text('contact.email'),
      phone: text('contact.phone'),
    }),
    consentToContact: ticked('consentToContact'),
  });
}

function withoutUndefined<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/** An error as the API names it: the field's path and an English message. */
export interface FieldError {
  field: string;
  message: string;
}

export type ErrorKind = 'required' | 'invalid' | 'tooLong';

/**
 * What kind of mistake an API error is, from its message and what was sent: the pages say
 * it in the reader's language ("Enter your email address"), never in the API's English.
 */
export function errorKind(error: FieldError, submitted: string | undefined): ErrorKind {
  if (maxLengthOf(error) !== undefined) return 'tooLong';
  return submitted === undefined || submitted.trim() === '' ? 'required' : 'invalid';
}

export function maxLengthOf(error: FieldError): string | undefined {
  return /at most (\d+) characters/.exec(error.message)?.[1];
}

/** The HTML id of a field (and of the first option of a group of radios). */
export const fieldId = (name: string): string => name.replace(/\./g, '-');

/** The field an error is shown against on the page; `body` errors are about the whole form. */
export const FORM_LEVEL_FIELD = 'body';
