/**
 * The staff's actions that can end a complaint (agreement after the meeting, a referral to
 * the allegations procedure, closing it): a part of record-action.ts, loaded when one of them
 * is recorded.
 */
import { ConflictError } from '../../domain/errors';
import { endComplaint } from '../../domain/lifecycle';
import { emailAllegationAlerts } from '../allegation-alerts';
import { emailComplainant } from '../emails';
import type { ActionDraft, StaffAction } from '../record-action';

type Action<T extends StaffAction['type']> = Extract<StaffAction, { type: T }>;

/** Ends the complaint in the draft: its running levels end with it. */
function end(draft: ActionDraft, status: 'closed' | 'referred'): void {
  const ended = endComplaint({ complaint: draft.complaint, levels: draft.aggregate.levels }, status, draft.now, draft.ctx.retentionYears);
  draft.complaint = { ...ended.complaint, version: draft.complaint.version };
  draft.levels.push(...ended.endedLevels);
}

/** A4: whether agreement was reached after the meeting. */
export function agreement(draft: ActionDraft, action: Action<'agreement'>): void {
  const { ctx, aggregate, actor, record } = draft;
  const meeting = aggregate.levels.agencyMeeting;
  if (!meeting?.doneAt) throw new ConflictError('Agreement is sought after the meeting: record the meeting first');
  draft.complaint.agreementReached = action.reached;
  record('agreementRecorded', actor, action.reached ? 'Agreement reached after the meeting.' : 'No agreement reached after the meeting.', {
    level: 'agencyMeeting',
    ...(action.note ? { details: { note: action.note } } : {}),
  });
  if (action.reached) {
    end(draft, 'closed');
    record('closed', actor, 'Closed: agreement reached.', {});
    draft.effects.push(
      emailComplainant(ctx, aggregate, 'closed', { kind: 'complaintClosed', classification: draft.complaint.classification, ofsted: ctx.ofsted }),
    );
  } else if (draft.complaint.currentLevel === 'agencyMeeting') {
    // A5: the agency learns in writing that it may now write to the line manager.
    draft.effects.push(
      emailComplainant(ctx, aggregate, 'no-agreement', {
        kind: 'noAgreementRecorded',
        nextLevel: 'lineManagerAcknowledgement',
        ofsted: ctx.ofsted,
      }),
    );
  }
}

/** P3: an allegation of harm surfaced; the complaint leaves this procedure. */
export function referral(draft: ActionDraft, action: Action<'referral'>): void {
  end(draft, 'referred');
  draft.record('allegationReferred', draft.actor, 'Referred to the allegations procedure (6.2): no complaints clock runs.', {
    details: { reason: action.reason },
    visibleToComplainant: true,
  });
  draft.effects.push(...emailAllegationAlerts(draft.ctx, { complaint: draft.complaint, levels: draft.aggregate.levels }));
}

export function close(draft: ActionDraft, action: Action<'close'>): void {
  const { ctx, aggregate } = draft;
  end(draft, 'closed');
  draft.record('closed', draft.actor, `Closed: ${action.reason}`, {});
  draft.effects.push(
    emailComplainant(ctx, aggregate, 'closed', { kind: 'complaintClosed', classification: draft.complaint.classification, ofsted: ctx.ofsted }),
  );
}
