/**
 * Spam protection that keeps everything on our side: a honeypot field people never see, and
 * the form's timing token, signed by the server when the form was handed out (adapters/
 * form-token.ts): a client can neither choose its own time to fill the form in nor leave it
 * out. Rate limits are the edge's (WAF per address) and the API stage's. The honeypot's
 * rejection is a plain 400 that does not say which check failed; a token's problem is named
 * (`formToken`), since an honest client fixes it by asking for a fresh one.
 */
import { ValidationError } from '../domain/errors';
import type { FormTokens, FormTokenVerdict } from '../adapters/form-token';
import type { FieldProblem } from './http';
import { logger } from './logger';

/** Nobody reads the form and writes a complaint in less. */
export const MIN_FILL_TIME_MS = 3_000;
/** A form left open longer gets a fresh token (the enhanced form asks for one by itself). */
export const FORM_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

export const REJECTED_MESSAGE = 'could not be accepted: check the form, wait a few seconds and send it again';

const TOKEN_MESSAGES: Record<Exclude<FormTokenVerdict, 'valid'>, string> = {
  missing: 'is required: ask GET /forms/token for one when the form is shown',
  forged: 'is not a token this service issued: ask GET /forms/token for one',
  expired: 'has expired: ask GET /forms/token for a fresh one',
  tooSoon: 'was issued too recently: nobody fills the form in so fast; wait a few seconds and send it again',
};

export interface SpamSignals {
  website?: string;
  formToken?: string;
}

export function rejectLikelySpam({ website, formToken }: SpamSignals, tokens: FormTokens, now = new Date()): void {
  if (website?.trim()) {
    logger.info('Submission rejected as likely spam', { reason: 'honeypot' });
    throw new ValidationError([{ field: 'body', message: REJECTED_MESSAGE }]);
  }
  const verdict = tokens.verify(formToken, now);
  if (verdict === 'valid') return;
  logger.info('Submission rejected as likely spam', { reason: verdict });
  throw new ValidationError([{ field: 'formToken', message: TOKEN_MESSAGES[verdict] }]);
}

/**
 * The token's problem, if any, for a request as it came (before the schema): run beside the
 * schema, so one 400 names it with every other bad field.
 */
export function formTokenProblems(input: unknown, tokens: FormTokens, now = new Date()): FieldProblem[] {
  const formToken = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as { formToken?: unknown }).formToken : undefined;
  if (formToken !== undefined && typeof formToken !== 'string') return []; // the schema names a wrong type
  const verdict = tokens.verify(formToken, now);
  return verdict === 'valid' ? [] : [{ field: 'formToken', message: TOKEN_MESSAGES[verdict] }];
}
