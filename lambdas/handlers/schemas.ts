/**
 * The public API's request and response bodies. These schemas validate every request and
 * generate the OpenAPI document, so the two cannot disagree.
 */
// zod/mini: the same schemas as zod's classic API, but a bundle carries only the checks it
// uses (tens of KB instead of hundreds), which is most of a function's cold start.
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { CLASSIFICATIONS, LEVEL_IDS, SUBJECTS } from '../domain/procedure';
import { LANGUAGES } from '../domain/language';
import { COMPLAINT_STATUSES } from '../domain/complaint-types';
import { MAX_FORM_TOKEN_LENGTH } from '../adapters/form-token';

/** The examples a schema was registered with (they also fill the OpenAPI document). */
export function examplesOf(schema: $ZodType): unknown[] {
  const examples = z.globalRegistry.get(schema)?.examples;
  return Array.isArray(examples) ? examples : [];
}

const id = z.string().check(z.trim(), z.minLength(1), z.maxLength(63));
/**
 * Something a person can read: a letter, digit, punctuation or symbol. Whitespace and the
 * invisible format characters (zero-width space, joiners, direction marks) alone say nothing.
 */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
const text = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1, 'is required'),
    z.maxLength(max, `must be at most ${max} characters`),
    z.refine((value) => value === '' || VISIBLE.test(value), 'is required'),
  );
const optionalText = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max, `must be at most ${max} characters`)));
const phone = z.optional(z.string().check(z.trim(), z.regex(/^[+()0-9 -]{6,25}$/, 'must be a phone number')));

const languageFields = {
  /** The language for every email and page this person gets (F2). */
  language: z._default(z.enum(LANGUAGES), 'en'),
  /** F2: the language an interpreter is needed for; absent when none is. */
  interpreterLanguage: optionalText(60),
};

/**
 * Spam signals from the public forms, checked (handlers/spam-check.ts) and dropped before
 * anything is stored; no third-party CAPTCHA, so nothing about the person leaves us.
 */
const spamSignalFields = {
  /** A field people never see (the honeypot): anything in it means a robot filled the form. */
  website: z.optional(z.string().check(z.maxLength(500))),
  /**
   * The token from GET /forms/token, signed by the server when the form was handed out:
   * required, at least a few seconds old and at most a day (handlers/spam-check.ts).
   */
  formToken: z.optional(z.string().check(z.maxLength(MAX_FORM_TOKEN_LENGTH, `must be at most ${MAX_FORM_TOKEN_LENGTH} characters`))),
};

export const parentComplaintRequest = z
  .object({
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
    contact: z.object({
      name: text(200),
      email: z.email('must be an email address'),
      phone,
    }),
    consentToContact: z.literal(true, 'must be true: we need to contact you about your complaint'),
    ...languageFields,
    ...spamSignalFields,
  })
  .register(z.globalRegistry, {
    id: 'ParentComplaint',
    examples: [
      {
        settingId: 'oak-street',
        classification: 'complaint',
        about: 'service',
        allegationOfHarm: false,
        description: 'My daughter came home with another child’s lunchbox three times this month.',
        desiredOutcome: 'Check lunchboxes at pick-up.',
        childName: 'Maya',
        contact: { name: 'Sam Taylor', email: 'sam.taylor@example.com', phone: '07700 900123' },
        consentToContact: true,
        language: 'en',
      },
    ],
  });

export type ParentComplaintRequest = z.infer<typeof parentComplaintRequest>;

/** A1: whom an agency's complaint is about: a member of staff, the manager, or a practice. */
export const AGENCY_SUBJECTS = ['practice', 'staff', 'manager'] as const;

export const agencyComplaintRequest = z
  .object({
    settingId: id,
    about: z.enum(AGENCY_SUBJECTS),
    subjectStaffId: z.optional(id),
    allegationOfHarm: z._default(z.boolean(), false),
    /** A1: the formal complaint, in writing. */
    description: text(20_000),
    desiredOutcome: optionalText(4_000),
    agency: z.object({
      organisation: text(200),
      name: text(200),
      role: optionalText(200),
      email: z.email('must be an email address'),
      phone,
    }),
    ...languageFields,
    ...spamSignalFields,
  })
  .register(z.globalRegistry, {
    id: 'AgencyComplaint',
    examples: [
      {
        settingId: 'willow-lane',
        about: 'practice',
        allegationOfHarm: false,
        description: 'Our health visitor was not given the room we booked for two developmental reviews.',
        agency: {
          organisation: 'Leeds Community Healthcare',
          name: 'Jo Patel',
          role: 'Health visitor',
          email: 'jo.patel@example.nhs.uk',
        },
        language: 'en',
      },
    ],
  });

export type AgencyComplaintRequest = z.infer<typeof agencyComplaintRequest>;

export const submissionResponse = z
  .object({
    reference: z.string(),
    status: z.enum(COMPLAINT_STATUSES),
    level: z.optional(z.enum(LEVEL_IDS)),
    respondBy: z.optional(z.iso.datetime()),
  })
  .register(z.globalRegistry, { id: 'SubmissionResult' });

export const errorResponseSchema = z
  .object({
    message: z.string(),
    errors: z.optional(z.array(z.object({ field: z.string(), message: z.string() }))),
    /** A refused change of the directory: each way it would leave the procedure impossible. */
    problems: z.optional(z.array(z.string())),
  })
  .register(z.globalRegistry, { id: 'Error' });
