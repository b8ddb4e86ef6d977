/**
 * The complainant's status page as HTML, for browsers with or without JavaScript: the private
 * link opens it (GET), and its reply form posts to status-reply.ts (application/x-www-form-urlencoded),
 * answered with a 303 back to the page, or the page again with what to fix. The JSON routes
 * (get-complaint-status, respond-to-outcome) stay for the enhancement script and other clients;
 * both paths go through the same use cases and the same schema.
 *
 * A wrong token and a missing complaint get the same page (404), so a link cannot be guessed.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { NotFoundError } from '../domain/errors';
import type { ReadContext } from '../use-cases/context';
import { getComplaintStatus } from '../use-cases/get-complaint-status';
import { isLanguage } from '../templates/site/form/fields';
import { loadPageText } from '../templates/site/i18n/load';
import type { Site } from '../templates/site/pages/site';
import { renderStatus, renderStatusNotFound } from '../templates/site/pages/status';
import type { HttpResult } from './http';
import { htmlPage } from './response';
import { statusPageQuery } from './status-page-query';

export interface StatusPagePorts {
  /** Read only: showing the page changes nothing (the reply's ports hold the use cases' context). */
  context: ReadContext;
  site: () => Site;
}

export async function showStatusPage(event: APIGatewayProxyEventV2, ports: StatusPagePorts): Promise<HttpResult> {
  const query = event.queryStringParameters ?? {};
  const parsed = statusPageQuery.safeParse(query);
  const asked = isLanguage(query.lang) ? query.lang : 'en';
  const notFound = async () => htmlPage(404, renderStatusNotFound(await loadPageText(asked), { site: ports.site() }));
  if (!parsed.success) return notFound();
  const { ref, token, lang, done } = parsed.data;
  try {
    const view = await getComplaintStatus(ports.context, ref, token);
    return htmlPage(200, renderStatus(await loadPageText(lang ?? view.language), { site: ports.site(), token, view, done }));
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}
