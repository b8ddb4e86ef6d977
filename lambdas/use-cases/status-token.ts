/**
 * Whether a status link opens its complaint: apart from what the page shows
 * (get-complaint-status.ts), so that a reply posted by the plain form checks its link without
 * loading the page's view, which it builds only when the reply comes back.
 */
import type { ComplaintAggregate } from '../domain/complaint';
import { NotFoundError } from '../domain/errors';
import type { ReadContext } from './context';

/**
 * A link works while the complaint is open and for a while after it ends, unless staff
 * revoked it (a shared mailbox) and sent a fresh one: an old or forwarded email then opens
 * nothing. Expired, revoked and wrong links get the same answer.
 */
export async function authoriseStatusToken(ctx: ReadContext, reference: string, token: string): Promise<ComplaintAggregate> {
  const hash = ctx.secrets.hash(token);
  const valid = token.length >= 20 && (await ctx.repo.hasStatusToken(reference, hash));
  const aggregate = valid ? await ctx.repo.load(reference) : undefined;
  if (!aggregate || linkExpired(ctx, aggregate)) throw new NotFoundError();
  const validFrom = aggregate.complaint.statusLinksValidFrom;
  if (validFrom && !(await ctx.repo.hasStatusToken(reference, hash, validFrom))) throw new NotFoundError();
  return aggregate;
}

function linkExpired(ctx: ReadContext, { complaint }: ComplaintAggregate): boolean {
  if (!complaint.closedAt) return false;
  const until = Date.parse(complaint.closedAt) + ctx.statusLinkDaysAfterClosure * 24 * 3600 * 1000;
  return ctx.clock.now().getTime() > until;
}
