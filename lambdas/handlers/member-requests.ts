/**
 * The requests that add and change a member of staff (issue 12): the fields of the
 * configuration's `staff` entries, with the same rules. In zod/mini, in a module of their
 * own, so that only the two functions that parse them load them.
 */
import * as z from 'zod/mini';
import { LANGUAGES } from '../domain/language';
import { ROLES } from '../domain/procedure';

export const staffIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lower-case letters, digits and hyphens (at most 63)'));
const name = z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(200, 'must be at most 200 characters'));
const roles = z.array(z.enum(ROLES)).check(z.minLength(1, 'give at least one role'));

export const newMemberRequest = z
  .strictObject({
    id: staffIdSchema,
    name,
    email: z.email('must be an email address'),
    roles,
    /** The settings this person works in or oversees. Owners and administrators see all. */
    settings: z._default(z.array(staffIdSchema), []),
    /** Language for this person's emails. */
    language: z._default(z.enum(LANGUAGES), 'en'),
  });

export const memberChangeRequest = z
  .strictObject({
    name: z.optional(name),
    email: z.optional(z.email('must be an email address')),
    roles: z.optional(roles),
    settings: z.optional(z.array(staffIdSchema)),
    language: z.optional(z.enum(LANGUAGES)),
    /** false deactivates: the account is disabled and signed out; true brings it back. */
    active: z.optional(z.boolean()),
  })
  .check(z.refine((change) => Object.keys(change).length > 0, { message: 'name at least one field to change', path: ['body'] }));
