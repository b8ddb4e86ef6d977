/**
 * Every minute: carry out what is due in the outbox — effects the stream consumer could not
 * carry out, and retries whose time has come — clock starts first. This is the backstop that
 * makes sure no clock start or email is lost. Each sweep also reports how many effects are
 * parked, which the parked-effects alarm reads.
 *
 * Its first run after the first deploy also stores the configuration's staff directory
 * (issue 12): from then on the directory is data that administrators change in the console.
 */
import { sweepOutbox } from '../use-cases/carry-out-effects';
import { ensureSeeded } from '../use-cases/current-directory';
import { SWEEP_LOG_MESSAGE } from './log-messages';
import { effectPorts } from './effect-ports';
import { logger } from './logger';
import { getRuntime } from './runtime';

let seeded = false;

export async function handler(): Promise<{ done: number; failed: number; parked: number; skipped: number }> {
  const runtime = getRuntime();
  const effects = effectPorts();
  if (!seeded) {
    await ensureSeeded(runtime.directories, runtime.seed, effects.clock);
    seeded = true;
  }
  const outcome = await sweepOutbox(effects);
  const parkedNow = await effects.repo.countParkedEffects();
  // While anything is parked every sweep says so: the alarm stays on until it is dealt with.
  if (outcome.done + outcome.failed + outcome.parked > 0 || parkedNow > 0) logger.info(SWEEP_LOG_MESSAGE, { ...outcome, parkedNow });
  return outcome;
}
