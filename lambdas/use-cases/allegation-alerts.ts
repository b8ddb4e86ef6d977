/**
 * P3: an allegation of serious harm by staff alerts the designated safeguarding lead and the
 * manager (never the person named), with the LADO's contact: apart from the builders every
 * use case shares (context.ts), so that only a function taking an allegation in loads it.
 */
import type { ComplaintAggregate, EmailEffect } from '../domain/complaint';
import { allegationRecipients } from '../domain/allegation-recipients';
import type { UseCaseContext } from './context';
import { messageBase } from './emails';

/**
 * P3: the immediate alert of an allegation of harm, to the setting's safeguarding lead(s) and
 * manager, with the next people up in place of whichever of them is accused; never to the
 * accused. Each is given what the allegations procedure asks of them and the LADO's contact.
 */
export function emailAllegationAlerts(ctx: UseCaseContext<unknown>, aggregate: ComplaintAggregate): EmailEffect[] {
  const { complaint } = aggregate;
  const lado = ctx.lado(complaint.settingId);
  const staffUrl = ctx.staffUrl(complaint.id);
  return allegationRecipients(ctx.directory, complaint.settingId, complaint.subjectStaffId).map((member) => ({
    kind: 'email',
    key: `email#${member.id}#allegation`,
    complaintId: complaint.id,
    createdAt: ctx.clock.now().toISOString(),
    to: member.email,
    language: member.language,
    message: {
      kind: 'allegationAlert',
      ...messageBase(ctx, aggregate),
      receivedAt: complaint.receivedAt,
      ...(lado ? { lado } : {}),
      ...(staffUrl ? { staffUrl } : {}),
    },
    withStatusLink: false,
  }));
}
