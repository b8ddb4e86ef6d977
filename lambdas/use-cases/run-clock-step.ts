/** Routes a workflow Task to the clock step it names. */
import type { ClockState, ClockStepInput } from '../domain/clock';
import { isSupersededExecution } from '../domain/clock';
import type { UseCaseContext } from './context';
import { NotFoundError } from '../domain/errors';
import { toWaitTimestamp } from '../domain/calendar-port';
import { checkLevel } from './check-level';
import { lapseLevel } from './lapse-level';
import { openLevel } from './open-level';
import { sendOverdueReminder } from './send-overdue-reminder';
import { sendReminder } from './send-reminder';
import { handOverClock, mustHandOver } from './hand-over-clock';

/**
 * The workflow retries whatever a step throws, for as long as an execution lives, so that a
 * passing fault never ends a clock. A complaint that no longer exists is not a fault: its
 * clock is no longer needed.
 */
export async function runClockStep(ctx: UseCaseContext, input: ClockStepInput): Promise<ClockState> {
  try {
    const state = await runStep(ctx, input);
    // Before a wait that would take the execution near its one-year limit: hand over first.
    return input.step !== 'handOver' && mustHandOver(state, input.executionStartedAt) ? { ...state, status: 'handOver' } : state;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    return {
      level: input.level,
      status: 'ended',
      deadlineAt: input.clock?.deadlineAt ?? toWaitTimestamp(ctx.clock.now()),
      reminderIndex: input.clock?.reminderIndex ?? 0,
      overdueIndex: input.clock?.overdueIndex ?? 0,
      attempt: input.clock?.attempt ?? 0,
    };
  }
}

function runStep(ctx: UseCaseContext, input: ClockStepInput): Promise<ClockState> {
  const { complaintId, level, clock } = input;
  switch (input.step) {
    case 'open':
      return openLevel(ctx, complaintId, level).then((state) =>
        input.executionName && isSupersededExecution(input.executionName, complaintId, level, state) ? { ...state, status: 'ended' as const } : state,
      );
    case 'check':
      return checkLevel(ctx, complaintId, level, clock);
    case 'remind':
      return sendReminder(ctx, complaintId, level, clock);
    case 'lapse':
      return lapseLevel(ctx, complaintId, level);
    case 'overdue':
      return sendOverdueReminder(ctx, complaintId, level, clock);
    case 'handOver':
      return handOverClock(ctx, complaintId, level, clock);
  }
}
