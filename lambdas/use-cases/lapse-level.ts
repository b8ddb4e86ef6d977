/**
 * Clock step `lapse`: the deadline passed with the duty undone.
 *
 * Primary course: record the breach; tell the complainant; escalate to the level the
 * procedure names (its clock starts now, in the same execution) and tell the people
 * responsible there. At the last level there is nowhere further inside the setting: the
 * complainant is pointed to Ofsted (P9) and overdue reminders repeat until the duty is done.
 * A re-run finds the lapse recorded and changes nothing.
 *
 * A lapse carried out late (the system was down at the deadline) is carried out at once, and
 * the next level's clock runs from the missed deadline, not from the late restart: the
 * complainant's next date is the one they would have had.
 */
import type { ClockState } from '../domain/clock';
import type { Effect, LevelClock } from '../domain/complaint';
import type { LevelId } from '../domain/procedure';
import { LEVELS, isAlongside } from '../domain/procedure';
import { toWaitTimestamp } from '../domain/calendar-port';
import { clockStateOf, enterLevel, settleCurrentLevel } from '../domain/levels';
import type { UseCaseContext } from './context';
import { eventRecorder, retryOnConflict } from './context';
import { emailComplainant, emailResponsible } from './emails';
import { loadLevel } from './load-level';

export function lapseLevel(ctx: UseCaseContext, complaintId: string, level: LevelId): Promise<ClockState> {
  return retryOnConflict(async () => {
    const { aggregate, clock, state } = await loadLevel(ctx.repo, complaintId, level);
    if (state.status !== 'pending') return state;

    const now = ctx.clock.now();
    const definition = LEVELS[level];
    const lapsed: LevelClock = { ...clock, lapsedAt: now.toISOString() };
    const { events, record } = eventRecorder(complaintId, now);
    // A practice review (R4) is the owners' business: its lapse is not the complainant's news.
    const alongside = isAlongside(level);
    record('lapsed', { kind: 'system' }, `Deadline missed: ${definition.title.toLowerCase()}.`, {
      level,
      ...(alongside ? { visibleToComplainant: false } : {}),
      details: { deadlineAt: clock.deadlineAt, statutoryDeadlineAt: clock.statutoryDeadlineAt },
    });

    const next = definition.onLapse;
    const complaint = { ...aggregate.complaint, version: aggregate.complaint.version + 1 };
    let levels = [lapsed];
    let effects: Effect[];
    if (next) {
      const missedAt = new Date(Date.parse(clock.deadlineAt) + 1000);
      const planned = enterLevel(aggregate, next, missedAt < now ? missedAt : now, ctx.rules);
      const allLevels = { ...aggregate.levels, [level]: lapsed, ...Object.fromEntries(planned.map((c) => [c.level, c])) };
      complaint.currentLevel = settleCurrentLevel(allLevels, next);
      const nextClock = allLevels[next]!;
      levels = [lapsed, ...planned];
      record('escalated', { kind: 'system' }, `Escalated to ${LEVELS[next].title.toLowerCase()}.`, {
        level: next,
        details: { deadlineAt: nextClock.deadlineAt },
      });
      const sameHands = LEVELS[next].responsible === definition.responsible;
      const after = { complaint, levels: allLevels };
      effects = [
        emailComplainant(ctx, after, `missed#${level}`, {
          kind: 'deadlineMissed',
          level,
          classification: complaint.classification,
          nextLevel: next,
          nextRespondBy: nextClock.deadlineAt,
          ofsted: ctx.ofsted,
        }),
        ...emailResponsible(ctx, after, next, `assigned#${next}`, {
          kind: 'levelAssigned',
          level: next,
          deadlineAt: nextClock.deadlineAt,
          reason: sameHands ? 'continued' : 'escalated',
          classification: complaint.classification,
          interpreterNeeded: Boolean(complaint.interpreterLanguage),
          ...(complaint.interpreterLanguage ? { interpreterLanguage: complaint.interpreterLanguage } : {}),
        }),
      ];
    } else {
      const firstOverdue = ctx.rules.calendar.overdueReminder(new Date(clock.deadlineAt), 1, ctx.rules.policy.overdueEveryDays);
      lapsed.nextOverdueAt = toWaitTimestamp(firstOverdue);
      effects = alongside
        ? []
        : [
            emailComplainant(ctx, aggregate, `missed#${level}`, {
              kind: 'deadlineMissed',
              level,
              classification: aggregate.complaint.classification,
              ofsted: ctx.ofsted,
            }),
          ];
    }
    await ctx.repo.save({ complaint, expectedVersion: aggregate.complaint.version, levels, events, effects });
    await ctx.dispatch(effects);
    return clockStateOf({ complaint, levels: { ...aggregate.levels, [level]: lapsed } }, lapsed);
  });
}
