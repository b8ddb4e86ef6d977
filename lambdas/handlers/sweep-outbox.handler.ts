/**
 * Every minute: carry out the clock starts and emails that could not be carried out at
 * once (Step Functions or SES unreachable). This is why no clock start is ever lost.
 */
import { sweepOutbox } from '../use-cases/carry-out-effects';
import { getRuntime, logger } from './runtime';

export async function handler(): Promise<{ done: number; failed: number; skipped: number }> {
  const outcome = await sweepOutbox(getRuntime().effects);
  if (outcome.done + outcome.failed > 0) logger.info('Outbox swept', { ...outcome });
  return outcome;
}
