/** POST /staff/complaints: the parent's complaint as staff write it down (P5). */
import * as z from 'zod/mini';
import { CHANNELS, type Channel } from '../domain/complaint-types';
import { parentComplaintRequest } from './schemas';
import { optionalText, text } from './schema-parts';

const phone = z.optional(z.string().check(z.trim(), z.regex(/^[+()0-9 -]{6,25}$/, 'must be a phone number')));

/**
 * P5: someone may complain with only a phone number or a postal address. Without an email
 * address, what would be emailed to them becomes a letter for staff to print and post.
 */
export const reachable = z.superRefine(
  (contact: { email?: string | undefined; phone?: string | undefined; postalAddress?: string | undefined }, ctx) => {
    if (!contact.email && !contact.postalAddress && !contact.phone) {
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'give an email address, a postal address or a phone number' });
    }
  },
);

/** How staff can write back to someone: an email address, a postal address (letters), or only a phone. */
export const contactWithoutEmail = {
  email: z.optional(z.email('must be an email address')),
  phone,
  /** Where letters go when there is no email address (P5). */
  postalAddress: optionalText(500),
};

/** P5: a complaint made in person or by phone, written down by staff on the CIR. */
export const onBehalfFields = {
  channel: z.enum(CHANNELS.filter((channel): channel is Exclude<Channel, 'online'> => channel !== 'online')),
  receivedAt: z.iso.datetime({ offset: true }),
};

/** P5: the parent's complaint as staff write it down; consent and spam checks are for the public form. */
export const onBehalfRequest = z
  .extend(z.omit(parentComplaintRequest, { consentToContact: true, website: true, formToken: true }), {
    ...onBehalfFields,
    contact: z.object({ name: text(200), ...contactWithoutEmail }).check(reachable),
  })
  // A derived schema keeps none of its parent's metadata: its example is its own.
  .register(z.globalRegistry, {
    id: 'ComplaintOnBehalf',
    examples: [
      {
        settingId: 'oak-street',
        classification: 'complaint',
        about: 'keyPerson',
        keyPersonId: 'amira-khan',
        subjectStaffId: 'amira-khan',
        allegationOfHarm: false,
        description: 'Told the manager at pick-up that Maya’s nappy had not been changed all afternoon.',
        childName: 'Maya',
        contact: { name: 'Sam Taylor', email: 'sam.taylor@example.com', phone: '07700 900123' },
        language: 'en',
        channel: 'inPerson',
        receivedAt: '2026-03-02T16:30:00Z',
      },
    ],
  });
