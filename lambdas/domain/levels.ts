/**
 * How level clocks are planned and read: deadlines and reminders from the procedure table
 * and the calendar, and the ClockState the workflow acts on. Pure functions.
 */
import type { Calendar } from './calendar-port';
import { toWaitTimestamp } from './calendar-port';
import type { ClockState } from './clock';
import type { ComplaintAggregate, LevelClock } from './complaint';
import type { ClockPolicy, LevelId } from './procedure';
import { LEVELS, daysFor, isAlongside, reminderOffsetsFor } from './procedure';

export interface ClockRules {
  calendar: Calendar;
  policy: ClockPolicy;
}

/** When a level's clock starts: receipt, its own entry, or another level's entry (A5). */
function clockStartOf(aggregate: ComplaintAggregate, level: LevelId, enteredAt: Date): Date {
  const start = LEVELS[level].clockStart;
  if (start === 'receipt') return new Date(aggregate.complaint.receivedAt);
  if (start === 'entry') return enteredAt;
  const other = aggregate.levels[start.entryOf];
  return other ? new Date(other.enteredAt) : enteredAt;
}

export function planLevel(aggregate: ComplaintAggregate, level: LevelId, enteredAt: Date, rules: ClockRules): LevelClock {
  const definition = LEVELS[level];
  const days = daysFor(definition, rules.policy);
  const deadline = rules.calendar.deadline(clockStartOf(aggregate, level, enteredAt), days);
  const reminders = reminderOffsetsFor(days, rules.policy)
    .map((offset) => rules.calendar.reminderBefore(deadline, offset))
    .filter((moment) => moment > enteredAt && moment < deadline)
    .map(toWaitTimestamp);
  const deadlineAt = toWaitTimestamp(deadline);
  return {
    complaintId: aggregate.complaint.id,
    level,
    enteredAt: enteredAt.toISOString(),
    statutoryDeadlineAt: deadlineAt,
    deadlineAt,
    reminders: [...new Set(reminders)],
    remindersSent: 0,
    overdueSent: 0,
    attempt: 0,
  };
}

/**
 * Entering a level also plans the levels that follow it on `onDone` whose clocks are
 * already fixed — A3 runs from receipt alongside A2, and A5's report from the same letter as
 * its acknowledgement — so the dashboard shows every running deadline from the start.
 * Levels already planned are left as they are.
 */
export function enterLevel(
  aggregate: ComplaintAggregate,
  level: LevelId,
  enteredAt: Date,
  rules: ClockRules,
): LevelClock[] {
  const planned: LevelClock[] = [];
  const working: ComplaintAggregate = { ...aggregate, levels: { ...aggregate.levels } };
  let next: LevelId | null = level;
  let first = true;
  while (next) {
    const definition: (typeof LEVELS)[LevelId] = LEVELS[next];
    const followsFixedClock = definition.clockStart !== 'entry';
    if (!first && !followsFixedClock) break;
    if (!working.levels[next]) {
      const clock = planLevel(working, next, enteredAt, rules);
      working.levels[next] = clock;
      planned.push(clock);
    }
    first = false;
    next = definition.onDone;
  }
  return planned;
}

/**
 * The level the complainant is waiting on: a level whose duty is already done hands over
 * to the level that follows it (A2 done at intake → A3).
 */
export function settleCurrentLevel(levels: ComplaintAggregate['levels'], level: LevelId): LevelId {
  let current = level;
  for (;;) {
    const next = LEVELS[current].onDone;
    if (!next || !levels[current]?.doneAt || !levels[next]) return current;
    current = next;
  }
}

export function clockStateOf(aggregate: ComplaintAggregate, clock: LevelClock): ClockState {
  // A practice review (R4) outlives the complaint: only its own clock ends it.
  const complaintEnded = aggregate.complaint.status !== 'open' && !isAlongside(clock.level);
  const status =
    complaintEnded || clock.endedAt
      ? 'ended'
      : clock.doneAt
        ? 'done'
        : clock.lapsedAt
          ? 'lapsed'
          : 'pending';
  const nextReminderAt = clock.reminders[clock.remindersSent];
  return {
    level: clock.level,
    status,
    deadlineAt: clock.deadlineAt,
    ...(nextReminderAt && !clock.lapsedAt ? { nextReminderAt } : {}),
    reminderIndex: clock.remindersSent,
    ...(clock.nextOverdueAt ? { nextOverdueAt: clock.nextOverdueAt } : {}),
    overdueIndex: clock.overdueSent,
    attempt: clock.attempt,
    ...(clock.generation ? { generation: clock.generation } : {}),
  };
}

/**
 * Due soon within this many days of the deadline, or in the second half of a shorter clock
 * (a 5-day clock is not due soon on the day it starts); used by the staff dashboard.
 */
export const DUE_SOON_DAYS = 7;

export type ClockDisplayState = 'onTrack' | 'dueSoon' | 'overdue' | 'extended' | 'breached' | 'done';

/**
 * How a level clock reads to staff. `breached` means the statutory date passed with the
 * duty undone (it stays so on record even once done late); `extended` is a running clock
 * past its statutory date by an agreed extension.
 */
export function displayStateOf(clock: LevelClock, now: Date): ClockDisplayState {
  const statutory = new Date(clock.statutoryDeadlineAt);
  const effective = new Date(clock.deadlineAt);
  if (clock.doneAt) return new Date(clock.doneAt) > statutory ? 'breached' : 'done';
  if (clock.lapsedAt) return 'breached';
  if (now > effective) return 'overdue';
  if (clock.extension) return 'extended';
  const halfway = (new Date(clock.enteredAt).getTime() + effective.getTime()) / 2;
  const soonFrom = Math.max(effective.getTime() - DUE_SOON_DAYS * 24 * 3600 * 1000, halfway);
  return now.getTime() > soonFrom ? 'dueSoon' : 'onTrack';
}
