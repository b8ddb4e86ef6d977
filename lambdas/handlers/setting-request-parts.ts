/**
 * The fields of a setting (issue 12) as the configuration's `settings` take them: shared by the
 * requests that add one (new-setting-request.ts) and change one (setting-change-request.ts),
 * each a module of its own so that a function builds only its own.
 */
import * as z from 'zod/mini';

export const settingName = z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(200, 'must be at most 200 characters'));
export const settingAddress = z.string().check(z.trim(), z.maxLength(500, 'must be at most 500 characters'));
export const settingOfstedUrn = z.string().check(z.trim(), z.maxLength(20, 'must be at most 20 characters'));
const shown = (max: number) => z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(max, `must be at most ${max} characters`));

/** P3: the LADO of the setting's local authority, as the configuration's `lado` takes it. */
export const settingLado = z.strictObject({
  name: shown(200),
  phone: shown(40),
  email: z.optional(z.email('is not an email address')),
  address: z.optional(shown(500)),
  web: z.optional(z.url('is not a web address')),
});
