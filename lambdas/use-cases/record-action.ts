/**
 * Record what a member of staff did: the only way a level's clock stops.
 *
 * Primary course: load the complaint, check the action fits its state (an outcome recorded
 * twice, or a meeting on a parent's complaint, is a ConflictError that says why), record it
 * in the Complaint Investigation Record with who and when, move the clocks as the procedure
 * says, and tell the complainant where the procedure gives them something to hear.
 */
import type { Actor, ComplaintAggregate, Effect, LevelClock } from '../domain/complaint';
import type { Outcome } from '../domain/complaint-types';
import { executionNameFor } from '../domain/clock';
import { ConflictError, ForbiddenError, ValidationError } from '../domain/errors';
import type { StaffPrincipal } from '../domain/access';
import { verdictFor } from '../domain/available-actions';
import { endComplaint, levelOwing } from '../domain/lifecycle';
import { settleCurrentLevel } from '../domain/levels';
import { toWaitTimestamp } from '../domain/calendar-port';
import { LEVELS, type Duty } from '../domain/procedure';
import type { UseCaseContext } from './context';
import { emailAllegationAlerts, emailComplainant, eventRecorder, retryOnConflict } from './context';
import { loadVisible } from './get-complaint';

export type StaffAction =
  /** A2, A5: the written acknowledgement was sent. */
  | { type: 'acknowledgement'; note?: string }
  /** A3: the manager met the agency. */
  | { type: 'meeting'; heldOn: string; note?: string }
  /** P1, P6, P7, P8, A5, A6: feedback or outcome, with a confidential report for the child's file (P6). */
  | { type: 'outcome'; outcome: Outcome; summary: string; confidentialReport?: string }
  /** A4: whether agreement was reached after the meeting. */
  | { type: 'agreement'; reached: boolean; note?: string }
  /** A new date for the running level, with a written reason; the statutory date stays on record. */
  | { type: 'extension'; newDeadlineAt: string; reason: string }
  /** P3: an allegation of harm surfaced; the complaint leaves this procedure. */
  | { type: 'referral'; reason: string }
  /** P9: Ofsted is involved, with its reference. */
  | { type: 'ofsted'; ofstedReference: string; note?: string }
  | { type: 'note'; text: string }
  | { type: 'close'; reason: string };

export type StaffActor = Extract<Actor, { kind: 'staff' }>;

export function recordAction(
  ctx: UseCaseContext,
  complaintId: string,
  action: StaffAction,
  principal: StaffPrincipal,
): Promise<ComplaintAggregate> {
  return retryOnConflict(async () => {
    const aggregate = await loadVisible(ctx, principal, complaintId);
    const actor = authorise(principal, action, aggregate, ctx);
    const now = ctx.clock.now();
    const { events, record } = eventRecorder(complaintId, now);
    let complaint = { ...aggregate.complaint, version: aggregate.complaint.version + 1 };
    const levels: LevelClock[] = [];
    const effects: Effect[] = [];
    const staffEvent = { level: complaint.currentLevel, visibleToComplainant: false } as const;

    const discharge = (duty: Duty, what: string): LevelClock => {
      const clock = levelOwing(aggregate, duty);
      if (!clock) throw new ConflictError(`Nothing is waiting for ${what} on this complaint`);
      const done = { ...clock, doneAt: now.toISOString(), doneBy: actor.staffId };
      levels.push(done);
      const allLevels = { ...aggregate.levels, [done.level]: done };
      complaint.currentLevel = settleCurrentLevel(allLevels, complaint.currentLevel ?? done.level);
      return done;
    };

    switch (action.type) {
      case 'acknowledgement': {
        const done = discharge('acknowledgement', 'an acknowledgement');
        record('acknowledged', actor, 'Written acknowledgement sent.', {
          level: done.level,
          ...(action.note ? { details: { note: action.note } } : {}),
        });
        break;
      }
      case 'meeting': {
        const heldOn = new Date(action.heldOn);
        if (heldOn > now) throw new ValidationError([{ field: 'heldOn', message: 'cannot be in the future' }]);
        const done = discharge('meeting', 'a meeting');
        record('meetingHeld', actor, 'The manager met the complainant.', {
          level: done.level,
          details: { heldOn: action.heldOn, ...(action.note ? { note: action.note } : {}) },
        });
        break;
      }
      case 'outcome': {
        const done = discharge('outcome', 'feedback or an outcome');
        complaint.lastOutcome = { level: done.level, outcome: action.outcome, summary: action.summary, at: now.toISOString() };
        record('outcomeGiven', actor, action.summary, { level: done.level, details: { outcome: action.outcome } });
        if (action.confidentialReport) {
          record('note', actor, "Confidential report kept on the child's file.", {
            level: done.level,
            visibleToComplainant: false,
            details: { report: action.confidentialReport },
          });
        }
        const next = LEVELS[done.level].onNotSatisfied;
        effects.push(
          emailComplainant(ctx, { complaint, levels: aggregate.levels }, `outcome#${done.level}`, {
            kind: 'outcomeGiven',
            level: done.level,
            outcome: action.outcome,
            summary: action.summary,
            ...(next ? { nextLevel: next } : {}),
            ofsted: ctx.ofsted,
          }),
        );
        break;
      }
      case 'agreement': {
        const meeting = aggregate.levels.agencyMeeting;
        if (!meeting?.doneAt) throw new ConflictError('Agreement is sought after the meeting: record the meeting first');
        complaint.agreementReached = action.reached;
        record('agreementRecorded', actor, action.reached ? 'Agreement reached after the meeting.' : 'No agreement reached after the meeting.', {
          level: 'agencyMeeting',
          ...(action.note ? { details: { note: action.note } } : {}),
        });
        if (action.reached) {
          const ended = endComplaint({ complaint, levels: aggregate.levels }, 'closed', now, ctx.retentionYears);
          complaint = { ...ended.complaint, version: complaint.version };
          levels.push(...ended.endedLevels);
          record('closed', actor, 'Closed: agreement reached.', {});
          effects.push(emailComplainant(ctx, aggregate, 'closed', { kind: 'complaintClosed', ofsted: ctx.ofsted }));
        }
        break;
      }
      case 'extension': {
        const level = complaint.currentLevel;
        const clock = level ? aggregate.levels[level] : undefined;
        // authorise() found this clock running and not lapsed.
        if (!level || !clock) throw new ConflictError('No deadline is running on this complaint, so there is none to extend');
        const newDeadline = new Date(action.newDeadlineAt);
        if (!(newDeadline > new Date(clock.deadlineAt))) {
          throw new ValidationError([{ field: 'newDeadlineAt', message: 'must be later than the current deadline' }]);
        }
        const deadlineAt = toWaitTimestamp(newDeadline);
        const reminders = reminderTimesBefore(ctx, newDeadline, now);
        const extended: LevelClock = {
          ...clock,
          deadlineAt,
          reminders,
          remindersSent: 0,
          attempt: clock.attempt + 1,
          extension: { to: deadlineAt, reason: action.reason, by: actor.staffId, at: now.toISOString() },
        };
        levels.push(extended);
        record('extended', actor, `Deadline extended to ${deadlineAt}: ${action.reason}`, {
          level,
          details: { statutoryDeadlineAt: clock.statutoryDeadlineAt, newDeadlineAt: deadlineAt },
        });
        effects.push(
          {
            kind: 'startClock',
            key: `clock#${level}#${extended.attempt}`,
            complaintId,
            createdAt: now.toISOString(),
            executionName: executionNameFor(complaintId, level, extended.attempt),
            input: { complaintId, track: complaint.track, level },
          },
          emailComplainant(ctx, aggregate, `extended#${level}#${extended.attempt}`, {
            kind: 'deadlineExtended',
            level,
            statutoryDeadlineAt: clock.statutoryDeadlineAt,
            newDeadlineAt: deadlineAt,
            reason: action.reason,
            ofsted: ctx.ofsted,
          }),
        );
        break;
      }
      case 'referral': {
        const ended = endComplaint({ complaint, levels: aggregate.levels }, 'referred', now, ctx.retentionYears);
        complaint = { ...ended.complaint, version: complaint.version };
        levels.push(...ended.endedLevels);
        record('allegationReferred', actor, 'Referred to the allegations procedure (6.2): no complaints clock runs.', {
          details: { reason: action.reason },
          visibleToComplainant: true,
        });
        effects.push(...emailAllegationAlerts(ctx, { complaint, levels: aggregate.levels }));
        break;
      }
      case 'ofsted':
        record('ofstedInvolved', actor, `Ofsted involved, reference ${action.ofstedReference}.`, {
          ...staffEvent,
          details: { ofstedReference: action.ofstedReference, ...(action.note ? { note: action.note } : {}) },
        });
        break;
      case 'note':
        record('note', actor, action.text, staffEvent);
        break;
      case 'close': {
        const ended = endComplaint({ complaint, levels: aggregate.levels }, 'closed', now, ctx.retentionYears);
        complaint = { ...ended.complaint, version: complaint.version };
        levels.push(...ended.endedLevels);
        record('closed', actor, `Closed: ${action.reason}`, {});
        effects.push(emailComplainant(ctx, aggregate, 'closed', { kind: 'complaintClosed', ofsted: ctx.ofsted }));
        break;
      }
    }

    await ctx.repo.save({ complaint, expectedVersion: aggregate.complaint.version, levels, events, effects });
    await ctx.dispatch(effects);
    const changed = { ...aggregate.levels, ...Object.fromEntries(levels.map((c) => [c.level, c])) };
    return { complaint, levels: changed };
  });
}

/**
 * Whether this person may take this action on this complaint now (they can already see it),
 * and the role they act in, for the record: the same verdict the console is given to offer.
 */
function authorise(principal: StaffPrincipal, action: StaffAction, aggregate: ComplaintAggregate, ctx: UseCaseContext): StaffActor {
  const verdict = verdictFor(principal, aggregate, action.type, ctx.directory);
  if (!verdict.allowed) throw verdict.refusal === 'forbidden' ? new ForbiddenError(verdict.reason) : new ConflictError(verdict.reason);
  return { kind: 'staff', staffId: principal.staffId, role: verdict.actingAs };
}

/** Reminders for an extended deadline: the policy's offsets before it, still in the future. */
function reminderTimesBefore(ctx: UseCaseContext, deadline: Date, now: Date): string[] {
  return [...new Set(ctx.rules.policy.remindBeforeDays)]
    .sort((a, b) => b - a)
    .map((offset) => ctx.rules.calendar.reminderBefore(deadline, offset))
    .filter((moment) => moment > now && moment < deadline)
    .map(toWaitTimestamp);
}
