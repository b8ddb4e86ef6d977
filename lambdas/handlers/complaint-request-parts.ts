/**
 * The fields the public's complaint requests share (the parent's, parent-complaint-request.ts,
 * and the agency's, agency-complaint-request.ts), and the staff's entries of them on
 * someone's behalf: each request in a module of its own, so a function builds the one it
 * parses, and none builds the other or the answers' schemas (schemas.ts, for the OpenAPI
 * document).
 */
import * as z from 'zod/mini';
import { CLASSIFICATIONS, SUBJECTS } from '../domain/procedure';
import { LANGUAGES } from '../domain/language';
import { MAX_FORM_TOKEN_LENGTH } from '../adapters/form-token';

export const id = z.string().check(z.trim(), z.minLength(1), z.maxLength(63));
/**
 * Something a person can read: a letter, digit, punctuation or symbol. Whitespace and the
 * invisible format characters (zero-width space, joiners, direction marks) alone say nothing.
 */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
export const text = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1, 'is required'),
    z.maxLength(max, `must be at most ${max} characters`),
    z.refine((value) => value === '' || VISIBLE.test(value), 'is required'),
  );
export const optionalText = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max, `must be at most ${max} characters`)));
export const phone = z.optional(z.string().check(z.trim(), z.regex(/^[+()0-9 -]{6,25}$/, 'must be a phone number')));

export const languageFields = {
  /** The language for every email and page this person gets (F2). */
  language: z._default(z.enum(LANGUAGES), 'en'),
  /** F2: the language an interpreter is needed for; absent when none is. */
  interpreterLanguage: optionalText(60),
};

/**
 * Spam signals from the public forms, checked (handlers/spam-check.ts) and dropped before
 * anything is stored; no third-party CAPTCHA, so nothing about the person leaves us.
 */
export const spamSignalFields = () => ({
  /** A field people never see (the honeypot): anything in it means a robot filled the form. */
  website: z.optional(z.string().check(z.maxLength(500))),
  /**
   * The token from GET /forms/token, signed by the server when the form was handed out:
   * required, at least a few seconds old and at most a day (handlers/spam-check.ts).
   */
  formToken: z.optional(z.string().check(z.maxLength(MAX_FORM_TOKEN_LENGTH, `must be at most ${MAX_FORM_TOKEN_LENGTH} characters`))),
});

/**
 * A parent's complaint's own fields, before the contact: the public's request
 * (parent-complaint-request.ts) and staff's entry on a parent's behalf (on-behalf-request.ts)
 * each spell out theirs from these rather than derive one from the other with z.omit and
 * z.extend, which would load zod's shape merging for one schema. Built when a request is.
 */
export const parentComplaintFields = () => ({
  settingId: id,
  /** P2: a concern about the quality of the service or practice, or a complaint. */
  classification: z.enum(CLASSIFICATIONS),
  /** P4, P7: whom it is about, which decides who handles it. */
  about: z.enum(SUBJECTS),
  keyPersonId: z.optional(id),
  subjectStaffId: z.optional(id),
  /** P3: an allegation that a member of staff or a volunteer caused serious harm to a child. */
  allegationOfHarm: z._default(z.boolean(), false),
  description: text(10_000),
  desiredOutcome: optionalText(4_000),
  childName: optionalText(200),
});

/** A1: whom an agency's complaint is about: a member of staff, the manager, or a practice. */
export const AGENCY_SUBJECTS = ['practice', 'staff', 'manager'] as const;

/** An agency's complaint's own fields, before the agency's details: as the parent's above. */
export const agencyComplaintFields = () => ({
  settingId: id,
  about: z.enum(AGENCY_SUBJECTS),
  subjectStaffId: z.optional(id),
  allegationOfHarm: z._default(z.boolean(), false),
  /** A1: the formal complaint, in writing. */
  description: text(20_000),
  desiredOutcome: optionalText(4_000),
});
