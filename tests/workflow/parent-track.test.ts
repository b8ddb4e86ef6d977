import { describe, expect, it } from 'vitest';
import type { ClockExecutionInput } from '../../lambdas/domain/clock';
import type { LevelId } from '../../lambdas/domain/procedure';
import { FakeClockStep } from './helpers/fake-clock-step';
import { useClockRunners } from './helpers/run-clock';

const startAt = (level: LevelId): ClockExecutionInput => ({ complaintId: 'complaint-1', track: 'parent', level });

describe('Workflow: parent track', () => {
  const runClock = useClockRunners('parent').parent;

  it('P6: feedback before the first reminder ends the clock quietly', async () => {
    // Prepare
    const clockStep = new FakeClockStep({ doneAtCheck: { settingManager: 1 } });

    // Act
    const run = await runClock(startAt('settingManager'), clockStep);

    // Assess
    expect(run.statesEntered).toEqual([
      'Start at level',
      'Open settingManager',
      'settingManager: reminder due?',
      'Wait for reminder settingManager',
      'Remind settingManager',
      'settingManager: reminder due?',
      'settingManager done',
    ]);
    expect(clockStep.calls).toEqual(['open settingManager', 'remind settingManager']);
    expect(clockStep.sent).toEqual([]);
  });

  it('P6: the manager is reminded once, then feedback ends the clock', async () => {
    // Prepare
    const clockStep = new FakeClockStep({ doneAtCheck: { settingManager: 2 } });

    // Act
    const run = await runClock(startAt('settingManager'), clockStep);

    // Assess
    expect(run.statesEntered).toEqual([
      'Start at level',
      'Open settingManager',
      'settingManager: reminder due?',
      'Wait for reminder settingManager',
      'Remind settingManager',
      'settingManager: reminder due?',
      'Wait for reminder settingManager',
      'Remind settingManager',
      'settingManager: reminder due?',
      'settingManager done',
    ]);
    expect(clockStep.calls).toEqual([
      'open settingManager',
      'remind settingManager',
      'remind settingManager',
    ]);
    expect(clockStep.sent).toEqual(['reminder settingManager 1']);
  });

  it('P6: after every reminder, feedback by the deadline ends the clock without a lapse', async () => {
    // Prepare: two reminders (7 and 2 days before), then the check at the deadline finds it done
    const clockStep = new FakeClockStep({ doneAtCheck: { settingManager: 3 } });

    // Act
    const run = await runClock(startAt('settingManager'), clockStep);

    // Assess
    expect(run.statesEntered.slice(-5)).toEqual([
      'settingManager: reminder due?',
      'Wait for deadline settingManager',
      'Check at deadline settingManager',
      'settingManager: still owed at deadline?',
      'settingManager done',
    ]);
    expect(clockStep.sent).toEqual(['reminder settingManager 1', 'reminder settingManager 2']);
    expect(clockStep.calls).not.toContain('lapse settingManager');
  });

  it("P8: a parent's appeal starts an execution at the owners' level", async () => {
    // Prepare: the appeal is a person's move; the owners respond after one reminder
    const clockStep = new FakeClockStep({ doneAtCheck: { owners: 2 } });

    // Act
    const run = await runClock(startAt('owners'), clockStep);

    // Assess
    expect(run.statesEntered.slice(0, 3)).toEqual(['Start at level', 'Open owners', 'owners: reminder due?']);
    expect(run.statesEntered.at(-1)).toBe('owners done');
    expect(clockStep.calls).toEqual(['open owners', 'remind owners', 'remind owners']);
    expect(clockStep.sent).toEqual(['reminder owners 1']);
  });

  it('P7: a complaint about the manager starts at the line manager and ends when they respond', async () => {
    // Prepare
    const clockStep = new FakeClockStep({ doneAtCheck: { lineManager: 1 } });

    // Act
    const run = await runClock(startAt('lineManager'), clockStep);

    // Assess
    expect(run.statesEntered[1]).toBe('Open lineManager');
    expect(run.statesEntered.at(-1)).toBe('lineManager done');
    expect(clockStep.calls).toEqual(['open lineManager', 'remind lineManager']);
  });
});
