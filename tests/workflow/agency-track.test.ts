import { describe, expect, it } from 'vitest';
import type { ClockExecutionInput } from '../../lambdas/domain/clock';
import type { LevelId } from '../../lambdas/domain/procedure';
import { FakeClockStep } from './helpers/fake-clock-step';
import { useClockRunners } from './helpers/run-clock';

const startAt = (level: LevelId): ClockExecutionInput => ({ complaintId: 'complaint-2', track: 'agency', level });

describe('Workflow: agency track', () => {
  const runClock = useClockRunners('agency').agency;

  it("A2 → A3: a written acknowledgement in time opens the meeting's clock in the same execution", async () => {
    // Prepare: acknowledged before the first reminder; the meeting is held after one reminder
    const clockStep = new FakeClockStep({ doneAtCheck: { agencyAcknowledgement: 1, agencyMeeting: 2 } });

    // Act
    const run = await runClock(startAt('agencyAcknowledgement'), clockStep);

    // Assess
    expect(run.statesEntered).toEqual([
      'Start at level',
      'Open agencyAcknowledgement',
      'agencyAcknowledgement: reminder due?',
      'Wait for reminder agencyAcknowledgement',
      'Remind agencyAcknowledgement',
      'agencyAcknowledgement: reminder due?',
      'agencyAcknowledgement done',
      'Open agencyMeeting',
      'agencyMeeting: reminder due?',
      'Wait for reminder agencyMeeting',
      'Remind agencyMeeting',
      'agencyMeeting: reminder due?',
      'Wait for reminder agencyMeeting',
      'Remind agencyMeeting',
      'agencyMeeting: reminder due?',
      'agencyMeeting done',
    ]);
    expect(clockStep.calls).toEqual([
      'open agencyAcknowledgement',
      'remind agencyAcknowledgement',
      'open agencyMeeting',
      'remind agencyMeeting',
      'remind agencyMeeting',
    ]);
    expect(clockStep.sent).toEqual(['reminder agencyMeeting 1']);
  });

  it("A5: with no agreement, the complainant's letter starts the line manager's acknowledgement, then the report", async () => {
    // Prepare: the letter is a person's move; acknowledged at once, report before its first reminder
    const clockStep = new FakeClockStep({ doneAtCheck: { lineManagerAcknowledgement: 1, lineManagerReport: 1 } });

    // Act
    const run = await runClock(startAt('lineManagerAcknowledgement'), clockStep);

    // Assess
    expect(run.statesEntered).toEqual([
      'Start at level',
      'Open lineManagerAcknowledgement',
      'lineManagerAcknowledgement: reminder due?',
      'Wait for reminder lineManagerAcknowledgement',
      'Remind lineManagerAcknowledgement',
      'lineManagerAcknowledgement: reminder due?',
      'lineManagerAcknowledgement done',
      'Open lineManagerReport',
      'lineManagerReport: reminder due?',
      'Wait for reminder lineManagerReport',
      'Remind lineManagerReport',
      'lineManagerReport: reminder due?',
      'lineManagerReport done',
    ]);
    expect(clockStep.calls).toEqual([
      'open lineManagerAcknowledgement',
      'remind lineManagerAcknowledgement',
      'open lineManagerReport',
      'remind lineManagerReport',
    ]);
  });

  it('A5: a 5-day acknowledgement gets one reminder (2 days before), not one 7 days before', async () => {
    // Prepare: acknowledged only at the deadline check
    const clockStep = new FakeClockStep({ doneAtCheck: { lineManagerAcknowledgement: 2, lineManagerReport: 1 } });

    // Act
    const run = await runClock(startAt('lineManagerAcknowledgement'), clockStep);

    // Assess
    expect(clockStep.sent).toEqual(['reminder lineManagerAcknowledgement 1']);
    expect(run.statesEntered).toContain('Check at deadline lineManagerAcknowledgement');
    expect(run.statesEntered).toContain('lineManagerAcknowledgement done');
    expect(clockStep.calls).not.toContain('lapse lineManagerAcknowledgement');
  });

  it('A6: an appeal starts an execution at the owners and ends when they respond', async () => {
    // Prepare
    const clockStep = new FakeClockStep({ doneAtCheck: { agencyAppeal: 1 } });

    // Act
    const run = await runClock(startAt('agencyAppeal'), clockStep);

    // Assess
    expect(run.statesEntered.slice(0, 2)).toEqual(['Start at level', 'Open agencyAppeal']);
    expect(run.statesEntered.at(-1)).toBe('agencyAppeal done');
    expect(clockStep.calls).toEqual(['open agencyAppeal', 'remind agencyAppeal']);
  });
});
