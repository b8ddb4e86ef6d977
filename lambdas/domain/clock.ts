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

/**
 * `check` only reads (after the wait for a deadline); `remind` and `overdue` check the same way
 * before they send, so a reminder needs no check of its own in the workflow.
 */
export const CLOCK_STEPS = ['open', 'check', 'remind', 'lapse', 'overdue', 'handOver'] as const;
export type ClockStep = (typeof CLOCK_STEPS)[number];

/**
 * - `pending`: the duty is still owed.
 * - `done`: the duty was done; the workflow follows the level's `onDone`.
 * - `lapsed`: the deadline passed and the lapse was recorded (a re-run resumes from here).
 * - `ended`: the complaint no longer needs this clock (closed, withdrawn, referred, or the
 *   level was restarted by an extension); the execution ends quietly.
 * - `handOver`: the next wait would take the execution too near Step Functions' one-year
 *   limit; the workflow hands the clock to a fresh execution (step `handOver`) and ends.
 */
export const CLOCK_STATUSES = ['pending', 'done', 'lapsed', 'ended', 'handOver'] as const;

/**
 * A Standard execution lives at most a year. One whose next wait would end later than this
 * many days after it started hands its clock on first: every wait of the procedure is weeks
 * long, so the successor always has most of a year ahead of it.
 */
export const HAND_OVER_AFTER_DAYS = 300;
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
  /**
   * Which execution in a chain of hand-overs runs the clock (0, absent, for the first). A
   * successor bumps it; a predecessor that is somehow still running then steps aside.
   */
  generation?: number;
}

/**
 * Whether the stored clock has moved on from the run an execution follows: an extension
 * restarted the level under a new execution (attempt), or the clock was handed over to a
 * successor (generation). The older execution then steps aside.
 */
export function isSupersededClock(previous: ClockState | undefined, stored: { attempt: number; generation?: number }): boolean {
  return previous !== undefined && (previous.attempt !== stored.attempt || (previous.generation ?? 0) !== (stored.generation ?? 0));
}

/**
 * How the `overdue` step ends the loop of overdue reminders: not with a status for a Choice
 * to read but with an error of this name, which the workflow's Task catches and routes
 * (lib/constructs/escalation.ts). Step Functions Standard bills every state entered, and a
 * level can stay overdue for months: a round of Wait → Task is two transitions where
 * Wait → Task → Choice was three (26 weeks overdue: 52 against 78). Only the loop's end is an
 * error, once per clock; the clock-step alarm leaves these out (lib/constructs/monitoring.ts).
 */
export const OVERDUE_LOOP_END_ERRORS = {
  done: 'ClockDone',
  ended: 'ClockEnded',
  handOver: 'ClockHandOver',
} as const satisfies Partial<Record<ClockStatus, string>>;

export type OverdueLoopEndStatus = keyof typeof OVERDUE_LOOP_END_ERRORS;

/** The overdue reminders stop here: the duty was done, the clock is no longer needed, or it is handed over. */
export class OverdueLoopEnd extends Error {
  constructor(readonly status: OverdueLoopEndStatus) {
    super(`The overdue reminders end: ${status}`);
    this.name = OVERDUE_LOOP_END_ERRORS[status];
  }
}

/** The error that ends the overdue loop after this step's answer, if it ends it. */
export function overdueLoopEndOf(step: ClockStep, state: ClockState): OverdueLoopEnd | undefined {
  if (step !== 'overdue' || !(state.status in OVERDUE_LOOP_END_ERRORS)) return undefined;
  return new OverdueLoopEnd(state.status as OverdueLoopEndStatus);
}

/** What the workflow hands the clock-step Lambda. */
export interface ClockStepInput {
  step: ClockStep;
  complaintId: string;
  level: LevelId;
  /** Absent for `open`; the previous step's result otherwise. */
  clock?: ClockState;
  /** When the execution started (`$$.Execution.StartTime`), to hand over before its year is up. */
  executionStartedAt?: string;
  /** The execution's name (`$$.Execution.Name`): an execution of a level that was restarted since steps aside. */
  executionName?: string;
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
 * (an extension moves its deadline); `generation` a successor the clock was handed over to.
 */
export function executionNameFor(complaintId: string, level: LevelId, attempt = 0, generation = 0): string {
  const base = attempt === 0 ? `${complaintId}-${level}` : `${complaintId}-${level}-${attempt}`;
  return generation === 0 ? base : `${base}-g${generation}`;
}

/**
 * Whether an execution named for this level (any attempt or generation) is not the one the
 * stored clock now runs under: started late, after an extension or a hand-over had already
 * started its successor. An execution that reached this level from another one (a lapse, a
 * duty done) is named for that other level and is never superseded here.
 */
export function isSupersededExecution(
  executionName: string,
  complaintId: string,
  level: LevelId,
  current: { attempt: number; generation?: number },
): boolean {
  const ofThisLevel = executionName.startsWith(`${complaintId}-${level}`) && /^(-\d+)?(-g\d+)?$/.test(executionName.slice(`${complaintId}-${level}`.length));
  return ofThisLevel && executionName !== executionNameFor(complaintId, level, current.attempt, current.generation ?? 0);
}
