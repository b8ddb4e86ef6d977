/**
 * The status page as a reply posted by the plain form brings it back (status-reply.ts): its
 * template, its texts and the site, loaded together only then. A reply recorded is a 303
 * without a page, so its function's cold start loads none of them. The complaint's view is
 * read by the caller (get-complaint-status.ts, whose domain code init loads anyway): behind
 * this lazy import it cut what init loads into one more file.
 */
import type { Language } from '../domain/language';
import type { StatusView } from '../use-cases/get-complaint-status';
import type { FieldError } from '../templates/site/form/fields';
import { loadPageText } from '../templates/site/i18n/load';
import { renderStatus, renderStatusNotFound } from '../templates/site/pages/status';
import type { HttpResult } from './http';
import { publicSite } from './public-site';
import { htmlPage } from './response';

/** A link that opens nothing: the same page whatever the reason. */
export async function statusNotFoundPage(lang: Language, statusCode = 404): Promise<HttpResult> {
  return htmlPage(statusCode, renderStatusNotFound(await loadPageText(lang), { site: publicSite() }));
}

/** The page again, with the complaint as it stands now and what to fix, every answer kept. */
export async function statusPageAgain(
  view: StatusView,
  reply: { lang: Language; token: string; values: Map<string, string> },
  statusCode: number,
  problem: { errors?: readonly FieldError[]; problem?: 'conflict' | 'server' | 'tooLarge' },
): Promise<HttpResult> {
  const t = await loadPageText(reply.lang);
  return htmlPage(statusCode, renderStatus(t, { site: publicSite(), token: reply.token, view, values: reply.values, ...problem }));
}
