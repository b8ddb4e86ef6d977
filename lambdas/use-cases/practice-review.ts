/**
 * R4: whenever a complaint is upheld, the owners/directors/trustees review practice to find
 * what to improve. The review is a level of its own in procedure.ts (`practiceReview`): a
 * clock with reminders, run by the state machines like every other level, that carries on
 * after the complaint closes, until the owners record what they found and what they will do.
 */
import type { Complaint, ComplaintAggregate, Effect, LevelClock } from '../domain/complaint';
import type { Outcome } from '../domain/complaint-types';
import { executionNameFor } from '../domain/clock';
import { ConflictError, ForbiddenError } from '../domain/errors';
import type { StaffPrincipal } from '../domain/access';
import { mayDischarge } from '../domain/access';
import { planLevel } from '../domain/levels';
import { opensPracticeReview } from '../domain/procedure';
import type { UseCaseContext } from './context';
import { eventRecorder, retryOnConflict } from './context';
import { emailResponsible } from './emails';
import { loadVisible } from './load-complaint';
import { checkForNames } from './write-summative-record';

const REVIEW = 'practiceReview';

export interface ReviewOpening {
  complaint: Complaint;
  clock: LevelClock;
  effects: Effect[];
}

/**
 * What an outcome adds when it opens a practice review: the review's clock, the owners told,
 * its execution started. Nothing when the outcome is not upheld, or a review is already open
 * or done for this complaint (one review per complaint: a later level's outcome is reviewed in it).
 */
export function practiceReviewOnOutcome(
  ctx: UseCaseContext,
  aggregate: ComplaintAggregate,
  outcome: Outcome,
  now: Date,
): ReviewOpening | undefined {
  if (!opensPracticeReview(outcome) || aggregate.levels[REVIEW] || aggregate.complaint.practiceReview) return undefined;
  const clock = planLevel(aggregate, REVIEW, now, ctx.rules);
  const complaint: Complaint = {
    ...aggregate.complaint,
    practiceReview: { openedAt: now.toISOString(), dueAt: clock.deadlineAt, outcome },
  };
  const after = { complaint, levels: { ...aggregate.levels, [REVIEW]: clock } };
  const effects: Effect[] = [
    ...emailResponsible(ctx, after, REVIEW, `assigned#${REVIEW}`, {
      kind: 'levelAssigned',
      level: REVIEW,
      deadlineAt: clock.deadlineAt,
      reason: 'practiceReview',
      classification: complaint.classification,
      interpreterNeeded: false,
    }),
    {
      kind: 'startClock',
      key: `clock#${REVIEW}#0`,
      complaintId: complaint.id,
      createdAt: now.toISOString(),
      executionName: executionNameFor(complaint.id, REVIEW),
      input: { complaintId: complaint.id, track: complaint.track, level: REVIEW },
    },
  ];
  return { complaint, clock, effects };
}

export interface PracticeReviewFindings {
  findings: string;
  actions: string;
}

/**
 * Primary course: the owners record what the review found and the actions it leads to, with
 * no one named (checked as the summative record is); the review's clock stops (its next check answers `done`) and the record shows it done. Allowed
 * after the complaint has closed: that is when most reviews finish.
 */
export function recordPracticeReview(
  ctx: UseCaseContext,
  complaintId: string,
  input: PracticeReviewFindings,
  principal: StaffPrincipal,
): Promise<ComplaintAggregate> {
  return retryOnConflict(async () => {
    const aggregate = await loadVisible(ctx, principal, complaintId);
    const clock = aggregate.levels[REVIEW];
    const review = aggregate.complaint.practiceReview;
    if (!clock || !review) throw new ConflictError('No practice review is open for this complaint: it opens when an outcome is upheld');
    if (!mayDischarge(principal, REVIEW)) throw new ForbiddenError('Only the owners or trustees record a practice review');
    if (clock.doneAt) throw new ConflictError('This practice review was already recorded');
    // What the review found goes into the record of complaints (R2): no one is named in it.
    const pseudonyms = checkForNames(aggregate.complaint, ctx.directory, { findings: input.findings, actions: input.actions });

    const now = ctx.clock.now();
    const at = now.toISOString();
    const done: LevelClock = { ...clock, doneAt: at, doneBy: principal.staffId };
    const complaint: Complaint = {
      ...aggregate.complaint,
      practiceReview: { ...review, completedAt: at, completedBy: principal.staffId, ...input },
      pseudonyms,
      version: aggregate.complaint.version + 1,
    };
    const { events, record } = eventRecorder(complaintId, now);
    record('practiceReviewRecorded', { kind: 'staff', staffId: principal.staffId, role: 'owner' }, 'Practice review recorded (R4).', {
      level: REVIEW,
      visibleToComplainant: false,
      details: { findings: input.findings, actions: input.actions },
    });
    await ctx.repo.save({ complaint, expectedVersion: aggregate.complaint.version, levels: [done], events, effects: [] });
    return { complaint, levels: { ...aggregate.levels, [REVIEW]: done } };
  });
}
