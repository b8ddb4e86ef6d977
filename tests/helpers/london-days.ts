/**
 * Days in England for the e2e and browser tests, which run against the embedded default's
 * real clock: the server counts dates by the Europe/London calendar, so a test that names a
 * day must name it the same way (not by UTC, an hour behind all summer), and a test that must
 * stay within one day must not start just before midnight. Worked out with Intl here, apart
 * from the calendar module the server uses, so that an expected day does not share its bugs.
 */

/** The Europe/London calendar date of a moment, as 'YYYY-MM-DD'. */
export const londonDay = (at: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** A 'YYYY-MM-DD' date moved by whole calendar days (negative: back), months and years rolling over. */
export function addCalendarDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The same day of the month a year earlier; 29 February falls back to 1 March. */
export function aYearBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year - 1, month - 1, day)).toISOString().slice(0, 10);
}

/** Milliseconds until the next midnight on London's wall clock (no clock change falls near midnight). */
export function msToLondonMidnight(now: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(now)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<'hour' | 'minute' | 'second', number>;
  const sinceMidnight = ((parts.hour * 60 + parts.minute) * 60 + parts.second) * 1000 + now.getUTCMilliseconds();
  return 86_400_000 - sinceMidnight;
}

/**
 * For a test whose assertions hold within one London day (a daily limit, a day's period):
 * when fewer than `marginMs` remain of today, waits until tomorrow has begun, so that the
 * test's requests all fall on one day. At most `marginMs` lost, at most once a day.
 */
export async function clearOfLondonMidnight(marginMs: number): Promise<void> {
  const left = msToLondonMidnight(new Date());
  if (left < marginMs) await new Promise((resolve) => setTimeout(resolve, left + 1_000));
}
