/** Routes a workflow Task to the clock step it names. */
import type { ClockState, ClockStepInput } from '../domain/clock';
import type { UseCaseContext } from './context';
import { checkLevel } from './check-level';
import { lapseLevel } from './lapse-level';
import { openLevel } from './open-level';
import { sendOverdueReminder } from './send-overdue-reminder';
import { sendReminder } from './send-reminder';

export function runClockStep(ctx: UseCaseContext, input: ClockStepInput): Promise<ClockState> {
  const { complaintId, level, clock } = input;
  switch (input.step) {
    case 'open':
      return openLevel(ctx, complaintId, level);
    case 'check':
      return checkLevel(ctx, complaintId, level, clock);
    case 'remind':
      return sendReminder(ctx, complaintId, level, clock?.reminderIndex ?? 0);
    case 'lapse':
      return lapseLevel(ctx, complaintId, level);
    case 'overdue':
      return sendOverdueReminder(ctx, complaintId, level, clock?.overdueIndex ?? 0);
  }
}
