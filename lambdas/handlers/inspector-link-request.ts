/** An administrator's inspector link (R1): the settings and period it opens, and how long it lasts. */
import * as z from 'zod/mini';
import { londonDate, settingIdField } from './schema-parts';

export const inspectorLinkRequest = z
  .object({
    settingIds: z.array(settingIdField()).check(z.minLength(1, 'name at least one setting')),
    from: londonDate(),
    to: londonDate(),
    /** Days until it expires; the organisation's default (7) when absent. */
    days: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(90))),
    note: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  });
