/**
 * The fields of a member of staff (issue 12) as the configuration's `staff` entries take them,
 * with the same rules: shared by the requests that add one (new-member-request.ts) and change
 * one (member-change-request.ts), each a module of its own so that a function builds only its own.
 */
import * as z from 'zod/mini';
import { ROLES } from '../domain/procedure';

export const staffIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lower-case letters, digits and hyphens (at most 63)'));
export const memberName = z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(200, 'must be at most 200 characters'));
export const memberRoles = z.array(z.enum(ROLES)).check(z.minLength(1, 'give at least one role'));
