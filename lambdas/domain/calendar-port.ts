/**
 * How the clocks turn days into moments. Two implementations live in `calendar.ts`:
 * the real one (days in Europe/London, calendar or working days with UK bank holidays) and
 * a scaled one for the embedded default (`--day-seconds`), where a day lasts N seconds so a
 * person can watch a complaint be reminded and escalated in minutes.
 */
export interface Calendar {
  /**
   * When a clock of `days` days measured from `start` ends. Real calendar: 23:59:59
   * Europe/London on the Nth (calendar or working) day after the day of `start`.
   */
  deadline(start: Date, days: number): Date;
  /**
   * When to remind the responsible person `daysBefore` days before `deadline`: at a
   * working-hours time (09:00 Europe/London by default), never in the night.
   */
  reminderBefore(deadline: Date, daysBefore: number): Date;
  /**
   * The nth (1-based) overdue reminder after `deadline` lapsed, every `everyDays` days, at a
   * working-hours time.
   */
  overdueReminder(deadline: Date, n: number, everyDays: number): Date;
  /**
   * How many days after `deadline` a duty done at `done` was: 0 when in time. Real calendar:
   * calendar days between the two London dates, whatever the organisation counts its clocks in.
   */
  daysLate(deadline: Date, done: Date): number;
}

/** Step Functions Wait timestamps: UTC with `Z` and no milliseconds (rounded up). */
export function toWaitTimestamp(moment: Date): string {
  const seconds = Math.ceil(moment.getTime() / 1000);
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}
