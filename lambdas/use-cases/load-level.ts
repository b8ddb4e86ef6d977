import { isSupersededClock, type ClockState } from '../domain/clock';
import type { ComplaintAggregate, LevelClock } from '../domain/complaint';
import { clockStateOf } from '../domain/levels';
import type { ComplaintStore } from '../domain/ports';
import type { LevelId } from '../domain/procedure';
import { loadComplaint } from './load-complaint';

/**
 * A level's clock as the clock steps after `open` need it: it must have been opened. Given
 * the clock the execution carries, a superseded run (checkLevel) reads as `ended`.
 */
export async function loadLevel(
  repo: ComplaintStore,
  complaintId: string,
  level: LevelId,
  previous?: ClockState,
): Promise<{ aggregate: ComplaintAggregate; clock: LevelClock; state: ClockState }> {
  const aggregate = await loadComplaint(repo, complaintId);
  const clock = aggregate.levels[level];
  if (!clock) throw new Error(`Level ${level} of ${complaintId} was never opened`);
  const state = clockStateOf(aggregate, clock);
  return { aggregate, clock, state: isSupersededClock(previous, clock) ? { ...state, status: 'ended' } : state };
}
