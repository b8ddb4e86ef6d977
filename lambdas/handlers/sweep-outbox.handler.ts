/**
 * Every minute: carry out what is due in the outbox — effects the stream consumer could not
 * carry out, and retries whose time has come — clock starts first. This is the backstop that
 * makes sure no clock start or email is lost. Each sweep also reports how many effects are
 * parked, which the parked-effects alarm reads.
 *
 * Its first run after the first deploy also stores the configuration's staff directory
 * (issue 12): from then on the directory is data that administrators change in the console,
 * and the alarms' recipients follow it.
 */
import { sweepOutbox } from '../use-cases/carry-out-effects';
import type { DirectoryRepository } from '../domain/directory-ports';
import { ensureSeeded } from '../use-cases/current-directory';
import { AlarmRecipientsKeeper } from '../use-cases/keep-alarm-recipients';
import { SWEEP_LOG_MESSAGE } from './log-messages';
import { effectPorts } from './effect-ports';
import { logger } from './logger';
import { getBaseRuntime } from './base-runtime';
import { parkedEffects } from './parked-runtime';
import { directoryRepository } from './directory-runtime';

let seeded = false;

/**
 * Where there is an alarm topic (AWS: ALARM_TOPIC_ARN), each sweep also keeps its email
 * subscriptions equal to the directory's administrators. The SNS client is loaded only when
 * the directory changed, so a sweep's cold start does not pay for it.
 */
const alarmTopicArn = process.env.ALARM_TOPIC_ARN;
const alarmRecipients = alarmTopicArn
  ? new AlarmRecipientsKeeper(async () => {
      const [{ SNSClient }, { SnsAlarmRecipients }] = await Promise.all([
        import('@aws-sdk/client-sns'),
        import('../adapters/sns/sns-alarm-recipients'),
      ]);
      return new SnsAlarmRecipients(new SNSClient({}), alarmTopicArn);
    })
  : undefined;

export async function handler(): Promise<{ done: number; failed: number; parked: number; skipped: number }> {
  const runtime = getBaseRuntime();
  const effects = effectPorts();
  if (!seeded) {
    await ensureSeeded(directoryRepository(), await runtime.seed(), effects.clock);
    seeded = true;
  }
  const outcome = await sweepOutbox(effects);
  if (alarmRecipients) await keepAlarmRecipients(alarmRecipients, directoryRepository());
  const parkedNow = await parkedEffects().countParkedEffects();
  // While anything is parked every sweep says so: the alarm stays on until it is dealt with.
  if (outcome.done + outcome.failed + outcome.parked > 0 || parkedNow > 0) logger.info(SWEEP_LOG_MESSAGE, { ...outcome, parkedNow });
  return outcome;
}

/**
 * After the sweep, never in its way: a failure here is logged and tried again next minute.
 * The stored directory is read afresh (one query a minute), not through the minute's cache,
 * so that the list follows a change within the minute.
 */
async function keepAlarmRecipients(keeper: AlarmRecipientsKeeper, directories: DirectoryRepository): Promise<void> {
  try {
    const stored = await directories.load();
    const changed = stored ? await keeper.keep(stored) : undefined;
    if (changed) logger.info('Alarm recipients follow the directory', changed);
  } catch (error) {
    logger.error('Alarm recipients could not be brought in line with the directory', error instanceof Error ? error : { error: String(error) });
  }
}
