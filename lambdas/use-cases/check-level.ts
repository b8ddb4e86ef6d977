/**
 * Clock step `check`: after a Wait, is the duty done, has the complaint moved on, or is it
 * still owed? Reads only; the workflow's Choice states act on the answer.
 */
import { isSupersededClock, type ClockState } from '../domain/clock';
import type { LevelId } from '../domain/procedure';
import { clockStateOf } from '../domain/levels';
import type { UseCaseContext } from './context';
import { loadComplaint } from './load-complaint';
import { openLevel } from './open-level';

export async function checkLevel(
  ctx: UseCaseContext,
  complaintId: string,
  level: LevelId,
  previous?: ClockState,
): Promise<ClockState> {
  const aggregate = await loadComplaint(ctx.repo, complaintId);
  const clock = aggregate.levels[level];
  if (!clock) return openLevel(ctx, complaintId, level);
  const state = clockStateOf(aggregate, clock);
  return isSupersededClock(previous, clock) ? { ...state, status: 'ended' } : state;
}
