/**
 * The confirmation page's link: what the submission answered, carried to the page that shows
 * it (the page reads nothing, so it needs no access to the table).
 */
import { z } from 'zod';
import { REFERENCE_PATTERN } from '../adapters/secrets';
import { COMPLAINT_STATUSES } from '../domain/complaint-types';
import { LANGUAGES } from '../domain/language';
import { CLASSIFICATIONS, LEVEL_IDS } from '../domain/procedure';

export const confirmationQuery = z
  .object({
    lang: z.enum(LANGUAGES),
    form: z.enum(['parent', 'agency']),
    ref: z.string().regex(REFERENCE_PATTERN),
    status: z.enum(COMPLAINT_STATUSES),
    as: z.enum(CLASSIFICATIONS).optional(),
    level: z.enum(LEVEL_IDS).optional(),
    by: z.iso.datetime().optional(),
  })
  .meta({ id: 'ConfirmationQuery' });
