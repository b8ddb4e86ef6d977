import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAYS, BANK_HOLIDAY_YEARS, type BankHolidayRegion } from '../../lambdas/domain/bank-holidays';
import { renderModule } from '../../scripts/generate-bank-holidays';

const REGIONS = Object.keys(BANK_HOLIDAYS) as BankHolidayRegion[];
const inYear = (region: BankHolidayRegion, year: number) => BANK_HOLIDAYS[region].filter((date) => date.startsWith(`${year}-`));
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('Calendar: shipped bank holidays', () => {
  // Whole years as published on gov.uk/bank-holidays, typed in by hand.
  it.each<[BankHolidayRegion, number, string[]]>([
    ['england-and-wales', 2020, ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28']],
    ['england-and-wales', 2021, ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28']],
    ['england-and-wales', 2022, ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27']],
    ['england-and-wales', 2023, ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26']],
    ['scotland', 2022, ['01-03', '01-04', '04-15', '05-02', '06-02', '06-03', '08-01', '09-19', '11-30', '12-26', '12-27']],
    ['scotland', 2024, ['01-01', '01-02', '03-29', '05-06', '05-27', '08-05', '12-02', '12-25', '12-26']],
    ['scotland', 2026, ['01-01', '01-02', '04-03', '05-04', '05-25', '06-15', '08-03', '11-30', '12-25', '12-28']],
    ['northern-ireland', 2024, ['01-01', '03-18', '03-29', '04-01', '05-06', '05-27', '07-12', '08-26', '12-25', '12-26']],
    ['northern-ireland', 2025, ['01-01', '03-17', '04-18', '04-21', '05-05', '05-26', '07-14', '08-25', '12-25', '12-26']],
  ])('%s %i matches the published list', (region, year, monthDays) => {
    expect(inYear(region, year)).toEqual(monthDays.map((monthDay) => `${year}-${monthDay}`));
  });

  // Substitute days in years nobody has published yet, worked out from the rule: a fixed day
  // on a weekend gives the next weekday not already a bank holiday.
  it.each<[string, BankHolidayRegion, string, number, string[]]>([
    ['Christmas on a Saturday gives Mon 27 and Tue 28', 'england-and-wales', '2032-12-25', 6, ['2032-12-27', '2032-12-28']],
    ['Christmas on a Sunday: Boxing Day keeps Mon 26, Christmas takes Tue 27', 'northern-ireland', '2033-12-25', 0, ['2033-12-26', '2033-12-27']],
    ['Scotland, New Year on a Saturday: Mon 3 and Tue 4 January', 'scotland', '2028-01-01', 6, ['2028-01-03', '2028-01-04']],
    ['Scotland, New Year on a Sunday: 2 January keeps Monday, New Year takes Tue 3', 'scotland', '2034-01-01', 0, ['2034-01-02', '2034-01-03']],
    ['England and Wales, New Year on a Sunday: Mon 2 January only', 'england-and-wales', '2034-01-01', 0, ['2034-01-02']],
  ])('%s', (_rule, region, fixedDay, weekday, expected) => {
    // Prepare: the premise of the case, and the five days from the fixed day on
    expect(weekdayOf(fixedDay)).toBe(weekday);
    const windowEnd = new Date(Date.parse(`${fixedDay}T00:00:00Z`) + 4 * 86_400_000).toISOString().slice(0, 10);
    // Act
    const holidays = BANK_HOLIDAYS[region].filter((date) => date >= fixedDay && date <= windowEnd);
    // Assess
    expect(holidays).toEqual(expected);
  });

  it.each(REGIONS)('%s: every day is a weekday, in order, once, within the shipped years', (region) => {
    const dates = BANK_HOLIDAYS[region];
    expect(dates.every((date) => weekdayOf(date) !== 0 && weekdayOf(date) !== 6)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates[0]?.startsWith(`${BANK_HOLIDAY_YEARS.first}-`)).toBe(true);
    expect(dates.at(-1)?.startsWith(`${BANK_HOLIDAY_YEARS.last}-`)).toBe(true);
  });

  // 8 regular days in England and Wales, 9 in Scotland, 10 in Northern Ireland, plus the
  // proclaimed extras (2022: Jubilee Friday + State Funeral; 2023: Coronation; 2026: World
  // Cup, Scotland only).
  it.each(REGIONS)('%s has its regular number of days each year, plus the proclaimed ones', (region) => {
    const regular = { 'england-and-wales': 8, scotland: 9, 'northern-ireland': 10 }[region];
    const extra = (year: number) => ({ 2022: 2, 2023: 1, 2026: region === 'scotland' ? 1 : 0 })[year] ?? 0;
    for (let year = BANK_HOLIDAY_YEARS.first; year <= BANK_HOLIDAY_YEARS.last; year += 1) {
      expect(inYear(region, year), `${region} ${year}`).toHaveLength(regular + extra(year));
    }
  });

  it('the shipped file is exactly what scripts/generate-bank-holidays.ts writes', () => {
    const shipped = readFileSync(new URL('../../lambdas/domain/bank-holidays.ts', import.meta.url), 'utf8');
    expect(shipped).toBe(renderModule(BANK_HOLIDAY_YEARS.first, BANK_HOLIDAY_YEARS.last));
  });
});
