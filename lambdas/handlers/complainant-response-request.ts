/**
 * The complainant's answer to an outcome (the status page's reply and its JSON route), and
 * the answers staff record for them (response-on-behalf-request.ts, which builds its own from
 * the same fields: complainant-responses.ts): apart from the staff's actions
 * (staff-schemas.ts), so that the functions that take an answer build only these.
 */
import * as z from 'zod/mini';
import { COMPLAINANT_RESPONSES } from './complainant-responses';

/**
 * The complainant's own reply. A withdrawal ends the complaint, so the complainant confirms it
 * (issue: any old or forwarded link could withdraw by one click). Staff recording a
 * withdrawal on someone's behalf (response-on-behalf-request.ts) record what was said.
 */
export const complainantResponseRequest = z
  .discriminatedUnion('type', [
    z.object(COMPLAINANT_RESPONSES.satisfied),
    z.object(COMPLAINANT_RESPONSES.notSatisfied),
    z.object(COMPLAINANT_RESPONSES.noAgreement),
    z.object({
      ...COMPLAINANT_RESPONSES.withdraw,
      confirmWithdrawal: z.literal(true, 'must be true: the complainant confirms that they want to withdraw'),
    }),
  ]);
