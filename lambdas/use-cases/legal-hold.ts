/**
 * R3: nothing is purged sooner than the retention after closure, and an administrator can
 * hold a complaint's record for longer (a claim, an investigation), with a reason: a held
 * complaint never expires. Lifting the hold gives it back its retention from its closure.
 *
 * Primary course: record the hold (or its lifting) on the complaint, with who, when and why;
 * take the expiry off every item of the complaint (or put it back). The record row keeps
 * no expiry either way: it is the tombstone.
 */
import type { StaffPrincipal } from '../domain/access';
import type { Complaint } from '../domain/complaint';
import { ConflictError } from '../domain/errors';
import { retentionUntil } from '../domain/lifecycle';
import { eventRecorder, retryOnConflict } from './context';
import { loadComplaint } from './load-complaint';
import type { RecordContext } from './record-context';
import { requireAdministrator } from './record-context';

export async function placeLegalHold(ctx: RecordContext, principal: StaffPrincipal, complaintId: string, reason: string): Promise<Complaint> {
  requireAdministrator(principal);
  return retryOnConflict(async () => {
    const aggregate = await loadComplaint(ctx.repo, complaintId);
    if (aggregate.complaint.legalHold) throw new ConflictError('This complaint is already held');
    const now = ctx.clock.now();
    const { expiresAt: _expiry, ...rest } = aggregate.complaint;
    const complaint: Complaint = {
      ...rest,
      legalHold: { reason, by: principal.staffId, at: now.toISOString() },
      version: aggregate.complaint.version + 1,
    };
    const { events, record } = eventRecorder(complaintId, now);
    record('legalHoldPlaced', { kind: 'staff', staffId: principal.staffId, role: 'administrator' }, 'Legal hold placed: this record does not expire.', {
      visibleToComplainant: false,
      details: { reason },
    });
    await ctx.repo.save({ complaint, expectedVersion: aggregate.complaint.version, levels: [], events, effects: [] });
    await ctx.records.setRetention(complaintId, undefined);
    return complaint;
  });
}

export async function liftLegalHold(ctx: RecordContext, principal: StaffPrincipal, complaintId: string, reason: string): Promise<Complaint> {
  requireAdministrator(principal);
  return retryOnConflict(async () => {
    const aggregate = await loadComplaint(ctx.repo, complaintId);
    if (!aggregate.complaint.legalHold) throw new ConflictError('This complaint is not held');
    const now = ctx.clock.now();
    const { legalHold: _hold, ...rest } = aggregate.complaint;
    // Retention runs from closure, never from the lifting: nothing is kept shorter, nor longer than asked.
    const expiresAt = rest.closedAt ? retentionUntil(new Date(rest.closedAt), ctx.retentionYears) : undefined;
    const complaint: Complaint = { ...rest, ...(expiresAt !== undefined ? { expiresAt } : {}), version: aggregate.complaint.version + 1 };
    const { events, record } = eventRecorder(complaintId, now);
    record('legalHoldLifted', { kind: 'staff', staffId: principal.staffId, role: 'administrator' }, 'Legal hold lifted: the retention period applies again.', {
      visibleToComplainant: false,
      details: { reason },
    });
    await ctx.repo.save({ complaint, expectedVersion: aggregate.complaint.version, levels: [], events, effects: [] });
    if (expiresAt !== undefined) await ctx.records.setRetention(complaintId, expiresAt);
    return complaint;
  });
}
