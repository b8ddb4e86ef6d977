/**
 * Clock step `remind`: remind the people responsible for a level that its deadline is near.
 *
 * Primary course: if the duty is still owed and reminder `n` has not been recorded, record
 * it and queue the email in one write, then send. A re-run finds it recorded and sends
 * nothing, so each reminder goes once.
 */
import type { ClockState } from '../domain/clock';
import type { LevelId } from '../domain/procedure';
import { LEVELS } from '../domain/procedure';
import { clockStateOf } from '../domain/levels';
import type { UseCaseContext } from './context';
import { emailResponsible, eventRecorder, retryOnConflict } from './context';
import { loadLevel } from './load-level';

export function sendReminder(
  ctx: UseCaseContext,
  complaintId: string,
  level: LevelId,
  reminderIndex: number,
): Promise<ClockState> {
  return retryOnConflict(async () => {
    const { aggregate, clock, state } = await loadLevel(ctx.repo, complaintId, level);
    const alreadySent = clock.remindersSent > reminderIndex;
    if (state.status !== 'pending' || alreadySent || reminderIndex >= clock.reminders.length) return state;

    const now = ctx.clock.now();
    const updated = { ...clock, remindersSent: reminderIndex + 1 };
    const { events, record } = eventRecorder(complaintId, now);
    record('reminderSent', { kind: 'system' }, `Reminder sent: ${LEVELS[level].title.toLowerCase()} is due.`, {
      level,
      visibleToComplainant: false,
      details: { reminder: reminderIndex + 1, deadlineAt: clock.deadlineAt },
    });
    const effects = emailResponsible(ctx, aggregate, level, `reminder#${level}#${clock.attempt}#${reminderIndex}`, {
      kind: 'deadlineReminder',
      level,
      deadlineAt: clock.deadlineAt,
    });
    const complaint = { ...aggregate.complaint, version: aggregate.complaint.version + 1 };
    await ctx.repo.save({ complaint, expectedVersion: aggregate.complaint.version, levels: [updated], events, effects });
    await ctx.dispatch(effects);
    return clockStateOf({ complaint, levels: { ...aggregate.levels, [level]: updated } }, updated);
  });
}
