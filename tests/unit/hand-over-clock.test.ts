/**
 * A Standard execution lives at most a year; a clock can outlive it (overdue reminders repeat
 * until the duty is done). The step hands the clock to a successor execution before then.
 */
import { describe, expect, it } from 'vitest';
import type { ClockState } from '../../lambdas/domain/clock';
import { HAND_OVER_AFTER_DAYS } from '../../lambdas/domain/clock';
import { runClockStep } from '../../lambdas/use-cases/run-clock-step';
import { REFERENCE as REF, parentSubmission, submitOnline } from '../helpers/submissions';
import { testWorld } from '../helpers/use-case-context';

const DAY = 86_400_000;

describe('Use case: runClockStep — hand over before the one-year limit', () => {
  it('answers handOver when the next wait would end more than 300 days after the execution started, and pending otherwise', async () => {
    // Prepare: the manager's first reminder is on 23 March 2026.
    const world = testWorld({ references: [REF] });
    await submitOnline(world, parentSubmission());
    const reminderAt = Date.parse('2026-03-23T09:00:00Z');
    const startedLongAgo = new Date(reminderAt - (HAND_OVER_AFTER_DAYS + 1) * DAY).toISOString();
    const startedRecently = new Date(reminderAt - (HAND_OVER_AFTER_DAYS - 1) * DAY).toISOString();

    // Act
    const old = await runClockStep(world.ctx, { step: 'open', complaintId: REF, level: 'settingManager', executionStartedAt: startedLongAgo });
    const young = await runClockStep(world.ctx, { step: 'open', complaintId: REF, level: 'settingManager', executionStartedAt: startedRecently });

    // Assess
    expect(old.status).toBe('handOver');
    expect(young.status).toBe('pending');
  });

  it('hands over once: the successor is started under a deterministic name with the next generation, through the outbox, and the predecessor steps aside', async () => {
    // Prepare
    const world = testWorld({ references: [REF] });
    await submitOnline(world, parentSubmission());
    const opened = await runClockStep(world.ctx, { step: 'open', complaintId: REF, level: 'settingManager' });
    const asHandedOver: ClockState = { ...opened, status: 'handOver' };

    // Act
    const first = await runClockStep(world.ctx, { step: 'handOver', complaintId: REF, level: 'settingManager', clock: asHandedOver });
    const retried = await runClockStep(world.ctx, { step: 'handOver', complaintId: REF, level: 'settingManager', clock: asHandedOver });
    const successorOpens = await runClockStep(world.ctx, { step: 'open', complaintId: REF, level: 'settingManager' });
    const predecessorChecks = await runClockStep(world.ctx, { step: 'check', complaintId: REF, level: 'settingManager', clock: opened });

    // Assess
    expect(first).toMatchObject({ status: 'pending', generation: 1, deadlineAt: opened.deadlineAt });
    expect(retried.generation).toBe(1);
    expect(world.workflows.started.map((s) => s.name)).toEqual([`${REF}-settingManager`, `${REF}-settingManager-g1`]);
    expect(world.workflows.started[1]!.input).toEqual({ complaintId: REF, track: 'parent', level: 'settingManager' });
    expect(successorOpens).toMatchObject({ status: 'pending', generation: 1, nextReminderAt: opened.nextReminderAt });
    expect(predecessorChecks.status).toBe('ended');
  });
});
