/**
 * Loading a complaint for a use case: apart from what the staff's view of it offers
 * (get-complaint.ts: every action's verdict), so that a use case that loads a complaint a
 * member of staff may see does not load the rules of every action.
 */
import type { StaffPrincipal } from '../domain/access';
import { maySeeComplaint } from '../domain/access';
import type { ComplaintAggregate } from '../domain/complaint';
import { NotFoundError } from '../domain/errors';
import type { ComplaintStore } from '../domain/ports';
import type { UseCaseContext } from './context';

export async function loadComplaint(repo: ComplaintStore, complaintId: string): Promise<ComplaintAggregate> {
  const aggregate = await repo.load(complaintId);
  if (!aggregate) throw new NotFoundError(`No complaint ${complaintId}`);
  return aggregate;
}

/** Loads a complaint the caller may see, or fails exactly as a missing one does. */
export async function loadVisible(
  ctx: UseCaseContext,
  principal: StaffPrincipal,
  complaintId: string,
): Promise<ComplaintAggregate> {
  const aggregate = await ctx.repo.load(complaintId);
  if (!aggregate || !maySeeComplaint(principal, aggregate.complaint)) throw new NotFoundError();
  return aggregate;
}
