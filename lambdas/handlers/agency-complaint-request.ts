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
