/** POST /complaints/parent and the parent's form: a parent's complaint or concern (P1–P8). */
import * as z from 'zod/mini';
import { languageFields, parentComplaintFields, phone, spamSignalFields, text } from './complaint-request-parts';

export const parentComplaintRequest = z
  .object({
    ...parentComplaintFields(),
    contact: z.object({
      name: text(200),
      email: z.email('must be an email address'),
      phone,
    }),
    consentToContact: z.literal(true, 'must be true: we need to contact you about your complaint'),
    ...languageFields,
    ...spamSignalFields(),
  });

export type ParentComplaintRequest = z.infer<typeof parentComplaintRequest>;
