/** The body of POST /admin/outbox/parked/{id}: in its own module, so only that handler loads it. */
import * as z from 'zod/mini';

/** An administrator's answer to a parked effect: try it again, or it was done by hand. */
export const parkedEffectResolutionRequest = z
  .discriminatedUnion('action', [
    z.strictObject({ action: z.literal('retry') }),
    z.strictObject({ action: z.literal('handled'), note: z.string().check(z.trim(), z.minLength(2), z.maxLength(500)) }),
  ]);
