/** The requests that add and change a setting (issue 12): the configuration's `settings` fields, in zod/mini. */
import * as z from 'zod/mini';

const name = z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(200, 'must be at most 200 characters'));
const address = z.string().check(z.trim(), z.maxLength(500, 'must be at most 500 characters'));
const ofstedUrn = z.string().check(z.trim(), z.maxLength(20, 'must be at most 20 characters'));
const shown = (max: number) => z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(max, `must be at most ${max} characters`));

/** P3: the LADO of the setting's local authority, as the configuration's `lado` takes it. */
const lado = z.strictObject({
  name: shown(200),
  phone: shown(40),
  email: z.optional(z.email('is not an email address')),
  address: z.optional(shown(500)),
  web: z.optional(z.url('is not a web address')),
});

export const newSettingRequest = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lower-case letters, digits and hyphens (at most 63)')),
    name,
    address: z.optional(address),
    ofstedUrn: z.optional(ofstedUrn),
    lado: z.optional(lado),
  });

export const settingChangeRequest = z
  .strictObject({ name: z.optional(name), address: z.optional(address), ofstedUrn: z.optional(ofstedUrn), lado: z.optional(lado) })
  .check(z.refine((change) => Object.keys(change).length > 0, { message: 'name at least one field to change', path: ['body'] }));
