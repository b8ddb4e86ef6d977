/**
 * The staff's actions that discharge a level's duty (the acknowledgement, the meeting, the
 * outcome), and how a duty is marked done on the day it really happened: a part of
 * record-action.ts, loaded when one of them is recorded (the letter posted uses it too).
 */
import type { LevelClock, RecordEvent } from '../../domain/complaint';
import { ConflictError, ValidationError } from '../../domain/errors';
import { escalatedAway, levelOwing } from '../../domain/lifecycle';
import { occurredWithin } from '../../domain/occurrence';
import { londonDate } from '../../domain/calendar';
import { settleCurrentLevel } from '../../domain/levels';
import { LEVELS, type Duty, type LevelId } from '../../domain/procedure';
import { emailComplainant } from '../emails';
import { practiceReviewOnOutcome } from '../practice-review';
import type { ActionDraft, StaffAction } from '../record-action';

type Action<T extends StaffAction['type']> = Extract<StaffAction, { type: T }>;

/**
 * Marks a level's duty done on the day it happened. A level whose lapse already handed
 * the complaint on keeps its lapse and the escalation: the complaint stays where it is.
 */
export function discharge(
  draft: ActionDraft,
  duty: Duty,
  what: string,
  occurred: { value?: string; field: string; level?: LevelId },
): { done: LevelClock; details: RecordEvent['details'] } {
  const { aggregate, ctx, now } = draft;
  const clock = levelOwing(aggregate, duty, occurred.level);
  if (!clock) {
    if (occurred.level) {
      throw new ValidationError([{ field: 'level', message: `nothing is waiting for ${what} at this stage` }]);
    }
    throw new ConflictError(`Nothing is waiting for ${what} on this complaint`);
  }
  const doneAt = occurred.value
    ? occurredWithin(occurred.field, occurred.value, {
        notBefore: new Date(aggregate.complaint.receivedAt),
        notBeforeWhat: 'the date the complaint was received',
        now,
      })
    : now;
  const recordedLater = londonDate(doneAt) !== londonDate(now);
  const done: LevelClock = {
    ...clock,
    doneAt: doneAt.toISOString(),
    doneBy: draft.actor.staffId,
    ...(recordedLater ? { doneRecordedAt: now.toISOString() } : {}),
  };
  draft.levels.push(done);
  if (!escalatedAway(clock)) {
    const allLevels = { ...aggregate.levels, [done.level]: done };
    draft.complaint.currentLevel = settleCurrentLevel(allLevels, draft.complaint.currentLevel ?? done.level);
  }
  const late = ctx.rules.calendar.daysLate(new Date(clock.statutoryDeadlineAt), doneAt);
  return {
    done,
    details: {
      occurredAt: done.doneAt!,
      recordedAt: now.toISOString(),
      ...(late > 0 ? { lateByDays: late, statutoryDeadlineAt: clock.statutoryDeadlineAt } : {}),
      ...(clock.lapsedAt ? { afterLapse: true } : {}),
    },
  };
}

/** How the record says a duty was done late: its own date and how many days after it. */
export function lateWords(details: RecordEvent['details']): string {
  const late = details?.lateByDays;
  const on = typeof details?.occurredAt === 'string' ? ` on ${londonDate(new Date(details.occurredAt))}` : '';
  return typeof late === 'number' && late > 0 ? `${on}, ${late} ${late === 1 ? 'day' : 'days'} late` : on;
}

/** A2, A5: the written acknowledgement was sent. */
export function acknowledgement(draft: ActionDraft, action: Action<'acknowledgement'>): void {
  const { done, details } = discharge(draft, 'acknowledgement', 'an acknowledgement', {
    field: 'occurredAt',
    ...(action.occurredAt ? { value: action.occurredAt } : {}),
    ...(action.level ? { level: action.level as LevelId } : {}),
  });
  draft.record('acknowledged', draft.actor, `Written acknowledgement sent${lateWords(details)}.`, {
    level: done.level,
    details: { ...details, ...(action.note ? { note: action.note } : {}) },
  });
}

/** A3: the manager met the agency; A4: the agency has the outcome of the meeting in writing. */
export function meeting(draft: ActionDraft, action: Action<'meeting'>): void {
  const { ctx, aggregate } = draft;
  const { done, details } = discharge(draft, 'meeting', 'a meeting', { field: 'heldOn', value: action.heldOn });
  draft.record('meetingHeld', draft.actor, `The manager met the complainant${lateWords(details)}.`, {
    level: done.level,
    details: {
      ...details,
      heldOn: action.heldOn,
      ...(action.summary ? { summary: action.summary } : {}),
      ...(action.note ? { note: action.note } : {}),
    },
  });
  // A4: the agency has the outcome of the meeting in writing, and where to go next.
  draft.effects.push(
    emailComplainant(ctx, { complaint: draft.complaint, levels: aggregate.levels }, `meeting#${done.level}`, {
      kind: 'meetingHeld',
      heldOn: done.doneAt!,
      ...(action.summary ? { summary: action.summary } : {}),
      nextLevel: LEVELS[done.level].onNotSatisfied ?? 'lineManagerAcknowledgement',
      ofsted: ctx.ofsted,
    }),
  );
}

/** P1, P6, P7, P8, A5, A6: feedback or an outcome, with a confidential report for the child's file (P6). */
export function outcome(draft: ActionDraft, action: Action<'outcome'>): void {
  const { ctx, aggregate, actor, now, record } = draft;
  const { done, details } = discharge(draft, 'outcome', 'feedback or an outcome', {
    field: 'occurredAt',
    ...(action.occurredAt ? { value: action.occurredAt } : {}),
    ...(action.level ? { level: action.level as LevelId } : {}),
  });
  draft.complaint.lastOutcome = { level: done.level, outcome: action.outcome, summary: action.summary, at: done.doneAt! };
  record('outcomeGiven', actor, action.summary, {
    level: done.level,
    details: { ...details, outcome: action.outcome },
  });
  if (action.confidentialReport) {
    record('note', actor, "Confidential report kept on the child's file.", {
      level: done.level,
      visibleToComplainant: false,
      details: { report: action.confidentialReport },
    });
  }
  // R4: an upheld or partly upheld outcome opens the owners' practice review.
  const review = practiceReviewOnOutcome(ctx, { complaint: draft.complaint, levels: aggregate.levels }, action.outcome, now);
  if (review) {
    draft.complaint = { ...review.complaint, version: draft.complaint.version };
    draft.levels.push(review.clock);
    draft.effects.push(...review.effects);
    record('practiceReviewOpened', { kind: 'system' }, 'Practice review opened for the owners (R4).', {
      level: review.clock.level,
      visibleToComplainant: false,
      details: { deadlineAt: review.clock.deadlineAt },
    });
  }
  const next = LEVELS[done.level].onNotSatisfied;
  draft.effects.push(
    emailComplainant(ctx, { complaint: draft.complaint, levels: aggregate.levels }, `outcome#${done.level}`, {
      kind: 'outcomeGiven',
      level: done.level,
      outcome: action.outcome,
      classification: draft.complaint.classification,
      summary: action.summary,
      ...(next ? { nextLevel: next } : {}),
      ofsted: ctx.ofsted,
    }),
  );
}
