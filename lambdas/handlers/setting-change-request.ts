/** POST /admin/settings/{id}: a change to a setting (issue 12); at least one field. */
import * as z from 'zod/mini';
import { settingAddress, settingLado, settingName, settingOfstedUrn } from './setting-request-parts';

export const settingChangeRequest = z
  .strictObject({ name: z.optional(settingName), address: z.optional(settingAddress), ofstedUrn: z.optional(settingOfstedUrn), lado: z.optional(settingLado) })
  .check(z.refine((change) => Object.keys(change).length > 0, { message: 'name at least one field to change', path: ['body'] }));
