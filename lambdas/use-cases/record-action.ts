/**
 * Record what a member of staff did: the only way a level's clock stops.
 *
 * Primary course: load the complaint, check the action fits its state (an outcome recorded
 * twice, or a meeting on a parent's complaint, is a ConflictError that says why), record it
 * in the Complaint Investigation Record with who and when, move the clocks as the procedure
 * says, and tell the complainant where the procedure gives them something to hear.
 */
import type { Actor, ComplaintAggregate, Effect, LetterPosting, LevelClock, RecordEvent } from '../domain/complaint';
import type { Outcome } from '../domain/complaint-types';
import { executionNameFor } from '../domain/clock';
import { ConflictError, ForbiddenError, ValidationError } from '../domain/errors';
import type { StaffPrincipal } from '../domain/access';
import { verdictFor } from '../domain/available-actions';
import { endComplaint, escalatedAway, levelOwing } from '../domain/lifecycle';
import { occurredWithin } from '../domain/occurrence';
import { londonDate } from '../domain/calendar';
import { settleCurrentLevel } from '../domain/levels';
import { toWaitTimestamp } from '../domain/calendar-port';
import { LEVELS, LEVEL_IDS, isStatutory, type Duty, type LevelId } from '../domain/procedure';
import type { UseCaseContext } from './context';
import { emailAllegationAlerts, emailComplainant, eventRecorder, retryOnConflict } from './context';
import { loadVisible } from './get-complaint';
import { practiceReviewOnOutcome } from './practice-review';

/**
 * When a duty really happened, if not now: a date ('YYYY-MM-DD', a day in England) or a
 * moment. It may be after the deadline; the record then shows it late (A3, P6). `level`
 * names a level whose deadline already lapsed, when the duty is owed at more than one.
 */
interface Occurred {
  occurredAt?: string;
  /** A level id; anything else is refused as a 400 naming `level`. */
  level?: string;
}

export type StaffAction =
  /** A2, A5: the written acknowledgement was sent. */
  | ({ type: 'acknowledgement'; note?: string } & Occurred)
  /** A3: the manager met the agency; `summary` is what the agency is sent in writing (A4). */
  | { type: 'meeting'; heldOn: string; summary?: string; note?: string }
  /** P1, P6, P7, P8, A5, A6: feedback or outcome, with a confidential report for the child's file (P6). */
  | ({ type: 'outcome'; outcome: Outcome; summary: string; confidentialReport?: string } & Occurred)
  /** A4: whether agreement was reached after the meeting. */
  | { type: 'agreement'; reached: boolean; note?: string }
  /**
   * A new date for the running level, with a written reason; the statutory date stays on
   * record. Bounded by the organisation's `maxExtensionDays`; a statutory date (P6, P8, A2,
   * A3, A5) is extended only with the complainant's agreement, and the day they agreed.
   */
  | { type: 'extension'; newDeadlineAt: string; reason: string; complainantAgreedOn?: string }
  /** P5: a letter to a complainant without email was posted (or handed over) on this date. */
  | { type: 'letterPosted'; letterKey: string; postedOn: string }
  /** P3: an allegation of harm surfaced; the complaint leaves this procedure. */
  | { type: 'referral'; reason: string }
  /** P9: Ofsted is involved, with its reference. */
  | { type: 'ofsted'; ofstedReference: string; note?: string }
  | { type: 'note'; text: string }
  /** Every status link sent so far stops working (a shared mailbox), and a fresh one is emailed. */
  | { type: 'renewStatusLink'; reason?: string }
  | { type: 'close'; reason: string };

export type StaffActor = Extract<Actor, { kind: 'staff' }>;

export function recordAction(
  ctx: UseCaseContext,
  complaintId: string,
  action: StaffAction,
  principal: StaffPrincipal,
): Promise<ComplaintAggregate> {
  return retryOnConflict(async () => {
    const named = action.type === 'acknowledgement' || action.type === 'outcome' ? action.level : undefined;
    if (named !== undefined && !(LEVEL_IDS as readonly string[]).includes(named)) {
      throw new ValidationError([{ field: 'level', message: 'is not a stage of the procedure' }]);
    }
    const aggregate = await loadVisible(ctx, principal, complaintId);
    const actor = authorise(principal, action, aggregate, ctx);
    const now = ctx.clock.now();
    const { events, record } = eventRecorder(complaintId, now);
    let complaint = { ...aggregate.complaint, version: aggregate.complaint.version + 1 };
    const levels: LevelClock[] = [];
    const effects: Effect[] = [];
    const postedLetters: LetterPosting[] = [];
    const staffEvent = { level: complaint.currentLevel, visibleToComplainant: false } as const;

    /**
     * Marks a level's duty done on the day it happened. A level whose lapse already handed
     * the complaint on keeps its lapse and the escalation: the complaint stays where it is.
     */
    const discharge = (
      duty: Duty,
      what: string,
      occurred: { value?: string; field: string; level?: LevelId },
    ): { done: LevelClock; details: RecordEvent['details'] } => {
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
        doneBy: actor.staffId,
        ...(recordedLater ? { doneRecordedAt: now.toISOString() } : {}),
      };
      levels.push(done);
      if (!escalatedAway(clock)) {
        const allLevels = { ...aggregate.levels, [done.level]: done };
        complaint.currentLevel = settleCurrentLevel(allLevels, complaint.currentLevel ?? done.level);
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
    };

    switch (action.type) {
      case 'acknowledgement': {
        const { done, details } = discharge('acknowledgement', 'an acknowledgement', {
          field: 'occurredAt',
          ...(action.occurredAt ? { value: action.occurredAt } : {}),
          ...(action.level ? { level: action.level as LevelId } : {}),
        });
        record('acknowledged', actor, `Written acknowledgement sent${lateWords(details)}.`, {
          level: done.level,
          details: { ...details, ...(action.note ? { note: action.note } : {}) },
        });
        break;
      }
      case 'meeting': {
        const { done, details } = discharge('meeting', 'a meeting', { field: 'heldOn', value: action.heldOn });
        record('meetingHeld', actor, `The manager met the complainant${lateWords(details)}.`, {
          level: done.level,
          details: {
            ...details,
            heldOn: action.heldOn,
            ...(action.summary ? { summary: action.summary } : {}),
            ...(action.note ? { note: action.note } : {}),
          },
        });
        // A4: the agency has the outcome of the meeting in writing, and where to go next.
        effects.push(
          emailComplainant(ctx, { complaint, levels: aggregate.levels }, `meeting#${done.level}`, {
            kind: 'meetingHeld',
            heldOn: done.doneAt!,
            ...(action.summary ? { summary: action.summary } : {}),
            nextLevel: LEVELS[done.level].onNotSatisfied ?? 'lineManagerAcknowledgement',
            ofsted: ctx.ofsted,
          }),
        );
        break;
      }
      case 'outcome': {
        const { done, details } = discharge('outcome', 'feedback or an outcome', {
          field: 'occurredAt',
          ...(action.occurredAt ? { value: action.occurredAt } : {}),
          ...(action.level ? { level: action.level as LevelId } : {}),
        });
        complaint.lastOutcome = { level: done.level, outcome: action.outcome, summary: action.summary, at: done.doneAt! };
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
        const review = practiceReviewOnOutcome(ctx, { complaint, levels: aggregate.levels }, action.outcome, now);
        if (review) {
          complaint = { ...review.complaint, version: complaint.version };
          levels.push(review.clock);
          effects.push(...review.effects);
          record('practiceReviewOpened', { kind: 'system' }, 'Practice review opened for the owners (R4).', {
            level: review.clock.level,
            visibleToComplainant: false,
            details: { deadlineAt: review.clock.deadlineAt },
          });
        }
        const next = LEVELS[done.level].onNotSatisfied;
        effects.push(
          emailComplainant(ctx, { complaint, levels: aggregate.levels }, `outcome#${done.level}`, {
            kind: 'outcomeGiven',
            level: done.level,
            outcome: action.outcome,
            classification: complaint.classification,
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
          effects.push(emailComplainant(ctx, aggregate, 'closed', { kind: 'complaintClosed', classification: complaint.classification, ofsted: ctx.ofsted }));
        } else if (complaint.currentLevel === 'agencyMeeting') {
          // A5: the agency learns in writing that it may now write to the line manager.
          effects.push(
            emailComplainant(ctx, aggregate, 'no-agreement', {
              kind: 'noAgreementRecorded',
              nextLevel: 'lineManagerAcknowledgement',
              ofsted: ctx.ofsted,
            }),
          );
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
        levels.push(extended);
        record('extended', actor, `Deadline extended to ${londonDate(newDeadline)}: ${action.reason}`, {
          level,
          details: {
            statutoryDeadlineAt: clock.statutoryDeadlineAt,
            newDeadlineAt: deadlineAt,
            // The procedure's own date stays on record; it is missed if the duty is done after it.
            statutory,
            ...(agreedOn ? { complainantAgreedOn: agreedOn.toISOString() } : {}),
          },
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
            classification: complaint.classification,
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
        complaint.ofstedInvolvedAt ??= now.toISOString();
        record('ofstedInvolved', actor, `Ofsted involved, reference ${action.ofstedReference}.`, {
          ...staffEvent,
          details: { ofstedReference: action.ofstedReference, ...(action.note ? { note: action.note } : {}) },
        });
        break;
      case 'letterPosted': {
        const letter = (await ctx.repo.letters(complaintId)).find((l) => l.letter.key === action.letterKey);
        if (!letter) throw new ValidationError([{ field: 'letterKey', message: 'no letter of this complaint has this key' }]);
        if (letter.postedOn) throw new ConflictError(`This letter was already recorded as posted on ${londonDate(new Date(letter.postedOn))}`);
        const postedOn = occurredWithin('postedOn', action.postedOn, {
          notBefore: new Date(letter.letter.createdAt),
          notBeforeWhat: 'the day the letter was written',
          now,
        });
        postedLetters.push({ key: action.letterKey, postedOn: postedOn.toISOString(), postedBy: actor.staffId });
        // It counts as told in writing: the record says what was sent and when (R2).
        record('letterPosted', actor, `Letter posted: ${LETTER_TITLES[letter.letter.message.kind] ?? letter.letter.message.kind}.`, {
          details: { postedOn: postedOn.toISOString(), letter: letter.letter.message.kind },
        });
        // A2: an agency's acknowledgement sent by post is the written acknowledgement, on the day it was posted.
        const acknowledgement = aggregate.levels.agencyAcknowledgement;
        if (
          letter.letter.message.kind === 'complaintAcknowledgement' &&
          complaint.status === 'open' &&
          acknowledgement &&
          !acknowledgement.doneAt &&
          !acknowledgement.endedAt
        ) {
          const { done, details } = discharge('acknowledgement', 'an acknowledgement', {
            field: 'postedOn',
            value: action.postedOn,
            level: 'agencyAcknowledgement',
          });
          record('acknowledged', actor, `Written acknowledgement sent by post${lateWords(details)}.`, { level: done.level, details });
        }
        break;
      }
      case 'note':
        record('note', actor, action.text, staffEvent);
        break;
      case 'renewStatusLink':
        // Links issued from now on work; the fresh one is minted when its email is sent.
        complaint.statusLinksValidFrom = now.toISOString();
        record('note', actor, `Status links revoked; a fresh link was emailed to the complainant.${action.reason ? ` ${action.reason}` : ''}`, {
          ...staffEvent,
          details: { statusLinksRenewed: true },
        });
        effects.push(
          emailComplainant(ctx, { complaint, levels: aggregate.levels }, `status-link#${complaint.version}`, {
            kind: 'statusLinkRenewed',
            classification: complaint.classification,
            ofsted: ctx.ofsted,
          }),
        );
        break;
      case 'close': {
        const ended = endComplaint({ complaint, levels: aggregate.levels }, 'closed', now, ctx.retentionYears);
        complaint = { ...ended.complaint, version: complaint.version };
        levels.push(...ended.endedLevels);
        record('closed', actor, `Closed: ${action.reason}`, {});
        effects.push(emailComplainant(ctx, aggregate, 'closed', { kind: 'complaintClosed', classification: complaint.classification, ofsted: ctx.ofsted }));
        break;
      }
    }

    await ctx.repo.save({
      complaint,
      expectedVersion: aggregate.complaint.version,
      levels,
      events,
      effects,
      ...(postedLetters.length > 0 ? { postedLetters } : {}),
    });
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
  const named = action.type === 'acknowledgement' || action.type === 'outcome' ? action.level : undefined;
  const verdict = verdictFor(principal, aggregate, action.type, ctx.directory, named ? { level: named as LevelId } : {});
  if (!verdict.allowed) throw verdict.refusal === 'forbidden' ? new ForbiddenError(verdict.reason) : new ConflictError(verdict.reason);
  return { kind: 'staff', staffId: principal.staffId, role: verdict.actingAs };
}

/** How the record says a duty was done late: its own date and how many days after it. */
function lateWords(details: RecordEvent['details']): string {
  const late = details?.lateByDays;
  const on = typeof details?.occurredAt === 'string' ? ` on ${londonDate(new Date(details.occurredAt))}` : '';
  return typeof late === 'number' && late > 0 ? `${on}, ${late} ${late === 1 ? 'day' : 'days'} late` : on;
}

/** What each letter is, for the record. */
const LETTER_TITLES: Partial<Record<string, string>> = {
  complaintAcknowledgement: 'acknowledgement',
  outcomeGiven: 'outcome',
  meetingHeld: 'the meeting',
  noAgreementRecorded: 'no agreement',
  levelOpened: 'moved to the next stage',
  deadlineMissed: 'deadline missed',
  deadlineExtended: 'new date',
  complaintClosed: 'closed',
  allegationReceived: 'allegation received',
};

/** Reminders for an extended deadline: the policy's offsets before it, still in the future. */
function reminderTimesBefore(ctx: UseCaseContext, deadline: Date, now: Date): string[] {
  return [...new Set(ctx.rules.policy.remindBeforeDays)]
    .sort((a, b) => b - a)
    .map((offset) => ctx.rules.calendar.reminderBefore(deadline, offset))
    .filter((moment) => moment > now && moment < deadline)
    .map(toWaitTimestamp);
}
