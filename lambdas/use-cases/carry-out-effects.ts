/**
 * Carry out effects from the outbox: start or stop a clock, send an email.
 *
 * Primary course: take each effect for a short lease (so the immediate attempt and the
 * sweeper never both act), do it, mark it done. A failure gives the effect back with the
 * error, and the sweeper tries it again later — a clock start or an acknowledgement is
 * never lost because a service was down for a while.
 *
 * Status links are minted here, at sending: a fresh token per email, only its hash stored.
 */
import type { Effect, EmailEffect } from '../domain/complaint';
import type { Language } from '../domain/language';
import type { Clock, ComplaintRepository, Mailer, Secrets, Workflows } from '../domain/ports';
import type { EmailMessage } from '../domain/notifications';
import { renderEmail } from '../templates/render-email';

export interface EffectPorts {
  repo: ComplaintRepository;
  mailer: Mailer;
  workflows: Workflows;
  secrets: Secrets;
  clock: Clock;
  /**
   * The complainant's status page for a reference and token, in the language of the email
   * that carries it (the complaint's); absent without a public site.
   */
  statusUrl(reference: string, token: string, language: Language): string | undefined;
}

export interface EffectsOutcome {
  done: number;
  failed: number;
  /** Taken by someone else at the same moment, or already done. */
  skipped: number;
}

const LEASE_SECONDS = 60;

export async function carryOutEffects(ports: EffectPorts, effects: readonly Effect[]): Promise<EffectsOutcome> {
  const outcome: EffectsOutcome = { done: 0, failed: 0, skipped: 0 };
  for (const effect of effects) {
    if (!(await ports.repo.claimEffect(effect, LEASE_SECONDS))) {
      outcome.skipped += 1;
      continue;
    }
    try {
      await carryOut(ports, effect);
      await ports.repo.completeEffect(effect, ports.clock.now().toISOString());
      outcome.done += 1;
    } catch (error) {
      await ports.repo.releaseEffect(effect, error instanceof Error ? error.name : 'UnknownError');
      outcome.failed += 1;
    }
  }
  return outcome;
}

async function carryOut(ports: EffectPorts, effect: Effect): Promise<void> {
  switch (effect.kind) {
    case 'startClock':
      return ports.workflows.start(effect.input.track, effect.executionName, effect.input);
    case 'stopClock':
      return ports.workflows.stop(effect.track, effect.executionName);
    case 'email':
      return sendEmail(ports, effect);
  }
}

async function sendEmail(ports: EffectPorts, effect: EmailEffect): Promise<void> {
  const message = effect.withStatusLink ? await withStatusLink(ports, effect) : effect.message;
  await ports.mailer.send({ to: effect.to, ...renderEmail(message, effect.language) });
}

async function withStatusLink(ports: EffectPorts, effect: EmailEffect): Promise<EmailMessage> {
  const { token, hash } = ports.secrets.statusToken();
  const statusUrl = ports.statusUrl(effect.complaintId, token, effect.language);
  if (!statusUrl) return effect.message;
  await ports.repo.addStatusToken(effect.complaintId, hash, ports.clock.now().toISOString());
  return { ...effect.message, statusUrl } as EmailMessage;
}

/** The sweeper: carries out whatever the immediate attempts left behind, oldest first. */
export async function sweepOutbox(ports: EffectPorts, limit = 50): Promise<EffectsOutcome> {
  return carryOutEffects(ports, await ports.repo.pendingEffects(limit));
}
