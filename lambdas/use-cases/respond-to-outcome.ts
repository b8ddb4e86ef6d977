/**
 * The complainant answers an outcome: satisfied (the complaint closes), not satisfied (it
 * moves to the next level: P4 the manager, P7 the line manager, P8 the owners/trustees on
 * appeal; A5 the line manager, A6 the owners/trustees), or they withdraw it.
 *
 * Primary course for "not satisfied": the level they answer must have given its outcome
 * (an appeal before any feedback is a ConflictError); the next level's clock starts now, in
 * a new execution named after the complaint and the level, and its people are told.
 * At the last level there is no further step inside the setting: they are pointed to Ofsted (P9).
 */
import type { Actor, ComplaintAggregate, Effect, LevelClock, RecordEvent } from '../domain/complaint';
import type { Channel } from '../domain/complaint-types';
import { responseConflict } from '../domain/available-responses';
import { ConflictError } from '../domain/errors';
import { endComplaint } from '../domain/lifecycle';
import type { UseCaseContext } from './context';
import { eventRecorder, retryOnConflict } from './context';
import { emailComplainant, emailResponsible } from './emails';
import { loadComplaint } from './load-complaint';

export type ComplainantResponse =
  | { type: 'satisfied' }
  | { type: 'notSatisfied'; reason: string }
  /**
   * A4, A5: an agency says after the meeting that no agreement was reached, and writes to
   * the line manager, whether or not staff recorded the agreement.
   */
  | { type: 'noAgreement'; reason: string }
  | { type: 'withdraw'; reason?: string };

/**
 * How a response reached the setting when staff record it for the complainant (P8: an
 * appeal may be spoken or written; A5: the agency's letter), and the day it was received —
 * the next level's clock runs from then.
 */
export interface ResponseReceipt {
  actor: Extract<Actor, { kind: 'staff' }>;
  channel: Exclude<Channel, 'online'>;
  receivedAt?: string;
}

export function respondToOutcome(
  ctx: UseCaseContext,
  complaintId: string,
  response: ComplainantResponse,
  receipt?: ResponseReceipt,
): Promise<ComplaintAggregate> {
  return retryOnConflict(async () => {
    const aggregate = await loadComplaint(ctx.repo, complaintId);
    // One rule with the console's offer (available-responses.ts), in the words of whoever answers.
    const refused = responseConflict(aggregate, response.type);
    if (refused) throw new ConflictError(receipt ? refused.staff : refused.complainant);
    const now = ctx.clock.now();
    const actor: Actor = receipt?.actor ?? { kind: 'complainant' };
    const { events, record: recordEvent } = eventRecorder(complaintId, now);
    const how: RecordEvent['details'] = receipt ? { channel: receipt.channel, onBehalfOfComplainant: true } : {};
    const record: typeof recordEvent = (type, who, summary, options = {}) => {
      const details = { ...how, ...options.details };
      recordEvent(type, who, summary, { ...options, ...(Object.keys(details).length > 0 ? { details } : {}) });
    };
    let complaint = { ...aggregate.complaint, version: aggregate.complaint.version + 1 };
    const levels: LevelClock[] = [];
    const effects: Effect[] = [];

    if (response.type === 'withdraw') {
      const ended = endComplaint(aggregate, 'withdrawn', now, ctx.retentionYears);
      complaint = ended.complaint;
      levels.push(...ended.endedLevels);
      record('withdrawn', actor, 'The complainant withdrew the complaint.', {
        ...(response.reason ? { details: { reason: response.reason } } : {}),
      });
      // In writing: the complainant (a withdrawal they did not make, through an old or
      // forwarded link, does not go unseen) and whoever was responsible at the stage it was at.
      effects.push(
        emailComplainant(ctx, aggregate, 'withdrawn', { kind: 'complaintWithdrawn', classification: aggregate.complaint.classification, ofsted: ctx.ofsted }),
      );
      const stage = aggregate.complaint.currentLevel;
      if (stage) effects.push(...emailResponsible(ctx, aggregate, stage, 'withdrawn', { kind: 'complaintWithdrawnNotice', level: stage }));
    } else {
      // responseConflict found the current level answered.
      const answered = aggregate.complaint.currentLevel!;
      if (response.type === 'satisfied') {
        const ended = endComplaint(aggregate, 'closed', now, ctx.retentionYears);
        complaint = ended.complaint;
        levels.push(...ended.endedLevels);
        record('satisfied', actor, 'The complainant is satisfied with the outcome.', { level: answered });
        record('closed', actor, 'Closed: the complainant is satisfied.', {});
        effects.push(
          emailComplainant(ctx, aggregate, 'closed', { kind: 'complaintClosed', classification: aggregate.complaint.classification, ofsted: ctx.ofsted }),
        );
      } else {
        // The next level's clock starts: loaded only when a complainant moves on.
        const moved = (await import('./respond-to-outcome/move-on')).moveOn(ctx, { aggregate, complaint, response, receipt, actor, now, record });
        levels.push(...moved.levels);
        effects.push(...moved.effects);
      }
    }

    await ctx.repo.save({ complaint, expectedVersion: aggregate.complaint.version, levels, events, effects });
    await ctx.dispatch(effects);
    return { complaint, levels: { ...aggregate.levels, ...Object.fromEntries(levels.map((c) => [c.level, c])) } };
  });
}
