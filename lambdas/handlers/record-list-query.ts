/** The record of complaints' query string (GET /staff/record, R1), in a module of its own. */
import * as z from 'zod/mini';
import { COMPLAINT_STATUSES } from '../domain/complaint-types';
import { TRACKS } from '../domain/procedure';
import { OUTCOME_FACETS } from '../domain/record';
import { londonDate, settingIdField } from './schema-parts';

export const listRecordQuery = z
  .object({
    settingId: z.optional(settingIdField()),
    from: z.optional(londonDate()),
    to: z.optional(londonDate()),
    track: z.optional(z.enum(TRACKS)),
    status: z.optional(z.enum(COMPLAINT_STATUSES)),
    outcome: z.optional(z.enum(OUTCOME_FACETS)),
    limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 25),
    after: z.optional(z.string().check(z.maxLength(400))),
  });
