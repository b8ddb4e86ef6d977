/**
 * The complainant's answer to an outcome (the status page's reply and its JSON route), and
 * the answers staff record for them (response-on-behalf-request.ts): apart from the staff's
 * actions (staff-schemas.ts), so that the functions that take an answer build only these.
 */
import * as z from 'zod/mini';
import { optionalText, text } from './schema-parts';

/** What a complainant can answer; staff record the same answers for them (response-on-behalf-request.ts). */
export const COMPLAINANT_RESPONSES = {
  satisfied: z.object({ type: z.literal('satisfied') }),
  notSatisfied: z.object({ type: z.literal('notSatisfied'), reason: text(8_000) }),
  /** A4, A5: an agency, after the meeting: no agreement was reached; on to the line manager. */
  noAgreement: z.object({ type: z.literal('noAgreement'), reason: text(8_000) }),
  withdraw: z.object({ type: z.literal('withdraw'), reason: optionalText(2_000) }),
};

/**
 * The complainant's own reply. A withdrawal ends the complaint, so the complainant confirms it
 * (issue: any old or forwarded link could withdraw by one click). Staff recording a
 * withdrawal on someone's behalf (response-on-behalf-request.ts) record what was said.
 */
export const complainantResponseRequest = z
  .discriminatedUnion('type', [
    COMPLAINANT_RESPONSES.satisfied,
    COMPLAINANT_RESPONSES.notSatisfied,
    COMPLAINANT_RESPONSES.noAgreement,
    // The withdrawal's fields spelled out rather than extended: z.extend would load zod's
    // shape merging into every function that takes an answer, for this one schema.
    z.object({
      ...COMPLAINANT_RESPONSES.withdraw.shape,
      confirmWithdrawal: z.literal(true, 'must be true: the complainant confirms that they want to withdraw'),
    }),
  ]);
