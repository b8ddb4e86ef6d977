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
import { executionNameFor } from '../domain/clock';
import { responseConflict } from '../domain/available-responses';
import { ConflictError } from '../domain/errors';
import { endComplaint } from '../domain/lifecycle';
import { enterLevel, settleCurrentLevel } from '../domain/levels';
import { membersWithRole } from '../domain/directory';
import { occurredWithin } from '../domain/occurrence';
import { LEVELS } from '../domain/procedure';
import type { UseCaseContext } from './context';
import { emailComplainant, emailResponsible, eventRecorder, messageBase, retryOnConflict } from './context';
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
        // responseConflict found a next level not yet entered.
        const next = LEVELS[answered].onNotSatisfied!;
        // The next level's clock runs from when the setting received the appeal or letter.
        const answeredClock = aggregate.levels[answered]!;
        const enteredAt = receipt?.receivedAt
          ? occurredWithin('receivedAt', receipt.receivedAt, {
              notBefore: new Date(answeredClock.doneAt ?? aggregate.complaint.receivedAt),
              notBeforeWhat: 'the answer it responds to',
              now,
            })
          : now;
        const planned = enterLevel(aggregate, next, enteredAt, ctx.rules).map((clock) => ({
          ...clock,
          reminders: clock.reminders.filter((moment) => new Date(moment) > now),
        }));
        const allLevels = { ...aggregate.levels, ...Object.fromEntries(planned.map((c) => [c.level, c])) };
        complaint.currentLevel = settleCurrentLevel(allLevels, next);
        levels.push(...planned);
        const nextClock = allLevels[next]!;
        const receivedDetails = receipt?.receivedAt ? { details: { receivedAt: enteredAt.toISOString() } } : {};
        if (response.type === 'noAgreement') {
          complaint.agreementReached = false;
          record('agreementRecorded', actor, `No agreement reached: ${response.reason}`, { level: answered, ...receivedDetails });
        } else {
          record('notSatisfied', actor, response.reason, { level: answered, ...receivedDetails });
        }
        record('levelOpened', { kind: 'system' }, `With ${LEVELS[next].title.toLowerCase()}.`, {
          level: next,
          details: { deadlineAt: nextClock.deadlineAt },
        });
        const after = { complaint, levels: allLevels };
        effects.push(
          emailComplainant(ctx, after, `opened#${next}`, {
            kind: 'levelOpened',
            level: next,
            classification: complaint.classification,
            respondBy: nextClock.deadlineAt,
            ofsted: ctx.ofsted,
          }),
          ...emailResponsible(ctx, after, next, `assigned#${next}`, {
            kind: 'levelAssigned',
            level: next,
            deadlineAt: nextClock.deadlineAt,
            reason: 'complainantMoved',
            classification: complaint.classification,
            interpreterNeeded: Boolean(complaint.interpreterLanguage),
            ...(complaint.interpreterLanguage ? { interpreterLanguage: complaint.interpreterLanguage } : {}),
          }),
          ...appealNotices(ctx, after, next, nextClock.deadlineAt),
          {
            kind: 'startClock',
            key: `clock#${next}#0`,
            complaintId,
            createdAt: now.toISOString(),
            executionName: executionNameFor(complaintId, next),
            input: { complaintId, track: complaint.track, level: next },
          },
        );
      }
    }

    await ctx.repo.save({ complaint, expectedVersion: aggregate.complaint.version, levels, events, effects });
    await ctx.dispatch(effects);
    return { complaint, levels: { ...aggregate.levels, ...Object.fromEntries(levels.map((c) => [c.level, c])) } };
  });
}

/**
 * P8, A6: an appeal goes to the owners/trustees, who are sent it as the level's responsible
 * people; the line manager, through whom the seeds pass it, is told too.
 */
function appealNotices(ctx: UseCaseContext, aggregate: ComplaintAggregate, level: keyof typeof LEVELS, deadlineAt: string): Effect[] {
  if (LEVELS[level].responsible !== 'owner') return [];
  const { complaint } = aggregate;
  const staffUrl = ctx.staffUrl(complaint.id);
  return membersWithRole(ctx.directory, 'lineManager', complaint.settingId, complaint.subjectStaffId)
    .filter((member) => !member.roles.includes('owner'))
    .map((member) => ({
      kind: 'email' as const,
      key: `email#${member.id}#appeal#${level}`,
      complaintId: complaint.id,
      createdAt: ctx.clock.now().toISOString(),
      to: member.email,
      language: member.language,
      message: {
        ...messageBase(ctx, aggregate),
        kind: 'appealNotice' as const,
        level,
        deadlineAt,
        ...(staffUrl ? { staffUrl } : {}),
      },
      withStatusLink: false,
    }));
}
