/**
 * The administrators' directory requests (issue 12): the same fields as the configuration's
 * `staff` and `settings` entries, validated by the same schemas.
 */
import { z } from 'zod';
import { settingSchema, staffMemberSchema } from '../../lib/config/organisation';
import { LANGUAGES } from '../domain/language';
import { ROLES } from '../domain/procedure';

const staffId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lower-case letters, digits and hyphens (at most 63)');

export const newMemberRequest = staffMemberSchema.strict().meta({
  id: 'NewMember',
  examples: [
    { id: 'jo-bloggs', name: 'Jo Bloggs', email: 'jo.bloggs@acorn-early-years.example.org', roles: ['keyPerson'], settings: ['oak-street'], language: 'en' },
  ],
});

export const memberSchema = staffMemberSchema.extend({ active: z.boolean() }).meta({ id: 'Member' });

export const memberChangeRequest = z
  .object({
    name: z.string().min(1).max(200),
    email: z.email(),
    roles: z.array(z.enum(ROLES)).min(1),
    settings: z.array(staffId),
    language: z.enum(LANGUAGES),
    /** false deactivates: the account is disabled and signed out; true brings it back. */
    active: z.boolean(),
  })
  .partial()
  .strict()
  .refine((change) => Object.keys(change).length > 0, { message: 'name at least one field to change', path: ['body'] })
  .meta({ id: 'MemberChange', examples: [{ roles: ['keyPerson', 'safeguardingLead'] }, { active: false }] });

export const handOverRequest = z
  .object({ toStaffId: staffId })
  .strict()
  .meta({ id: 'HandOver', examples: [{ toStaffId: 'ben-jones' }] });

export const newSettingRequest = settingSchema.strict().meta({
  id: 'NewSetting',
  examples: [{ id: 'elm-road', name: 'Elm Road Nursery', address: '3 Elm Road, Leeds LS3 3CC' }],
});

export const settingChangeRequest = settingSchema
  .omit({ id: true })
  .partial()
  .strict()
  .refine((change) => Object.keys(change).length > 0, { message: 'name at least one field to change', path: ['body'] })
  .meta({ id: 'SettingChange', examples: [{ name: 'Oak Street Nursery and Pre-school' }] });

export const directoryChangesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** The `next` of the previous page. */
  after: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z#[0-9a-f]{8}$/, 'is not a cursor this API gave out')
    .optional(),
});

export const directoryChangeSchema = z.object({
  at: z.string(),
  by: z.string(),
  kind: z.enum(['seeded', 'memberAdded', 'memberChanged', 'memberDeactivated', 'memberReactivated', 'settingAdded', 'settingChanged', 'complaintsHandedOver']),
  target: z.string(),
  before: z.record(z.string(), z.unknown()).optional(),
  after: z.record(z.string(), z.unknown()).optional(),
});
