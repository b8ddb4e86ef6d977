/**
 * Staff record a complainant's answer that reached them in person, by phone, by letter or
 * by email (P8: an appeal may be spoken or written; A5: an agency's letter saying there is
 * no agreement): the same move as the complainant's own, with who recorded it, how it came
 * and the day it was received, from which the next level's clock runs.
 *
 * Primary course: the member of staff must see the complaint and work at its setting; the
 * complainant's response is then recorded exactly as if they had sent it themselves.
 */
import type { StaffPrincipal } from '../domain/access';
import { responseVerdictFor } from '../domain/available-responses';
import type { ComplaintAggregate } from '../domain/complaint';
import type { Channel } from '../domain/complaint-types';
import { ConflictError, ForbiddenError } from '../domain/errors';
import type { UseCaseContext } from './context';
import { loadVisible } from './load-complaint';
import { respondToOutcome, type ComplainantResponse } from './respond-to-outcome';

export async function recordResponseOnBehalf(
  ctx: UseCaseContext,
  principal: StaffPrincipal,
  complaintId: string,
  response: ComplainantResponse,
  receipt: { channel: Exclude<Channel, 'online'>; receivedAt?: string },
): Promise<ComplaintAggregate> {
  const aggregate = await loadVisible(ctx, principal, complaintId);
  // The console offered it by the same verdict (GET /staff/complaints/{id}, availableResponses).
  const verdict = responseVerdictFor(principal, aggregate, response.type);
  if (!verdict.allowed) throw verdict.refusal === 'forbidden' ? new ForbiddenError(verdict.reason) : new ConflictError(verdict.reason);
  return respondToOutcome(ctx, complaintId, response, {
    actor: { kind: 'staff', staffId: principal.staffId, role: principal.roles[0]! },
    ...receipt,
  });
}
