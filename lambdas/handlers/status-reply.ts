/**
 * The status page's reply posted without JavaScript (application/x-www-form-urlencoded):
 * answered with a 303 back to the page (status-page.ts), or the page again with what to fix.
 * Apart from the page itself, so that showing it does not load the reply's schema and use case;
 * and the page is rendered here only when the reply comes back with something to fix, so its
 * template, its texts and the complaint's view are a chunk loaded then (status-reply-page.ts;
 * a reply recorded is a 303 without a page).
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors';
import type { Language } from '../domain/language';
import { authoriseStatusToken } from '../use-cases/status-token';
import { respondToOutcome } from '../use-cases/respond-to-outcome';
import { getComplaintStatus } from '../use-cases/get-complaint-status';
import { formValues, isLanguage, PAGE_LANGUAGE_FIELD, type FieldError } from '../templates/site/form/fields';
import { REFERENCE_FIELD, responseFromForm, TOKEN_FIELD } from '../templates/site/form/status-response';
import { statusPageUrl } from '../templates/site/paths';
import { FORM_MEDIA_TYPE, formBody, MAX_FORM_BYTES } from './form-body';
import { requireMediaType, type HttpResult } from './http';
import { logger } from './logger';
import { complainantResponseRequest } from './complainant-response-request';
import type { UseCaseContext } from '../use-cases/context';
import { statusReference, statusToken as tokenSchema } from './status-link-parts';

const replyPage = () => import('./status-reply-page');

/** The use cases' context: the reply changes the complaint. */
export interface StatusReplyPorts {
  context: UseCaseContext;
}

/**
 * Primary course: read the posted reply, check the link's token, map the reply to the API's
 * request and record it (the same use case as the JSON route), then 303 to the page, which
 * now shows where the complaint went.
 */
export async function answerStatusForm(event: APIGatewayProxyEventV2, ports: StatusReplyPorts): Promise<HttpResult> {
  requireMediaType(event, FORM_MEDIA_TYPE);
  const raw = formBody(event);
  const entries = [...new URLSearchParams(raw)];
  const values = formValues(entries);
  const posted = values.get(PAGE_LANGUAGE_FIELD);
  const lang: Language = isLanguage(posted) ? posted : 'en';
  const ref = values.get(REFERENCE_FIELD) ?? '';
  const tokenValue = values.get(TOKEN_FIELD) ?? '';
  const notFound = async () => (await replyPage()).statusNotFoundPage(lang);
  if (!statusReference.safeParse(ref).success || !tokenSchema.safeParse(tokenValue).success) return notFound();

  const pageAgain = async (
    statusCode: number,
    problem: { errors?: readonly FieldError[]; problem?: 'conflict' | 'server' | 'tooLarge' },
  ) => {
    const [page, view] = await Promise.all([replyPage(), getComplaintStatus(ports.context, ref, tokenValue)]);
    return page.statusPageAgain(view, { lang, token: tokenValue, values }, statusCode, problem);
  };

  try {
    await authoriseStatusToken(ports.context, ref, tokenValue);
    if (Buffer.byteLength(raw, 'utf8') > MAX_FORM_BYTES) return await pageAgain(413, { problem: 'tooLarge' });
    const mapped = responseFromForm(entries);
    if (!mapped.request) return await pageAgain(400, { errors: mapped.errors });
    const parsed = complainantResponseRequest.safeParse(mapped.request);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'body', message: issue.message }));
      return await pageAgain(400, { errors });
    }
    await respondToOutcome(ports.context, ref, parsed.data);
    logger.info('Complainant responded', { reference: ref, response: parsed.data.type });
    const location = statusPageUrl({ lang, ref, token: tokenValue, done: parsed.data.type });
    return { statusCode: 303, headers: { location, 'cache-control': 'no-store' }, body: '' };
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    if (error instanceof ValidationError) return pageAgain(400, { errors: error.fields });
    // Answered already, or moved on meanwhile (a double post, or an escalation): say so, and
    // show where it stands now.
    if (error instanceof ConflictError) return pageAgain(409, { problem: 'conflict' });
    if (error instanceof Error) logger.error('Status reply failed', error);
    else logger.error('Status reply failed', { error: String(error) });
    return pageAgain(500, { problem: 'server' }).catch(async () => (await replyPage()).statusNotFoundPage(lang, 500));
  }
}
