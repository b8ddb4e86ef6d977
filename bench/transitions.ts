/**
 * State transitions per lifecycle, counted from the execution history of the synthesized
 * state machines run by aws-local-stepfunctions (the workflow tests' way: every Wait is
 * zero, every Task is the workflow tests' model of the clock step). A transition is a state
 * entered or a retry, which is what Step Functions Standard bills.
 *
 * Goal: at most 40 for a typical lifecycle, 120 for the worst.
 */
import { StateMachine, type RunOptions, type StateMachineDefinition } from 'aws-local-stepfunctions';
import { levelsOf, type LevelId, type Track } from '../lambdas/domain/procedure';
import { FakeClockStep, remindersBeforeDeadline, type Scenario } from '../tests/workflow/helpers/fake-clock-step';
import { synthesizeWorkflows } from '../tests/workflow/helpers/synthesize';

export const TYPICAL_GOAL = 40;
export const WORST_GOAL = 120;
/** Six months of weekly overdue reminders (the default `overdueEveryDays` is 7). */
export const OVERDUE_REMINDERS_IN_SIX_MONTHS = 26;

export interface Lifecycle {
  name: string;
  kind: 'typical' | 'worst';
  track: Track;
  description: string;
  start: LevelId;
  scenario: Scenario;
}

function worstCase(track: Track, overdueReminders: number): Omit<Lifecycle, 'name'> {
  const last = levelsOf(track).find((level) => level.onLapse === null)!.id;
  const start = levelsOf(track)[0]!.id;
  return {
    kind: 'worst',
    track,
    description: `every level from ${start} lapses after all its reminders, then ${overdueReminders} weekly overdue reminders to ${last} before it answers`,
    start,
    scenario: { doneAtCheck: { [last]: remindersBeforeDeadline(last) + 1 + overdueReminders + 1 } },
  };
}

export const LIFECYCLES: Lifecycle[] = [
  {
    name: 'Concern resolved by the key person',
    kind: 'typical',
    track: 'parent',
    description: 'a concern raised with the key person (P1), resolved before any reminder',
    start: 'keyPerson',
    scenario: { doneAtCheck: { keyPerson: 1 } },
  },
  {
    name: 'Parent complaint answered in time',
    kind: 'typical',
    track: 'parent',
    description: 'a complaint to the setting manager (P6): one reminder, then feedback',
    start: 'settingManager',
    scenario: { doneAtCheck: { settingManager: 2 } },
  },
  { name: 'Parent, worst path', ...worstCase('parent', OVERDUE_REMINDERS_IN_SIX_MONTHS) },
  {
    name: 'Agency complaint answered in time',
    kind: 'typical',
    track: 'agency',
    description: 'acknowledged before the first reminder (A2); meeting held after one reminder (A3)',
    start: 'agencyAcknowledgement',
    scenario: { doneAtCheck: { agencyAcknowledgement: 1, agencyMeeting: 2 } },
  },
  { name: 'Agency, worst path', ...worstCase('agency', OVERDUE_REMINDERS_IN_SIX_MONTHS) },
];

export interface LifecycleCount {
  lifecycle: Lifecycle;
  transitions: number;
  /** Task states run: each is one clock-step Lambda invocation. */
  invocations: number;
  /** Emails the clock steps sent (reminders, lapse notices, overdue reminders). */
  emails: number;
  /** Transitions per further week overdue (worst paths only). */
  perOverdueWeek?: number;
  goal: number;
}

type TaskHandlers = NonNullable<NonNullable<RunOptions['overrides']>['taskResourceLocalHandlers']>;

async function run(asl: StateMachineDefinition, machine: StateMachine, lifecycle: Pick<Lifecycle, 'track' | 'start' | 'scenario'>) {
  const clockStep = new FakeClockStep(lifecycle.scenario);
  const states = Object.entries(asl.States);
  const zeroFor = (type: string) => Object.fromEntries(states.filter(([, state]) => state.Type === type).map(([name]) => [name, 0]));
  const handlers: TaskHandlers = Object.fromEntries(
    states.filter(([, state]) => state.Type === 'Task').map(([name]) => [name, (payload) => JSON.parse(JSON.stringify(clockStep.run(payload)))]),
  );
  const execution = machine.run(
    { complaintId: 'BENCH-0001', track: lifecycle.track, level: lifecycle.start },
    {
      overrides: { taskResourceLocalHandlers: handlers, waitTimeOverrides: zeroFor('Wait'), retryIntervalOverrides: zeroFor('Task') },
      // The clock steps are handed the execution's name (a superseded run steps aside).
      context: { Execution: { Name: `BENCH-0001-${lifecycle.start}` } },
    },
  );
  let transitions = 0;
  let invocations = 0;
  for await (const event of execution.eventLogs) {
    if (event.type === 'StateEntered' || event.type === 'StateRetried') transitions += 1;
    if (event.type === 'StateEntered' && asl.States[event.state.name]?.Type === 'Task') invocations += 1;
    if (transitions > 2000) throw new Error(`${lifecycle.track} from ${lifecycle.start}: a runaway execution`);
  }
  await execution.result;
  return { transitions, invocations, emails: clockStep.sent.length };
}

export async function countTransitions(): Promise<LifecycleCount[]> {
  const { asl } = synthesizeWorkflows();
  const machines = { parent: new StateMachine(asl.parent), agency: new StateMachine(asl.agency) };
  const counts: LifecycleCount[] = [];
  for (const lifecycle of LIFECYCLES) {
    const counted = await run(asl[lifecycle.track], machines[lifecycle.track], lifecycle);
    let perOverdueWeek: number | undefined;
    if (lifecycle.kind === 'worst') {
      const oneMore = await run(asl[lifecycle.track], machines[lifecycle.track], worstCase(lifecycle.track, OVERDUE_REMINDERS_IN_SIX_MONTHS + 1));
      perOverdueWeek = oneMore.transitions - counted.transitions;
    }
    counts.push({ lifecycle, ...counted, ...(perOverdueWeek === undefined ? {} : { perOverdueWeek }), goal: lifecycle.kind === 'typical' ? TYPICAL_GOAL : WORST_GOAL });
  }
  return counts;
}
