/**
 * The confirmation page's link: what the submission answered, carried to the page that shows
 * it (the page reads nothing, so it needs no access to the table).
 */
import * as z from 'zod/mini';
import { REFERENCE_PATTERN } from '../adapters/secrets';
import { COMPLAINT_STATUSES } from '../domain/complaint-types';
import { LANGUAGES } from '../domain/language';
import { CLASSIFICATIONS, LEVEL_IDS } from '../domain/procedure';

export const confirmationQuery = z
  .object({
    lang: z.enum(LANGUAGES),
    form: z.enum(['parent', 'agency']),
    ref: z.string().check(z.regex(REFERENCE_PATTERN)),
    status: z.enum(COMPLAINT_STATUSES),
    level: z.optional(z.enum(LEVEL_IDS)),
    by: z.optional(z.iso.datetime()),
    as: z.optional(z.enum(CLASSIFICATIONS)),
  });
