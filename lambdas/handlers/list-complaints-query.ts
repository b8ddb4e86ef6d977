/** The staff dashboard's query string (GET /staff/complaints). */
import * as z from 'zod/mini';
import { TRACKS } from '../domain/procedure';

export const listComplaintsQuery = z.object({
  settingId: z.optional(z.string().check(z.maxLength(63))),
  track: z.optional(z.enum(TRACKS)),
  state: z.optional(z.enum(['onTrack', 'dueSoon', 'overdue', 'extended', 'breached'])),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 25),
  after: z.optional(z.string().check(z.maxLength(400))),
});
