/**
 * Clock step `open`: the first state of a level in the workflow.
 *
 * Primary course: the level was planned when it was entered (at intake, by a lapse or by the
 * complainant's move), so this returns the stored clock unchanged — which is what makes a
 * re-run after a restart land on the same deadline. A level nobody planned (an execution
 * started by hand) is planned now, so that its clock is never lost.
 */
import type { ClockState } from '../domain/clock';
import { LEVELS, isAlongside, type LevelId } from '../domain/procedure';
import { clockStateOf, enterLevel } from '../domain/levels';
import type { UseCaseContext } from './context';
import { eventRecorder, retryOnConflict } from './context';
import { loadComplaint } from './load-complaint';

export function openLevel(ctx: UseCaseContext, complaintId: string, level: LevelId): Promise<ClockState> {
  return retryOnConflict(async () => {
    const aggregate = await loadComplaint(ctx.repo, complaintId);
    const existing = aggregate.levels[level];
    if (existing) return clockStateOf(aggregate, existing);

    const now = ctx.clock.now();
    const planned = enterLevel(aggregate, level, now, ctx.rules);
    const { events, record } = eventRecorder(complaintId, now);
    record('levelOpened', { kind: 'system' }, `With ${LEVELS[level].title.toLowerCase()}.`, {
      level,
      details: { deadlineAt: planned[0]!.deadlineAt },
    });
    // The complainant never waits on a level that runs alongside (R4).
    const currentLevel = isAlongside(level) ? aggregate.complaint.currentLevel : level;
    const complaint = { ...aggregate.complaint, ...(currentLevel ? { currentLevel } : {}), version: aggregate.complaint.version + 1 };
    await ctx.repo.save({ complaint, expectedVersion: aggregate.complaint.version, levels: planned, events, effects: [] });
    return clockStateOf({ complaint, levels: { ...aggregate.levels, [level]: planned[0] } }, planned[0]!);
  });
}
