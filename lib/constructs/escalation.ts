/**
 * The escalation workflows: one Standard state machine per track, built from the procedure
 * table (lambdas/domain/procedure.ts), so a rule change there is the only edit needed.
 *
 * Each level is a group of timer-and-check states around the clock-step Lambda (the contract
 * is lambdas/domain/clock.ts): open → wait for the next reminder → check → remind → … → wait
 * for the deadline → check → lapse → the next level, or repeated overdue reminders where
 * there is nowhere further to go. Every Task returns the whole ClockState, stored at
 * `$.clock`; Wait states read their timestamps from it and Choice states read its status.
 *
 * Executions may start at any level (intake, a person's move, an extension's restart): the
 * first Choice routes on the input's `level`. Every step is idempotent, so re-running a level
 * from its top after a restart resumes where the stored clock says it is.
 */
import { Duration, Tags } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { OVERDUE_LOOP_END_ERRORS, type ClockStatus, type ClockStep, type OverdueLoopEndStatus } from '../../lambdas/domain/clock';
import { levelsOf, type LevelDefinition, type LevelId, type Track } from '../../lambdas/domain/procedure';

/** The tag that tells the tracks' state machines apart (local/asl-from-template.ts reads it). */
export const TRACK_TAG_KEY = 'complaints:track';

export const START_STATE = 'Start at level';
export const ENDED_STATE = 'Clock no longer needed';
export const UNKNOWN_LEVEL_STATE = 'Unknown level';
export const HANDED_OVER_STATE = 'Clock handed over';

/** The names of a level's states: derived from its id, so they follow procedure.ts. */
export function stateNamesFor(level: LevelId) {
  return {
    open: `Open ${level}`,
    reminderDue: `${level}: reminder due?`,
    waitForReminder: `Wait for reminder ${level}`,
    remind: `Remind ${level}`,
    waitForDeadline: `Wait for deadline ${level}`,
    checkAtDeadline: `Check at deadline ${level}`,
    owedAtDeadline: `${level}: still owed at deadline?`,
    lapse: `Lapse ${level}`,
    waitOverdue: `Wait overdue ${level}`,
    overdueReminder: `Overdue reminder ${level}`,
    overdueDue: `${level}: overdue reminder due?`,
    handOver: `Hand over ${level}`,
    done: `${level} done`,
  };
}

export interface EscalationWorkflowsProps {
  /** The clock-step Lambda: takes a ClockStepInput, returns the ClockState. */
  clockStep: lambda.IFunction;
  /** @default one year, the longest a Standard execution can run */
  logRetention?: logs.RetentionDays;
}

export class EscalationWorkflows extends Construct {
  public readonly stateMachines: Readonly<Record<Track, sfn.StateMachine>>;

  constructor(scope: Construct, id: string, props: EscalationWorkflowsProps) {
    super(scope, id);

    // Events only, never execution data: inputs and outputs name complaints and clocks.
    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_YEAR,
    });

    const machineOf = (track: Track): sfn.StateMachine => {
      const definitionScope = new Construct(this, `${capitalise(track)}Definition`);
      const machine = new sfn.StateMachine(this, `${capitalise(track)}StateMachine`, {
        stateMachineType: sfn.StateMachineType.STANDARD,
        comment: `Statutory clocks of the ${track} track, built from lambdas/domain/procedure.ts`,
        definitionBody: sfn.DefinitionBody.fromChainable(buildTrackDefinition(definitionScope, track, props.clockStep)),
        // No TimeoutSeconds: a clock runs for weeks, and overdue reminders until the duty is done.
        logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: false },
        tracingEnabled: true,
      });
      Tags.of(machine).add(TRACK_TAG_KEY, track);
      return machine;
    };

    this.stateMachines = { parent: machineOf('parent'), agency: machineOf('agency') };
  }
}

/**
 * The state graph of one track. `scope` must be used for one track only: state names are
 * unique within a machine, and the shared states (the start, the quiet end) exist per track.
 */
export function buildTrackDefinition(scope: Construct, track: Track, clockStep: lambda.IFunction): sfn.IChainable {
  const levels = levelsOf(track);
  const ended = new sfn.Succeed(scope, ENDED_STATE, {
    comment: 'The complaint no longer needs this clock: closed, withdrawn, referred or restarted.',
  });

  const handedOver = new sfn.Succeed(scope, HANDED_OVER_STATE, {
    comment: 'A fresh execution carries the clock on: this one neared the one-year limit of a Standard execution.',
  });

  const task = (level: LevelId, name: string, step: ClockStep) => clockStepTask(scope, name, { clockStep, step, level });

  // Every level's Open first: a lapse or a completed duty elsewhere in the track jumps to it.
  const opens = new Map<LevelId, tasks.LambdaInvoke>(
    levels.map((definition) => [definition.id, task(definition.id, stateNamesFor(definition.id).open, 'open')]),
  );
  const openOf = (level: LevelId): tasks.LambdaInvoke => {
    const open = opens.get(level);
    if (!open) throw new Error(`Level ${level} is not on the ${track} track (procedure.ts)`);
    return open;
  };

  for (const definition of levels) {
    const names = stateNamesFor(definition.id);
    const done = doneState(scope, definition, names.done, openOf);

    // Before a long wait the step may answer `handOver` (clock.ts): the clock goes on in a
    // successor execution and this one ends.
    const handOver = task(definition.id, names.handOver, 'handOver');
    handOver.next(handedOver);

    const lapse = task(definition.id, names.lapse, 'lapse');
    if (definition.onLapse) {
      lapse.next(openOf(definition.onLapse));
    } else {
      // Nowhere further inside the setting: remind on an interval until the duty is done.
      // A round is two states, the Wait and the `overdue` step, which checks before it sends
      // and goes straight back to the Wait while the level stays overdue. Its other answers
      // (done, ended, hand over) end the loop as named errors caught here (clock.ts): a Choice
      // after every reminder would be a third billed transition a week, for months.
      const waitOverdue = waitUntil(scope, names.waitOverdue, 'nextOverdueAt');
      const overdueReminder = task(definition.id, names.overdueReminder, 'overdue');
      const overdueDue = byStatus(scope, names.overdueDue, { done, ended, handOver }).otherwise(waitOverdue);
      lapse.next(overdueDue);
      waitOverdue.next(overdueReminder);
      overdueReminder.next(waitOverdue);
      const loopEnds: Record<OverdueLoopEndStatus, sfn.IChainable> = { done, ended, handOver };
      for (const [status, target] of Object.entries(loopEnds) as [OverdueLoopEndStatus, sfn.IChainable][]) {
        // The catch keeps the state's input: `$.clock` is the previous round's, which is all
        // the hand-over needs (its generation); `done` and `ended` do not read it.
        overdueReminder.addCatch(target, { errors: [OVERDUE_LOOP_END_ERRORS[status]], resultPath: sfn.JsonPath.DISCARD });
      }
    }

    const reminderDue = byStatus(scope, names.reminderDue, { done, ended, lapsed: lapse, handOver });

    // The `remind` step checks before it sends (clock.ts): a done or moved-on duty answers
    // `done` or `ended` and nothing goes. One task, not a check and a Choice before it, keeps
    // a lifecycle's transitions (what Standard workflows bill) to three per reminder.
    const waitForReminder = waitUntil(scope, names.waitForReminder, 'nextReminderAt');
    const remind = task(definition.id, names.remind, 'remind');
    waitForReminder.next(remind);
    remind.next(reminderDue);

    const waitForDeadline = waitUntil(scope, names.waitForDeadline, 'deadlineAt');
    const checkAtDeadline = task(definition.id, names.checkAtDeadline, 'check');
    waitForDeadline.next(checkAtDeadline);
    checkAtDeadline.next(byStatus(scope, names.owedAtDeadline, { done, ended }).otherwise(lapse));

    openOf(definition.id).next(
      reminderDue
        .when(sfn.Condition.isPresent('$.clock.nextReminderAt'), waitForReminder)
        .otherwise(waitForDeadline),
    );
  }

  const start = new sfn.Choice(scope, START_STATE, { comment: 'Executions start at any level of the track.' });
  for (const definition of levels) start.when(sfn.Condition.stringEquals('$.level', definition.id), openOf(definition.id));
  return start.otherwise(
    new sfn.Fail(scope, UNKNOWN_LEVEL_STATE, {
      error: 'UnknownLevel',
      cause: `The input's level is not a level of the ${track} track`,
    }),
  );
}

/**
 * A call to the clock-step Lambda. `payloadResponseOnly`: the Lambda's result is the
 * ClockState itself (no invocation metadata), stored whole at `$.clock`; a field-by-field
 * `resultSelector` cannot carry the optional timestamps.
 *
 * Retries: every error, for as long as the execution lives (a Standard execution's year and
 * 25,000 history events bound it, not MaxAttempts), backing off to one attempt an hour. The steps are idempotent, so a repeat is harmless, and a clock must not die from a
 * fault: once the fault is fixed (a Lambda deploy, DynamoDB back) the clock carries on from
 * where it stood. A persistent fault shows as the clock-step Lambda's errors, not as a
 * failed execution. CDK's own service-exception retrier is off: as the first matching
 * retrier it would end the retries after six attempts and fail the execution.
 */
function clockStepTask(
  scope: Construct,
  name: string,
  { clockStep, step, level }: { clockStep: lambda.IFunction; step: ClockStep; level: LevelId },
): tasks.LambdaInvoke {
  const task = new tasks.LambdaInvoke(scope, name, {
    lambdaFunction: clockStep,
    payloadResponseOnly: true,
    retryOnServiceExceptions: false,
    payload: sfn.TaskInput.fromObject({
      step,
      complaintId: sfn.JsonPath.stringAt('$.complaintId'),
      level,
      // `open` starts from the stored clock; every other step is handed the previous result.
      ...(step === 'open' ? {} : { clock: sfn.JsonPath.objectAt('$.clock') }),
      // So that a step can tell the execution to hand over before its year is up.
      executionStartedAt: sfn.JsonPath.stringAt('$$.Execution.StartTime'),
      // So that a late-started execution of a level restarted since (an extension) steps aside.
      executionName: sfn.JsonPath.stringAt('$$.Execution.Name'),
    }),
    resultPath: '$.clock',
  });
  // The overdue loop's ends are answers, not faults (clock.ts): never retried, caught at once.
  // Only the `overdue` step throws them; a retrier must come before the catch-all one.
  if (step === 'overdue') task.addRetry({ errors: Object.values(OVERDUE_LOOP_END_ERRORS), maxAttempts: 0 });
  task.addRetry({
    errors: [sfn.Errors.ALL],
    interval: Duration.seconds(2),
    backoffRate: 2,
    maxDelay: Duration.hours(1),
    jitterStrategy: sfn.JitterType.FULL,
    maxAttempts: MAX_RETRY_ATTEMPTS,
  });
  return task;
}

/** The largest MaxAttempts Step Functions accepts: with an hourly cap, retries never run out. */
const MAX_RETRY_ATTEMPTS = 99_999_999;

function waitUntil(scope: Construct, name: string, field: 'nextReminderAt' | 'deadlineAt' | 'nextOverdueAt'): sfn.Wait {
  return new sfn.Wait(scope, name, { time: sfn.WaitTime.timestampPath(`$.clock.${field}`) });
}

/** A Choice on `$.clock.status`; the caller adds the rest (what to do while still owed). */
function byStatus(
  scope: Construct,
  name: string,
  targets: Partial<Record<Exclude<ClockStatus, 'pending'>, sfn.IChainable>>,
): sfn.Choice {
  const choice = new sfn.Choice(scope, name);
  for (const status of ['done', 'ended', 'lapsed', 'handOver'] as const) {
    const target = targets[status];
    if (target) choice.when(sfn.Condition.stringEquals('$.clock.status', status), target);
  }
  return choice;
}

/** The duty was done: go on to the level that follows (A2 → A3, A5 ack → report) or end. */
function doneState(
  scope: Construct,
  definition: LevelDefinition,
  name: string,
  openOf: (level: LevelId) => sfn.IChainable,
): sfn.State {
  if (!definition.onDone) return new sfn.Succeed(scope, name, { comment: `${definition.title}: duty done.` });
  const done = new sfn.Pass(scope, name, { comment: `${definition.title}: duty done; ${definition.onDone} follows.` });
  done.next(openOf(definition.onDone));
  return done;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
