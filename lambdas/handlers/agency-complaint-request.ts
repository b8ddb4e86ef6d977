/** POST /complaints/agency and the agency's form: another agency's formal written complaint (A1). */
import * as z from 'zod/mini';
import { agencyComplaintFields, languageFields, optionalText, phone, spamSignalFields, text } from './complaint-request-parts';

export { AGENCY_SUBJECTS } from './complaint-request-parts';

export const agencyComplaintRequest = z
  .object({
    ...agencyComplaintFields(),
    agency: z.object({
      organisation: text(200),
      name: text(200),
      role: optionalText(200),
      email: z.email('must be an email address'),
      phone,
    }),
    ...languageFields,
    ...spamSignalFields(),
  });

export type AgencyComplaintRequest = z.infer<typeof agencyComplaintRequest>;
