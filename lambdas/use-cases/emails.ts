/**
 * The effects that tell people something: an email (or, without an address, a letter) to the
 * complainant, an email to each person responsible for a level. Apart from the context
 * (context.ts), so that code which writes no message does not load them.
 */
import type { ComplaintAggregate, EmailEffect, LetterEffect } from '../domain/complaint';
import { responsibleFor } from '../domain/directory';
import type { EmailMessage } from '../domain/notifications';
import type { LevelId } from '../domain/procedure';
import type { UseCaseContext } from './context';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A message without what every message carries; the builders below add that. */
export type MessageBody = DistributiveOmit<EmailMessage, 'reference' | 'settingName' | 'organisationName' | 'staffUrl'>;

export function messageBase(ctx: UseCaseContext<unknown>, aggregate: ComplaintAggregate) {
  return {
    reference: aggregate.complaint.id,
    settingName: ctx.directory.settingName(aggregate.complaint.settingId) ?? aggregate.complaint.settingId,
    organisationName: ctx.directory.organisationName,
  };
}

/**
 * An email to the complainant, in their language, with their private status link; or, for
 * someone without an email address (P5), the same words as a letter for staff to print and
 * post. Its key is the same either way, so a message is never both emailed and posted.
 */
export function emailComplainant(
  ctx: UseCaseContext<unknown>,
  aggregate: ComplaintAggregate,
  key: string,
  body: MessageBody,
): EmailEffect | LetterEffect {
  const { complaint } = aggregate;
  const common = {
    complaintId: complaint.id,
    createdAt: ctx.clock.now().toISOString(),
    language: complaint.language,
    message: { ...messageBase(ctx, aggregate), ...body } as EmailMessage,
  };
  if (!complaint.contact.email) {
    const { name, postalAddress, organisation } = complaint.contact;
    return {
      ...common,
      kind: 'letter',
      key: `letter#complainant#${key}`,
      settingId: complaint.settingId,
      recipient: { name, ...(postalAddress ? { postalAddress } : {}), ...(organisation ? { organisation } : {}) },
    };
  }
  return { ...common, kind: 'email', key: `email#complainant#${key}`, to: complaint.contact.email, withStatusLink: true };
}

/** One email to each person responsible for `level`, each in their own language. */
export function emailResponsible(
  ctx: UseCaseContext<unknown>,
  aggregate: ComplaintAggregate,
  level: LevelId,
  key: string,
  body: MessageBody,
): EmailEffect[] {
  return responsibleFor(ctx.directory, aggregate.complaint, level).map((member) => ({
    kind: 'email',
    key: `email#${member.id}#${key}`,
    complaintId: aggregate.complaint.id,
    createdAt: ctx.clock.now().toISOString(),
    to: member.email,
    language: member.language,
    message: withStaffUrl({ ...messageBase(ctx, aggregate), ...body }, ctx.staffUrl(aggregate.complaint.id)),
    withStatusLink: false,
  }));
}

function withStaffUrl(message: EmailMessage, staffUrl: string | undefined): EmailMessage {
  // Staff messages all carry an optional staffUrl; complainant ones never reach here.
  return staffUrl ? ({ ...message, staffUrl } as EmailMessage) : message;
}
