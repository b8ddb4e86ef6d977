/**
 * A stand-in for the clock-step Lambda with an in-memory model of one complaint: each
 * level's stored clock, how many checks it has had, and what was sent. It keeps the
 * contract of lambdas/domain/clock.ts (idempotent steps that return the whole ClockState) and
 * rejects any input that breaks it, so the workflow's payloads are checked too.
 */
import {
  CLOCK_STATUSES,
  CLOCK_STEPS,
  type ClockState,
  type ClockStatus,
  type ClockStep,
  type ClockStepInput,
  overdueLoopEndOf,
} from '../../../lambdas/domain/clock';
import {
  DEFAULT_CLOCK_POLICY,
  LEVELS,
  LEVEL_IDS,
  daysFor,
  reminderOffsetsFor,
  type LevelId,
} from '../../../lambdas/domain/procedure';

export interface Scenario {
  /** The level's duty is found done at its nth check (1-based; a reminder checks too); never, if absent. */
  doneAtCheck?: Partial<Record<LevelId, number>>;
  /** The complaint stops needing the level's clock at its nth check; 0: already at open. */
  endedAtCheck?: Partial<Record<LevelId, number>>;
  /** Clocks stored before the execution starts: a re-run after a restart. */
  stored?: Partial<Record<LevelId, ClockState>>;
  /** Steps that fail this many times before they succeed: a transient fault. */
  faults?: readonly Fault[];
  /**
   * The execution nears its one-year limit at the level's nth step (1-based, any step): if that
   * step's answer leads to a wait, it answers `handOver` instead (the real step decides from
   * `executionStartedAt`).
   */
  handOverAtStep?: Partial<Record<LevelId, number>>;
}

export interface Fault {
  step: ClockStep;
  level: LevelId;
  times: number;
  /** The error name Step Functions would see, e.g. `Lambda.ServiceException`. */
  error: string;
}

/** The workflow handed the clock step something the contract does not allow. */
export class ContractViolationError extends Error {
  override name = 'ContractViolationError';
}

const RECEIVED_AT = Date.parse('2025-03-03T10:00:00Z');
const DAY_MS = 86_400_000;

export class FakeClockStep {
  /** Every invocation, as `<step> <level>`, failed attempts included. */
  readonly calls: string[] = [];
  /** What the complaint's people were sent, as `<what> <level>[ <n>]`. */
  readonly sent: string[] = [];
  private readonly clocks = new Map<LevelId, ClockState>();
  private readonly checks = new Map<LevelId, number>();
  private readonly failuresLeft: Fault[];
  private readonly steps = new Map<LevelId, number>();

  constructor(private readonly scenario: Scenario = {}) {
    for (const clock of Object.values(scenario.stored ?? {})) if (clock) this.clocks.set(clock.level, clock);
    this.failuresLeft = (scenario.faults ?? []).map((fault) => ({ ...fault }));
  }

  run(payload: unknown): ClockState {
    const input = parseClockStepInput(payload);
    this.calls.push(`${input.step} ${input.level}`);
    const fault = this.failuresLeft.find((each) => each.step === input.step && each.level === input.level && each.times > 0);
    if (fault) {
      fault.times -= 1;
      throw Object.assign(new Error(`injected ${fault.error}`), { name: fault.error });
    }
    const count = (this.steps.get(input.level) ?? 0) + 1;
    this.steps.set(input.level, count);
    const answer = this.answer(input);
    const waitsNext = answer.status === 'lapsed' ? answer.nextOverdueAt !== undefined : answer.status === 'pending';
    const leadsToWait = input.step !== 'check' && input.step !== 'handOver' && waitsNext;
    const state: ClockState = leadsToWait && this.scenario.handOverAtStep?.[input.level] === count ? { ...answer, status: 'handOver' } : answer;
    // As the clock-step handler does: the overdue loop ends by a named error the workflow catches.
    const loopEnd = overdueLoopEndOf(input.step, state);
    if (loopEnd) throw loopEnd;
    return state;
  }

  private answer(input: ClockStepInput): ClockState {
    if (input.step === 'open') return this.open(input.level);
    const stored = this.clocks.get(input.level);
    if (!stored) throw new ContractViolationError(`${input.step} ${input.level} before the level was opened`);
    const previous = input.clock!;
    // `remind` and `overdue` check before they send (clock.ts): a done or ended duty sends nothing.
    if (input.step === 'remind' || input.step === 'overdue') {
      const checked = this.check(stored);
      if (checked.status === 'done' || checked.status === 'ended') {
        this.clocks.set(input.level, checked);
        return checked;
      }
    }
    const clock =
      input.step === 'check' ? this.check(stored)
      : input.step === 'remind' ? this.remind(stored, previous)
      : input.step === 'lapse' ? this.lapse(stored)
      : input.step === 'handOver' ? this.handOver(stored, previous)
      : this.overdue(stored, previous);
    this.clocks.set(input.level, clock);
    return clock;
  }

  /** The successor's start is recorded once: a re-run finds the generation already moved on. */
  private handOver(stored: ClockState, previous: ClockState): ClockState {
    if ((stored.generation ?? 0) !== (previous.generation ?? 0)) return stored;
    const generation = (stored.generation ?? 0) + 1;
    this.sent.push(`successor ${stored.level} g${generation}`);
    return { ...stored, generation };
  }

  private open(level: LevelId): ClockState {
    if (this.scenario.endedAtCheck?.[level] === 0) return { ...this.opened(level), status: 'ended' };
    const clock = this.clocks.get(level) ?? this.opened(level);
    this.clocks.set(level, clock);
    return clock;
  }

  private check(stored: ClockState): ClockState {
    const count = (this.checks.get(stored.level) ?? 0) + 1;
    this.checks.set(stored.level, count);
    const endedAt = this.scenario.endedAtCheck?.[stored.level];
    const doneAt = this.scenario.doneAtCheck?.[stored.level];
    if (endedAt !== undefined && count >= endedAt) return { ...stored, status: 'ended' };
    if (doneAt !== undefined && count >= doneAt) return { ...stored, status: 'done' };
    return stored;
  }

  /** Sent once per reminder: the index the workflow hands back is the idempotency key. */
  private remind(stored: ClockState, previous: ClockState): ClockState {
    const key = `reminder ${stored.level} ${previous.reminderIndex + 1}`;
    if (!this.sent.includes(key)) this.sent.push(key);
    const reminders = this.reminderTimes(stored.level);
    const reminderIndex = Math.max(stored.reminderIndex, previous.reminderIndex + 1);
    const { nextReminderAt: _sent, ...rest } = stored;
    const nextReminderAt = reminders[reminderIndex];
    return nextReminderAt ? { ...rest, reminderIndex, nextReminderAt } : { ...rest, reminderIndex };
  }

  /** Recorded once: a re-run that finds the lapse recorded sends nothing again. */
  private lapse(stored: ClockState): ClockState {
    if (stored.status === 'lapsed') return stored;
    this.sent.push(`lapse notice ${stored.level}`);
    const { nextReminderAt: _none, ...rest } = stored;
    const lapsed: ClockState = { ...rest, status: 'lapsed' };
    return LEVELS[stored.level].onLapse ? lapsed : { ...lapsed, nextOverdueAt: this.overdueAt(stored, 0) };
  }

  private overdue(stored: ClockState, previous: ClockState): ClockState {
    const key = `overdue reminder ${stored.level} ${previous.overdueIndex + 1}`;
    if (!this.sent.includes(key)) this.sent.push(key);
    const overdueIndex = Math.max(stored.overdueIndex, previous.overdueIndex + 1);
    return { ...stored, overdueIndex, nextOverdueAt: this.overdueAt(stored, overdueIndex) };
  }

  private opened(level: LevelId): ClockState {
    const [nextReminderAt] = this.reminderTimes(level);
    const clock: ClockState = {
      level,
      status: 'pending',
      deadlineAt: this.deadlineAt(level),
      reminderIndex: 0,
      overdueIndex: 0,
      attempt: 0,
    };
    return nextReminderAt ? { ...clock, nextReminderAt } : clock;
  }

  // Plausible timestamps (UTC, `Z`, no milliseconds); the tests override every Wait anyway.
  private deadlineAt(level: LevelId): string {
    const days = daysFor(LEVELS[level], DEFAULT_CLOCK_POLICY);
    return isoSeconds(new Date(RECEIVED_AT + days * DAY_MS).setUTCHours(23, 59, 59));
  }

  private reminderTimes(level: LevelId): string[] {
    const deadline = Date.parse(this.deadlineAt(level));
    return reminderOffsetsFor(daysFor(LEVELS[level], DEFAULT_CLOCK_POLICY), DEFAULT_CLOCK_POLICY).map((offset) =>
      isoSeconds(new Date(deadline - offset * DAY_MS).setUTCHours(8, 0, 0)),
    );
  }

  private overdueAt(clock: ClockState, index: number): string {
    return isoSeconds(Date.parse(clock.deadlineAt) + (index + 1) * DEFAULT_CLOCK_POLICY.overdueEveryDays * DAY_MS);
  }
}

/** How many reminders a level's clock has before its deadline, by the default policy. */
export function remindersBeforeDeadline(level: LevelId): number {
  return reminderOffsetsFor(daysFor(LEVELS[level], DEFAULT_CLOCK_POLICY), DEFAULT_CLOCK_POLICY).length;
}

function parseClockStepInput(payload: unknown): ClockStepInput {
  if (typeof payload !== 'object' || payload === null) throw new ContractViolationError('payload is not an object');
  const { step, complaintId, level, clock, executionStartedAt } = payload as Record<string, unknown>;
  if (!CLOCK_STEPS.includes(step as ClockStep)) throw new ContractViolationError(`unknown step ${String(step)}`);
  if (typeof executionStartedAt !== 'string' || Number.isNaN(Date.parse(executionStartedAt))) {
    throw new ContractViolationError(`${String(step)} was not told when the execution started`);
  }
  if (!LEVEL_IDS.includes(level as LevelId)) throw new ContractViolationError(`unknown level ${String(level)}`);
  if (typeof complaintId !== 'string' || complaintId === '') throw new ContractViolationError('no complaintId');
  if (step === 'open') {
    if (clock !== undefined) throw new ContractViolationError('open is handed no clock');
    return { step, complaintId, level: level as LevelId };
  }
  if (!isClockOf(level as LevelId, clock)) {
    throw new ContractViolationError(`${String(step)} ${String(level)} was not handed this level's clock`);
  }
  return { step: step as ClockStep, complaintId, level: level as LevelId, clock };
}

/** The workflow hands each step the ClockState the previous step returned, whole. */
function isClockOf(level: LevelId, clock: unknown): clock is ClockState {
  if (typeof clock !== 'object' || clock === null) return false;
  const { level: clockLevel, status, deadlineAt, reminderIndex, overdueIndex, attempt } = clock as Record<string, unknown>;
  return (
    clockLevel === level &&
    CLOCK_STATUSES.includes(status as ClockStatus) &&
    typeof deadlineAt === 'string' &&
    [reminderIndex, overdueIndex, attempt].every((count) => typeof count === 'number')
  );
}

function isoSeconds(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
