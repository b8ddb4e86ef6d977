import { describe, expect, it } from 'vitest';
import exampleOrganisation from '../../config/example-organisation.json';
import { DEFAULT_OFSTED_CONTACT, functionConfig, ladoFor, parseOrganisationConfig } from '../../lib/config/organisation';
import { londonCalendarWith } from '../../lambdas/domain/calendar';

type Example = typeof exampleOrganisation;
const example = (): Example => structuredClone(exampleOrganisation);

/** Runs the parser and returns its error message, failing the test if it parsed. */
function problemsWith(input: unknown): string {
  try {
    parseOrganisationConfig(input, 'test config');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('Config: parseOrganisationConfig', () => {
  it('the example organisation parses, with its settings, its staff and the defaults filled in', () => {
    // Act
    const org = parseOrganisationConfig(example());

    // Assess
    expect(org.settings.map((s) => s.id)).toEqual(['oak-street', 'willow-lane']);
    expect(org.staff).toHaveLength(9);
    expect(org.staff.every((s) => s.language === 'en')).toBe(true);
    expect(org.retentionYears).toBe(3);
    expect(org.calendar).toMatchObject({ days: 'calendar', bankHolidays: 'england-and-wales', reminderTime: '09:00' });
  });

  it('P10: without an Ofsted contact the seed’s details are used', () => {
    // Act
    const org = parseOrganisationConfig(example());

    // Assess
    expect(org.ofsted.address).toBe('Piccadilly Gate, Store Street, Manchester M1 2WD');
    expect(org.ofsted.phone).toBe('0300 123 1231');
  });

  it('P1/P7/A6: the organisation sets the targets the procedure leaves open; defaults are 5, 14 and 14 days', () => {
    // Prepare
    const configured = { ...example(), clocks: { keyPersonDays: 3, lineManagerDays: 21, agencyAppealDays: 28 } };
    const unset = { ...example(), clocks: undefined };

    // Act
    const org = parseOrganisationConfig(configured);
    const defaults = parseOrganisationConfig(unset);

    // Assess
    expect(org.clocks).toMatchObject({ keyPersonDays: 3, lineManagerDays: 21, agencyAppealDays: 28 });
    expect(defaults.clocks).toEqual({
      keyPersonDays: 5,
      lineManagerDays: 14,
      agencyAppealDays: 14,
      practiceReviewDays: 28,
      remindBeforeDays: [7, 2],
      overdueEveryDays: 7,
      maxExtensionDays: 28,
    });
  });

  it('a bad email address is refused, naming the staff member’s field', () => {
    // Prepare
    const input = example();
    input.staff[2]!.email = 'chloe.evans-at-acorn';

    // Act
    const message = problemsWith(input);

    // Assess
    expect(message).toContain('Invalid test config');
    expect(message).toMatch(/- staff\.2\.email: /);
  });

  it('a staff member in a setting that does not exist is refused, naming the field', () => {
    // Prepare
    const input = example();
    input.staff[0]!.settings = ['oak-street', 'elm-road'];

    // Act
    const message = problemsWith(input);

    // Assess
    expect(message).toContain('- staff.0.settings.1: no setting has the id "elm-road"');
  });

  it('a setting with no manager is refused, naming the setting', () => {
    // Prepare: Elena Popescu is Willow Lane's only manager (and its safeguarding lead).
    const input = example();
    input.staff = input.staff.filter((s) => s.id !== 'elena-popescu');

    // Act
    const message = problemsWith(input);

    // Assess
    expect(message).toContain('- staff: setting "willow-lane" has no settingManager');
    expect(message).toContain('- staff: setting "willow-lane" has no safeguardingLead');
    expect(message).not.toContain('"oak-street" has no');
  });

  it('P8/A6: an organisation without an owner or trustee to hear appeals is refused', () => {
    // Prepare
    const input = example();
    input.staff = input.staff.filter((s) => !s.roles.includes('owner'));

    // Act
    const message = problemsWith(input);

    // Assess
    expect(message).toContain('- staff: no owner/trustee: appeals (P8, A6) need one');
  });

  it('two staff members with the same id are refused, naming the second', () => {
    // Prepare
    const input = example();
    input.staff[1]!.id = 'amira-khan';

    // Act
    const message = problemsWith(input);

    // Assess
    expect(message).toContain('- staff.1.id: duplicate staff id "amira-khan"');
  });

  it.each([
    ['a zero-day key person target', { clocks: { keyPersonDays: 0 } }, 'clocks.keyPersonDays'],
    ['fewer than three years of retention (R3)', { retentionYears: 2 }, 'retentionYears'],
    ['a reminder time that is not HH:MM', { calendar: { reminderTime: '9am' } }, 'calendar.reminderTime'],
    ['an unknown role', { staff: [{ ...exampleOrganisation.staff[0], roles: ['headteacher'] }] }, 'staff.0.roles.0'],
  ])('%s is refused, naming %s', (_case, change, path) => {
    // Act
    const message = problemsWith({ ...example(), ...change });

    // Assess
    expect(message).toContain(`- ${path}: `);
  });

  it.each(['name', 'address', 'phone', 'email', 'web'] as const)(
    'P10: an empty Ofsted %s is refused: every Ofsted detail the pages and emails show must say something',
    (field) => {
      // Prepare
      const input = { ...example(), ofsted: { ...DEFAULT_OFSTED_CONTACT, [field]: '  ' } };

      // Act
      const message = problemsWith(input);

      // Assess
      expect(message).toContain(`- ofsted.${field}: `);
    },
  );

  it('P3: the LADO contact is given to staff in allegation alerts: a setting with none (neither its own nor the organisation\'s) is refused, naming it', () => {
    // Prepare
    const { lado: _lado, ...withoutLado } = example();
    const oakOwn = { ...withoutLado, settings: [{ ...withoutLado.settings[0]!, lado: { name: 'Leeds LADO', phone: '0113 496 0000' } }, withoutLado.settings[1]!] };

    // Act
    const message = problemsWith(oakOwn);

    // Assess
    expect(message).toContain('- settings.1.lado: setting "willow-lane" has no LADO contact');
    expect(message).not.toContain('settings.0.lado');
    expect(ladoFor(parseOrganisationConfig(example()), 'oak-street')?.phone).toBe('0113 496 0123');
    expect(ladoFor(parseOrganisationConfig({ ...oakOwn, lado: example().lado }), 'oak-street')?.phone).toBe('0113 496 0000');
  });

  it('P3: a staff list in which an allegation at a setting could reach fewer than two people who are not the accused is refused, naming the setting and the case', () => {
    // Prepare: the line manager no longer covers Willow Lane, whose manager is also its lead.
    const input = example();
    input.staff = input.staff.map((member) => (member.id === 'gareth-price' ? { ...member, settings: ['oak-street'] } : member));

    // Act
    const message = problemsWith(input);

    // Assess
    expect(message).toMatch(/setting "willow-lane": an allegation would alert fewer than 2 people who are not the accused \(when it is about elena-popescu[,)]/);
    expect(message).not.toContain('setting "oak-street": an allegation');
  });
});

describe('Config: functionConfig', () => {
  it('compiles the region’s bank holidays into a working-day organisation’s functions, and none into a calendar-day one’s, whose deadlines are the same without them', () => {
    // Prepare
    const calendarDays = parseOrganisationConfig(example());
    const workingDays = parseOrganisationConfig({ ...example(), calendar: { ...example().calendar, days: 'working' } });
    // 24 December 2026: the last day of 14 counts Christmas and Boxing Day, or not.
    const received = new Date('2026-12-24T10:00:00Z');

    // Act
    const compiledCalendar = functionConfig(calendarDays);
    const compiledWorking = functionConfig(workingDays);

    // Assess
    expect(compiledCalendar.bankHolidayDates).toEqual([]);
    expect(compiledWorking.bankHolidayDates).toContain('2026-12-25');
    expect(londonCalendarWith(compiledCalendar.calendar, compiledCalendar.bankHolidayDates).deadline(received, 14).toISOString()).toBe(
      londonCalendarWith(calendarDays.calendar, compiledWorking.bankHolidayDates).deadline(received, 14).toISOString(),
    );
    expect(londonCalendarWith(compiledWorking.calendar, compiledWorking.bankHolidayDates).deadline(received, 14).toISOString()).not.toBe(
      londonCalendarWith(compiledWorking.calendar, []).deadline(received, 14).toISOString(),
    );
  });
});
