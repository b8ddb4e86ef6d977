/**
 * The fields of each answer a complainant can give to an outcome: the complainant's own reply
 * (complainant-response-request.ts) and the answers staff record for them
 * (response-on-behalf-request.ts) each build their objects from these. Plain shapes, not
 * schemas: a function that takes one kind of answer builds only its own objects.
 */
import * as z from 'zod/mini';
import { optionalText, text } from './schema-parts';

export const COMPLAINANT_RESPONSES = {
  satisfied: { type: z.literal('satisfied') },
  notSatisfied: { type: z.literal('notSatisfied'), reason: text(8_000) },
  /** A4, A5: an agency, after the meeting: no agreement was reached; on to the line manager. */
  noAgreement: { type: z.literal('noAgreement'), reason: text(8_000) },
  withdraw: { type: z.literal('withdraw'), reason: optionalText(2_000) },
};
