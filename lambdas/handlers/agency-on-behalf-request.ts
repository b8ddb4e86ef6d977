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
  })
  .register(z.globalRegistry, {
    id: 'AgencyComplaintOnBehalf',
    examples: [
      {
        settingId: 'willow-lane',
        about: 'practice',
        allegationOfHarm: false,
        description: 'Letter of 3 March: our speech therapist was twice refused the quiet room booked for a session.',
        agency: {
          organisation: 'Leeds Community Healthcare',
          name: 'Jo Patel',
          role: 'Speech and language therapist',
          postalAddress: '12 Park Row, Leeds LS1 5HD',
        },
        language: 'en',
        channel: 'letter',
        receivedAt: '2026-03-04T09:00:00Z',
      },
    ],
  });
