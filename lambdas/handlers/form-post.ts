/**
 * The public forms posted without JavaScript (application/x-www-form-urlencoded). The
 * answers go through the same mapping as the enhanced form's JSON (lambdas/templates/site/form/fields.ts),
 * the same schema and the same intake. The answer is a 303 to the confirmation page, or the
 * form again (400) with every answer kept and a summary of what to fix at the top.
 *
 * Primary course:
 * 1. Read the posted answers; map them to the API's request.
 * 2. Validate and accept it, with an idempotency key drawn from the answers: the same form
 *    sent twice (a double click, a refresh) makes one complaint.
 * 3. Redirect to the confirmation page, which carries the reference and the date.
 */
import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type * as z from 'zod/mini';
import { ValidationError } from '../domain/errors';
import type { SubmissionResult } from '../use-cases/submit-complaint';
import type { FormTokens } from '../adapters/form-token';
import { FORM_TOKEN_FIELD, formValues, isLanguage, PAGE_LANGUAGE_FIELD, requestFromForm } from '../templates/site/form/fields';
import type { FormPageInput } from '../templates/site/pages/complaint-form';
import type { Site } from '../templates/site/pages/site';
import { confirmationUrl, type FormKind } from '../templates/site/paths';
import { fieldProblems, requireMediaType, uniqueByField, type FieldProblem, type HttpResult } from './http';
import { htmlPage } from './response';
import { formBody, FORM_MEDIA_TYPE, MAX_FORM_BYTES } from './form-body';

export { htmlPage } from './response';
export { formBody, FORM_MEDIA_TYPE, MAX_FORM_BYTES } from './form-body';
import { submissionOf, type IntakeRequest } from './intake';
import { logger } from './logger';

/** The form's page, its texts and the site (form-again.ts), loaded only when a post comes back. */
const formAgainParts = () => import('./form-again');

export interface FormPorts<K extends FormKind = FormKind> {
  /** The form's request schema (parent-complaint-request.ts or agency-complaint-request.ts): only its own is built. */
  schema: z.ZodMiniType<IntakeRequest[K]>;
  /** The site with the directory as it is now (the form lists its settings and staff). */
  site: () => Promise<Site>;
  /** The directory's checks, beside the schema's (intake.ts checkDirectory). */
  check?: (request: unknown) => FieldProblem[];
  accept: (kind: K, request: IntakeRequest[K], idempotencyKey: string, tokens: FormTokens) => Promise<SubmissionResult>;
  /** The timing tokens' signer (form-token-key.ts getFormTokens). */
  tokens: () => Promise<FormTokens>;
}

export async function answerFormPost<K extends FormKind>(kind: K, event: APIGatewayProxyEventV2, ports: FormPorts<K>): Promise<HttpResult> {
  requireMediaType(event, FORM_MEDIA_TYPE);
  const raw = formBody(event);
  const entries = [...new URLSearchParams(raw)];
  const values = formValues(entries);
  const pageLanguage = values.get(PAGE_LANGUAGE_FIELD);
  const lang = isLanguage(pageLanguage) ? pageLanguage : 'en';
  // Every form sent back carries a fresh token, so that the next post has one: without
  // JavaScript this is how a person gets it (the published page is static).
  const formAgain = async (statusCode: number, input: Pick<FormPageInput, 'errors' | 'problem'>) => {
    const token = await ports
      .tokens()
      .then((tokens) => tokens.issue(new Date()))
      .catch(() => undefined);
    const answers = new Map(values);
    if (token) answers.set(FORM_TOKEN_FIELD, token);
    else answers.delete(FORM_TOKEN_FIELD);
    const { renderComplaintForm, loadPageText } = await formAgainParts();
    const [t, site] = await Promise.all([loadPageText(lang), ports.site()]);
    return htmlPage(statusCode, renderComplaintForm(kind, t, { site, values: answers, ...input }));
  };

  // A page, not the API's JSON: the person keeps what they typed and is asked to shorten it.
  if (Buffer.byteLength(raw, 'utf8') > MAX_FORM_BYTES) return formAgain(413, { problem: 'tooLarge' });

  try {
    if (entries.length === 0) throw new ValidationError([{ field: 'body', message: 'is required' }]);
    const mapped = requestFromForm(kind, entries);
    const parsed = ports.schema.safeParse(mapped);
    const problems = [...(parsed.success ? [] : fieldProblems(parsed.error)), ...(ports.check?.(mapped) ?? [])];
    if (!parsed.success || problems.length > 0) return await formAgain(400, { errors: uniqueByField(problems) });
    const request = parsed.data;
    // No token, or one too old or too fresh: the form comes back once with a token in it,
    // and the person sends it again (a robot posting blind never gets further).
    const tokens = await ports.tokens();
    const honeypotEmpty = !request.website?.trim();
    if (honeypotEmpty && tokens.verify(request.formToken, new Date()) !== 'valid') {
      return await formAgain(400, { problem: 'confirm' });
    }
    const result = await ports.accept(kind, request, idempotencyKeyOf(kind, request), tokens);
    return seeOther(
      confirmationUrl({
        lang,
        kind,
        reference: result.reference,
        status: result.status,
        ...('classification' in request && request.classification === 'concern' ? { recordedAs: 'concern' as const } : {}),
        level: result.level,
        respondBy: result.respondBy,
      }),
    );
  } catch (error) {
    if (error instanceof ValidationError) return await formAgain(400, { errors: error.fields });
    // Whatever went wrong, the person keeps what they typed and is told to try again.
    if (error instanceof Error) logger.error('Form post failed', error);
    else logger.error('Form post failed', { error: String(error) });
    return await formAgain(500, { problem: 'server' });
  }
}

function idempotencyKeyOf<K extends FormKind>(kind: K, request: IntakeRequest[K]): string {
  const answers = JSON.stringify(submissionOf(kind, request));
  return `form:${createHash('sha256').update(answers).digest('hex')}`;
}

function seeOther(location: string): HttpResult {
  return { statusCode: 303, headers: { location, 'cache-control': 'no-store' }, body: '' };
}
