/**
 * Clock step `overdue`: at the last level, after its deadline passed, remind the people
 * responsible again on the configured interval until the duty is done. Each reminder is
 * recorded before it is sent and sent once. After an outage only the latest of the overdue
 * reminders that fell due is sent; those it supersedes are recorded as skipped. Like
 * `remind`, it checks first: a duty done or a run that moved on sends nothing.
 */
import type { ClockState } from '../domain/clock';
import type { LevelId } from '../domain/procedure';
import { LEVELS } from '../domain/procedure';
import { toWaitTimestamp } from '../domain/calendar-port';
import { clockStateOf } from '../domain/levels';
import type { UseCaseContext } from './context';
import { eventRecorder, retryOnConflict } from './context';
import { emailResponsible } from './emails';
import { loadLevel } from './load-level';
import { isStale } from './send-reminder';

export function sendOverdueReminder(
  ctx: UseCaseContext,
  complaintId: string,
  level: LevelId,
  previous: ClockState | undefined,
): Promise<ClockState> {
  const overdueIndex = previous?.overdueIndex ?? 0;
  return retryOnConflict(async () => {
    const { aggregate, clock, state } = await loadLevel(ctx.repo, complaintId, level, previous);
    if (state.status !== 'lapsed' || clock.overdueSent > overdueIndex) return state;

    const now = ctx.clock.now();
    const count = overdueIndex + 1;
    const { calendar, policy } = ctx.rules;
    const nextOverdueAt = toWaitTimestamp(calendar.overdueReminder(new Date(clock.deadlineAt), count + 1, policy.overdueEveryDays));
    const updated = { ...clock, overdueSent: count, nextOverdueAt };
    const { events, record } = eventRecorder(complaintId, now);
    const complaint = { ...aggregate.complaint, version: aggregate.complaint.version + 1 };
    const moment = clock.nextOverdueAt;
    if (moment && isStale(moment, nextOverdueAt, now)) {
      record('reminderSkipped', { kind: 'system' }, `Overdue reminder ${count} not sent: its moment (${moment}) had passed.`, {
        level,
        visibleToComplainant: false,
        details: { count, remindAt: moment, deadlineAt: clock.deadlineAt },
      });
      await ctx.repo.save({ complaint, expectedVersion: aggregate.complaint.version, levels: [updated], events, effects: [] });
      return clockStateOf({ complaint, levels: { ...aggregate.levels, [level]: updated } }, updated);
    }
    record('overdueReminderSent', { kind: 'system' }, `Overdue reminder ${count}: ${LEVELS[level].title.toLowerCase()}.`, {
      level,
      visibleToComplainant: false,
      details: { count, deadlineAt: clock.deadlineAt },
    });
    const effects = emailResponsible(ctx, aggregate, level, `overdue#${level}#${clock.attempt}#${overdueIndex}`, {
      kind: 'overdueReminder',
      level,
      deadlineAt: clock.deadlineAt,
      count,
    });
    await ctx.repo.save({ complaint, expectedVersion: aggregate.complaint.version, levels: [updated], events, effects });
    await ctx.dispatch(effects);
    return clockStateOf({ complaint, levels: { ...aggregate.levels, [level]: updated } }, updated);
  });
}
