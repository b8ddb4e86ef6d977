/**
 * How a complaint ends and which duty an action discharges. Pure functions over the
 * aggregate; the use cases record and notify.
 */
import type { ComplaintStatus } from './complaint-types';
import type { ComplaintAggregate, LevelClock } from './complaint';
import { isRunning } from './complaint';
import type { Duty, LevelId } from './procedure';
import { LEVELS, LEVEL_IDS, isAlongside } from './procedure';

/** R3: the record is kept at least `years` years after the complaint ends. */
export function retentionUntil(endedAt: Date, years: number): number {
  const until = new Date(endedAt);
  until.setUTCFullYear(until.getUTCFullYear() + years);
  return Math.floor(until.getTime() / 1000);
}

/**
 * Ends a complaint: every clock still running stops (its execution answers `ended` at its
 * next check), and the record's retention starts.
 */
export function endComplaint(
  aggregate: ComplaintAggregate,
  status: Exclude<ComplaintStatus, 'open'>,
  at: Date,
  retentionYears: number,
): { complaint: ComplaintAggregate['complaint']; endedLevels: LevelClock[] } {
  const endedLevels = Object.values(aggregate.levels)
    .filter((clock): clock is LevelClock => clock !== undefined && !clock.doneAt && !clock.endedAt)
    // A practice review (R4) carries on after the complaint ends.
    .filter((clock) => !isAlongside(clock.level))
    .map((clock) => ({ ...clock, endedAt: at.toISOString() }));
  const { expiresAt: _previous, ...rest } = aggregate.complaint;
  const complaint = {
    ...rest,
    status,
    closedAt: at.toISOString(),
    // R3: a complaint under legal hold never expires; lifting the hold sets its retention.
    ...(aggregate.complaint.legalHold ? {} : { expiresAt: retentionUntil(at, retentionYears) }),
    version: aggregate.complaint.version + 1,
  };
  return { complaint, endedLevels };
}

/**
 * The level whose duty an action would discharge: the current level if it owes that duty,
 * otherwise the running level that does (A3's meeting can be held while A2 is open), and
 * failing those a level whose deadline lapsed and escalated with the duty still undone —
 * what really happened can be recorded late (A3, P6), and the escalation stands.
 * With `level` named, only that level, if it still owes the duty.
 */
export function levelOwing(aggregate: ComplaintAggregate, duty: Duty, level?: LevelId): LevelClock | undefined {
  const owes = (clock: LevelClock | undefined): clock is LevelClock =>
    clock !== undefined && LEVELS[clock.level].duty === duty && isRunning(clock, LEVELS[clock.level].onLapse !== null);
  const owedLate = (clock: LevelClock | undefined): clock is LevelClock => owesDuty(clock, duty);
  if (level) {
    const clock = aggregate.levels[level];
    return owedLate(clock) ? clock : undefined;
  }
  const current = aggregate.complaint.currentLevel ? aggregate.levels[aggregate.complaint.currentLevel] : undefined;
  if (owes(current)) return current;
  const clocks = LEVEL_IDS.map((id: LevelId) => aggregate.levels[id]);
  return clocks.find(owes) ?? clocks.find(owedLate);
}

const owesDuty = (clock: LevelClock | undefined, duty: Duty): clock is LevelClock =>
  clock !== undefined && LEVELS[clock.level].duty === duty && !clock.doneAt && !clock.endedAt;

/**
 * Every level still owing a duty, running or lapsed, in the procedure's order: where it is
 * more than one, whoever records the duty names the level (the console asks which stage).
 */
export function levelsOwing(aggregate: ComplaintAggregate, duty: Duty): LevelId[] {
  return LEVEL_IDS.filter((id: LevelId) => owesDuty(aggregate.levels[id], duty));
}

/** Whether a clock lapsed and handed the complaint on: recording its duty later moves nothing. */
export function escalatedAway(clock: LevelClock): boolean {
  return Boolean(clock.lapsedAt) && LEVELS[clock.level].onLapse !== null;
}
