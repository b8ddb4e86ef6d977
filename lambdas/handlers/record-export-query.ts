/** The period, settings and format of a production of the record (GET /staff/record/export, R1). */
import * as z from 'zod/mini';
import { londonDate } from './schema-parts';

/** `settingIds` comma-separated, as a query string carries a list. */
const settingIds = z.pipe(
  z.string().check(z.maxLength(700)),
  z.transform((value: string) => value.split(',').map((id) => id.trim()).filter(Boolean)),
);

export const exportRecordQuery = z
  .object({
    settingIds,
    from: londonDate(),
    to: londonDate(),
    format: z._default(z.enum(['json', 'csv', 'html']), 'json'),
  });
