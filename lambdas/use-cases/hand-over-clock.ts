/**
 * Clock step `handOver`: a Standard execution lives at most a year, and a clock can outlive
 * that (overdue reminders repeat until the duty is done). Before the execution nears its
 * limit it hands the clock to a fresh execution of the same level and ends.
 *
 * Primary course: bump the level's generation and record the successor's start in the outbox
 * in one write (so it cannot be lost); its execution name is deterministic (with the
 * generation), so a retried start is a no-op. The successor opens the level, gets the stored
 * clock back, and carries on exactly where this one stood. A re-run finds the generation
 * already bumped and writes nothing.
 */
import type { ClockState } from '../domain/clock';
import { executionNameFor, HAND_OVER_AFTER_DAYS } from '../domain/clock';
import type { StartClockEffect } from '../domain/complaint';
import type { LevelId } from '../domain/procedure';
import { clockStateOf } from '../domain/levels';
import type { UseCaseContext } from './context';
import { retryOnConflict } from './context';
import { loadLevel } from './load-level';

export function handOverClock(ctx: UseCaseContext, complaintId: string, level: LevelId, previous: ClockState | undefined): Promise<ClockState> {
  return retryOnConflict(async () => {
    const { aggregate, clock, state } = await loadLevel(ctx.repo, complaintId, level);
    const current = clock.generation ?? 0;
    if ((previous?.generation ?? 0) !== current || state.status === 'ended' || state.status === 'done') return state;

    const generation = current + 1;
    const updated = { ...clock, generation };
    const { complaint } = aggregate;
    const successor: StartClockEffect = {
      kind: 'startClock',
      key: `clock#${level}#${clock.attempt}#g${generation}`,
      complaintId,
      createdAt: ctx.clock.now().toISOString(),
      executionName: executionNameFor(complaintId, level, clock.attempt, generation),
      input: { complaintId, track: complaint.track, level },
    };
    const saved = { ...complaint, version: complaint.version + 1 };
    await ctx.repo.save({ complaint: saved, expectedVersion: complaint.version, levels: [updated], events: [], effects: [successor] });
    await ctx.dispatch([successor]);
    return clockStateOf({ complaint: saved, levels: { ...aggregate.levels, [level]: updated } }, updated);
  });
}

/**
 * Whether the workflow, about to wait with this state, must hand the clock over first: the
 * wait would end more than HAND_OVER_AFTER_DAYS after the execution started.
 */
export function mustHandOver(state: ClockState, executionStartedAt: string | undefined): boolean {
  if (!executionStartedAt || (state.status !== 'pending' && state.status !== 'lapsed')) return false;
  const waitUntil = state.status === 'lapsed' ? state.nextOverdueAt : (state.nextReminderAt ?? state.deadlineAt);
  if (!waitUntil) return false;
  return Date.parse(waitUntil) > Date.parse(executionStartedAt) + HAND_OVER_AFTER_DAYS * 86_400_000;
}
