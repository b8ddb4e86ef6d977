/**
 * The staff's actions that move no clock (Ofsted's involvement, a note, a fresh status link):
 * a part of record-action.ts, loaded when one of them is recorded.
 */
import { emailComplainant } from '../emails';
import type { ActionDraft, StaffAction } from '../record-action';

type Action<T extends StaffAction['type']> = Extract<StaffAction, { type: T }>;

/** Recorded at the current level, for staff only. */
const staffEvent = (draft: ActionDraft) => ({ level: draft.complaint.currentLevel, visibleToComplainant: false }) as const;

/** P9: Ofsted is involved, with its reference. */
export function ofsted(draft: ActionDraft, action: Action<'ofsted'>): void {
  draft.complaint.ofstedInvolvedAt ??= draft.now.toISOString();
  draft.record('ofstedInvolved', draft.actor, `Ofsted involved, reference ${action.ofstedReference}.`, {
    ...staffEvent(draft),
    details: { ofstedReference: action.ofstedReference, ...(action.note ? { note: action.note } : {}) },
  });
}

export function note(draft: ActionDraft, action: Action<'note'>): void {
  draft.record('note', draft.actor, action.text, staffEvent(draft));
}

/** Every status link sent so far stops working (a shared mailbox), and a fresh one is emailed. */
export function renewStatusLink(draft: ActionDraft, action: Action<'renewStatusLink'>): void {
  const { complaint, ctx } = draft;
  // Links issued from now on work; the fresh one is minted when its email is sent.
  complaint.statusLinksValidFrom = draft.now.toISOString();
  draft.record('note', draft.actor, `Status links revoked; a fresh link was emailed to the complainant.${action.reason ? ` ${action.reason}` : ''}`, {
    ...staffEvent(draft),
    details: { statusLinksRenewed: true },
  });
  draft.effects.push(
    emailComplainant(ctx, { complaint, levels: draft.aggregate.levels }, `status-link#${complaint.version}`, {
      kind: 'statusLinkRenewed',
      classification: complaint.classification,
      ofsted: ctx.ofsted,
    }),
  );
}
