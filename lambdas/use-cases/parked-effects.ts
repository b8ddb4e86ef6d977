/**
 * Parked effects, for administrators: emails and clock starts that failed every allowed
 * attempt. Each shows what it was, to whom, how often it was tried and what failed; an
 * administrator puts it back in the outbox (once the cause is fixed) or marks it done by hand
 * — a letter posted, a phone call made — which goes on the complaint's record.
 *
 * Only administrators: a parked effect can concern any setting, and fixing the cause (the
 * SES sandbox, a refused address) is the service's business, not a setting's.
 */
import type { StaffPrincipal } from '../domain/access';
import type { Effect } from '../domain/complaint';
import { ForbiddenError, NotFoundError } from '../domain/errors';
import type { ParkedEffect, ParkedEffects } from '../domain/ports';
import type { UseCaseContext } from './context';
import { eventRecorder, retryOnConflict } from './context';
import { loadComplaint } from './load-complaint';

export interface ParkedEffectView {
  /** Opaque: names the effect in the retry and handled routes. */
  id: string;
  reference: string;
  kind: Effect['kind'];
  /** The email's message kind (`complaintAcknowledgement` …), or the clock's execution name. */
  what: string;
  /** The email's recipient, or the level whose clock it is. */
  to: string;
  attempts: number;
  lastError: string;
  parkedAt: string;
}

export type ParkedEffectResolution = { action: 'retry' } | { action: 'handled'; note: string };

const PAGE = 100;

/** The use cases' context with the parked effects (only the administrators' two functions build them). */
export type ParkedEffectsContext = UseCaseContext & { parked: ParkedEffects };

export async function listParkedEffects(ctx: ParkedEffectsContext, principal: StaffPrincipal): Promise<{ parked: ParkedEffectView[] }> {
  mustAdminister(principal);
  return { parked: (await ctx.parked.parkedEffects(PAGE)).map(viewOf) };
}

export async function resolveParkedEffect(
  ctx: ParkedEffectsContext,
  principal: StaffPrincipal,
  id: string,
  resolution: ParkedEffectResolution,
): Promise<ParkedEffectView> {
  mustAdminister(principal);
  const { complaintId, key } = parseId(id);
  const now = ctx.clock.now();
  if (resolution.action === 'retry') {
    const retried = await ctx.parked.retryParkedEffect(complaintId, key, now);
    if (!retried) throw new NotFoundError();
    return viewOf(retried);
  }
  const parked = (await ctx.parked.parkedEffects(PAGE)).find((p) => p.effect.complaintId === complaintId && p.effect.key === key);
  if (!parked) throw new NotFoundError();
  // The record says what was done by hand, before the effect leaves the parked list.
  await retryOnConflict(async () => {
    const aggregate = await loadComplaint(ctx.repo, complaintId);
    const { events, record } = eventRecorder(complaintId, now);
    record('note', { kind: 'staff', staffId: principal.staffId, role: 'administrator' }, `${describe(parked.effect)} done by hand: ${resolution.note}`, {
      visibleToComplainant: false,
      details: { effect: parked.effect.kind },
    });
    const complaint = { ...aggregate.complaint, version: aggregate.complaint.version + 1 };
    await ctx.repo.save({ complaint, expectedVersion: aggregate.complaint.version, levels: [], events, effects: [] });
  });
  const settled = await ctx.parked.settleParkedEffect(complaintId, key, { by: principal.staffId, at: now.toISOString(), note: resolution.note });
  if (!settled) throw new NotFoundError();
  return viewOf(settled);
}

function mustAdminister(principal: StaffPrincipal): void {
  if (!principal.roles.includes('administrator')) throw new ForbiddenError('Only administrators see and resolve parked emails and clock starts');
}

function viewOf(parked: ParkedEffect): ParkedEffectView {
  const { effect } = parked;
  return {
    id: Buffer.from(`${effect.complaintId}\n${effect.key}`, 'utf8').toString('base64url'),
    reference: effect.complaintId,
    kind: effect.kind,
    what: effect.kind === 'email' || effect.kind === 'letter' ? effect.message.kind : effect.executionName,
    to: toOf(effect),
    attempts: parked.attempts,
    lastError: parked.lastError,
    parkedAt: parked.parkedAt,
  };
}

/** Whom or what a parked effect was for; a letter is posted by staff and never parked, but is named all the same. */
function toOf(effect: ParkedEffect['effect']): string {
  switch (effect.kind) {
    case 'email':
      return effect.to;
    case 'letter':
      return effect.recipient.name;
    case 'startClock':
      return effect.input.level;
  }
}

function parseId(id: string): { complaintId: string; key: string } {
  const [complaintId, key, ...rest] = Buffer.from(id, 'base64url').toString('utf8').split('\n');
  if (!complaintId || !key || rest.length > 0) throw new NotFoundError();
  return { complaintId, key };
}

function describe(effect: Effect): string {
  if (effect.kind === 'email') return `Email (${effect.message.kind})`;
  return effect.kind === 'startClock' ? 'Clock start' : 'Clock stop';
}
