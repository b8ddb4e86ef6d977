import { describe, expect, it } from 'vitest';
import { londonCalendar } from '../../lambdas/domain/calendar';
import type { Calendar } from '../../lambdas/domain/calendar-port';
import type { Complaint, ComplaintAggregate, LevelClock } from '../../lambdas/domain/complaint';
import {
  clockStateOf,
  displayStateOf,
  enterLevel,
  planLevel,
  settleCurrentLevel,
  type ClockRules,
} from '../../lambdas/domain/levels';
import type { ClockPolicy, LevelId, Track } from '../../lambdas/domain/procedure';
import { storedComplaint } from '../helpers/submissions';

// Expected instants are worked out by hand. London is on GMT (UTC+0) until 01:00 UTC on
// Sunday 29 March 2026 and on BST (UTC+1) after it, so 23:59:59 London is 23:59:59Z before
// and 22:59:59Z after, and 09:00 London is 09:00Z before and 08:00Z after.

const policy: ClockPolicy = {
  targets: { keyPersonDays: 5, lineManagerDays: 14, agencyAppealDays: 14 },
  remindBeforeDays: [7, 2],
  overdueEveryDays: 7,
  maxExtensionDays: 28,
};
const rules: ClockRules = {
  calendar: londonCalendar({ days: 'calendar', bankHolidays: 'england-and-wales', reminderTime: '09:00' }),
  policy,
};

const RECEIVED = '2026-03-02T10:00:00Z';

function aggregateOf(track: Track, levels: LevelClock[] = [], complaint: Partial<Complaint> = {}): ComplaintAggregate {
  return {
    complaint: storedComplaint({ track, receivedAt: new Date(RECEIVED).toISOString(), ...complaint }),
    levels: Object.fromEntries(levels.map((clock) => [clock.level, clock])),
  };
}

function clockOf(level: LevelId, overrides: Partial<LevelClock> = {}): LevelClock {
  return {
    complaintId: 'K7QM-4XRT',
    level,
    enteredAt: new Date(RECEIVED).toISOString(),
    statutoryDeadlineAt: '2026-03-30T22:59:59Z',
    deadlineAt: '2026-03-30T22:59:59Z',
    reminders: ['2026-03-23T09:00:00Z', '2026-03-28T09:00:00Z'],
    remindersSent: 0,
    overdueSent: 0,
    attempt: 0,
    ...overrides,
  };
}

describe('Domain: planLevel', () => {
  it('P6: a complaint received 2 March 2026 10:00 is due by 23:59:59 BST on 30 March, reminded 7 and 2 days before at 09:00', () => {
    // Prepare
    const aggregate = aggregateOf('parent');

    // Act
    const clock = planLevel(aggregate, 'settingManager', new Date(RECEIVED), rules);

    // Assess
    expect(clock).toEqual({
      complaintId: 'K7QM-4XRT',
      level: 'settingManager',
      enteredAt: '2026-03-02T10:00:00.000Z',
      statutoryDeadlineAt: '2026-03-30T22:59:59Z',
      deadlineAt: '2026-03-30T22:59:59Z',
      reminders: ['2026-03-23T09:00:00Z', '2026-03-28T09:00:00Z'],
      remindersSent: 0,
      overdueSent: 0,
      attempt: 0,
    });
  });

  it('P1: the key person level runs the organisation target (5 days) and is not reminded 7 days before', () => {
    // Prepare
    const aggregate = aggregateOf('parent');

    // Act
    const clock = planLevel(aggregate, 'keyPerson', new Date(RECEIVED), rules);

    // Assess
    expect(clock.deadlineAt).toBe('2026-03-07T23:59:59Z');
    expect(clock.reminders).toEqual(['2026-03-05T09:00:00Z']);
  });

  it('P1: a different organisation target moves the key person deadline', () => {
    // Prepare
    const aggregate = aggregateOf('parent');
    const threeDays: ClockRules = { ...rules, policy: { ...policy, targets: { ...policy.targets, keyPersonDays: 3 } } };

    // Act
    const clock = planLevel(aggregate, 'keyPerson', new Date(RECEIVED), threeDays);

    // Assess
    expect(clock.deadlineAt).toBe('2026-03-05T23:59:59Z');
    expect(clock.reminders).toEqual(['2026-03-03T09:00:00Z']);
  });

  it('P8: an appeal entered on 1 April 2026 is due 14 days after entry, with reminders at 09:00 BST (08:00Z)', () => {
    // Prepare
    const aggregate = aggregateOf('parent');

    // Act
    const clock = planLevel(aggregate, 'owners', new Date('2026-04-01T12:00:00Z'), rules);

    // Assess
    expect(clock.enteredAt).toBe('2026-04-01T12:00:00.000Z');
    expect(clock.deadlineAt).toBe('2026-04-15T22:59:59Z');
    expect(clock.reminders).toEqual(['2026-04-08T08:00:00Z', '2026-04-13T08:00:00Z']);
  });

  it('P4, P6: a matter that comes up to the manager on 25 March has its 28 days from then, not from first contact', () => {
    // Prepare
    const aggregate = aggregateOf('parent');

    // Act
    const clock = planLevel(aggregate, 'settingManager', new Date('2026-03-25T10:00:00Z'), rules);

    // Assess: 25 March + 28 days is 22 April, BST
    expect(clock.deadlineAt).toBe('2026-04-22T22:59:59Z');
    expect(clock.reminders).toEqual(['2026-04-15T08:00:00Z', '2026-04-20T08:00:00Z']);
  });

  it('A3: a receipt-based clock entered late keeps its deadline from receipt and drops reminders before entry', () => {
    // Prepare
    const aggregate = aggregateOf('agency');

    // Act
    const clock = planLevel(aggregate, 'agencyMeeting', new Date('2026-03-25T10:00:00Z'), rules);

    // Assess
    expect(clock.deadlineAt).toBe('2026-03-30T22:59:59Z');
    expect(clock.reminders).toEqual(['2026-03-28T09:00:00Z']);
  });

  it('drops a reminder the calendar would place at or after the deadline', () => {
    // Prepare: a calendar port whose reminders land after the deadline.
    const lateReminders: Calendar = {
      deadline: (start, days) => new Date(start.getTime() + days * 86_400_000),
      reminderBefore: (deadline) => new Date(deadline.getTime() + 3_600_000),
      overdueReminder: (deadline) => deadline,
      daysLate: () => 0,
    };

    // Act
    const clock = planLevel(aggregateOf('parent'), 'settingManager', new Date(RECEIVED), { ...rules, calendar: lateReminders });

    // Assess
    expect(clock.deadlineAt).toBe('2026-03-30T10:00:00Z');
    expect(clock.reminders).toEqual([]);
  });

  it('P7: the line manager level runs the organisation target from entry', () => {
    // Prepare
    const aggregate = aggregateOf('parent');

    // Act
    const clock = planLevel(aggregate, 'lineManager', new Date('2026-03-31T00:00:00Z'), rules);

    // Assess: entered 01:00 BST on 31 March, 14 days on is 14 April.
    expect(clock.deadlineAt).toBe('2026-04-14T22:59:59Z');
    expect(clock.reminders).toEqual(['2026-04-07T08:00:00Z', '2026-04-12T08:00:00Z']);
  });
});

describe('Domain: enterLevel', () => {
  it('A2/A3: entering the written acknowledgement also plans the meeting, both from receipt', () => {
    // Prepare
    const aggregate = aggregateOf('agency');

    // Act
    const planned = enterLevel(aggregate, 'agencyAcknowledgement', new Date(RECEIVED), rules);

    // Assess
    expect(planned.map((c) => [c.level, c.deadlineAt])).toEqual([
      ['agencyAcknowledgement', '2026-03-12T23:59:59Z'],
      ['agencyMeeting', '2026-03-30T22:59:59Z'],
    ]);
    expect(planned[0]!.reminders).toEqual(['2026-03-05T09:00:00Z', '2026-03-10T09:00:00Z']);
  });

  it('A5: entering the acknowledgement also plans the report, both counted from the letter', () => {
    // Prepare
    const aggregate = aggregateOf('agency', [clockOf('agencyMeeting', { lapsedAt: '2026-03-31T00:00:00Z' })]);
    const letter = new Date('2026-04-01T12:00:00Z');

    // Act
    const planned = enterLevel(aggregate, 'lineManagerAcknowledgement', letter, rules);

    // Assess
    expect(planned.map((c) => [c.level, c.enteredAt, c.deadlineAt])).toEqual([
      ['lineManagerAcknowledgement', '2026-04-01T12:00:00.000Z', '2026-04-06T22:59:59Z'],
      ['lineManagerReport', '2026-04-01T12:00:00.000Z', '2026-04-15T22:59:59Z'],
    ]);
    expect(planned[0]!.reminders).toEqual(['2026-04-04T08:00:00Z']);
  });

  it('A5: a report planned after the acknowledgement still runs from the letter', () => {
    // Prepare
    const acknowledgement = clockOf('lineManagerAcknowledgement', {
      enteredAt: '2026-04-01T12:00:00.000Z',
      doneAt: '2026-04-03T09:00:00.000Z',
    });
    const aggregate = aggregateOf('agency', [acknowledgement]);

    // Act
    const report = planLevel(aggregate, 'lineManagerReport', new Date('2026-04-03T09:00:00Z'), rules);

    // Assess
    expect(report.deadlineAt).toBe('2026-04-15T22:59:59Z');
  });

  it('leaves levels already planned as they are', () => {
    // Prepare
    const meeting = clockOf('agencyMeeting', { deadlineAt: '2026-04-30T22:59:59Z' });
    const aggregate = aggregateOf('agency', [meeting]);

    // Act
    const planned = enterLevel(aggregate, 'agencyAcknowledgement', new Date(RECEIVED), rules);

    // Assess
    expect(planned.map((c) => c.level)).toEqual(['agencyAcknowledgement']);
    expect(aggregate.levels.agencyMeeting).toBe(meeting);
  });

  it('P7: entering a level that runs from its own entry plans that level alone', () => {
    // Act
    const planned = enterLevel(aggregateOf('parent'), 'lineManager', new Date(RECEIVED), rules);

    // Assess
    expect(planned.map((c) => [c.level, c.deadlineAt])).toEqual([['lineManager', '2026-03-16T23:59:59Z']]);
  });

  it('does not change the aggregate it was given', () => {
    // Prepare
    const aggregate = aggregateOf('agency');

    // Act
    enterLevel(aggregate, 'agencyAcknowledgement', new Date(RECEIVED), rules);

    // Assess
    expect(aggregate.levels).toEqual({});
  });
});

describe('Domain: settleCurrentLevel', () => {
  it('A2 done at intake hands over to A3', () => {
    // Prepare
    const levels = aggregateOf('agency', [
      clockOf('agencyAcknowledgement', { doneAt: RECEIVED }),
      clockOf('agencyMeeting'),
    ]).levels;

    // Act / Assess
    expect(settleCurrentLevel(levels, 'agencyAcknowledgement')).toBe('agencyMeeting');
  });

  it('an A2 still owed stays current', () => {
    // Prepare
    const levels = aggregateOf('agency', [clockOf('agencyAcknowledgement'), clockOf('agencyMeeting')]).levels;

    // Act / Assess
    expect(settleCurrentLevel(levels, 'agencyAcknowledgement')).toBe('agencyAcknowledgement');
  });

  it('a done level whose follower is not planned stays current', () => {
    // Prepare
    const levels = aggregateOf('agency', [clockOf('lineManagerAcknowledgement', { doneAt: RECEIVED })]).levels;

    // Act / Assess
    expect(settleCurrentLevel(levels, 'lineManagerAcknowledgement')).toBe('lineManagerAcknowledgement');
  });

  it('P6: a level with nothing on onDone stays current even when done', () => {
    // Prepare
    const levels = aggregateOf('parent', [clockOf('settingManager', { doneAt: RECEIVED })]).levels;

    // Act / Assess
    expect(settleCurrentLevel(levels, 'settingManager')).toBe('settingManager');
  });
});

describe('Domain: clockStateOf', () => {
  it('a pending clock names its deadline and its first reminder', () => {
    // Prepare
    const clock = clockOf('settingManager');

    // Act
    const state = clockStateOf(aggregateOf('parent', [clock]), clock);

    // Assess
    expect(state).toEqual({
      level: 'settingManager',
      status: 'pending',
      deadlineAt: '2026-03-30T22:59:59Z',
      nextReminderAt: '2026-03-23T09:00:00Z',
      reminderIndex: 0,
      overdueIndex: 0,
      attempt: 0,
    });
  });

  it('moves to the next reminder once one is sent, and has none once all are sent', () => {
    // Prepare
    const one = clockOf('settingManager', { remindersSent: 1 });
    const both = clockOf('settingManager', { remindersSent: 2 });

    // Act
    const afterOne = clockStateOf(aggregateOf('parent', [one]), one);
    const afterBoth = clockStateOf(aggregateOf('parent', [both]), both);

    // Assess
    expect(afterOne).toMatchObject({ nextReminderAt: '2026-03-28T09:00:00Z', reminderIndex: 1 });
    expect(afterBoth.reminderIndex).toBe(2);
    expect(afterBoth).not.toHaveProperty('nextReminderAt');
  });

  it('a clock whose duty is done is done', () => {
    // Prepare
    const clock = clockOf('settingManager', { doneAt: '2026-03-10T12:00:00.000Z' });

    // Act / Assess
    expect(clockStateOf(aggregateOf('parent', [clock]), clock).status).toBe('done');
  });

  it('a lapsed clock is lapsed, shows its next overdue reminder and no reminder before the deadline', () => {
    // Prepare
    const clock = clockOf('owners', {
      lapsedAt: '2026-03-31T00:00:00.000Z',
      nextOverdueAt: '2026-04-06T08:00:00Z',
      overdueSent: 0,
    });

    // Act
    const state = clockStateOf(aggregateOf('parent', [clock]), clock);

    // Assess
    expect(state.status).toBe('lapsed');
    expect(state.nextOverdueAt).toBe('2026-04-06T08:00:00Z');
    expect(state).not.toHaveProperty('nextReminderAt');
  });

  it.each(['closed', 'withdrawn', 'referred'] as const)('a %s complaint ends every clock', (status) => {
    // Prepare
    const clock = clockOf('settingManager');

    // Act
    const state = clockStateOf(aggregateOf('parent', [clock], { status }), clock);

    // Assess
    expect(state.status).toBe('ended');
  });

  it('a clock marked ended is ended though the complaint is open', () => {
    // Prepare
    const clock = clockOf('settingManager', { endedAt: '2026-03-10T12:00:00.000Z' });

    // Act / Assess
    expect(clockStateOf(aggregateOf('parent', [clock]), clock).status).toBe('ended');
  });
});

describe('Domain: displayStateOf', () => {
  const pending = clockOf('settingManager');

  it.each([
    ['on track four weeks out', '2026-03-02T10:00:00Z', 'onTrack'],
    ['on track exactly seven days before the deadline', '2026-03-23T22:59:59Z', 'onTrack'],
    ['due soon a second later', '2026-03-23T23:00:00Z', 'dueSoon'],
    ['due soon at the deadline itself', '2026-03-30T22:59:59Z', 'dueSoon'],
    ['overdue a second after the deadline, before the lapse is recorded', '2026-03-30T23:00:00Z', 'overdue'],
  ] as const)('P6: a pending clock is %s', (_case, now, expected) => {
    // Act / Assess
    expect(displayStateOf(pending, new Date(now))).toBe(expected);
  });

  // Received Monday 2 March 10:00; due 7 March 23:59:59; the second half starts 5 March 04:59:59.5.
  const concern = clockOf('keyPerson', { statutoryDeadlineAt: '2026-03-07T23:59:59Z', deadlineAt: '2026-03-07T23:59:59Z', reminders: [] });
  it.each([
    ['on track on the day it arrives', '2026-03-02T10:00:00Z', 'onTrack'],
    ['on track the next evening', '2026-03-03T20:00:00Z', 'onTrack'],
    ['on track at its halfway moment', '2026-03-05T04:59:59Z', 'onTrack'],
    ['due soon in its second half', '2026-03-05T05:00:00Z', 'dueSoon'],
    ['due soon on its last day', '2026-03-07T12:00:00Z', 'dueSoon'],
  ] as const)('P1: a 5-day concern is %s', (_case, now, expected) => {
    expect(displayStateOf(concern, new Date(now))).toBe(expected);
  });

  it('a clock running past its statutory date by an agreed extension is extended', () => {
    // Prepare
    const clock = clockOf('settingManager', {
      deadlineAt: '2026-04-30T22:59:59Z',
      extension: { to: '2026-04-30T22:59:59Z', reason: 'Staff illness', by: 'chloe-evans', at: '2026-03-20T10:00:00Z' },
    });

    // Act / Assess
    expect(displayStateOf(clock, new Date('2026-04-02T10:00:00Z'))).toBe('extended');
    expect(displayStateOf(clock, new Date('2026-05-01T10:00:00Z'))).toBe('overdue');
  });

  it('a lapsed clock is breached', () => {
    // Prepare
    const clock = clockOf('settingManager', { lapsedAt: '2026-03-30T23:00:00.000Z' });

    // Act / Assess
    expect(displayStateOf(clock, new Date('2026-04-02T10:00:00Z'))).toBe('breached');
  });

  it('done in time is done; done after the statutory date stays breached on record', () => {
    // Prepare
    const inTime = clockOf('settingManager', { doneAt: '2026-03-30T22:00:00.000Z' });
    const late = clockOf('settingManager', {
      deadlineAt: '2026-04-30T22:59:59Z',
      doneAt: '2026-04-10T10:00:00.000Z',
    });

    // Act / Assess
    expect(displayStateOf(inTime, new Date('2026-05-01T10:00:00Z'))).toBe('done');
    expect(displayStateOf(late, new Date('2026-05-01T10:00:00Z'))).toBe('breached');
  });
});
