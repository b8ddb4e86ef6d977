/**
 * F3: who looked at what. Every staff read of a complaint and every export of the record is
 * logged with the member of staff (or the inspector's link) and the time, never the content;
 * administrators see a complaint's log.
 */
import type { StaffPrincipal } from '../domain/access';
import type { AccessEntry } from '../domain/record-ports';
import type { ComplaintView } from './get-complaint';
import { getComplaint } from './get-complaint';
import { loadComplaint } from './load-complaint';
import type { RecordContext } from './record-context';
import { requireAdministrator } from './record-context';

/** One complaint for staff (getComplaint), with the read logged. */
export async function readComplaint(ctx: RecordContext, principal: StaffPrincipal, complaintId: string): Promise<ComplaintView> {
  const view = await getComplaint(ctx, principal, complaintId);
  await ctx.records.logAccess([
    {
      complaintId,
      at: ctx.clock.now().toISOString(),
      kind: 'read',
      by: principal.staffId,
      ...(view.complaint.expiresAt !== undefined ? { expiresAt: view.complaint.expiresAt } : {}),
    },
  ]);
  return view;
}

export async function accessLogOf(
  ctx: RecordContext,
  principal: StaffPrincipal,
  complaintId: string,
): Promise<Omit<AccessEntry, 'complaintId' | 'expiresAt'>[]> {
  requireAdministrator(principal);
  await loadComplaint(ctx.repo, complaintId);
  const entries = await ctx.records.accessLog(complaintId, 500);
  return entries.map(({ at, kind, by }) => ({ at, kind, by }));
}
