/** The Task states of the escalation workflows: one step of one level's clock. */
import * as z from 'zod/mini';
import type { ClockState } from '../domain/clock';
import { CLOCK_STATUSES, CLOCK_STEPS, overdueLoopEndOf } from '../domain/clock';
import { LEVEL_IDS } from '../domain/procedure';
import { runClockStep } from '../use-cases/run-clock-step';
import { OVERDUE_LOOP_END_LOG_MESSAGE } from './log-messages';
import { logger } from './logger';
import { useCaseContext } from './runtime';

const clockState = z.object({
  level: z.enum(LEVEL_IDS),
  status: z.enum(CLOCK_STATUSES),
  deadlineAt: z.string(),
  nextReminderAt: z.optional(z.string()),
  reminderIndex: z.int().check(z.nonnegative()),
  nextOverdueAt: z.optional(z.string()),
  overdueIndex: z.int().check(z.nonnegative()),
  attempt: z._default(z.int().check(z.nonnegative()), 0),
  generation: z.optional(z.int().check(z.nonnegative())),
});

const clockStepInput = z.object({
  step: z.enum(CLOCK_STEPS),
  complaintId: z.string().check(z.minLength(1)),
  level: z.enum(LEVEL_IDS),
  clock: z.optional(clockState),
  executionStartedAt: z.optional(z.string()),
  executionName: z.optional(z.string()),
});

export async function handler(event: unknown): Promise<ClockState> {
  const input = clockStepInput.parse(event);
  const state = await runClockStep(await useCaseContext(), input);
  // The overdue loop ends by an error the workflow catches (clock.ts: two transitions a week,
  // not three); the line below lets the clock-step alarm leave it out of the errors it counts.
  const loopEnd = overdueLoopEndOf(input.step, state);
  if (loopEnd) {
    logger.info(OVERDUE_LOOP_END_LOG_MESSAGE, { step: input.step, reference: input.complaintId, levelId: input.level, status: state.status });
    throw loopEnd;
  }
  logger.info('Clock step', { step: input.step, reference: input.complaintId, levelId: input.level, status: state.status });
  return state;
}
