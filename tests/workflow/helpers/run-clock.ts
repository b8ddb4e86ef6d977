/**
 * Runs a synthesized state machine with aws-local-stepfunctions: every Task calls the fake
 * clock step in-process, every Wait and every retry interval is zero, and the execution's
 * event log is read back as the states entered, in order.
 */
import { StateMachine, type RunOptions, type StateMachineDefinition } from 'aws-local-stepfunctions';
import { beforeAll } from 'vitest';
import type { ClockExecutionInput } from '../../../lambdas/domain/clock';
import type { Track } from '../../../lambdas/domain/procedure';
import { ContractViolationError, type FakeClockStep } from './fake-clock-step';
import { synthesizeWorkflows } from './synthesize';

type TaskHandlers = NonNullable<NonNullable<RunOptions['overrides']>['taskResourceLocalHandlers']>;
type JsonValue = Awaited<ReturnType<TaskHandlers[string]>>;

export interface ClockRun {
  /** State names in the order they were entered. */
  statesEntered: string[];
  /** Billable state transitions on AWS: states entered plus retries. */
  transitions: number;
  retries: number;
  output: unknown;
}

/** Guards against a graph or a fault that loops for ever: no case in the tests comes near. */
const MAX_STATES = 500;
const MAX_INVOCATIONS = 1000;

export function statesOfType(asl: StateMachineDefinition, type: string): string[] {
  return Object.entries(asl.States)
    .filter(([, state]) => state.Type === type)
    .map(([name]) => name);
}

/**
 * A runner for one synthesized machine. Building the local StateMachine validates the
 * definition (about 0.3 s), so a test file builds it once and runs it many times.
 */
export function clockRunner(asl: StateMachineDefinition) {
  const machine = new StateMachine(asl);
  return (input: ClockExecutionInput, clockStep: FakeClockStep) => runClock(machine, asl, input, clockStep);
}

export type ClockRunner = ReturnType<typeof clockRunner>;

/**
 * For the describe block it is called in: runners for the synthesized machines of `tracks`.
 * The workflows are synthesized and the machines built once, before the block's tests; the
 * runners may be named before then.
 */
export function useClockRunners(...tracks: Track[]): Record<Track, ClockRunner> {
  const built: Partial<Record<Track, ClockRunner>> = {};
  beforeAll(() => {
    const { asl } = synthesizeWorkflows();
    for (const track of tracks) built[track] = clockRunner(asl[track]);
  });
  const runnerOf =
    (track: Track): ClockRunner =>
    (input, clockStep) => {
      const run = built[track];
      if (!run) throw new Error(`no ${track} machine: name the track in useClockRunners and run inside its describe block`);
      return run(input, clockStep);
    };
  return { parent: runnerOf('parent'), agency: runnerOf('agency') };
}

async function runClock(
  machine: StateMachine,
  asl: StateMachineDefinition,
  input: ClockExecutionInput,
  clockStep: FakeClockStep,
): Promise<ClockRun> {
  const zeroFor = (names: string[]) => Object.fromEntries(names.map((name) => [name, 0]));
  let invocations = 0;
  let stopReason: Error | undefined;
  let abort = () => {};
  // Every error is retried for as long as the execution lives, and a zero retry interval
  // never yields to the event loop: a handler that kept failing would spin the process. So
  // a broken contract or a runaway stops the execution, and the handler *returns* (a throw
  // would be retried, and the interpreter's retry loop does not look at the abort).
  const stop = (reason: Error): null => {
    stopReason ??= reason;
    abort();
    return null;
  };
  const handlers: TaskHandlers = Object.fromEntries(
    statesOfType(asl, 'Task').map((name) => [
      name,
      (payload: JsonValue): JsonValue => {
        if (stopReason) return null;
        if (++invocations > MAX_INVOCATIONS) return stop(new Error(`More than ${MAX_INVOCATIONS} clock steps`));
        try {
          // Through JSON, as the Lambda service would carry the result.
          return JSON.parse(JSON.stringify(clockStep.run(payload)));
        } catch (error) {
          if (error instanceof ContractViolationError) return stop(error);
          throw error;
        }
      },
    ]),
  );

  const execution = machine.run(JSON.parse(JSON.stringify(input)), {
    context: { Execution: { Name: `${input.complaintId}-${input.level}` } },
    overrides: {
      taskResourceLocalHandlers: handlers,
      waitTimeOverrides: zeroFor(statesOfType(asl, 'Wait')),
      retryIntervalOverrides: zeroFor(statesOfType(asl, 'Task')),
    },
  });
  abort = execution.abort;
  const settled = execution.result.then(
    (output) => ({ output }),
    (error: unknown) => ({ error }),
  );

  const statesEntered: string[] = [];
  let retries = 0;
  for await (const event of execution.eventLogs) {
    if (event.type === 'StateEntered') statesEntered.push(event.state.name);
    if (event.type === 'StateRetried') retries += 1;
    if (statesEntered.length > MAX_STATES) {
      stop(new Error(`More than ${MAX_STATES} states entered: ${statesEntered.slice(-20).join(' → ')}`));
    }
  }

  const result = await settled;
  if (stopReason) throw stopReason;
  if ('error' in result) throw result.error;
  return { statesEntered, transitions: statesEntered.length + retries, retries, output: result.output };
}
