/**
 * What staff write down about the person when they enter a complaint on someone's behalf
 * (P5): the parent's (on-behalf-request.ts) and the agency's (agency-on-behalf-request.ts),
 * apart from either request, so that neither function builds the other's schema.
 */
import * as z from 'zod/mini';
import { phone } from './complaint-request-parts';
import { optionalText } from './schema-parts';

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
