/**
 * The clock outlives what happens around it: a complaint that no longer needs it, a re-run
 * of a level from its top after a restart, and faults in the clock-step Lambda.
 */
import { describe, expect, it } from 'vitest';
import type { ClockExecutionInput, ClockState } from '../../lambdas/domain/clock';
import type { LevelId } from '../../lambdas/domain/procedure';
import { ENDED_STATE, HANDED_OVER_STATE, START_STATE, stateNamesFor } from '../../lib/constructs/escalation';
import { FakeClockStep, remindersBeforeDeadline } from './helpers/fake-clock-step';
import { useClockRunners } from './helpers/run-clock';

const startAt = (level: LevelId): ClockExecutionInput => ({ complaintId: 'complaint-6', track: 'parent', level });

describe('Workflow: resilience', () => {
  const runClock = useClockRunners('parent').parent;

  describe("'ended': the complaint no longer needs the clock", () => {
    it.each([
      ['at open (an extension restarted the level under a new execution)', 'settingManager', 0, 'settingManager: reminder due?', 'open'],
      ['before the first reminder (the complaint was withdrawn)', 'settingManager', 1, 'settingManager: reminder due?', 'remind'],
      ['at the deadline (the complaint was closed)', 'settingManager', 3, 'settingManager: still owed at deadline?', 'check'],
      ['while overdue (the complaint went to Ofsted, P9)', 'owners', 4, stateNamesFor('owners').overdueReminder, 'overdue'],
    ] as const)('the execution ends quietly when that is found %s', async (_when, level, atCheck, decidedBy, lastStep) => {
      // Prepare
      const clockStep = new FakeClockStep({ endedAtCheck: { [level]: atCheck } });

      // Act
      const run = await runClock(startAt(level), clockStep);

      // Assess: the step that found it was the last, and sent nothing (reminders check first)
      expect(run.statesEntered.slice(-2)).toEqual([decidedBy, ENDED_STATE]);
      expect(clockStep.calls.at(-1)).toBe(`${lastStep} ${level}`);
      const checking = clockStep.calls.filter((call) => /^(check|remind|overdue) /.test(call));
      expect(checking).toHaveLength(atCheck);
      expect(clockStep.sent.filter((sent) => sent.endsWith(`${level} ${atCheck}`) && !sent.startsWith('lapse'))).toEqual([]);
    });
  });

  it('re-run after a restart: a lapse already recorded continues at the lapse and escalates, sending nothing twice', async () => {
    // Prepare: the restart came after the lapse was recorded, before the escalation
    const recorded: ClockState = {
      level: 'settingManager',
      status: 'lapsed',
      deadlineAt: '2025-03-31T23:59:59Z',
      reminderIndex: 2,
      overdueIndex: 0,
      attempt: 0,
    };
    const clockStep = new FakeClockStep({ stored: { settingManager: recorded }, doneAtCheck: { lineManager: 1 } });

    // Act
    const run = await runClock(startAt('settingManager'), clockStep);

    // Assess
    expect(run.statesEntered.slice(0, 5)).toEqual([
      'Start at level',
      'Open settingManager',
      'settingManager: reminder due?',
      'Lapse settingManager',
      'Open lineManager',
    ]);
    expect(clockStep.calls.slice(0, 3)).toEqual(['open settingManager', 'lapse settingManager', 'open lineManager']);
    expect(clockStep.sent).toEqual([]);
  });

  it('re-run after a restart: a second run of the same level from the top reaches the same place', async () => {
    // Prepare: a first execution escalates from the manager and the line manager responds
    const clockStep = new FakeClockStep({ doneAtCheck: { lineManager: 1 } });
    const first = await runClock(startAt('settingManager'), clockStep);
    const sentByFirst = [...clockStep.sent];

    // Act: the same level run again from the top, against the same stored clocks
    const second = await runClock(startAt('settingManager'), clockStep);

    // Assess
    expect(first.statesEntered.at(-1)).toBe('lineManager done');
    expect(second.statesEntered).toEqual([
      'Start at level',
      'Open settingManager',
      'settingManager: reminder due?',
      'Lapse settingManager',
      'Open lineManager',
      'lineManager: reminder due?',
      'lineManager done',
    ]);
    expect(clockStep.sent).toEqual(sentByFirst);
  });

  it('re-run after a restart: a reminder already sent is not sent again', async () => {
    // Prepare: the first of two reminders went before the restart
    const recorded: ClockState = {
      level: 'settingManager',
      status: 'pending',
      deadlineAt: '2025-03-31T23:59:59Z',
      nextReminderAt: '2025-03-29T08:00:00Z',
      reminderIndex: 1,
      overdueIndex: 0,
      attempt: 0,
    };
    const clockStep = new FakeClockStep({ stored: { settingManager: recorded }, doneAtCheck: { settingManager: 2 } });

    // Act
    await runClock(startAt('settingManager'), clockStep);

    // Assess
    expect(clockStep.calls).toEqual(['open settingManager', 'remind settingManager', 'check settingManager']);
    expect(clockStep.sent).toEqual(['reminder settingManager 2']);
  });

  it.each(['Lambda.ServiceException', 'Lambda.TooManyRequestsException', 'Sandbox.Timedout', 'ProvisionedThroughputExceededException'])(
    'a clock survives a run of %s faults (more than CDK\u2019s default six retries) and carries on where it stood',
    async (error) => {
      // Prepare: the reminder step fails ten times in a row, then works
      const faults = [{ step: 'remind', level: 'settingManager', times: 10, error }] as const;
      const clockStep = new FakeClockStep({ doneAtCheck: { settingManager: 2 }, faults });
      const faultFree = await runClock(startAt('settingManager'), new FakeClockStep({ doneAtCheck: { settingManager: 2 } }));

      // Act
      const run = await runClock(startAt('settingManager'), clockStep);

      // Assess
      expect(run.retries).toBe(10);
      expect(run.statesEntered).toEqual(faultFree.statesEntered);
      // Eleven attempts at the first reminder, then the second reminder's step finds it done.
      expect(clockStep.calls.filter((call) => call === 'remind settingManager')).toHaveLength(12);
      expect(clockStep.sent).toEqual(['reminder settingManager 1']);
    },
  );
});

describe('Workflow: a clock older than a year', () => {
  const runClock = useClockRunners('parent').parent;

  it('P8: an execution overdue for months hands its clock to a fresh execution before its year is up, and ends', async () => {
    // Prepare: the first overdue reminder's step finds the year nearly up.
    // Steps: open, each reminder, the check at the deadline, the lapse; then the first overdue one.
    const clockStep = new FakeClockStep({ handOverAtStep: { owners: 3 + remindersBeforeDeadline('owners') + 1 } });

    // Act
    const run = await runClock(startAt('owners'), clockStep);

    // Assess
    const names = stateNamesFor('owners');
    expect(run.statesEntered.slice(-3)).toEqual([names.overdueReminder, names.handOver, HANDED_OVER_STATE]);
    expect(clockStep.calls.at(-1)).toBe('handOver owners');
    expect(clockStep.sent.filter((what) => what.startsWith('successor'))).toEqual(['successor owners g1']);
  });

  it('P8: the successor picks the clock up where it stood: the lapse is not told again, and overdue reminders go on from the next one', async () => {
    // Prepare: the clock as the predecessor left it, after two overdue reminders.
    const handedOver: ClockState = {
      level: 'owners',
      status: 'lapsed',
      deadlineAt: '2025-04-14T23:59:59Z',
      reminderIndex: 2,
      nextOverdueAt: '2026-02-02T23:59:59Z',
      overdueIndex: 2,
      attempt: 0,
      generation: 1,
    };
    const clockStep = new FakeClockStep({ stored: { owners: handedOver }, doneAtCheck: { owners: 2 } });

    // Act
    const run = await runClock(startAt('owners'), clockStep);

    // Assess
    const names = stateNamesFor('owners');
    expect(run.statesEntered.slice(0, 5)).toEqual([START_STATE, names.open, names.reminderDue, names.lapse, names.overdueDue]);
    expect(clockStep.sent).toEqual(['overdue reminder owners 3']);
    expect(run.statesEntered.at(-1)).toBe(names.done);
  });
});
