/** GET /admin/changes's query string (issue 12), in zod/mini. */
import * as z from 'zod/mini';

export const directoryChangesQuery = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50),
  /** The `next` of the previous page. */
  after: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z#[0-9a-f]{8}$/, 'is not a cursor this API gave out'))),
});
