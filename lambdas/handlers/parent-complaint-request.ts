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
