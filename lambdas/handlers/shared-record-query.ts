/** The query string of an inspector's read-only link (GET /record/shared, R1). */
import * as z from 'zod/mini';

export const sharedRecordQuery = z.object({ token: z.string().check(z.maxLength(200)), format: z._default(z.enum(['html', 'csv', 'json']), 'html') });
