/**
 * The escalation state machines, as lib/constructs/escalation.ts builds them, run over the
 * clock-step use case on the fakes: every execution started through the Workflows port is
 * walked state by state — open, wait for the next reminder, check, remind, wait for the
 * deadline, check, lapse, the next level (or repeated overdue reminders at the last one) —
 * waking at the timestamps its ClockState names, in time order across executions.
 *
 * For the model-based test: time passes as it would in Step Functions, and every clock step
 * runs when its Wait state would end.
 */
import type { ClockState, ClockStep } from '../../lambdas/domain/clock';
import { LEVELS, type LevelId } from '../../lambdas/domain/procedure';
import { runClockStep } from '../../lambdas/use-cases/run-clock-step';
import type { TestWorld } from './use-case-context';

type Position = 'open' | 'route' | 'waitReminder' | 'waitDeadline' | 'lapse' | 'waitOverdue' | 'finished';

export interface SimulatedExecution {
  name: string;
  complaintId: string;
  /** The level whose states the execution is in. */
  level: LevelId;
  position: Position;
  clock?: ClockState;
}

/** One second after a Wait ends: a Task runs just after its timestamp, as in Step Functions. */
const TASK_DELAY_MS = 1_000;

export class ClockSimulator {
  readonly executions: SimulatedExecution[] = [];
  private seen = 0;
  /** Steps run, for the test's summary. */
  steps = 0;

  constructor(private readonly world: TestWorld) {}

  /** The executions still running: each holds a timer on its level. */
  active(): SimulatedExecution[] {
    return this.executions.filter((execution) => execution.position !== 'finished');
  }

  /** Picks up executions started since the last call and runs them to their first Wait. */
  async startNew(): Promise<void> {
    const started = this.world.workflows.started;
    for (; this.seen < started.length; this.seen += 1) {
      const { name, input } = started[this.seen]!;
      const execution: SimulatedExecution = { name, complaintId: input.complaintId, level: input.level, position: 'open' };
      this.executions.push(execution);
      await this.run(execution);
    }
  }

  /** Lets time pass to `until`, waking each execution when its Wait ends, earliest first. */
  async advanceTo(until: Date): Promise<void> {
    await this.startNew();
    for (;;) {
      const next = this.active()
        .map((execution) => ({ execution, at: wakeTime(execution) }))
        .filter((entry): entry is { execution: SimulatedExecution; at: number } => entry.at !== undefined)
        .sort((a, b) => a.at - b.at)[0];
      if (!next || next.at + TASK_DELAY_MS > until.getTime()) break;
      if (next.at + TASK_DELAY_MS > this.world.clock.now().getTime()) this.world.clock.set(new Date(next.at + TASK_DELAY_MS));
      await this.wake(next.execution);
      await this.startNew();
    }
    if (until > this.world.clock.now()) this.world.clock.set(until);
  }

  private step(execution: SimulatedExecution, step: ClockStep): Promise<ClockState> {
    this.steps += 1;
    return runClockStep(this.world.ctx, {
      step,
      complaintId: execution.complaintId,
      level: execution.level,
      ...(execution.clock && step !== 'open' ? { clock: execution.clock } : {}),
    });
  }

  /** A Wait ended: the step after it (a reminder checks before it sends), and on from there. */
  private async wake(execution: SimulatedExecution): Promise<void> {
    const waiting = execution.position;
    if (waiting === 'waitReminder') {
      execution.clock = await this.step(execution, 'remind');
      execution.position = 'route';
      return this.run(execution);
    }
    execution.clock = await this.step(execution, waiting === 'waitDeadline' ? 'check' : 'overdue');
    const { status } = execution.clock;
    if (status === 'done' || status === 'ended') return this.afterStatus(execution);
    if (waiting !== 'waitDeadline') return;
    execution.position = 'lapse';
    return this.run(execution);
  }

  /** Runs the states that follow without waiting, up to the next Wait or the end. */
  private async run(execution: SimulatedExecution): Promise<void> {
    for (;;) {
      switch (execution.position) {
        case 'open':
          execution.clock = await this.step(execution, 'open');
          execution.position = 'route';
          break;
        case 'route': {
          const clock = execution.clock!;
          if (clock.status === 'done' || clock.status === 'ended') return this.afterStatus(execution);
          if (clock.status === 'lapsed') {
            execution.position = 'lapse';
            break;
          }
          execution.position = clock.nextReminderAt ? 'waitReminder' : 'waitDeadline';
          return;
        }
        case 'lapse': {
          execution.clock = await this.step(execution, 'lapse');
          const next = LEVELS[execution.level].onLapse;
          if (next) {
            execution.level = next;
            execution.position = 'open';
          } else {
            execution.position = 'waitOverdue';
            return;
          }
          break;
        }
        default:
          return;
      }
    }
  }

  /** `done` follows the level's onDone in the same execution; `ended` ends it quietly. */
  private async afterStatus(execution: SimulatedExecution): Promise<void> {
    const next = LEVELS[execution.level].onDone;
    if (execution.clock!.status === 'done' && next) {
      execution.level = next;
      execution.position = 'open';
      return this.run(execution);
    }
    execution.position = 'finished';
  }
}

function wakeTime(execution: SimulatedExecution): number | undefined {
  const clock = execution.clock;
  if (!clock) return undefined;
  const at =
    execution.position === 'waitReminder'
      ? clock.nextReminderAt
      : execution.position === 'waitDeadline'
        ? clock.deadlineAt
        : execution.position === 'waitOverdue'
          ? clock.nextOverdueAt
          : undefined;
  return at ? new Date(at).getTime() : undefined;
}
