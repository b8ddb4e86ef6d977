/**
 * A new date for the running level, with a written reason: a part of record-action.ts,
 * loaded when an extension is recorded. The statutory date stays on record; the extension is
 * bounded by the organisation's `maxExtensionDays`, and a statutory date (P6, P8, A2, A3, A5)
 * is extended only with the complainant's agreement, and the day they agreed.
 */
import type { LevelClock } from '../../domain/complaint';
import { executionNameFor } from '../../domain/clock';
import { ConflictError, ValidationError } from '../../domain/errors';
import { occurredWithin } from '../../domain/occurrence';
import { londonDate } from '../../domain/calendar';
import { toWaitTimestamp } from '../../domain/calendar-port';
import { LEVELS, isStatutory } from '../../domain/procedure';
import type { UseCaseContext } from '../context';
import { emailComplainant } from '../emails';
import type { ActionDraft, StaffAction } from '../record-action';

export function extension(draft: ActionDraft, action: Extract<StaffAction, { type: 'extension' }>): void {
  const { ctx, aggregate, actor, now, complaintId } = draft;
  const level = draft.complaint.currentLevel;
  const clock = level ? aggregate.levels[level] : undefined;
  // authorise() found this clock running and not lapsed.
  if (!level || !clock) throw new ConflictError('No deadline is running on this complaint, so there is none to extend');
  const newDeadline = new Date(action.newDeadlineAt);
  if (!(newDeadline > new Date(clock.deadlineAt))) {
    throw new ValidationError([{ field: 'newDeadlineAt', message: 'must be later than the current deadline' }]);
  }
  // Bounded in all, however many extensions: at most maxExtensionDays past the level's own date.
  const latest = ctx.rules.calendar.deadline(new Date(clock.statutoryDeadlineAt), ctx.rules.policy.maxExtensionDays);
  if (newDeadline > latest) {
    throw new ValidationError([
      {
        field: 'newDeadlineAt',
        message: `can be at most ${ctx.rules.policy.maxExtensionDays} days after the date the procedure sets, so no later than ${londonDate(latest)}`,
      },
    ]);
  }
  const statutory = isStatutory(LEVELS[level]);
  if (statutory && !action.complainantAgreedOn) {
    throw new ValidationError([
      {
        field: 'complainantAgreedOn',
        message: 'this date is set by the procedure: record the day the complainant agreed to the extension',
      },
    ]);
  }
  const agreedOn = action.complainantAgreedOn
    ? occurredWithin('complainantAgreedOn', action.complainantAgreedOn, {
        notBefore: new Date(aggregate.complaint.receivedAt),
        notBeforeWhat: 'the date the complaint was received',
        now,
      })
    : undefined;
  const deadlineAt = toWaitTimestamp(newDeadline);
  const reminders = reminderTimesBefore(ctx, newDeadline, now);
  const extended: LevelClock = {
    ...clock,
    deadlineAt,
    reminders,
    remindersSent: 0,
    attempt: clock.attempt + 1,
    extension: {
      to: deadlineAt,
      reason: action.reason,
      by: actor.staffId,
      at: now.toISOString(),
      ...(agreedOn ? { complainantAgreedOn: agreedOn.toISOString() } : {}),
    },
  };
  draft.levels.push(extended);
  draft.record('extended', actor, `Deadline extended to ${londonDate(newDeadline)}: ${action.reason}`, {
    level,
    details: {
      statutoryDeadlineAt: clock.statutoryDeadlineAt,
      newDeadlineAt: deadlineAt,
      // The procedure's own date stays on record; it is missed if the duty is done after it.
      statutory,
      ...(agreedOn ? { complainantAgreedOn: agreedOn.toISOString() } : {}),
    },
  });
  draft.effects.push(
    {
      kind: 'startClock',
      key: `clock#${level}#${extended.attempt}`,
      complaintId,
      createdAt: now.toISOString(),
      executionName: executionNameFor(complaintId, level, extended.attempt),
      input: { complaintId, track: draft.complaint.track, level },
    },
    emailComplainant(ctx, aggregate, `extended#${level}#${extended.attempt}`, {
      kind: 'deadlineExtended',
      level,
      classification: draft.complaint.classification,
      statutoryDeadlineAt: clock.statutoryDeadlineAt,
      newDeadlineAt: deadlineAt,
      reason: action.reason,
      ofsted: ctx.ofsted,
    }),
  );
}

/** Reminders for an extended deadline: the policy's offsets before it, still in the future. */
function reminderTimesBefore(ctx: UseCaseContext, deadline: Date, now: Date): string[] {
  return [...new Set(ctx.rules.policy.remindBeforeDays)]
    .sort((a, b) => b - a)
    .map((offset) => ctx.rules.calendar.reminderBefore(deadline, offset))
    .filter((moment) => moment > now && moment < deadline)
    .map(toWaitTimestamp);
}
