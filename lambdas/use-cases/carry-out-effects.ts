/**
 * Carry out effects from the outbox: start a clock, send an email.
 *
 * Primary course: take each effect for a short lease (so the stream consumer and the sweeper
 * never both act on it), do it, mark it done. A failure gives the effect back with the error
 * and its own next-attempt time, further off after each failure; after the last allowed
 * attempt it is parked for a person to look at (an alarm goes off, and administrators see it
 * in the console). Nothing is lost because a service was down for a while, and no failing
 * effect holds up another.
 *
 * Status links are minted at the first attempt of an email and reused by its retries: only
 * the token's hash is kept once the email has gone.
 */
import type { Effect, EmailEffect } from '../domain/complaint';
import type { Language } from '../domain/language';
import type { Clock, Mailer, Outbox, Secrets, Workflows } from '../domain/ports';
import type { EmailMessage } from '../domain/notifications';
import { emailRenderer } from '../templates/email-renderer';

/** How often an effect is tried, and how long it waits between tries. */
export interface RetryPolicy {
  /** Attempts before an effect is parked. */
  maxAttempts: number;
  /** The wait after the first failure; it doubles after each further failure… */
  baseDelaySeconds: number;
  /** …up to this. */
  maxDelaySeconds: number;
}

/**
 * Ten attempts over about four hours (1, 2, 4 … 32 minutes, then hourly): long enough to ride
 * out an SES or Step Functions incident, short enough that a refused address is seen the
 * same day.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 10, baseDelaySeconds: 60, maxDelaySeconds: 3600 };

export interface EffectPorts {
  repo: Outbox;
  mailer: Mailer;
  workflows: Workflows;
  secrets: Secrets;
  clock: Clock;
  retry?: RetryPolicy;
  /**
   * The complainant's status page for a reference and token, in the language of the email
   * that carries it (the complaint's); absent without a public site.
   */
  statusUrl(reference: string, token: string, language: Language): string | undefined;
  /** Told when an effect is parked (the handlers log it; an alarm counts the parked). */
  onParked?(effect: Effect, error: string): void;
}

export interface EffectsOutcome {
  done: number;
  /** Failed this time, to be tried again later. */
  failed: number;
  /** Failed for the last allowed time: parked. */
  parked: number;
  /** Taken by someone else at the same moment, not due, or already done. */
  skipped: number;
}

/** Longer than an SES call's time limit (10 s) with room to record the result. */
export const LEASE_SECONDS = 60;
/** Effects carried out side by side in one batch: SES and Step Functions calls are slow, not heavy. */
const CONCURRENCY = 8;

export async function carryOutEffects(ports: EffectPorts, effects: readonly Effect[]): Promise<EffectsOutcome> {
  const outcome: EffectsOutcome = { done: 0, failed: 0, parked: 0, skipped: 0 };
  // A letter is carried out by a person who prints and posts it, never here.
  const queue = effects.filter((effect) => effect.kind !== 'letter');
  const worker = async () => {
    for (let effect = queue.shift(); effect; effect = queue.shift()) outcome[await carryOutOne(ports, effect)] += 1;
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
  return outcome;
}

async function carryOutOne(ports: EffectPorts, effect: Effect): Promise<keyof EffectsOutcome> {
  const claimed = await ports.repo.claimEffect(effect, LEASE_SECONDS);
  if (!claimed) return 'skipped';
  try {
    await carryOut(ports, effect);
  } catch (error) {
    // The name only: messages can carry an address or a complaint's details.
    const name = error instanceof Error ? error.name : 'UnknownError';
    const policy = ports.retry ?? DEFAULT_RETRY_POLICY;
    const now = ports.clock.now();
    if (claimed.attempts >= policy.maxAttempts) {
      await ports.repo.parkEffect(effect, name, now.toISOString());
      ports.onParked?.(effect, name);
      return 'parked';
    }
    await ports.repo.retryEffect(effect, name, new Date(now.getTime() + backoffSeconds(policy, claimed.attempts) * 1000));
    return 'failed';
  }
  await ports.repo.completeEffect(effect, ports.clock.now().toISOString());
  return 'done';
}

/** The wait after the `attempts`-th failure: doubling from the base, capped. */
export function backoffSeconds(policy: RetryPolicy, attempts: number): number {
  return Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** Math.max(0, attempts - 1));
}

async function carryOut(ports: EffectPorts, effect: Effect): Promise<void> {
  switch (effect.kind) {
    case 'startClock':
      return ports.workflows.start(effect.input.track, effect.executionName, effect.input);
    case 'email':
      return sendEmail(ports, effect);
    case 'letter':
      throw new Error('A letter is posted by staff, not carried out by the outbox');
  }
}

async function sendEmail(ports: EffectPorts, effect: EmailEffect): Promise<void> {
  const message = effect.withStatusLink ? await withStatusLink(ports, effect) : effect.message;
  const render = await emailRenderer(effect.language);
  await ports.mailer.send({ to: effect.to, ...render(message) });
}

async function withStatusLink(ports: EffectPorts, effect: EmailEffect): Promise<EmailMessage> {
  // Asked first with a placeholder: without a public site no token is minted or stored.
  if (!ports.statusUrl(effect.complaintId, 'token', effect.language)) return effect.message;
  const token = await ports.repo.statusTokenFor(effect, () => ports.secrets.statusToken(), ports.clock.now().toISOString());
  const statusUrl = ports.statusUrl(effect.complaintId, token, effect.language);
  return { ...effect.message, statusUrl } as EmailMessage;
}

/**
 * The sweeper: carries out whatever is due — effects the stream consumer could not do, and
 * retries whose time has come — clock starts first.
 */
export async function sweepOutbox(ports: EffectPorts, limit = 100): Promise<EffectsOutcome> {
  return carryOutEffects(ports, await ports.repo.dueEffects(ports.clock.now(), limit));
}
