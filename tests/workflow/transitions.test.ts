/**
 * State transitions (what a Standard workflow is billed by) for a typical and a worst-case
 * lifecycle of each track; written to test-artifacts/transitions.json for the README.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelsOf, type LevelId, type Track } from '../../lambdas/domain/procedure';
import { stateNamesFor } from '../../lib/constructs/escalation';
import { FakeClockStep, remindersBeforeDeadline, type Scenario } from './helpers/fake-clock-step';
import { useClockRunners } from './helpers/run-clock';

interface Lifecycle {
  track: Track;
  description: string;
  start: LevelId;
  scenario: Scenario;
}

/** Six months of weekly overdue reminders (bench/transitions.ts counts the same path). */
const SIX_MONTHS_OF_WEEKS = 26;

/** Nobody acts until the last level has been overdue for `overdueReminders` reminders. */
function worstCase(track: Track, overdueReminders: number): Lifecycle {
  const last = levelsOf(track).find((level) => level.onLapse === null)!.id;
  const start = levelsOf(track)[0]!.id;
  return {
    track,
    description: `every level from ${start} lapses after all its reminders; ${last} answers after ${overdueReminders} weekly overdue reminders`,
    start,
    scenario: { doneAtCheck: { [last]: remindersBeforeDeadline(last) + 1 + overdueReminders + 1 } },
  };
}

const LIFECYCLES: Record<string, Lifecycle> = {
  parentTypical: {
    track: 'parent',
    description: 'a complaint to the setting manager (P6): one reminder, then feedback',
    start: 'settingManager',
    scenario: { doneAtCheck: { settingManager: 2 } },
  },
  parentWorst: worstCase('parent', 4),
  agencyTypical: {
    track: 'agency',
    description: 'acknowledged before the first reminder (A2); meeting held after one reminder (A3)',
    start: 'agencyAcknowledgement',
    scenario: { doneAtCheck: { agencyAcknowledgement: 1, agencyMeeting: 2 } },
  },
  agencyWorst: worstCase('agency', 4),
};

describe('Workflow: state transitions per lifecycle', () => {
  const runners = useClockRunners('parent', 'agency');
  const transitions: Record<string, { description: string; transitions: number }> = {};

  const count = async ({ track, start, scenario }: Lifecycle) =>
    (await runners[track]({ complaintId: 'complaint-7', track, level: start }, new FakeClockStep(scenario))).transitions;

  it.each(Object.entries(LIFECYCLES))('%s: runs to its end and is counted', async (name, lifecycle) => {
    transitions[name] = { description: lifecycle.description, transitions: await count(lifecycle) };
    expect(transitions[name].transitions).toBeGreaterThan(5);
  });

  it.each(['parent', 'agency'] as const)('%s: each further week overdue costs two transitions', async (track) => {
    const perWeek = (await count(worstCase(track, 5))) - (await count(worstCase(track, 4)));
    transitions[`${track}PerOverdueWeek`] = { description: 'each further weekly overdue reminder', transitions: perWeek };
    // The Wait and the overdue reminder (it checks first and ends the loop by a caught error).
    expect(perWeek).toBe(2);
  });

  // Issue 11's goal for the worst path: every level lapses after all its reminders, then six
  // months of weekly overdue reminders (the default overdueEveryDays) before anyone answers.
  it.each([
    ['P1/P6/P7/P8', 'parent'],
    ['A2/A3/A5/A6', 'agency'],
  ] as const)('%s: the %s worst path, every level lapsing then 26 weekly overdue reminders, takes at most 120 transitions', async (_rules, track) => {
    // Prepare
    const lifecycle = worstCase(track, SIX_MONTHS_OF_WEEKS);
    const clockStep = new FakeClockStep(lifecycle.scenario);

    // Act
    const run = await runners[track]({ complaintId: 'complaint-8', track, level: lifecycle.start }, clockStep);

    // Assess: every reminder went once, and the count as Standard bills it
    const last = levelsOf(track).find((level) => level.onLapse === null)!.id;
    expect(clockStep.sent.filter((sent) => sent.startsWith(`overdue reminder ${last}`))).toHaveLength(SIX_MONTHS_OF_WEEKS);
    expect(new Set(clockStep.sent).size).toBe(clockStep.sent.length);
    expect(run.statesEntered.at(-1)).toBe(stateNamesFor(last).done);
    transitions[`${track}WorstSixMonths`] = { description: lifecycle.description, transitions: run.transitions };
    expect(run.transitions).toBeLessThanOrEqual(120);
  });

  it('a worst case costs more than a typical one; the numbers go to test-artifacts/transitions.json', () => {
    expect(transitions.parentWorst!.transitions).toBeGreaterThan(transitions.parentTypical!.transitions);
    expect(transitions.agencyWorst!.transitions).toBeGreaterThan(transitions.agencyTypical!.transitions);
    mkdirSync('test-artifacts', { recursive: true });
    writeFileSync('test-artifacts/transitions.json', `${JSON.stringify(transitions, null, 2)}\n`);
    console.info(
      Object.entries(transitions)
        .map(([name, { transitions: n, description }]) => `${name}: ${n} transitions (${description})`)
        .join('\n'),
    );
  });
});
