/** POST /admin/members/{id}: a change to a member of staff (issue 12); at least one field. */
import * as z from 'zod/mini';
import { LANGUAGES } from '../domain/language';
import { memberName, memberRoles, staffIdSchema } from './member-request-parts';

export const memberChangeRequest = z
  .strictObject({
    name: z.optional(memberName),
    email: z.optional(z.email('must be an email address')),
    roles: z.optional(memberRoles),
    settings: z.optional(z.array(staffIdSchema)),
    language: z.optional(z.enum(LANGUAGES)),
    /** false deactivates: the account is disabled and signed out; true brings it back. */
    active: z.optional(z.boolean()),
  })
  .check(z.refine((change) => Object.keys(change).length > 0, { message: 'name at least one field to change', path: ['body'] }));
