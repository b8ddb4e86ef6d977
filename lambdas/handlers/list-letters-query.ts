/** The letters-to-print query string (GET /staff/letters). */
import * as z from 'zod/mini';

export const listLettersQuery = z.object({
  settingId: z.optional(z.string().check(z.maxLength(63))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50),
});
