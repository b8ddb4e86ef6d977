import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAYS, type BankHolidayRegion } from '../../lambdas/domain/bank-holidays';
import { londonCalendar, scaledCalendar } from '../../lambdas/domain/calendar';
import { toWaitTimestamp } from '../../lambdas/domain/calendar-port';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const WAIT_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

// Read London wall-clock time through a different formatter than the one under test:
// Swedish locale formatting gives 'YYYY-MM-DD HH:MM:SS'.
const londonWallClock = (moment: Date) => moment.toLocaleString('sv-SE', { timeZone: 'Europe/London' });
const dateOf = (moment: Date) => londonWallClock(moment).slice(0, 10);
const timeOf = (moment: Date) => londonWallClock(moment).slice(11);
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const isWorkingDay = (date: string, region: BankHolidayRegion) =>
  ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()) && !BANK_HOLIDAYS[region].includes(date);

/** Working days after `from` up to and including `to`. */
function workingDaysBetween(from: string, to: string, region: BankHolidayRegion): number {
  let count = 0;
  for (let day = dayNumber(from) + 1; day <= dayNumber(to); day += 1) {
    if (isWorkingDay(new Date(day * DAY_MS).toISOString().slice(0, 10), region)) count += 1;
  }
  return count;
}

function expectWaitTimestampFor(moment: Date): void {
  const timestamp = toWaitTimestamp(moment);
  expect(timestamp).toMatch(WAIT_TIMESTAMP);
  expect(Date.parse(timestamp) - moment.getTime()).toBeGreaterThanOrEqual(0);
  expect(Date.parse(timestamp) - moment.getTime()).toBeLessThan(1000);
}

const clockCase = fc.record({
  start: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T23:59:59Z'), noInvalidDate: true }),
  days: fc.integer({ min: 1, max: 60 }),
  mode: fc.constantFrom('calendar' as const, 'working' as const),
  region: fc.constantFrom<BankHolidayRegion>('england-and-wales', 'scotland', 'northern-ireland'),
  reminderTime: fc
    .tuple(fc.integer({ min: 7, max: 19 }), fc.integer({ min: 0, max: 59 }))
    .map(([hours, minutes]) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`),
  daysBefore: fc.integer({ min: 0, max: 60 }),
  overdue: fc.integer({ min: 1, max: 5 }),
  everyDays: fc.integer({ min: 1, max: 14 }),
});

describe('Calendar: londonCalendar properties', () => {
  it('every deadline ends at 23:59:59 London, no earlier than the rule allows', () => {
    fc.assert(
      fc.property(clockCase, ({ start, days, mode, region, reminderTime }) => {
        // Prepare
        const calendar = londonCalendar({ days: mode, bankHolidays: region, reminderTime });
        // Act
        const deadline = calendar.deadline(start, days);
        // Assess
        expect(timeOf(deadline)).toBe('23:59:59');
        const localDays = dayNumber(dateOf(deadline)) - dayNumber(dateOf(start));
        if (mode === 'calendar') {
          expect(localDays).toBe(days);
          expect(deadline.getTime()).toBeGreaterThanOrEqual(start.getTime() + days * DAY_MS - HOUR_MS);
        } else {
          expect(localDays).toBeGreaterThanOrEqual(days);
          expect(isWorkingDay(dateOf(deadline), region)).toBe(true);
          expect(workingDaysBetween(dateOf(start), dateOf(deadline), region)).toBe(days);
        }
        expectWaitTimestampFor(deadline);
      }),
      { numRuns: 300 },
    );
  });

  it('reminders go at the reminder time on a (working) day, never in the night, before the deadline', () => {
    fc.assert(
      fc.property(clockCase, ({ start, days, mode, region, reminderTime, daysBefore }) => {
        // Prepare
        const calendar = londonCalendar({ days: mode, bankHolidays: region, reminderTime });
        const deadline = calendar.deadline(start, days);
        // Act
        const reminder = calendar.reminderBefore(deadline, daysBefore);
        // Assess
        expect(timeOf(reminder)).toBe(`${reminderTime}:00`);
        const hour = Number(timeOf(reminder).slice(0, 2));
        expect(hour).toBeGreaterThanOrEqual(7);
        expect(hour).toBeLessThanOrEqual(19);
        expect(reminder.getTime()).toBeLessThan(deadline.getTime());
        const localDaysBefore = dayNumber(dateOf(deadline)) - dayNumber(dateOf(reminder));
        if (mode === 'calendar') expect(localDaysBefore).toBe(daysBefore);
        else {
          expect(isWorkingDay(dateOf(reminder), region)).toBe(true);
          expect(workingDaysBetween(dateOf(reminder), dateOf(deadline), region)).toBe(daysBefore);
        }
        expectWaitTimestampFor(reminder);
      }),
      { numRuns: 300 },
    );
  });

  it('overdue reminders come after the deadline, in order, at the reminder time on a (working) day', () => {
    fc.assert(
      fc.property(clockCase, ({ start, days, mode, region, reminderTime, overdue, everyDays }) => {
        // Prepare
        const calendar = londonCalendar({ days: mode, bankHolidays: region, reminderTime });
        const deadline = calendar.deadline(start, days);
        // Act
        const reminder = calendar.overdueReminder(deadline, overdue, everyDays);
        const next = calendar.overdueReminder(deadline, overdue + 1, everyDays);
        // Assess
        expect(reminder.getTime()).toBeGreaterThan(deadline.getTime());
        expect(next.getTime()).toBeGreaterThan(reminder.getTime());
        expect(timeOf(reminder)).toBe(`${reminderTime}:00`);
        if (mode === 'working') expect(isWorkingDay(dateOf(reminder), region)).toBe(true);
        expectWaitTimestampFor(reminder);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Calendar: scaledCalendar properties', () => {
  it('moves by whole scaled days: reminder < deadline < overdue reminders', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        (start, daySeconds, days, daysBefore) => {
          const calendar = scaledCalendar(daySeconds);
          const deadline = calendar.deadline(start, days);
          expect(deadline.getTime() - start.getTime()).toBe(days * daySeconds * 1000);
          expect(calendar.reminderBefore(deadline, daysBefore).getTime()).toBeLessThan(deadline.getTime());
          expect(calendar.overdueReminder(deadline, 1, 7).getTime()).toBe(deadline.getTime() + 7 * daySeconds * 1000);
          expectWaitTimestampFor(deadline);
        },
      ),
    );
  });
});
