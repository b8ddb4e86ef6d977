/**
 * Clock step `remind`: remind the people responsible for a level that its deadline is near.
 *
 * Primary course: if the duty is still owed and reminder `n` has not been recorded, record
 * it and queue the email in one write, then send. A re-run finds it recorded and sends
 * nothing, so each reminder goes once. A duty done, or a complaint or run that moved on,
 * answers as `check` would and sends nothing: the workflow has no check before this step.
 */
import type { ClockState } from '../domain/clock';
import type { LevelId } from '../domain/procedure';
import { LEVELS } from '../domain/procedure';
import { clockStateOf } from '../domain/levels';
import type { UseCaseContext } from './context';
import { eventRecorder, retryOnConflict } from './context';
import { emailResponsible } from './emails';
import { loadLevel } from './load-level';

export function sendReminder(
  ctx: UseCaseContext,
  complaintId: string,
  level: LevelId,
  previous: ClockState | undefined,
): Promise<ClockState> {
  const reminderIndex = previous?.reminderIndex ?? 0;
  return retryOnConflict(async () => {
    const { aggregate, clock, state } = await loadLevel(ctx.repo, complaintId, level, previous);
    const alreadySent = clock.remindersSent > reminderIndex;
    if (state.status !== 'pending' || alreadySent || reminderIndex >= clock.reminders.length) return state;

    const now = ctx.clock.now();
    const updated = { ...clock, remindersSent: reminderIndex + 1 };
    const { events, record } = eventRecorder(complaintId, now);
    const complaint = { ...aggregate.complaint, version: aggregate.complaint.version + 1 };
    const moment = clock.reminders[reminderIndex]!;
    if (isStale(moment, clock.reminders[reminderIndex + 1] ?? clock.deadlineAt, now)) {
      record('reminderSkipped', { kind: 'system' }, `Reminder not sent: its moment (${moment}) had passed.`, {
        level,
        visibleToComplainant: false,
        details: { reminder: reminderIndex + 1, remindAt: moment, deadlineAt: clock.deadlineAt },
      });
      await ctx.repo.save({ complaint, expectedVersion: aggregate.complaint.version, levels: [updated], events, effects: [] });
      return clockStateOf({ complaint, levels: { ...aggregate.levels, [level]: updated } }, updated);
    }
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
    await ctx.repo.save({ complaint, expectedVersion: aggregate.complaint.version, levels: [updated], events, effects });
    await ctx.dispatch(effects);
    return clockStateOf({ complaint, levels: { ...aggregate.levels, [level]: updated } }, updated);
  });
}

/**
 * A reminder is stale once more than half the time from its moment to what comes next (the
 * next reminder or the deadline) has gone — and never before an hour, unless what comes next
 * is already due: sent now it would arrive out of turn.
 */
export function isStale(moment: string, next: string, now: Date): boolean {
  const at = Date.parse(moment);
  const gap = Math.max(0, Date.parse(next) - at);
  const margin = Math.max(gap / 2, Math.min(gap, STALE_AFTER_AT_LEAST_MS));
  return now.getTime() > at + margin;
}

const STALE_AFTER_AT_LEAST_MS = 3600 * 1000;
