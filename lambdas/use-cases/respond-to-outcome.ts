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
import type { ComplaintAggregate, Effect, LevelClock } from '../domain/complaint';
import { executionNameFor } from '../domain/clock';
import { ConflictError } from '../domain/errors';
import { endComplaint } from '../domain/lifecycle';
import { enterLevel, settleCurrentLevel } from '../domain/levels';
import { LEVELS } from '../domain/procedure';
import type { UseCaseContext } from './context';
import { emailComplainant, emailResponsible, eventRecorder, retryOnConflict } from './context';
import { loadComplaint } from './load-complaint';

export type ComplainantResponse =
  | { type: 'satisfied' }
  | { type: 'notSatisfied'; reason: string }
  | { type: 'withdraw'; reason?: string };

export function respondToOutcome(
  ctx: UseCaseContext,
  complaintId: string,
  response: ComplainantResponse,
): Promise<ComplaintAggregate> {
  return retryOnConflict(async () => {
    const aggregate = await loadComplaint(ctx.repo, complaintId);
    if (aggregate.complaint.status !== 'open') {
      throw new ConflictError(`This complaint is already ${aggregate.complaint.status}`);
    }
    const now = ctx.clock.now();
    const actor = { kind: 'complainant' } as const;
    const { events, record } = eventRecorder(complaintId, now);
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
    } else {
      const answered = answeredLevel(aggregate);
      if (response.type === 'satisfied') {
        const ended = endComplaint(aggregate, 'closed', now, ctx.retentionYears);
        complaint = ended.complaint;
        levels.push(...ended.endedLevels);
        record('satisfied', actor, 'The complainant is satisfied with the outcome.', { level: answered });
        record('closed', actor, 'Closed: the complainant is satisfied.', {});
        effects.push(emailComplainant(ctx, aggregate, 'closed', { kind: 'complaintClosed', ofsted: ctx.ofsted }));
      } else {
        const next = LEVELS[answered].onNotSatisfied;
        if (!next) {
          throw new ConflictError(
            'There is no further step inside the setting. You can take your complaint to Ofsted.',
          );
        }
        if (aggregate.levels[next]) throw new ConflictError(`This complaint has already been with ${LEVELS[next].title.toLowerCase()}`);
        const planned = enterLevel(aggregate, next, now, ctx.rules);
        const allLevels = { ...aggregate.levels, ...Object.fromEntries(planned.map((c) => [c.level, c])) };
        complaint.currentLevel = settleCurrentLevel(allLevels, next);
        levels.push(...planned);
        const nextClock = allLevels[next]!;
        record('notSatisfied', actor, response.reason, { level: answered });
        record('levelOpened', { kind: 'system' }, `With ${LEVELS[next].title.toLowerCase()}.`, {
          level: next,
          details: { deadlineAt: nextClock.deadlineAt },
        });
        const after = { complaint, levels: allLevels };
        effects.push(
          emailComplainant(ctx, after, `opened#${next}`, {
            kind: 'levelOpened',
            level: next,
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
 * The level whose outcome the complainant is answering: the current one, once it has given
 * its outcome (for an agency, once the meeting was held and no agreement reached, A5).
 */
function answeredLevel(aggregate: ComplaintAggregate) {
  const { complaint } = aggregate;
  const level = complaint.currentLevel;
  const clock = level ? aggregate.levels[level] : undefined;
  if (!level || !clock?.doneAt) {
    throw new ConflictError('You can respond once you have had a response from the setting');
  }
  if (level === 'agencyMeeting' && complaint.agreementReached !== false) {
    throw new ConflictError('The setting will first seek an agreement with you after the meeting');
  }
  return level;
}
