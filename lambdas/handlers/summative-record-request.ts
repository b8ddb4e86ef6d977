/** The complaint written up for the record (POST /staff/complaints/{id}/record, R2). */
import * as z from 'zod/mini';
import { EYFS_AREAS } from '../domain/record';
import { text } from './schema-parts';

export const summativeRecordRequest = z
  .object({
    eyfsAreas: z.array(z.enum(EYFS_AREAS)).check(z.minLength(1, 'choose at least one EYFS area'), z.maxLength(EYFS_AREAS.length)),
    raised: text(2_000),
    investigation: text(4_000),
    actionTaken: text(4_000),
  });
