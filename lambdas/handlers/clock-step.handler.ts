/** The Task states of the escalation workflows: one step of one level's clock. */
import { z } from 'zod';
import type { ClockState } from '../domain/clock';
import { CLOCK_STATUSES, CLOCK_STEPS } from '../domain/clock';
import { LEVEL_IDS } from '../domain/procedure';
import { runClockStep } from '../use-cases/run-clock-step';
import { logger, useCaseContext } from './runtime';

const clockState = z.object({
  level: z.enum(LEVEL_IDS),
  status: z.enum(CLOCK_STATUSES),
  deadlineAt: z.string(),
  nextReminderAt: z.string().optional(),
  reminderIndex: z.number().int().min(0),
  nextOverdueAt: z.string().optional(),
  overdueIndex: z.number().int().min(0),
  attempt: z.number().int().min(0).default(0),
});

const clockStepInput = z.object({
  step: z.enum(CLOCK_STEPS),
  complaintId: z.string().min(1),
  level: z.enum(LEVEL_IDS),
  clock: clockState.optional(),
});

export async function handler(event: unknown): Promise<ClockState> {
  const input = clockStepInput.parse(event);
  const state = await runClockStep(await useCaseContext(), input);
  logger.info('Clock step', { step: input.step, reference: input.complaintId, levelId: input.level, status: state.status });
  return state;
}
