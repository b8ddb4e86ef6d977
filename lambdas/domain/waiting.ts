/**
 * What an open complaint is waiting for, and on whom: the staff dashboard lists every open
 * complaint, not only those with a running clock. A complaint whose current step was recorded
 * still waits — on the complainant's answer to an outcome (P4, P7, P8, A5, A6), or on the
 * agreement sought after an agency's meeting (A4) — and must not vanish from the list.
 *
 * Pure: the repository stores the answer beside the complaint so that the dashboard is one
 * index query per setting, ordered by `waitingPosition`.
 */
import type { ComplaintAggregate, LevelClock } from './complaint';
import { isRunning } from './complaint';
import type { Duty, LevelId } from './procedure';
import { LEVELS, LEVEL_IDS, isAlongside } from './procedure';

export type Waiting =
  /** A clock runs: a member of staff owes its duty by its deadline. */
  | { on: 'staff'; for: Duty; level: LevelId; clock: LevelClock }
  /** A4: the meeting was held; whether agreement was reached is still to be recorded. */
  | { on: 'staff'; for: 'agreement'; level: LevelId; since: string }
  /** The complainant has the setting's answer and may reply (satisfied, not satisfied, appeal). */
  | { on: 'complainant'; for: 'reply'; level: LevelId; since: string };

export type WaitingFor = Waiting['for'];

const running = (clock: LevelClock | undefined): clock is LevelClock =>
  clock !== undefined && isRunning(clock, LEVELS[clock.level].onLapse !== null);

/** Undefined once the complaint is no longer open (closed, withdrawn, referred) and owes no practice review. */
export function waitingOf(aggregate: ComplaintAggregate): Waiting | undefined {
  const { complaint, levels } = aggregate;
  const open = complaint.status === 'open';
  // R4: the owners' practice review runs alongside the complaint and outlives it: while the
  // complaint is open it waits on the complaint's own clocks; once it ends, on the review's.
  const clocks = LEVEL_IDS.map((id) => levels[id]).filter(
    (clock): clock is LevelClock => running(clock) && isAlongside(clock.level) !== open,
  );
  if (clocks.length > 0) {
    // The nearest deadline is what staff must act on first (A2 and A3 run side by side).
    const first = clocks.reduce((nearest, clock) => (clock.deadlineAt < nearest.deadlineAt ? clock : nearest));
    return { on: 'staff', for: LEVELS[first.level].duty, level: first.level, clock: first };
  }
  if (!open) return undefined;
  const level = complaint.currentLevel ?? 'settingManager';
  const current = levels[level];
  const since = current?.doneAt ?? complaint.lastOutcome?.at ?? current?.lapsedAt ?? complaint.receivedAt;
  if (level === 'agencyMeeting' && complaint.agreementReached === undefined) return { on: 'staff', for: 'agreement', level, since };
  return { on: 'complainant', for: 'reply', level, since };
}

/**
 * Where a waiting complaint sorts on its setting's dashboard: running deadlines first, nearest
 * first; then those waiting without a deadline, longest waiting first (a letter sorts after
 * every digit of a date).
 */
export function waitingPosition(complaintId: string, waiting: Waiting): string {
  if ('clock' in waiting) return `${waiting.clock.deadlineAt}#${complaintId}`;
  return `${waiting.on === 'staff' ? 'agreement' : 'reply'}#${waiting.since}#${complaintId}`;
}
