/**
 * Record what a member of staff did: the only way a level's clock stops.
 *
 * Primary course: load the complaint, check the action fits its state (an outcome recorded
 * twice, or a meeting on a parent's complaint, is a ConflictError that says why), record it
 * in the Complaint Investigation Record with who and when, move the clocks as the procedure
 * says, and tell the complainant where the procedure gives them something to hear.
 *
 * What each action does is in record-action/, loaded together when the first action is
 * recorded: a cold start loads none of it.
 */
import type { Actor, Complaint, ComplaintAggregate, Effect, LetterPosting, LevelClock } from '../domain/complaint';
import type { Outcome } from '../domain/complaint-types';
import { ConflictError, ForbiddenError, ValidationError } from '../domain/errors';
import type { StaffPrincipal } from '../domain/access';
import { verdictFor } from '../domain/available-actions';
import { LEVEL_IDS, type LevelId } from '../domain/procedure';
import type { UseCaseContext } from './context';
import { eventRecorder, retryOnConflict } from './context';
import { loadVisible } from './load-complaint';

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

/** One action being recorded: what it changes, gathered for one write. */
export interface ActionDraft {
  ctx: UseCaseContext;
  complaintId: string;
  /** The complaint as it was loaded. */
  aggregate: ComplaintAggregate;
  actor: StaffActor;
  now: Date;
  /** The complaint as the action leaves it: an action changes it, or replaces it when it ends it. */
  complaint: Complaint;
  record: ReturnType<typeof eventRecorder>['record'];
  levels: LevelClock[];
  effects: Effect[];
  postedLetters: LetterPosting[];
}

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
    const draft: ActionDraft = {
      ctx,
      complaintId,
      aggregate,
      actor,
      now,
      complaint: { ...aggregate.complaint, version: aggregate.complaint.version + 1 },
      record,
      levels: [],
      effects: [],
      postedLetters: [],
    };
    // What the action changes (record-action/apply.ts), loaded with the first action recorded.
    await (await import('./record-action/apply')).apply(draft, action);
    const { complaint, levels, effects, postedLetters } = draft;

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
