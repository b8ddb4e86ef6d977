/** POST /admin/members/{id}/handover's body (issue 12), in zod/mini. */
import * as z from 'zod/mini';

export const handOverRequest = z.strictObject({ toStaffId: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'is not a staff id')) });
