/** POST /staff/agency-complaints: an agency's letter or email, entered by staff on the agency track (A1). */
import * as z from 'zod/mini';
import { agencyComplaintFields, languageFields } from './complaint-request-parts';
import { contactWithoutEmail, reachable } from './on-behalf-parts';
import { optionalText, text } from './schema-parts';

export const agencyOnBehalfRequest = z
  .object({
    ...agencyComplaintFields(),
    agency: z
      .object({
        organisation: text(200),
        name: text(200),
        role: optionalText(200),
        ...contactWithoutEmail,
      })
      .check(reachable),
    ...languageFields,
    channel: z.enum(['letter', 'email']),
    /** The day the letter or email was received: A2's and A3's clocks run from it. */
    receivedAt: z.iso.datetime({ offset: true }),
  });
