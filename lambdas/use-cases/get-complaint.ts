/**
 * One complaint for staff, with its clocks, its full Complaint Investigation Record, and what
 * the caller may record on it now (and why not the rest), so a console offers nothing the
 * API would refuse. A complaint the caller may not see is answered as if it did not exist.
 */
import type { StaffPrincipal } from '../domain/access';
import { actionsOffered, type ActionsOffered } from '../domain/available-actions';
import { responsesOffered, type ResponsesOffered } from '../domain/available-responses';
import type { ComplaintAggregate, RecordEvent } from '../domain/complaint';
import type { UseCaseContext } from './context';
import { loadVisible } from './load-complaint';

export interface ComplaintView extends ComplaintAggregate, ActionsOffered, ResponsesOffered {
  record: RecordEvent[];
}

export async function getComplaint(
  ctx: UseCaseContext,
  principal: StaffPrincipal,
  complaintId: string,
): Promise<ComplaintView> {
  const aggregate = await loadVisible(ctx, principal, complaintId);
  return {
    ...aggregate,
    record: await ctx.repo.events(complaintId),
    ...actionsOffered(principal, aggregate, ctx.directory),
    ...responsesOffered(principal, aggregate),
  };
}
