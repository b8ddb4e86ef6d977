/**
 * Lapses and escalation at every level of both tracks, generated from procedure.ts: a rule
 * change there changes these cases with it.
 */
import { describe, expect, it } from 'vitest';
import { LEVELS, LEVEL_IDS, TRACKS, levelsOf, type LevelId, type Track } from '../../lambdas/domain/procedure';
import { START_STATE, stateNamesFor } from '../../lib/constructs/escalation';
import { FakeClockStep, remindersBeforeDeadline } from './helpers/fake-clock-step';
import { useClockRunners } from './helpers/run-clock';

const OVERDUE_REMINDERS = 3;

const levels = LEVEL_IDS.map((id) => LEVELS[id]);
const escalating = levels.filter((level) => level.onLapse !== null);
const lastLevels = levels.filter((level) => level.onLapse === null);
const rulesOf = (level: LevelId) => LEVELS[level].rules.join('/');
/** The tracks whose state machine runs a level: its own, or both for one that runs alongside (R4). */
const tracksOf = (level: (typeof levels)[number]): Track[] => (level.track === 'alongside' ? [...TRACKS] : [level.track]);
const repeat = <T>(times: number, items: T[]): T[] => Array.from({ length: times }, () => items).flat();

/** From opening a level to its lapse, every reminder sent and nothing done. */
function statesUntilLapse(level: LevelId): string[] {
  const names = stateNamesFor(level);
  return [
    names.open,
    names.reminderDue,
    ...repeat(remindersBeforeDeadline(level), [
      names.waitForReminder,
      names.remind,
      names.reminderDue,
    ]),
    names.waitForDeadline,
    names.checkAtDeadline,
    names.owedAtDeadline,
    names.lapse,
  ];
}

function callsUntilLapse(level: LevelId): string[] {
  // A reminder checks before it sends (clock.ts): no check of its own before it.
  return [`open ${level}`, ...repeat(remindersBeforeDeadline(level), [`remind ${level}`]), `check ${level}`, `lapse ${level}`];
}

function overdueStates(level: LevelId, reminders: number): string[] {
  const names = stateNamesFor(level);
  // After the lapse: hand over first if the year is nearly up? Then two states a round: the
  // step goes straight back to the Wait while overdue. The last round's step finds the duty
  // done, sends nothing and ends the loop (a caught error, clock.ts).
  const round = [names.waitOverdue, names.overdueReminder];
  return [names.overdueDue, ...repeat(reminders + 1, round), names.done];
}

/** The chain of levels a clock walks when nobody acts, from the track's first level. */
function lapseChain(track: Track): LevelId[] {
  const chain: LevelId[] = [levelsOf(track)[0]!.id];
  for (let next = LEVELS[chain[0]!].onLapse; next; next = LEVELS[next].onLapse) chain.push(next);
  return chain;
}

const everyLevelDoneAtFirstCheck = Object.fromEntries(LEVEL_IDS.map((id) => [id, 1])) as Record<LevelId, number>;

describe('Workflow: lapse and escalation', () => {
  const runners = useClockRunners('parent', 'agency');

  it.each(escalating.flatMap((level) => tracksOf(level).map((track) => [rulesOf(level.id), level.id, level.onLapse!, track] as const)))(
    '%s: %s lapses after every reminder and escalates to %s in the same execution',
    async (_rules, level, next, track) => {
      // Prepare: the level's duty is never done; the next level's is done at once
      const { [level]: _never, ...others } = everyLevelDoneAtFirstCheck;
      const clockStep = new FakeClockStep({ doneAtCheck: others });

      // Act
      const run = await runners[track]({ complaintId: 'complaint-3', track, level }, clockStep);

      // Assess
      const untilEscalation = [START_STATE, ...statesUntilLapse(level), stateNamesFor(next).open];
      expect(run.statesEntered.slice(0, untilEscalation.length)).toEqual(untilEscalation);
      expect(run.statesEntered).toContain(stateNamesFor(next).done);
      expect(clockStep.calls.slice(0, callsUntilLapse(level).length + 1)).toEqual([...callsUntilLapse(level), `open ${next}`]);
      expect(clockStep.sent.filter((sent) => sent.split(' ').includes(level))).toEqual([
        ...Array.from({ length: remindersBeforeDeadline(level) }, (_, index) => `reminder ${level} ${index + 1}`),
        `lapse notice ${level}`,
      ]);
    },
  );

  it.each(lastLevels.flatMap((level) => tracksOf(level).map((track) => [rulesOf(level.id), level.id, track] as const)))(
    '%s: at %s (%s track), with nowhere further to go, overdue reminders repeat until the duty is done',
    async (_rules, level, track) => {
      // Prepare: done at the fourth check after the lapse, so three overdue reminders go
      const checksBeforeLapse = remindersBeforeDeadline(level) + 1;
      const clockStep = new FakeClockStep({ doneAtCheck: { [level]: checksBeforeLapse + OVERDUE_REMINDERS + 1 } });

      // Act
      const run = await runners[track]({ complaintId: 'complaint-4', track, level }, clockStep);

      // Assess
      expect(run.statesEntered).toEqual([START_STATE, ...statesUntilLapse(level), ...overdueStates(level, OVERDUE_REMINDERS)]);
      expect(clockStep.calls).toEqual([
        ...callsUntilLapse(level),
        ...repeat(OVERDUE_REMINDERS + 1, [`overdue ${level}`]),
      ]);
      expect(clockStep.sent.slice(-OVERDUE_REMINDERS)).toEqual(
        Array.from({ length: OVERDUE_REMINDERS }, (_, index) => `overdue reminder ${level} ${index + 1}`),
      );
    },
  );

  it.each(TRACKS)('the %s track: a complaint nobody acts on walks every level in one execution', async (track) => {
    // Prepare: only the last level's duty is ever done, after one overdue reminder
    const chain = lapseChain(track);
    const last = chain.at(-1)!;
    const clockStep = new FakeClockStep({ doneAtCheck: { [last]: remindersBeforeDeadline(last) + 1 + 2 } });

    // Act
    const run = await runners[track]({ complaintId: 'complaint-5', track, level: chain[0]! }, clockStep);

    // Assess
    expect(run.statesEntered).toEqual([START_STATE, ...chain.flatMap(statesUntilLapse), ...overdueStates(last, 1)]);
    expect(clockStep.sent.filter((sent) => sent.startsWith('lapse notice'))).toEqual(chain.map((level) => `lapse notice ${level}`));
  });
});
