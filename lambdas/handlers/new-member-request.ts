/** POST /admin/members: a member of staff added by an administrator (issue 12). */
import * as z from 'zod/mini';
import { LANGUAGES } from '../domain/language';
import { memberName, memberRoles, staffIdSchema } from './member-request-parts';

export const newMemberRequest = z
  .strictObject({
    id: staffIdSchema,
    name: memberName,
    email: z.email('must be an email address'),
    roles: memberRoles,
    /** The settings this person works in or oversees. Owners and administrators see all. */
    settings: z._default(z.array(staffIdSchema), []),
    /** Language for this person's emails. */
    language: z._default(z.enum(LANGUAGES), 'en'),
  });
