/** POST /admin/settings: a setting added by an administrator (issue 12). */
import * as z from 'zod/mini';
import { settingAddress, settingLado, settingName, settingOfstedUrn } from './setting-request-parts';

export const newSettingRequest = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lower-case letters, digits and hyphens (at most 63)')),
    name: settingName,
    address: z.optional(settingAddress),
    ofstedUrn: z.optional(settingOfstedUrn),
    lado: z.optional(settingLado),
  });
