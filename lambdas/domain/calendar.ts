/**
 * The one place deadlines and reminder times are computed (architecture.md, "One source of
 * truth"). Days are counted on the Europe/London wall calendar, not in 24-hour blocks, so a
 * late-evening submission or a clock change never shifts which day a deadline falls on.
 *
 * Local dates travel as 'YYYY-MM-DD' strings; only the Intl time-zone data turns them into
 * instants, so no date library is needed.
 */
import { BANK_HOLIDAYS, type BankHolidayRegion } from './bank-holidays';
import type { Calendar } from './calendar-port';

export interface LondonCalendarOptions {
  days: 'calendar' | 'working';
  bankHolidays: BankHolidayRegion;
  /** Europe/London wall-clock time ('HH:MM') at which staff reminders go out. */
  reminderTime: string;
  /**
   * Further non-working days ('YYYY-MM-DD'): closures of the organisation, or bank holidays
   * proclaimed after the shipped data was generated. The shipped data covers 2020–2035;
   * beyond it working days skip weekends only unless listed here.
   */
  extraHolidays?: readonly string[];
}

const DAY_MS = 86_400_000;
const END_OF_DAY = { hours: 23, minutes: 59, seconds: 59 };

/**
 * Made on first use, not at import: building a formatter for a time zone loads ICU's zone
 * data, about 15 ms of a cold start, which functions that never compute a date (the names,
 * the directory's lists) would otherwise pay too.
 */
let london: Intl.DateTimeFormat | undefined;

function londonFormat(): Intl.DateTimeFormat {
  london ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return london;
}

function londonFields(moment: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts = Object.fromEntries(londonFormat().formatToParts(moment).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The Europe/London calendar date of an instant, as 'YYYY-MM-DD'. */
export function londonDate(moment: Date): string {
  const { year, month, day } = londonFields(moment);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How far London's wall clock is ahead of UTC at `epochMs` (0 in GMT, 1 h in BST). */
function londonOffsetMs(epochMs: number): number {
  const f = londonFields(new Date(epochMs));
  const wallClockAsUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return wallClockAsUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant at which London's wall clock shows `time` on `date`. The offset is read a
 * second time at the first guess so that a time skipped by the spring change (01:00–01:59)
 * comes out an hour later rather than an hour earlier; a time that happens twice in autumn
 * comes out as its second (GMT) occurrence.
 */
function londonInstant(date: string, time: { hours: number; minutes: number; seconds: number }): Date {
  const wallClockAsUtc = Date.parse(`${date}T00:00:00Z`) + ((time.hours * 60 + time.minutes) * 60 + time.seconds) * 1000;
  const guess = wallClockAsUtc - londonOffsetMs(wallClockAsUtc);
  return new Date(wallClockAsUtc - londonOffsetMs(guess));
}

/** The instant a London calendar day ('YYYY-MM-DD') begins: a period "from 1 April" starts here. */
export function londonDayStart(date: string): Date {
  return londonInstant(date, { hours: 0, minutes: 0, seconds: 0 });
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function requireWholeDays(name: string, value: number, minimum: 0 | 1): void {
  if (!Number.isInteger(value) || value < minimum) {
    throw new RangeError(`${name} must be a whole number of days ≥ ${minimum}, got ${value}`);
  }
}

function parseReminderTime(reminderTime: string): { hours: number; minutes: number; seconds: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(reminderTime);
  if (!match) throw new RangeError(`reminderTime must be HH:MM (24-hour), got '${reminderTime}'`);
  return { hours: Number(match[1]), minutes: Number(match[2]), seconds: 0 };
}

export function londonCalendar(options: LondonCalendarOptions): Calendar {
  return londonCalendarWith(options, BANK_HOLIDAYS[options.bankHolidays]);
}

/**
 * The same calendar, given its region's bank holidays rather than the region: the functions
 * have them in their configuration (lib/config functionConfig), one region's only, and call
 * this, so that their bundles leave the three regions' table out.
 */
export function londonCalendarWith(options: Omit<LondonCalendarOptions, 'bankHolidays'>, bankHolidays: readonly string[]): Calendar {
  const reminderTime = parseReminderTime(options.reminderTime);
  for (const date of options.extraHolidays ?? []) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`extraHolidays must be YYYY-MM-DD, got '${date}'`);
  }
  const holidays = new Set([...bankHolidays, ...(options.extraHolidays ?? [])]);
  const workingDaysOnly = options.days === 'working';
  const counts = (date: string) => !workingDaysOnly || (!isWeekend(date) && !holidays.has(date));

  /** Moves `days` counted days away from `date` (back when negative); `date` itself never counts. */
  const step = (date: string, days: number): string => {
    let current = date;
    for (let left = Math.abs(days); left > 0; ) {
      current = addDays(current, Math.sign(days));
      if (counts(current)) left -= 1;
    }
    return current;
  };

  return {
    deadline(start, days) {
      requireWholeDays('days', days, 0);
      return londonInstant(step(londonDate(start), days), END_OF_DAY);
    },
    reminderBefore(deadline, daysBefore) {
      requireWholeDays('daysBefore', daysBefore, 0);
      // A deadline moved by hand (an extension) may end on a non-working day; a reminder
      // then goes on the working day before, never after.
      let date = step(londonDate(deadline), -daysBefore);
      while (!counts(date)) date = addDays(date, -1);
      return londonInstant(date, reminderTime);
    },
    overdueReminder(deadline, n, everyDays) {
      requireWholeDays('n', n, 1);
      requireWholeDays('everyDays', everyDays, 1);
      // Counting working days forward always lands on a working day, and spaces the
      // reminders so two never fall on the same Monday after a weekend.
      return londonInstant(step(londonDate(deadline), n * everyDays), reminderTime);
    },
    daysLate(deadline, done) {
      return Math.max(0, londonDaysBetween(deadline, done));
    },
  };
}

/**
 * The embedded demo's calendar: a "day" lasts `daySeconds` seconds, so a person can watch a
 * complaint be reminded and escalated in minutes. Wall-clock rules do not apply.
 */
export function scaledCalendar(daySeconds: number): Calendar {
  if (!(daySeconds > 0) || !Number.isFinite(daySeconds)) {
    throw new RangeError(`daySeconds must be a positive number, got ${daySeconds}`);
  }
  const after = (moment: Date, days: number) => new Date(moment.getTime() + days * daySeconds * 1000);
  return {
    deadline: (start, days) => after(start, days),
    reminderBefore: (deadline, daysBefore) => after(deadline, -daysBefore),
    overdueReminder: (deadline, n, everyDays) => after(deadline, n * everyDays),
    daysLate: (deadline, done) => Math.max(0, Math.ceil((done.getTime() - deadline.getTime()) / (daySeconds * 1000))),
  };
}

/** 23:59:59 Europe/London on a 'YYYY-MM-DD' date: the end of that day in England. */
export function londonEndOfDay(date: string): Date {
  return londonInstant(date, END_OF_DAY);
}

/**
 * A wall-clock time in London on a day ('2026-07-01', '23:59:59') as an ISO timestamp with
 * London's offset then ('2026-07-01T23:59:59+01:00'), wherever the code runs: how the console
 * sends a day and time typed in England. It names the same instant as londonInstant (a time
 * the spring change skips comes out an hour later), written in the wall time that was typed.
 */
export function londonDateTime(date: string, time: string): string {
  const [hours = 0, minutes = 0, seconds = 0] = time.split(':').map(Number);
  const wallClockAsUtc = Date.parse(`${date}T${time}Z`);
  const offsetMinutes = Math.round((wallClockAsUtc - londonInstant(date, { hours, minutes, seconds }).getTime()) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${date}T${time}${sign}${hh}:${mm}`;
}

/** Whole London calendar days from the day of `from` to the day of `to` (negative when earlier). */
export function londonDaysBetween(from: Date, to: Date): number {
  return Math.round((Date.parse(`${londonDate(to)}T00:00:00Z`) - Date.parse(`${londonDate(from)}T00:00:00Z`)) / DAY_MS);
}
