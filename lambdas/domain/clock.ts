/**
 * The contract between a level's states in the Step Functions workflow and the clock-step
 * Lambda. Every step returns the whole ClockState; the workflow stores it at `$.clock`, its
 * Wait states read their timestamps from it (`TimestampPath`) and its Choice states read
 * `status` and whether a reminder is still to come.
 *
 * Each step is idempotent, so a level can be re-run from its top after any restart or fault:
 * `open` returns the clock it stored the first time, and reminders and lapses are recorded
 * before they are sent and sent once.
 */
import type { LevelId, Track } from './procedure';

export const CLOCK_STEPS = ['open', 'check', 'remind', 'lapse', 'overdue'] as const;
export type ClockStep = (typeof CLOCK_STEPS)[number];

/**
 * - `pending`: the duty is still owed.
 * - `done`: the duty was done; the workflow follows the level's `onDone`.
 * - `lapsed`: the deadline passed and the lapse was recorded (a re-run resumes from here).
 * - `ended`: the complaint no longer needs this clock (closed, withdrawn, referred, or the
 *   level was restarted by an extension); the execution ends quietly.
 */
export const CLOCK_STATUSES = ['pending', 'done', 'lapsed', 'ended'] as const;
export type ClockStatus = (typeof CLOCK_STATUSES)[number];

export interface ClockState {
  level: LevelId;
  status: ClockStatus;
  /** UTC, `Z`, no milliseconds: handed to a Wait state. */
  deadlineAt: string;
  /** The next reminder still to send before the deadline; absent when none is left. */
  nextReminderAt?: string;
  /** Index (0-based) of `nextReminderAt` in the level's reminder list. */
  reminderIndex: number;
  /** After a lapse with nowhere to escalate: when the next overdue reminder goes. */
  nextOverdueAt?: string;
  /** How many overdue reminders have been sent. */
  overdueIndex: number;
  /**
   * Which run of the level this execution follows. An extension restarts the level under a
   * new execution and bumps the attempt; the old execution's next check answers `ended`.
   */
  attempt: number;
}

/** What the workflow hands the clock-step Lambda. */
export interface ClockStepInput {
  step: ClockStep;
  complaintId: string;
  level: LevelId;
  /** Absent for `open`; the previous step's result otherwise. */
  clock?: ClockState;
}

/** What an execution of a track's state machine is started with. */
export interface ClockExecutionInput {
  complaintId: string;
  track: Track;
  /** The level to start at: the state machine's first Choice routes there. */
  level: LevelId;
}

/**
 * A deterministic execution name, so that a retried start is a no-op
 * (ExecutionAlreadyExists). `attempt` distinguishes a deliberate restart of the same level
 * (an extension moves its deadline).
 */
export function executionNameFor(complaintId: string, level: LevelId, attempt = 0): string {
  return attempt === 0 ? `${complaintId}-${level}` : `${complaintId}-${level}-${attempt}`;
}
