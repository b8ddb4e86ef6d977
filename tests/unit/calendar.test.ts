import { describe, expect, it } from 'vitest';
import type { BankHolidayRegion } from '../../lambdas/domain/bank-holidays';
import { londonCalendar, londonDate, londonDateTime, londonDayStart, londonEndOfDay, scaledCalendar } from '../../lambdas/domain/calendar';
import { toWaitTimestamp } from '../../lambdas/domain/calendar-port';

// Every expected instant below was worked out by hand: London is UTC+0 (GMT) until the last
// Sunday of March at 01:00 UTC and UTC+1 (BST) until the last Sunday of October at 01:00 UTC,
// so 23:59:59 London is 23:59:59Z in winter and 22:59:59Z in summer.

const calendarDays = londonCalendar({ days: 'calendar', bankHolidays: 'england-and-wales', reminderTime: '09:00' });
const workingDaysIn = (bankHolidays: BankHolidayRegion, extraHolidays: readonly string[] = []) =>
  londonCalendar({ days: 'working', bankHolidays, reminderTime: '09:00', extraHolidays });

describe('Calendar: londonDate', () => {
  it.each([
    ['2025-01-31T23:30:00Z', '2025-01-31', 'GMT: the UTC date'],
    ['2025-03-31T23:30:00Z', '2025-04-01', 'BST: 00:30 on the next day'],
    ['2025-10-25T23:30:00Z', '2025-10-26', 'the night the clocks go back, before the change'],
    ['2025-10-26T00:30:00Z', '2025-10-26', '01:30 BST, the first of two 01:30s'],
    ['2028-02-29T00:00:00Z', '2028-02-29', 'leap day'],
    ['2025-12-31T23:59:59Z', '2025-12-31', 'the last second of the year in GMT'],
  ])('%s is %s in London (%s)', (instant, expected) => {
    expect(londonDate(new Date(instant))).toBe(expected);
  });
});

describe('Calendar: londonDateTime (a day and time typed in England, as the console sends it)', () => {
  it.each([
    ['2026-12-01', '23:59:59', '2026-12-01T23:59:59+00:00', 'GMT'],
    ['2026-07-01', '23:59:59', '2026-07-01T23:59:59+01:00', 'BST'],
    ['2026-03-29', '00:00:00', '2026-03-29T00:00:00+00:00', 'the start of the day the clocks go forward, still GMT'],
    ['2026-03-29', '23:59:59', '2026-03-29T23:59:59+01:00', 'the end of that day, BST'],
    ['2026-10-25', '00:00:00', '2026-10-25T00:00:00+01:00', 'the start of the day the clocks go back, still BST'],
    ['2026-10-25', '23:59:59', '2026-10-25T23:59:59+00:00', 'the end of that day, GMT'],
    ['2026-03-29', '01:30:00', '2026-03-29T01:30:00+00:00', 'a time the spring change skips: 02:30 BST, an hour later'],
    ['2026-10-25', '01:30:00', '2026-10-25T01:30:00+00:00', 'a time that happens twice: its second (GMT) occurrence'],
  ])('%s %s is %s (%s)', (date, time, expected) => {
    expect(londonDateTime(date, time)).toBe(expected);
  });

  it('names the instants the deadlines use: the start and the end of a London day', () => {
    for (const date of ['2026-01-15', '2026-03-29', '2026-06-30', '2026-10-25', '2028-02-29']) {
      expect(Date.parse(londonDateTime(date, '00:00:00'))).toBe(londonDayStart(date).getTime());
      expect(Date.parse(londonDateTime(date, '23:59:59'))).toBe(londonEndOfDay(date).getTime());
    }
  });
});

describe('Calendar: londonCalendar in calendar days', () => {
  it.each([
    ['P6: 28 days from a 23:30 GMT submission end at 23:59:59 London on the 28th day', '2025-03-01T23:30:00Z', 28, '2025-03-29T23:59:59Z'],
    ['P6: 28 days from a 23:30 BST submission end at 23:59:59 London on the 28th day', '2025-06-10T22:30:00Z', 28, '2025-07-08T22:59:59Z'],
    ['P6: a submission at 00:30 BST on 1 April (23:30 UTC on 31 March) counts from 1 April', '2025-03-31T23:30:00Z', 28, '2025-04-29T22:59:59Z'],
    ['A2: 10 days across the start of BST end at 23:59:59 BST', '2025-03-25T12:00:00Z', 10, '2025-04-04T22:59:59Z'],
    ['A2: 10 days ending on the day BST starts end at 23:59:59 BST', '2025-03-20T12:00:00Z', 10, '2025-03-30T22:59:59Z'],
    ['P8: 14 days across the end of BST end at 23:59:59 GMT', '2025-10-20T10:00:00Z', 14, '2025-11-03T23:59:59Z'],
    ['A5: 5 days ending on the day BST ends end at 23:59:59 GMT', '2025-10-21T12:00:00Z', 5, '2025-10-26T23:59:59Z'],
    ['A5: 5 days ending the day before BST ends end at 23:59:59 BST', '2025-10-20T12:00:00Z', 5, '2025-10-25T22:59:59Z'],
    ['P8: 14 days can end on leap day', '2028-02-15T10:00:00Z', 14, '2028-02-29T23:59:59Z'],
    ['A2: 10 days count leap day as a day', '2028-02-20T10:00:00Z', 10, '2028-03-01T23:59:59Z'],
    ['P6: 28 days from 23:30 on leap day end in BST on 28 March', '2028-02-29T23:30:00Z', 28, '2028-03-28T22:59:59Z'],
    ['P8: 14 days run across the new year', '2025-12-20T12:00:00Z', 14, '2026-01-03T23:59:59Z'],
    ['calendar days ignore bank holidays (Christmas 2025)', '2025-12-24T09:00:00Z', 2, '2025-12-26T23:59:59Z'],
    ['a 0-day clock ends at the end of the day of receipt', '2025-06-10T10:00:00Z', 0, '2025-06-10T22:59:59Z'],
  ])('%s', (_rule, received, days, expected) => {
    // Act
    const deadline = calendarDays.deadline(new Date(received), days);
    // Assess
    expect(deadline.toISOString()).toBe(new Date(expected).toISOString());
  });
});

describe('Calendar: londonCalendar in working days', () => {
  it.each<[string, BankHolidayRegion, string, number, string]>([
    ['A2: 10 working days skip two weekends', 'england-and-wales', '2025-06-02T10:00:00Z', 10, '2025-06-16T22:59:59Z'],
    ['the day of receipt never counts, even a Saturday', 'england-and-wales', '2025-06-07T10:00:00Z', 1, '2025-06-09T22:59:59Z'],
    ['a Thursday 23:30 BST submission counts from Thursday', 'england-and-wales', '2025-06-05T22:30:00Z', 1, '2025-06-06T22:59:59Z'],
    ['a Friday 00:30 BST submission (Thursday in UTC) counts from Friday', 'england-and-wales', '2025-06-05T23:30:00Z', 1, '2025-06-09T22:59:59Z'],
    ['Christmas on a Saturday (2021): Mon 27, Tue 28 Dec and Mon 3 Jan are substitute days', 'england-and-wales', '2021-12-23T12:00:00Z', 5, '2022-01-04T23:59:59Z'],
    ['Scotland, 2021–22: 2 January (a Sunday) also gives Tue 4 Jan', 'scotland', '2021-12-23T12:00:00Z', 5, '2022-01-05T23:59:59Z'],
    ['Christmas on a Sunday (2022): Boxing Day keeps Mon 26, Christmas moves to Tue 27', 'england-and-wales', '2022-12-23T12:00:00Z', 3, '2022-12-30T23:59:59Z'],
    ['England and Wales: 2 January 2025 is a working day', 'england-and-wales', '2024-12-31T10:00:00Z', 1, '2025-01-02T23:59:59Z'],
    ['Scotland: 2 January 2025 is a bank holiday', 'scotland', '2024-12-31T10:00:00Z', 1, '2025-01-03T23:59:59Z'],
    ['England and Wales: St Patrick’s Day 2025 is a working day', 'england-and-wales', '2025-03-14T10:00:00Z', 1, '2025-03-17T23:59:59Z'],
    ['Northern Ireland: St Patrick’s Day 2025 (Monday) is a bank holiday', 'northern-ireland', '2025-03-14T10:00:00Z', 1, '2025-03-18T23:59:59Z'],
    ['Northern Ireland: St Patrick’s Day 2024 on a Sunday gives Mon 18 March', 'northern-ireland', '2024-03-15T10:00:00Z', 1, '2024-03-19T23:59:59Z'],
    ['Northern Ireland: the Boyne 2025 on a Saturday gives Mon 14 July', 'northern-ireland', '2025-07-11T10:00:00Z', 1, '2025-07-15T22:59:59Z'],
    ['Scotland: St Andrew’s Day 2025 on a Sunday gives Mon 1 December', 'scotland', '2025-11-28T10:00:00Z', 1, '2025-12-02T23:59:59Z'],
    ['England and Wales: Good Friday and Easter Monday 2025', 'england-and-wales', '2025-04-17T10:00:00Z', 2, '2025-04-23T22:59:59Z'],
    ['Scotland: Good Friday 2025 but no Easter Monday', 'scotland', '2025-04-17T10:00:00Z', 2, '2025-04-22T22:59:59Z'],
    ['2022: the Spring bank holiday moved from Mon 30 May to the Jubilee, Thu 2 and Fri 3 June', 'england-and-wales', '2022-05-27T10:00:00Z', 5, '2022-06-07T22:59:59Z'],
    ['Scotland: the World Cup bank holiday, Mon 15 June 2026', 'scotland', '2026-06-12T10:00:00Z', 1, '2026-06-16T22:59:59Z'],
    ['England and Wales: Mon 15 June 2026 is a working day', 'england-and-wales', '2026-06-12T10:00:00Z', 1, '2026-06-15T22:59:59Z'],
    ['beyond the shipped data (2036) only weekends are skipped', 'england-and-wales', '2036-12-24T10:00:00Z', 2, '2036-12-26T23:59:59Z'],
  ])('%s', (_rule, region, received, days, expected) => {
    // Act
    const deadline = workingDaysIn(region).deadline(new Date(received), days);
    // Assess
    expect(deadline.toISOString()).toBe(new Date(expected).toISOString());
  });

  it('an organisation’s extraHolidays are skipped too, in and beyond the shipped years', () => {
    // Prepare
    const calendar = workingDaysIn('england-and-wales', ['2025-06-09', '2036-12-25', '2036-12-26']);
    // Act
    const closedMonday = calendar.deadline(new Date('2025-06-06T10:00:00Z'), 1);
    const christmas2036 = calendar.deadline(new Date('2036-12-24T10:00:00Z'), 2);
    // Assess
    expect(closedMonday.toISOString()).toBe('2025-06-10T22:59:59.000Z');
    expect(christmas2036.toISOString()).toBe('2036-12-30T23:59:59.000Z');
  });
});

describe('Calendar: londonCalendar reminders', () => {
  it.each([
    ['7 days before a GMT deadline: 09:00 GMT', calendarDays, '2025-03-29T23:59:59Z', 7, '2025-03-22T09:00:00Z'],
    ['7 days before a BST deadline: 09:00 BST', calendarDays, '2025-04-29T22:59:59Z', 7, '2025-04-22T08:00:00Z'],
    ['2 days before 1 April lands on the day BST starts: 09:00 BST', calendarDays, '2025-04-01T22:59:59Z', 2, '2025-03-30T08:00:00Z'],
    ['3 days before 1 April is still GMT', calendarDays, '2025-04-01T22:59:59Z', 3, '2025-03-29T09:00:00Z'],
    ['2 days before a deadline just after BST ends is still BST', calendarDays, '2025-10-27T23:59:59Z', 2, '2025-10-25T08:00:00Z'],
    ['working days: 2 before a Tuesday is the Friday', workingDaysIn('england-and-wales'), '2025-06-10T22:59:59Z', 2, '2025-06-06T08:00:00Z'],
    ['working days: a deadline extended to a Sunday is reminded on the Friday', workingDaysIn('england-and-wales'), '2025-06-08T22:59:59Z', 0, '2025-06-06T08:00:00Z'],
    ['working days, England and Wales: 2 before Tue 22 April 2025 skip Easter', workingDaysIn('england-and-wales'), '2025-04-22T22:59:59Z', 2, '2025-04-16T08:00:00Z'],
    ['working days, Scotland: Easter Monday counts', workingDaysIn('scotland'), '2025-04-22T22:59:59Z', 2, '2025-04-17T08:00:00Z'],
  ])('%s', (_rule, calendar, deadline, daysBefore, expected) => {
    expect(calendar.reminderBefore(new Date(deadline), daysBefore).toISOString()).toBe(new Date(expected).toISOString());
  });

  it('uses the organisation’s reminder time in London, not in UTC', () => {
    // Prepare
    const calendar = londonCalendar({ days: 'calendar', bankHolidays: 'scotland', reminderTime: '08:30' });
    // Act
    const reminder = calendar.reminderBefore(new Date('2025-06-10T22:59:59Z'), 7);
    // Assess
    expect(reminder.toISOString()).toBe('2025-06-03T07:30:00.000Z');
  });

  it.each([
    ['skipped by the spring change (01:30 on 30 March 2025) goes an hour later, 02:30 BST', '2025-04-01T22:59:59Z', 2, '2025-03-30T01:30:00Z'],
    ['that happens twice in autumn (01:30 on 26 October 2025) goes at the second, 01:30 GMT', '2025-10-28T23:59:59Z', 2, '2025-10-26T01:30:00Z'],
  ])('a reminder time %s', (_case, deadline, daysBefore, expected) => {
    // Prepare: an organisation that (unwisely) reminds at 01:30
    const calendar = londonCalendar({ days: 'calendar', bankHolidays: 'england-and-wales', reminderTime: '01:30' });
    // Act
    const reminder = calendar.reminderBefore(new Date(deadline), daysBefore);
    // Assess
    expect(reminder.toISOString()).toBe(new Date(expected).toISOString());
  });

  it.each([
    ['the 1st weekly overdue reminder crosses the end of BST: 09:00 GMT', calendarDays, '2025-10-20T22:59:59Z', 1, 7, '2025-10-27T09:00:00Z'],
    ['the 2nd weekly overdue reminder is 14 days after the deadline', calendarDays, '2025-10-20T22:59:59Z', 2, 7, '2025-11-03T09:00:00Z'],
    ['an overdue reminder across the start of BST: 09:00 BST', calendarDays, '2025-03-25T23:59:59Z', 1, 7, '2025-04-01T08:00:00Z'],
    ['working days: a daily overdue reminder after a Friday deadline goes on Monday', workingDaysIn('england-and-wales'), '2025-06-06T22:59:59Z', 1, 1, '2025-06-09T08:00:00Z'],
    ['working days: the next daily one goes on Tuesday, not Monday again', workingDaysIn('england-and-wales'), '2025-06-06T22:59:59Z', 2, 1, '2025-06-10T08:00:00Z'],
    ['working days: 5 working days over Christmas 2021 and New Year 2022', workingDaysIn('england-and-wales'), '2021-12-23T23:59:59Z', 1, 5, '2022-01-04T09:00:00Z'],
  ])('%s', (_rule, calendar, deadline, n, everyDays, expected) => {
    expect(calendar.overdueReminder(new Date(deadline), n, everyDays).toISOString()).toBe(new Date(expected).toISOString());
  });
});

describe('Calendar: londonCalendar input checks', () => {
  it.each(['9:00', '24:00', '09:60', '0900'])('rejects reminderTime %s', (reminderTime) => {
    expect(() => londonCalendar({ days: 'calendar', bankHolidays: 'england-and-wales', reminderTime })).toThrow(RangeError);
  });

  it('rejects extraHolidays that are not YYYY-MM-DD', () => {
    expect(() => workingDaysIn('england-and-wales', ['25/12/2036'])).toThrow(RangeError);
  });

  it.each([
    ['a negative deadline', () => calendarDays.deadline(new Date('2025-06-01T00:00:00Z'), -1)],
    ['a fractional deadline', () => calendarDays.deadline(new Date('2025-06-01T00:00:00Z'), 1.5)],
    ['a negative reminder offset', () => calendarDays.reminderBefore(new Date('2025-06-01T00:00:00Z'), -2)],
    ['the 0th overdue reminder', () => calendarDays.overdueReminder(new Date('2025-06-01T00:00:00Z'), 0, 7)],
    ['overdue reminders every 0 days', () => calendarDays.overdueReminder(new Date('2025-06-01T00:00:00Z'), 1, 0)],
    ['an invalid start', () => calendarDays.deadline(new Date('not a date'), 28)],
  ])('rejects %s', (_case, act) => {
    expect(act).toThrow(RangeError);
  });
});

describe('Calendar: scaledCalendar', () => {
  // A 10-second day: 28 days last 280 s.
  const scaled = scaledCalendar(10);
  const start = new Date('2025-01-01T00:00:00Z');

  it('P6 in the demo: a 28-day clock ends 28 scaled days after receipt', () => {
    expect(scaled.deadline(start, 28).toISOString()).toBe('2025-01-01T00:04:40.000Z');
  });

  it('reminds 7 scaled days before the deadline', () => {
    expect(scaled.reminderBefore(new Date('2025-01-01T00:04:40Z'), 7).toISOString()).toBe('2025-01-01T00:03:30.000Z');
  });

  it('sends the 2nd weekly overdue reminder 14 scaled days after the deadline', () => {
    expect(scaled.overdueReminder(new Date('2025-01-01T00:04:40Z'), 2, 7).toISOString()).toBe('2025-01-01T00:07:00.000Z');
  });

  it('knows nothing of London: a one-day clock across the start of BST lasts exactly 24 h', () => {
    expect(scaledCalendar(86_400).deadline(new Date('2025-03-29T12:00:00Z'), 1).toISOString()).toBe('2025-03-30T12:00:00.000Z');
  });

  it('a fractional-second deadline is rounded up for the Wait state', () => {
    // Prepare: a half-second day makes a 3-day clock end 1.5 s after receipt.
    const halfSecondDays = scaledCalendar(0.5);
    // Act
    const deadline = halfSecondDays.deadline(start, 3);
    // Assess
    expect(toWaitTimestamp(deadline)).toBe('2025-01-01T00:00:02Z');
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('rejects a day of %s seconds', (daySeconds) => {
    expect(() => scaledCalendar(daySeconds)).toThrow(RangeError);
  });
});
