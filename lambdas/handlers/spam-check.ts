/**
 * Spam protection that keeps everything on our side: a honeypot field people never see, and
 * a minimum time to fill the form in (throttling is the API's, per route). A rejection is a
 * plain 400 that does not say which check failed, and nothing behind it runs.
 */
import { ValidationError } from '../domain/errors';
import { logger } from './logger';

/** Nobody reads the form and writes a complaint in less. */
export const MIN_FILL_TIME_MS = 3_000;

export const REJECTED_MESSAGE = 'could not be accepted: check the form, wait a few seconds and send it again';

export interface SpamSignals {
  website?: string;
  /** Absent when the form was posted without JavaScript, which is what measures it. */
  fillTimeMs?: number;
}

export function rejectLikelySpam({ website, fillTimeMs }: SpamSignals): void {
  const reason = website?.trim() ? 'honeypot' : fillTimeMs !== undefined && fillTimeMs < MIN_FILL_TIME_MS ? 'tooFast' : undefined;
  if (!reason) return;
  logger.info('Submission rejected as likely spam', { reason });
  throw new ValidationError([{ field: 'body', message: REJECTED_MESSAGE }]);
}
