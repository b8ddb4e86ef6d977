/**
 * P4, P6, P7, P8, A2–A6: no deadline lies before the moment its level was entered, whatever
 * the path by which the level was reached — at intake, by a lapse, by a "not satisfied" or an
 * appeal, or by a duty done — and none is earlier than its clock's start allows. A property
 * over every level and every move of both tracks, at any times.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { londonCalendar } from '../../lambdas/domain/calendar';
import type { ComplaintAggregate, LevelClock } from '../../lambdas/domain/complaint';
import { enterLevel } from '../../lambdas/domain/levels';
import { DEFAULT_CLOCK_POLICY, LEVELS, LEVEL_IDS, daysFor, isAlongside, routeParentComplaint, type LevelId, type Track } from '../../lambdas/domain/procedure';
import { storedComplaint } from '../helpers/submissions';

const rules = {
  calendar: londonCalendar({ days: 'calendar', bankHolidays: 'england-and-wales', reminderTime: '09:00', extraHolidays: [] }),
  policy: DEFAULT_CLOCK_POLICY,
};

type Move = 'lapse' | 'notSatisfied' | 'done';
const NEXT: Record<Move, (level: LevelId) => LevelId | null> = {
  lapse: (level) => LEVELS[level].onLapse,
  notSatisfied: (level) => LEVELS[level].onNotSatisfied,
  done: (level) => LEVELS[level].onDone,
};

/** Where each track's complaints may start (procedure.ts's routing). */
const STARTS: Record<Track, LevelId[]> = {
  parent: [
    routeParentComplaint({ classification: 'concern', about: 'service', allegationOfHarm: false }),
    routeParentComplaint({ classification: 'complaint', about: 'keyPerson', allegationOfHarm: false }),
    routeParentComplaint({ classification: 'complaint', about: 'manager', allegationOfHarm: false }),
  ].flatMap((routing) => (routing.kind === 'clock' ? [routing.level] : [])),
  agency: ['agencyAcknowledgement'],
};

const moment = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2034-12-31T00:00:00Z'), noInvalidDate: true });

describe('Property: deadlines and the moment a level is entered (P6)', () => {
  it('P4, P6, P7, P8, A2–A6: along any path of moves at any times, every planned deadline is on or after its level was entered, and no earlier than its clock start allows', () => {
    const levelsReached = new Set<LevelId>();
    fc.assert(
      fc.property(
        fc.constantFrom<Track>('parent', 'agency'),
        fc.nat(),
        moment,
        fc.array(fc.tuple(fc.constantFrom<Move>('lapse', 'notSatisfied', 'done'), fc.integer({ min: 0, max: 90 * 24 * 3600 })), { maxLength: 8 }),
        (track, startPick, receivedAt, moves) => {
          const first = STARTS[track][startPick % STARTS[track].length]!;
          const aggregate: ComplaintAggregate = {
            complaint: storedComplaint({ track, receivedAt: receivedAt.toISOString() }),
            levels: {},
          };
          const planned: LevelClock[] = [];
          const enter = (level: LevelId, at: Date) => {
            for (const clock of enterLevel(aggregate, level, at, rules)) {
              aggregate.levels[clock.level] = clock;
              planned.push(clock);
            }
          };
          enter(first, receivedAt);
          let level: LevelId | null = first;
          let now = receivedAt;
          for (const [move, seconds] of moves) {
            now = new Date(now.getTime() + seconds * 1000);
            const next: LevelId | null = NEXT[move](level);
            if (!next) continue;
            enter(next, now);
            level = next;
          }
          for (const clock of planned) {
            levelsReached.add(clock.level);
            const entered = new Date(clock.enteredAt);
            expect(new Date(clock.deadlineAt) >= entered, `${clock.level} due before it was entered`).toBe(true);
            const start = LEVELS[clock.level].clockStart;
            const from =
              start === 'receipt' ? receivedAt : start === 'entry' ? entered : new Date(aggregate.levels[start.entryOf]!.enteredAt);
            const earliest = rules.calendar.deadline(from, daysFor(LEVELS[clock.level], rules.policy));
            expect(new Date(clock.deadlineAt).getTime()).toBeGreaterThanOrEqual(Math.floor(earliest.getTime() / 1000) * 1000);
          }
        },
      ),
      { numRuns: 500 },
    );
    // Every level a complaint walks; the practice review (R4) is opened by an outcome, not a move.
    expect([...levelsReached].sort()).toEqual(LEVEL_IDS.filter((id) => !isAlongside(id)).sort());
  }, 60_000);
});
