import { describe, expect, it } from 'vitest';
import {
  CLASSIFICATIONS,
  DEFAULT_CLOCK_POLICY,
  LEVELS,
  LEVEL_IDS,
  TRACKS,
  daysFor,
  levelsOf,
  reminderOffsetsFor,
  routeAgencyComplaint,
  routeParentComplaint,
  type ClockPolicy,
  type LevelId,
} from '../../lambdas/domain/procedure';

const policy = (targets: Partial<ClockPolicy['targets']> = {}, remindBeforeDays: number[] = [7, 2]): ClockPolicy => ({
  targets: { keyPersonDays: 5, lineManagerDays: 14, agencyAppealDays: 14, ...targets },
  remindBeforeDays,
  overdueEveryDays: 7,
  maxExtensionDays: 28,
});

describe('Domain: procedure table', () => {
  it.each(LEVEL_IDS.map((id) => [id]))('%s: onDone, onLapse and onNotSatisfied stay on its own track', (id) => {
    // Prepare
    const definition = LEVELS[id as LevelId];
    const targets = [definition.onDone, definition.onLapse, definition.onNotSatisfied].filter(
      (target): target is LevelId => target !== null,
    );

    // Act
    const tracks = targets.map((target) => LEVELS[target].track);

    // Assess
    expect(definition.id).toBe(id);
    for (const track of tracks) expect(track).toBe(definition.track);
  });

  it('walks each track in procedure order, and every level is on exactly one track but the practice review, on both (R4)', () => {
    // Act
    const parent = levelsOf('parent').map((d) => d.id);
    const agency = levelsOf('agency').map((d) => d.id);

    // Assess
    expect(parent).toEqual(['keyPerson', 'settingManager', 'lineManager', 'owners', 'practiceReview']);
    expect(agency).toEqual([
      'agencyAcknowledgement',
      'agencyMeeting',
      'lineManagerAcknowledgement',
      'lineManagerReport',
      'agencyAppeal',
      'practiceReview',
    ]);
    expect(TRACKS.flatMap((track) => levelsOf(track)).length).toBe(LEVEL_IDS.length + TRACKS.length - 1);
  });

  it('escalation on lapse never loops back: following onLapse from any level ends at null', () => {
    for (const id of LEVEL_IDS) {
      // Prepare
      const seen = new Set<LevelId>();
      let current: LevelId | null = id;

      // Act
      while (current && !seen.has(current)) {
        seen.add(current);
        current = LEVELS[current].onLapse;
      }

      // Assess
      expect(current, `onLapse from ${id} loops`).toBeNull();
    }
  });

  it.each([
    ['P6: the setting manager answers within 28 days of receiving it (on entering the level: at intake, or when it comes up from the key person, P4)', 'settingManager', 28, 'entry'],
    ['P8: the owners answer an appeal within a further 14 days', 'owners', 14, 'entry'],
    ['A2: an agency complaint is acknowledged in writing within 10 days of receipt', 'agencyAcknowledgement', 10, 'receipt'],
    ['A3: the manager investigates and meets within 28 days of receipt', 'agencyMeeting', 28, 'receipt'],
    ['A5: the line manager acknowledges the letter within 5 days', 'lineManagerAcknowledgement', 5, 'entry'],
  ] as const)('%s', (_rule, id, days, clockStart) => {
    // Act
    const definition = LEVELS[id];

    // Assess
    expect(definition.days).toBe(days);
    expect(definition.clockStart).toBe(clockStart);
    expect(daysFor(definition, policy({ keyPersonDays: 99, lineManagerDays: 99, agencyAppealDays: 99 }))).toBe(days);
  });

  it('A5: the line manager reports back within 14 days of the same letter, not of the acknowledgement', () => {
    // Act
    const report = LEVELS.lineManagerReport;

    // Assess
    expect(report.days).toBe(14);
    expect(report.clockStart).toEqual({ entryOf: 'lineManagerAcknowledgement' });
    expect(LEVELS.lineManagerAcknowledgement.onDone).toBe('lineManagerReport');
    expect(LEVELS.lineManagerAcknowledgement.onLapse).toBe('lineManagerReport');
  });

  it.each([
    ['P1: the key person level uses the organisation target', 'keyPerson', 'keyPersonDays', 3],
    ['P7: the line manager level uses the organisation target', 'lineManager', 'lineManagerDays', 21],
    ['A6: the agency appeal uses the organisation target', 'agencyAppeal', 'agencyAppealDays', 30],
  ] as const)('%s', (_rule, id, target, configured) => {
    // Prepare
    const configuredPolicy = policy({ [target]: configured });

    // Act
    const days = daysFor(LEVELS[id], configuredPolicy);

    // Assess
    expect(LEVELS[id].days).toBe(target);
    expect(days).toBe(configured);
    expect(daysFor(LEVELS[id], DEFAULT_CLOCK_POLICY)).toBe(id === 'keyPerson' ? 5 : 14);
  });

  it('A3 runs from receipt alongside A2: A2 hands over to A3 whether done or lapsed', () => {
    // Assess
    expect(LEVELS.agencyAcknowledgement.onDone).toBe('agencyMeeting');
    expect(LEVELS.agencyAcknowledgement.onLapse).toBe('agencyMeeting');
    expect(LEVELS.agencyMeeting.clockStart).toBe('receipt');
  });

  it('A4/A5/A6: no agreement after the meeting leads to the line manager, then to the owners', () => {
    // Assess
    expect(LEVELS.agencyMeeting.rules).toContain('A4');
    expect(LEVELS.agencyMeeting.onNotSatisfied).toBe('lineManagerAcknowledgement');
    expect(LEVELS.lineManagerReport.onNotSatisfied).toBe('agencyAppeal');
    expect(LEVELS.agencyAppeal.responsible).toBe('owner');
    expect(LEVELS.agencyAppeal.onNotSatisfied).toBeNull();
    expect(LEVELS.agencyAppeal.onLapse).toBeNull();
  });

  it('P4, P7, P8: a parent not satisfied moves key person → setting manager → line manager → owners, then Ofsted (P9)', () => {
    // Assess
    expect(LEVELS.keyPerson.onNotSatisfied).toBe('settingManager');
    expect(LEVELS.settingManager.onNotSatisfied).toBe('lineManager');
    expect(LEVELS.lineManager.onNotSatisfied).toBe('owners');
    expect(LEVELS.owners.onNotSatisfied).toBeNull();
    expect(LEVELS.owners.onLapse).toBeNull();
    expect(LEVELS.owners.responsible).toBe('owner');
  });
});

describe('Domain: routeParentComplaint', () => {
  it('P3: an allegation of serious harm by staff has no clock and alerts the safeguarding lead and the manager', () => {
    // Act
    const routing = routeParentComplaint({ classification: 'complaint', about: 'keyPerson', allegationOfHarm: true });

    // Assess
    expect(routing.kind).toBe('allegation');
    expect(routing).toEqual({ kind: 'allegation', alert: ['safeguardingLead', 'settingManager'] });
  });

  it('P3: an allegation wins over every other routing, even a concern about the service', () => {
    // Act
    const routing = routeParentComplaint({ classification: 'concern', about: 'service', allegationOfHarm: true });

    // Assess
    expect(routing.kind).toBe('allegation');
  });

  it.each([
    ['P4: a complaint about the key person goes to the setting manager', 'complaint', 'keyPerson', 'settingManager'],
    ['P4: a concern about the key person goes to the setting manager', 'concern', 'keyPerson', 'settingManager'],
    ['P4: a complaint about other staff goes to the setting manager', 'complaint', 'otherStaff', 'settingManager'],
    ['P7: a complaint about the setting manager goes to the line manager', 'complaint', 'manager', 'lineManager'],
    ['P7: a concern about the setting manager goes to the line manager', 'concern', 'manager', 'lineManager'],
    ['P1: a concern about the service is first for the key person', 'concern', 'service', 'keyPerson'],
    ['P5/P6: a complaint about the service goes to the setting manager', 'complaint', 'service', 'settingManager'],
  ] as const)('%s', (_rule, classification, about, level) => {
    // Act
    const routing = routeParentComplaint({ classification, about, allegationOfHarm: false });

    // Assess
    expect(routing).toEqual({ kind: 'clock', level });
  });
});

describe('Domain: classification', () => {
  it('P2: a record is either a concern about the quality of the service or practice, or a complaint, and routing depends on it', () => {
    // Act
    const concern = routeParentComplaint({ classification: 'concern', about: 'service', allegationOfHarm: false });
    const complaint = routeParentComplaint({ classification: 'complaint', about: 'service', allegationOfHarm: false });

    // Assess
    expect(CLASSIFICATIONS).toEqual(['concern', 'complaint']);
    expect(concern).not.toEqual(complaint);
  });
});

describe('Domain: routeAgencyComplaint', () => {
  it('A1/A2: an agency complaint goes to the setting manager, starting with the written acknowledgement', () => {
    // Act
    const routing = routeAgencyComplaint({ allegationOfHarm: false });

    // Assess
    expect(routing).toEqual({ kind: 'clock', level: 'agencyAcknowledgement' });
    expect(LEVELS.agencyAcknowledgement.responsible).toBe('settingManager');
    expect(LEVELS.agencyAcknowledgement.duty).toBe('acknowledgement');
  });

  it('P3: an agency allegation of serious harm leaves the procedure too', () => {
    // Act
    const routing = routeAgencyComplaint({ allegationOfHarm: true });

    // Assess
    expect(routing).toEqual({ kind: 'allegation', alert: ['safeguardingLead', 'settingManager'] });
  });
});

describe('Domain: reminderOffsetsFor', () => {
  it.each([
    ['P6: a 28-day clock is reminded 7 and 2 days before', 28, [7, 2], [7, 2]],
    ['A5: a 5-day clock is not reminded 7 days before', 5, [7, 2], [2]],
    ['a 7-day clock is not reminded on its first day', 7, [7, 2], [2]],
    ['a 2-day clock gets no reminder at all', 2, [7, 2], []],
    ['offsets are de-duplicated and the earliest reminder comes first', 28, [2, 14, 7, 2], [14, 7, 2]],
    ['a zero offset is never a reminder', 28, [0, 3], [3]],
  ] as const)('%s', (_case, days, offsets, expected) => {
    // Act
    const result = reminderOffsetsFor(days, policy({}, [...offsets]));

    // Assess
    expect(result).toEqual(expected);
  });
});
