/**
 * R1: an administrator gives an inspector a read-only link to the record of a period. The
 * link expires after a set number of days (7 unless the administrator or the organisation
 * says otherwise) and can be revoked; only the hash of its token is kept. Every opening of
 * it is a production of the record, logged with the link, the time and the period.
 */
import type { StaffPrincipal } from '../domain/access';
import { NotFoundError, ValidationError } from '../domain/errors';
import type { InspectorLink, RecordFormat, RecordScope } from '../domain/record-ports';
import { produceRecord, validateScope, type RecordDocument } from './produce-record';
import type { RecordReadContext } from './record-context';
import { requireAdministrator } from './record-context';

export interface NewInspectorLink {
  scope: RecordScope;
  days?: number;
  note?: string;
}

export const MAX_LINK_DAYS = 90;

/** Primary course: check the period, mint a token, keep its hash with the period and the expiry. */
export async function createInspectorLink(
  ctx: RecordReadContext,
  principal: StaffPrincipal,
  request: NewInspectorLink,
): Promise<{ link: InspectorLink; token: string }> {
  requireAdministrator(principal);
  validateScope(request.scope, ctx.settings);
  const days = request.days ?? ctx.inspectorLinkDays;
  if (!Number.isInteger(days) || days < 1 || days > MAX_LINK_DAYS) {
    throw new ValidationError([{ field: 'days', message: `must be a whole number of days from 1 to ${MAX_LINK_DAYS}` }]);
  }
  const now = ctx.clock.now();
  const { token, hash } = ctx.secrets.statusToken();
  const link: InspectorLink = {
    // A second draw names the link: its id is shown and logged, the token never.
    id: ctx.secrets.statusToken().token.replace(/[^A-Za-z0-9]/g, '').slice(0, 16),
    tokenHash: hash,
    scope: request.scope,
    createdAt: now.toISOString(),
    createdBy: principal.staffId,
    expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString(),
    ...(request.note ? { note: request.note } : {}),
  };
  await ctx.records.addLink(link);
  return { link, token };
}

export async function listInspectorLinks(ctx: RecordReadContext, principal: StaffPrincipal): Promise<InspectorLink[]> {
  requireAdministrator(principal);
  return ctx.records.links(100);
}

export async function revokeInspectorLink(ctx: RecordReadContext, principal: StaffPrincipal, id: string, reason: string): Promise<void> {
  requireAdministrator(principal);
  const revocation = { at: ctx.clock.now().toISOString(), by: principal.staffId, reason };
  if (!(await ctx.records.revokeLink(id, revocation))) throw new NotFoundError();
}

/**
 * The inspector opens the link: a token that matches no link, an expired or a revoked one
 * are all the same 404, so a link cannot be probed.
 */
export async function openInspectorLink(ctx: RecordReadContext, token: string, format: RecordFormat): Promise<RecordDocument> {
  const link = await ctx.records.linkByTokenHash(ctx.secrets.hash(token));
  const now = ctx.clock.now();
  if (!link || link.revokedAt || new Date(link.expiresAt) <= now) throw new NotFoundError();
  return produceRecord(ctx, { kind: 'inspectorLink', linkId: link.id }, link.scope, format);
}
