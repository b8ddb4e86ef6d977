/**
 * The public forms posted without JavaScript (application/x-www-form-urlencoded). The
 * answers go through the same mapping as the enhanced form's JSON (web/src/form/fields.ts),
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
import { ValidationError } from '../domain/errors';
import type { SubmissionResult } from '../use-cases/submit-complaint';
import { formValues, isLanguage, PAGE_LANGUAGE_FIELD, requestFromForm } from '../../web/src/form/fields';
import { renderComplaintForm } from '../../web/src/pages/complaint-form';
import type { Site } from '../../web/src/pages/site';
import { confirmationUrl, type FormKind } from '../../web/src/paths';
import type { HttpResult } from './http';
import { htmlPage } from './response';

export { htmlPage } from './response';
import { INTAKE_SCHEMAS, submissionOf, type IntakeRequest } from './intake';
import { logger } from './logger';

/**
 * Larger than the JSON API's limit: a form post is percent-encoded, and 10,000 characters
 * of Arabic or Urdu take 60 KB that way.
 */
export const MAX_FORM_BYTES = 256 * 1024;

export interface FormPorts {
  /** The site with the directory as it is now (the form lists its settings and staff). */
  site: () => Promise<Site>;
  accept: <K extends FormKind>(kind: K, request: IntakeRequest[K], idempotencyKey: string) => Promise<SubmissionResult>;
}

export async function answerFormPost(kind: FormKind, event: APIGatewayProxyEventV2, ports: FormPorts): Promise<HttpResult> {
  const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
  const entries = Buffer.byteLength(raw, 'utf8') > MAX_FORM_BYTES ? [] : [...new URLSearchParams(raw)];
  const values = formValues(entries);
  const pageLanguage = values.get(PAGE_LANGUAGE_FIELD);
  const lang = isLanguage(pageLanguage) ? pageLanguage : 'en';
  const formAgain = async (statusCode: number, input: Pick<Parameters<typeof renderComplaintForm>[1], 'errors' | 'problem'>) =>
    htmlPage(statusCode, renderComplaintForm(kind, { lang, site: await ports.site(), values, ...input }));

  try {
    if (entries.length === 0) throw new ValidationError([{ field: 'body', message: 'is required' }]);
    const parsed = INTAKE_SCHEMAS[kind].safeParse(requestFromForm(kind, entries));
    if (!parsed.success) {
      return formAgain(400, {
        errors: parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'body', message: issue.message })),
      });
    }
    const request = parsed.data as IntakeRequest[typeof kind];
    const result = await ports.accept(kind, request, idempotencyKeyOf(kind, request));
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
    if (error instanceof ValidationError) return formAgain(400, { errors: error.fields });
    // Whatever went wrong, the person keeps what they typed and is told to try again.
    if (error instanceof Error) logger.error('Form post failed', error);
    else logger.error('Form post failed', { error: String(error) });
    return formAgain(500, { problem: 'server' });
  }
}

function idempotencyKeyOf<K extends FormKind>(kind: K, request: IntakeRequest[K]): string {
  const answers = JSON.stringify(submissionOf(kind, request));
  return `form:${createHash('sha256').update(answers).digest('hex')}`;
}

function seeOther(location: string): HttpResult {
  return { statusCode: 303, headers: { location, 'cache-control': 'no-store' }, body: '' };
}
