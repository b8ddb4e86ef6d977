/**
 * The synthesized definitions themselves: valid ASL, Standard, built from procedure.ts, and
 * shaped so that a clock can neither time out nor die from a fault.
 */
import type { Template } from 'aws-cdk-lib/assertions';
import aslValidator from 'asl-validator';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLOCK_STEPS, OVERDUE_LOOP_END_ERRORS } from '../../lambdas/domain/clock';
import {
  LEVEL_IDS,
  TRACKS,
  levelsOf,
  routeAgencyComplaint,
  routeParentComplaint,
  type Track,
} from '../../lambdas/domain/procedure';
import { ENDED_STATE, HANDED_OVER_STATE, START_STATE, UNKNOWN_LEVEL_STATE, stateNamesFor } from '../../lib/constructs/escalation';
import { statesOfType } from './helpers/run-clock';
import { synthesizeWorkflows } from './helpers/synthesize';

type AnyState = StateMachineDefinition['States'][string];

/** Reads a field of a state whose type the union does not narrow to. */
const field = (state: AnyState | undefined, name: string): unknown => (state as Record<string, unknown> | undefined)?.[name];

describe('Workflow: definitions', () => {
  let template: Template;
  let asl: Record<Track, StateMachineDefinition>;
  beforeAll(() => {
    ({ template, asl } = synthesizeWorkflows());
  });

  it.each(TRACKS)('the %s machine is valid ASL (asl-validator)', (track) => {
    // Act: the validator writes QueryLanguage into what it is given
    const result = aslValidator(structuredClone(asl[track]));

    // Assess
    expect(result.errorsText()).toBe('');
    expect(result.isValid).toBe(true);
  });

  it('both machines are Standard, with no execution timeout, tracing on and no execution data in logs', () => {
    const machines = Object.values(template.findResources('AWS::StepFunctions::StateMachine'));

    expect(machines).toHaveLength(TRACKS.length);
    for (const machine of machines) {
      expect(machine.Properties).toMatchObject({
        StateMachineType: 'STANDARD',
        TracingConfiguration: { Enabled: true },
        LoggingConfiguration: { IncludeExecutionData: false },
      });
      expect(machine.Properties).not.toHaveProperty('StateMachineName');
    }
    for (const track of TRACKS) {
      expect(asl[track]).not.toHaveProperty('TimeoutSeconds');
      expect(asl[track]).not.toHaveProperty('QueryLanguage', 'JSONata');
      expect(asl[track].Comment).toContain(track);
    }
  });

  it.each(TRACKS)('every Wait of the %s machine reads its timestamp from the clock in the input', (track) => {
    const waits = statesOfType(asl[track], 'Wait');

    expect(waits.length).toBeGreaterThan(0);
    for (const name of waits) {
      const state = asl[track].States[name];
      expect(field(state, 'TimestampPath'), name).toMatch(/^\$\.clock\.(nextReminderAt|deadlineAt|nextOverdueAt)$/);
      for (const fixed of ['Seconds', 'SecondsPath', 'Timestamp']) expect(state, name).not.toHaveProperty(fixed);
    }
    for (const level of levelsOf(track)) {
      const names = stateNamesFor(level.id);
      expect(field(asl[track].States[names.waitForReminder], 'TimestampPath')).toBe('$.clock.nextReminderAt');
      expect(field(asl[track].States[names.waitForDeadline], 'TimestampPath')).toBe('$.clock.deadlineAt');
    }
  });

  it.each(TRACKS)('the %s machine has the states of its levels in procedure.ts, and no others', (track) => {
    const expected = levelsOf(track).flatMap((level) => {
      const { waitOverdue, overdueReminder, overdueDue, ...always } = stateNamesFor(level.id);
      const overdue = level.onLapse === null ? [waitOverdue, overdueReminder, overdueDue] : [];
      return [...Object.values(always), ...overdue];
    });

    expect(Object.keys(asl[track].States).sort()).toEqual(
      [START_STATE, ENDED_STATE, UNKNOWN_LEVEL_STATE, HANDED_OVER_STATE, ...expected].sort(),
    );
  });

  it.each(TRACKS)('an execution of the %s machine can start at any of its levels, and only those', (track) => {
    const start = asl[track].States[START_STATE];

    expect(asl[track].StartAt).toBe(START_STATE);
    expect(field(start, 'Choices')).toEqual(
      levelsOf(track).map((level) => ({
        Variable: '$.level',
        StringEquals: level.id,
        Next: stateNamesFor(level.id).open,
      })),
    );
    expect(field(start, 'Default')).toBe(UNKNOWN_LEVEL_STATE);
  });

  it.each(TRACKS)(
    'every Task of the %s machine calls the clock step with its step and level, and stores the ClockState at $.clock',
    (track) => {
      for (const name of statesOfType(asl[track], 'Task')) {
        const state = asl[track].States[name];
        const parameters = field(state, 'Parameters') as Record<string, unknown>;

        expect(field(state, 'Resource'), name).toMatch(/^arn:aws:lambda:[^:]+:\d{12}:function:ClockStep/);
        expect(CLOCK_STEPS, name).toContain(parameters.step);
        expect(LEVEL_IDS, name).toContain(parameters.level);
        expect(name).toContain(String(parameters.level));
        expect(parameters['complaintId.$'], name).toBe('$.complaintId');
        expect(parameters['clock.$'], name).toBe(parameters.step === 'open' ? undefined : '$.clock');
        expect(field(state, 'ResultPath'), name).toBe('$.clock');
      }
    },
  );

  it.each(TRACKS)('every Task of the %s machine retries every error for as long as the execution lives', (track) => {
    const overdueSteps = new Set(levelsOf(track).filter((level) => level.onLapse === null).map((level) => stateNamesFor(level.id).overdueReminder));
    const retryAll = {
      ErrorEquals: ['States.ALL'],
      IntervalSeconds: 2,
      BackoffRate: 2,
      MaxDelaySeconds: 3600,
      JitterStrategy: 'FULL',
      MaxAttempts: 99_999_999,
    };
    for (const name of statesOfType(asl[track], 'Task')) {
      const state = asl[track].States[name];

      // One retrier for faults: a retrier listed before it would own its errors and could end
      // the retries. Only the overdue step has one before it, for the loop's ends, which are
      // answers (clock.ts) and never retried.
      const loopEnds = { ErrorEquals: Object.values(OVERDUE_LOOP_END_ERRORS), MaxAttempts: 0 };
      expect(field(state, 'Retry'), name).toEqual(overdueSteps.has(name) ? [loopEnds, retryAll] : [retryAll]);
      expect(state, name).not.toHaveProperty('TimeoutSeconds');
      if (!overdueSteps.has(name)) expect(state, name).not.toHaveProperty('Catch');
    }
  });

  it.each(TRACKS)('the %s machine\'s overdue loop is a Wait and a step, ended only by the step\'s named answers', (track) => {
    for (const level of levelsOf(track).filter((each) => each.onLapse === null)) {
      const names = stateNamesFor(level.id);
      const step = asl[track].States[names.overdueReminder];

      expect(field(asl[track].States[names.waitOverdue], 'Next')).toBe(names.overdueReminder);
      expect(field(step, 'Next')).toBe(names.waitOverdue);
      // The catch keeps the input (the previous round's clock): the hand-over reads it.
      expect(field(step, 'Catch')).toEqual([
        { ErrorEquals: [OVERDUE_LOOP_END_ERRORS.done], ResultPath: null, Next: names.done },
        { ErrorEquals: [OVERDUE_LOOP_END_ERRORS.ended], ResultPath: null, Next: ENDED_STATE },
        { ErrorEquals: [OVERDUE_LOOP_END_ERRORS.handOver], ResultPath: null, Next: names.handOver },
      ]);
    }
  });

  it('P3: an allegation of serious harm leaves the procedure: it routes to no clock, and no machine has a state for it', () => {
    // Act
    const parent = routeParentComplaint({ classification: 'complaint', about: 'otherStaff', allegationOfHarm: true });
    const agency = routeAgencyComplaint({ allegationOfHarm: true });

    // Assess
    for (const routing of [parent, agency]) {
      expect(routing.kind).toBe('allegation');
      expect(routing).not.toHaveProperty('level');
    }
    for (const track of TRACKS) {
      expect(Object.keys(asl[track].States).filter((name) => /allegation|safeguard/i.test(name))).toEqual([]);
    }
  });
});
