import { describe, expect, it } from 'vitest';
import type { AggregateChange } from '../../lambdas/domain/complaint';
import type { ClockState, ClockStep } from '../../lambdas/domain/clock';
import type { LevelId } from '../../lambdas/domain/procedure';
import { carryOutEffects } from '../../lambdas/use-cases/carry-out-effects';
import { runClockStep } from '../../lambdas/use-cases/run-clock-step';
import type { ComplaintSubmission } from '../../lambdas/use-cases/submit-complaint';
import { InMemoryRepository } from '../helpers/fakes';
import {
  AGENCY_EMAIL as AGENCY,
  PARENT_EMAIL as PARENT,
  REFERENCE as REF,
  agencySubmission,
  parentSubmission,
  submitOnline,
} from '../helpers/submissions';
import { staffEmail, testWorld, type TestWorld } from '../helpers/use-case-context';

// Every world starts on Monday 2 March 2026, 10:00 GMT. Expected instants are worked out by
// hand: BST began at 01:00 UTC on Sunday 29 March 2026, so from then on 23:59:59 London is
// 22:59:59Z and 09:00 London is 08:00Z. A Wait state ends at the deadline, so a lapse runs
// a second after it, which in BST is already the next London day.

/** A world holding one complaint, with the emails intake sent cleared away (the clocks it started are kept). */
async function worldWith(submission: ComplaintSubmission = parentSubmission(), world: TestWorld = testWorld({ references: [REF] })) {
  await submitOnline(world, submission);
  world.mailer.sent.length = 0;
  return world;
}

const step = (world: TestWorld, name: ClockStep, level: LevelId, clock?: ClockState) =>
  runClockStep(world.ctx, { step: name, complaintId: REF, level, ...(clock ? { clock } : {}) });

/** A4 → A5 by lapses: the agency's meeting was missed on 30 March, then the line manager's acknowledgement on 5 April. */
async function agencyAtLineManagerReport(): Promise<TestWorld> {
  const world = testWorld({ references: [REF] });
  await submitOnline(world, agencySubmission());
  world.clock.set('2026-03-30T23:00:00Z');
  await step(world, 'lapse', 'agencyMeeting');
  world.clock.set('2026-04-05T23:00:00Z');
  await step(world, 'lapse', 'lineManagerAcknowledgement');
  return world;
}

describe('Use case: runClockStep — open', () => {
  it('P6: open returns the clock planned at intake unchanged, and a re-run lands on the same deadline', async () => {
    // Prepare
    const world = await worldWith();
    world.clock.set('2026-03-10T12:00:00Z');
    const savesBefore = world.repo.saves;

    // Act
    const first = await step(world, 'open', 'settingManager');
    world.clock.set('2026-03-20T12:00:00Z');
    const rerun = await step(world, 'open', 'settingManager');

    // Assess
    const expected: ClockState = {
      level: 'settingManager',
      status: 'pending',
      deadlineAt: '2026-03-30T22:59:59Z',
      nextReminderAt: '2026-03-23T09:00:00Z',
      reminderIndex: 0,
      overdueIndex: 0,
      attempt: 0,
    };
    expect(first).toEqual(expected);
    expect(rerun).toEqual(expected);
    expect(world.repo.saves).toBe(savesBefore);
  });

  it('P7: a level nobody planned (an execution started by hand) is planned when opened, from that moment', async () => {
    // Prepare
    const world = await worldWith();
    world.clock.set('2026-03-10T12:00:00Z');

    // Act
    const state = await step(world, 'open', 'lineManager');

    // Assess: 10 March + 14 days is 24 March, still GMT.
    expect(state).toMatchObject({ status: 'pending', deadlineAt: '2026-03-24T23:59:59Z', nextReminderAt: '2026-03-17T09:00:00Z' });
    expect(world.repo.get(REF).levels.lineManager!.deadlineAt).toBe('2026-03-24T23:59:59Z');
    expect(world.repo.get(REF).complaint.currentLevel).toBe('lineManager');
  });
});

describe('Use case: runClockStep — check', () => {
  it('a duty still owed is pending; once done it is done', async () => {
    // Prepare
    const world = await worldWith();
    const opened = await step(world, 'open', 'settingManager');

    // Act
    const before = await step(world, 'check', 'settingManager', opened);
    world.repo.get(REF).levels.settingManager!.doneAt = '2026-03-20T10:00:00.000Z';
    const after = await step(world, 'check', 'settingManager', opened);

    // Assess
    expect(before.status).toBe('pending');
    expect(after.status).toBe('done');
  });

  it('an execution superseded by an extension’s restart answers ended', async () => {
    // Prepare
    const world = await worldWith();
    const opened = await step(world, 'open', 'settingManager');
    world.repo.get(REF).levels.settingManager!.attempt = 1;

    // Act
    const state = await step(world, 'check', 'settingManager', opened);

    // Assess
    expect(state.status).toBe('ended');
  });
});

describe('Use case: runClockStep — remind', () => {
  it('P6: reminder 1 goes to the setting manager once; a second call with the same index sends nothing', async () => {
    // Prepare
    const world = await worldWith(parentSubmission({ about: 'keyPerson', keyPersonId: 'amira-khan', subjectStaffId: 'amira-khan' }));
    const opened = await step(world, 'open', 'settingManager');
    world.clock.set('2026-03-23T09:00:00Z');

    // Act
    const first = await step(world, 'remind', 'settingManager', opened);
    const repeat = await step(world, 'remind', 'settingManager', opened);

    // Assess
    expect(first).toMatchObject({ status: 'pending', reminderIndex: 1, nextReminderAt: '2026-03-28T09:00:00Z' });
    expect(repeat).toEqual(first);
    expect(world.mailer.sent.map((e) => [e.to, e.subject])).toEqual([
      [staffEmail('chloe-evans'), `Reminder: complaint ${REF} is due by 30 March 2026`],
    ]);
    const reminders = (await world.repo.events(REF)).filter((e) => e.type === 'reminderSent');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.visibleToComplainant).toBe(false);
  });

  it('P6: the second reminder follows the first, and then none is left before the deadline', async () => {
    // Prepare
    const world = await worldWith();
    world.clock.set('2026-03-23T09:00:00Z');
    const afterFirst = await step(world, 'remind', 'settingManager', await step(world, 'open', 'settingManager'));
    world.clock.set('2026-03-28T09:00:00Z');

    // Act
    const afterSecond = await step(world, 'remind', 'settingManager', afterFirst);

    // Assess
    expect(afterSecond.reminderIndex).toBe(2);
    expect(afterSecond).not.toHaveProperty('nextReminderAt');
    expect(world.mailer.sent).toHaveLength(2);
  });

  it('a reminder after the duty is done sends nothing and answers done', async () => {
    // Prepare
    const world = await worldWith();
    const opened = await step(world, 'open', 'settingManager');
    world.repo.get(REF).levels.settingManager!.doneAt = '2026-03-20T10:00:00.000Z';
    world.clock.set('2026-03-23T09:00:00Z');

    // Act
    const state = await step(world, 'remind', 'settingManager', opened);

    // Assess
    expect(state.status).toBe('done');
    expect(world.mailer.sent).toEqual([]);
  });
});

describe('Use case: runClockStep — lapse', () => {
  it('P6 → P7: a missed 28-day deadline is recorded and escalated to the line manager with a fresh 14-day clock from now', async () => {
    // Prepare
    const world = await worldWith();
    world.clock.set('2026-03-30T23:00:00Z'); // 00:00 BST on 31 March

    // Act
    const state = await step(world, 'lapse', 'settingManager');

    // Assess
    expect(state).toMatchObject({ level: 'settingManager', status: 'lapsed' });
    const { complaint, levels } = world.repo.get(REF);
    expect(levels.settingManager!.lapsedAt).toBe('2026-03-30T23:00:00.000Z');
    expect(complaint.currentLevel).toBe('lineManager');
    expect(levels.lineManager).toMatchObject({
      enteredAt: '2026-03-30T23:00:00.000Z',
      deadlineAt: '2026-04-14T22:59:59Z',
      reminders: ['2026-04-07T08:00:00Z', '2026-04-12T08:00:00Z'],
    });
    const events = (await world.repo.events(REF)).filter((e) => e.type === 'lapsed' || e.type === 'escalated');
    expect(events.map((e) => [e.type, e.level])).toEqual([
      ['lapsed', 'settingManager'],
      ['escalated', 'lineManager'],
    ]);
    expect(events[0]!.details).toMatchObject({ statutoryDeadlineAt: '2026-03-30T22:59:59Z' });
  });

  it('P2, P4: a concern whose key person let the target pass is told of as a concern, not a complaint', async () => {
    // Prepare: a concern with the key person (P1), whose 5 days have passed
    const world = await worldWith(parentSubmission({ classification: 'concern', about: 'service', keyPersonId: 'amira-khan' }));
    expect(world.repo.get(REF).complaint.currentLevel).toBe('keyPerson');
    world.clock.set('2026-03-08T00:00:00Z');

    // Act
    await step(world, 'lapse', 'keyPerson');

    // Assess
    const [missed] = world.mailer.to(PARENT);
    expect(missed!.subject).toBe(`An update on your concern (${REF})`);
    expect(missed!.text).toContain('we did not respond to your concern by the date we gave you');
    expect(missed!.text).toContain('Your concern has now been passed on to the next stage: the setting manager.');
    expect(missed!.text).toContain('The setting manager will look into your concern and tell you what they found.');
    expect(missed!.text).toContain('You can see the progress of your concern at any time:');
    expect(missed!.text).not.toMatch(/your complaint/i);
  });

  it('P6 → P7: the complainant is told who has it now and by when, and the line manager is told it came to them', async () => {
    // Prepare
    const world = await worldWith();
    world.clock.set('2026-03-30T23:00:00Z');

    // Act
    await step(world, 'lapse', 'settingManager');

    // Assess
    const [missed, ...moreToParent] = world.mailer.to(PARENT);
    expect(moreToParent).toEqual([]);
    expect(missed!.subject).toBe(`An update on your complaint (${REF})`);
    expect(missed!.text).toContain("passed on to the next stage: the setting manager's line manager");
    expect(missed!.text).toContain('We will respond by 14 April 2026.');
    const [assigned] = world.mailer.to(staffEmail('gareth-price'));
    expect(assigned!.subject).toBe(`Complaint ${REF}: now with you, due by 14 April 2026`);
    expect(assigned!.text).toContain('the deadline at the previous stage passed');
    expect(world.mailer.to(staffEmail('chloe-evans'))).toEqual([]);
  });

  it('P7: the escalated level’s open returns the clock the lapse planned', async () => {
    // Prepare
    const world = await worldWith();
    world.clock.set('2026-03-30T23:00:00Z');
    await step(world, 'lapse', 'settingManager');
    world.clock.set('2026-03-30T23:00:05Z');

    // Act
    const opened = await step(world, 'open', 'lineManager');

    // Assess
    expect(opened).toMatchObject({ status: 'pending', deadlineAt: '2026-04-14T22:59:59Z', nextReminderAt: '2026-04-07T08:00:00Z' });
  });

  it('a second lapse of the same level changes and sends nothing', async () => {
    // Prepare
    const world = await worldWith();
    world.clock.set('2026-03-30T23:00:00Z');
    const first = await step(world, 'lapse', 'settingManager');
    const sent = world.mailer.sent.length;
    const saves = world.repo.saves;
    world.clock.set('2026-03-30T23:05:00Z');

    // Act
    const second = await step(world, 'lapse', 'settingManager');

    // Assess
    expect(second).toEqual(first);
    expect(world.mailer.sent).toHaveLength(sent);
    expect(world.repo.saves).toBe(saves);
    expect(world.repo.get(REF).levels.lineManager!.enteredAt).toBe('2026-03-30T23:00:00.000Z');
  });

  it('a lapse after the duty was done records nothing and answers done', async () => {
    // Prepare
    const world = await worldWith();
    world.repo.get(REF).levels.settingManager!.doneAt = '2026-03-30T22:00:00.000Z';
    world.clock.set('2026-03-30T23:00:00Z');

    // Act
    const state = await step(world, 'lapse', 'settingManager');

    // Assess
    expect(state.status).toBe('done');
    expect(world.repo.get(REF).levels.lineManager).toBeUndefined();
    expect(world.mailer.sent).toEqual([]);
  });

  it('A3 → A5: a missed meeting goes to the line manager, whose acknowledgement (5 days) and report (14 days) run from now', async () => {
    // Prepare
    const world = await worldWith(agencySubmission());
    world.clock.set('2026-03-30T23:00:00Z'); // 00:00 BST on 31 March

    // Act
    const state = await step(world, 'lapse', 'agencyMeeting');

    // Assess
    expect(state.status).toBe('lapsed');
    const { complaint, levels } = world.repo.get(REF);
    expect(complaint.currentLevel).toBe('lineManagerAcknowledgement');
    expect(levels.lineManagerAcknowledgement!.deadlineAt).toBe('2026-04-05T22:59:59Z');
    expect(levels.lineManagerReport!.deadlineAt).toBe('2026-04-14T22:59:59Z');
    expect(world.mailer.to(AGENCY)[0]!.text).toContain('We will respond by 5 April 2026.');
    expect(world.mailer.to(staffEmail('gareth-price'))[0]!.subject).toBe(`Complaint ${REF}: now with you, due by 5 April 2026`);
  });

  it('A5 → A6: a missed acknowledgement hands over to the report already running; a missed report goes to the owners', async () => {
    // Prepare
    const world = await agencyAtLineManagerReport();
    const afterAcknowledgement = structuredClone(world.repo.get(REF));
    world.mailer.sent.length = 0;
    world.clock.set('2026-04-14T23:00:00Z'); // 00:00 BST on 15 April

    // Act
    const state = await step(world, 'lapse', 'lineManagerReport');

    // Assess
    expect(afterAcknowledgement.complaint.currentLevel).toBe('lineManagerReport');
    expect(afterAcknowledgement.levels.lineManagerReport!.deadlineAt).toBe('2026-04-14T22:59:59Z');
    expect(state.status).toBe('lapsed');
    const { complaint, levels } = world.repo.get(REF);
    expect(complaint.currentLevel).toBe('agencyAppeal');
    expect(levels.agencyAppeal).toMatchObject({ enteredAt: '2026-04-14T23:00:00.000Z', deadlineAt: '2026-04-29T22:59:59Z' });
    expect(world.mailer.to(staffEmail('helen-okafor'))).toHaveLength(1);
    expect(world.mailer.to(AGENCY)[0]!.text).toContain('the owners or trustees (appeal)');
  });

  it('P8: a missed appeal at the owners has nowhere further to go: overdue reminders are planned and the complainant is pointed to Ofsted', async () => {
    // Prepare: a complaint about the manager starts with the line manager (P7, 14 days to 16 March).
    const world = await worldWith(parentSubmission({ about: 'manager', subjectStaffId: 'chloe-evans' }));
    world.clock.set('2026-03-17T00:00:00Z');
    await step(world, 'lapse', 'lineManager');
    const ownersClock = structuredClone(world.repo.get(REF).levels.owners);
    world.mailer.sent.length = 0;
    world.clock.set('2026-03-31T23:00:00Z'); // 00:00 BST on 1 April

    // Act
    const state = await step(world, 'lapse', 'owners');

    // Assess: 17 March + 14 days is 31 March (BST); the first overdue reminder is 7 days on, 09:00 BST.
    expect(ownersClock).toMatchObject({ enteredAt: '2026-03-17T00:00:00.000Z', deadlineAt: '2026-03-31T22:59:59Z' });
    expect(state).toMatchObject({ level: 'owners', status: 'lapsed', nextOverdueAt: '2026-04-07T08:00:00Z', overdueIndex: 0 });
    expect(world.repo.get(REF).complaint.currentLevel).toBe('owners');
    expect(world.mailer.sent.map((e) => e.to)).toEqual([PARENT]);
    const [missed] = world.mailer.sent;
    expect(missed!.text).toContain('There is no further stage within the setting.');
    expect(missed!.text).toContain('0300 123 1231');
    expect(missed!.text).not.toContain('passed on to the next stage');
    const effect = [...world.repo.outbox.values()].map((s) => s.effect).find((e) => e.key === 'email#complainant#missed#owners');
    expect(effect).toMatchObject({ kind: 'email', message: { kind: 'deadlineMissed', level: 'owners' } });
    expect(effect && 'message' in effect ? effect.message : undefined).not.toHaveProperty('nextLevel');
  });

  it('P8: overdue reminders go to the owners every 7 days with a growing count, once per index', async () => {
    // Prepare
    const world = await worldWith(parentSubmission({ about: 'manager', subjectStaffId: 'chloe-evans' }));
    world.clock.set('2026-03-17T00:00:00Z');
    await step(world, 'lapse', 'lineManager');
    world.clock.set('2026-03-31T23:00:00Z');
    const lapsed = await step(world, 'lapse', 'owners');
    world.mailer.sent.length = 0;

    // Act
    world.clock.set('2026-04-07T08:00:00Z');
    const first = await step(world, 'overdue', 'owners', lapsed);
    const firstAgain = await step(world, 'overdue', 'owners', lapsed);
    world.clock.set('2026-04-14T08:00:00Z');
    const second = await step(world, 'overdue', 'owners', first);

    // Assess
    expect(first).toMatchObject({ status: 'lapsed', overdueIndex: 1, nextOverdueAt: '2026-04-14T08:00:00Z' });
    expect(firstAgain).toEqual(first);
    expect(second).toMatchObject({ status: 'lapsed', overdueIndex: 2, nextOverdueAt: '2026-04-21T08:00:00Z' });
    expect(world.mailer.sent.map((e) => [e.to, e.subject])).toEqual([
      [staffEmail('helen-okafor'), `Overdue (reminder 1): complaint ${REF}`],
      [staffEmail('helen-okafor'), `Overdue (reminder 2): complaint ${REF}`],
    ]);
  });

  it('A6: a missed agency appeal plans overdue reminders from its deadline and points the agency to Ofsted', async () => {
    // Prepare
    const world = await agencyAtLineManagerReport();
    world.clock.set('2026-04-14T23:00:00Z');
    await step(world, 'lapse', 'lineManagerReport');
    world.mailer.sent.length = 0;
    world.clock.set('2026-04-29T23:00:00Z');

    // Act
    const state = await step(world, 'lapse', 'agencyAppeal');

    // Assess: deadline 29 April (BST); 7 days on is 6 May, 09:00 BST.
    expect(state).toMatchObject({ status: 'lapsed', nextOverdueAt: '2026-05-06T08:00:00Z' });
    expect(world.mailer.sent.map((e) => e.to)).toEqual([AGENCY]);
    expect(world.mailer.sent[0]!.text).toContain('There is no further stage within the setting.');
  });

  it('an overdue reminder after the duty is done sends nothing', async () => {
    // Prepare
    const world = await worldWith(parentSubmission({ about: 'manager', subjectStaffId: 'chloe-evans' }));
    world.clock.set('2026-03-17T00:00:00Z');
    await step(world, 'lapse', 'lineManager');
    world.clock.set('2026-03-31T23:00:00Z');
    const lapsed = await step(world, 'lapse', 'owners');
    world.repo.get(REF).levels.owners!.doneAt = '2026-04-03T10:00:00.000Z';
    world.mailer.sent.length = 0;
    world.clock.set('2026-04-07T08:00:00Z');

    // Act
    const state = await step(world, 'overdue', 'owners', lapsed);

    // Assess
    expect(state.status).toBe('done');
    expect(world.mailer.sent).toEqual([]);
  });
});

describe('Use case: runClockStep — a complaint that has ended', () => {
  it.each(['closed', 'withdrawn'] as const)('a %s complaint answers ended to every step and sends nothing', async (status) => {
    // Prepare
    const world = await worldWith();
    const opened = await step(world, 'open', 'settingManager');
    world.repo.get(REF).complaint.status = status;
    world.clock.set('2026-03-31T00:00:00Z');

    // Act
    const check = await step(world, 'check', 'settingManager', opened);
    const remind = await step(world, 'remind', 'settingManager', opened);
    const lapse = await step(world, 'lapse', 'settingManager', opened);

    // Assess
    expect([check.status, remind.status, lapse.status]).toEqual(['ended', 'ended', 'ended']);
    expect(world.mailer.sent).toEqual([]);
    expect(world.repo.get(REF).levels.lineManager).toBeUndefined();
  });
});

/** Another writer changes the complaint between this use case's read and its first write. */
class RacingRepository extends InMemoryRepository {
  raced = 0;
  override async save(change: AggregateChange): Promise<void> {
    if (this.raced === 0) {
      this.raced += 1;
      this.get(change.complaint.id).complaint.version += 1;
    }
    return super.save(change);
  }
}

/** A world whose repository loses the race for its first save. */
function racingWorld(): TestWorld & { repo: RacingRepository } {
  const base = testWorld({ references: [REF] });
  const repo = new RacingRepository(base.clock);
  const effects = { ...base.effects, repo };
  const ctx = { ...base.ctx, repo, dispatch: async (list: Parameters<typeof carryOutEffects>[1]) => void (await carryOutEffects(effects, list)) };
  return { ...base, repo, effects, ctx };
}

describe('Use case: runClockStep — concurrency', () => {
  it('a ConcurrencyError on save is retried on fresh data, and the reminder still goes once', async () => {
    // Prepare
    const world = racingWorld();
    await submitOnline(world, parentSubmission());
    const opened = await step(world, 'open', 'settingManager');
    world.mailer.sent.length = 0;
    world.clock.set('2026-03-23T09:00:00Z');

    // Act
    const state = await step(world, 'remind', 'settingManager', opened);

    // Assess
    expect(world.repo.raced).toBe(1);
    expect(state.reminderIndex).toBe(1);
    expect(world.mailer.sent.map((e) => e.to)).toEqual([staffEmail('chloe-evans')]);
    expect(world.repo.get(REF).complaint.version).toBe(3);
    expect((await world.repo.events(REF)).filter((e) => e.type === 'reminderSent')).toHaveLength(1);
  });

  it('a lapse that loses a race is remade on fresh data and escalates once', async () => {
    // Prepare
    const world = racingWorld();
    await submitOnline(world, parentSubmission());
    world.mailer.sent.length = 0;
    world.clock.set('2026-03-30T23:00:00Z');

    // Act
    const state = await step(world, 'lapse', 'settingManager');

    // Assess
    expect(world.repo.raced).toBe(1);
    expect(state.status).toBe('lapsed');
    expect(world.mailer.to(PARENT)).toHaveLength(1);
    expect(world.mailer.to(staffEmail('gareth-price'))).toHaveLength(1);
    expect((await world.repo.events(REF)).filter((e) => e.type === 'escalated')).toHaveLength(1);
  });
});

describe('Use case: runClockStep for a complaint that is gone', () => {
  it('answers ended instead of throwing, so the workflow does not retry it for ever', async () => {
    // Prepare
    const { ctx } = testWorld();
    // Act
    const state = await runClockStep(ctx, { step: 'check', complaintId: 'GONE-2222', level: 'settingManager' });
    // Assess
    expect(state.status).toBe('ended');
    expect(state.level).toBe('settingManager');
  });
});
