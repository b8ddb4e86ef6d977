/**
 * After an outage: the system was down past a reminder and past the deadline. On restart the
 * workflow runs its steps late, one after another; the stale reminder is skipped and recorded,
 * the lapse happens at once, and the next level's clock runs from the missed deadline.
 */
import { describe, expect, it } from 'vitest';
import type { ClockState, ClockStep } from '../../lambdas/domain/clock';
import type { LevelId } from '../../lambdas/domain/procedure';
import { runClockStep } from '../../lambdas/use-cases/run-clock-step';
import { isStale } from '../../lambdas/use-cases/send-reminder';
import { REFERENCE as REF, parentSubmission, submitOnline } from '../helpers/submissions';
import { staffEmail, testWorld, type TestWorld } from '../helpers/use-case-context';

const step = (world: TestWorld, name: ClockStep, level: LevelId, clock?: ClockState) =>
  runClockStep(world.ctx, { step: name, complaintId: REF, level, ...(clock ? { clock } : {}) });

// Received Monday 2 March 2026 10:00 GMT: the manager's 28 days end 30 March 23:59:59 BST
// (22:59:59Z), with reminders on 23 March 09:00 GMT and 28 March 09:00 GMT.
async function submitted(): Promise<TestWorld> {
  const world = testWorld({ references: [REF] });
  await submitOnline(world, parentSubmission());
  world.mailer.sent.length = 0;
  return world;
}

describe('Use case: runClockStep — after an outage', () => {
  it('P6: a reminder run on time is sent; the same reminder run days late is skipped and recorded as skipped', async () => {
    // Prepare
    const onTime = await submitted();
    const late = await submitted();
    onTime.clock.set('2026-03-23T09:00:05Z');
    late.clock.set('2026-03-27T12:00:00Z'); // four days late, past half the way to the next reminder

    // Act
    const sent = await step(onTime, 'remind', 'settingManager', await step(onTime, 'open', 'settingManager'));
    const skipped = await step(late, 'remind', 'settingManager', await step(late, 'open', 'settingManager'));

    // Assess
    expect(onTime.mailer.to(staffEmail('chloe-evans'))).toHaveLength(1);
    expect(late.mailer.sent).toEqual([]);
    expect(sent.reminderIndex).toBe(1);
    expect(skipped).toMatchObject({ status: 'pending', reminderIndex: 1, nextReminderAt: '2026-03-28T09:00:00Z' });
    const record = (await late.repo.events(REF)).filter((e) => e.type === 'reminderSkipped');
    expect(record).toHaveLength(1);
    expect(record[0]).toMatchObject({ level: 'settingManager', visibleToComplainant: false, details: { reminder: 1, remindAt: '2026-03-23T09:00:00Z' } });
    expect(late.repo.pendingEffects()).toEqual([]);
  });

  it('P6 → P7: down from before the first reminder until after the deadline: no "due by" reminder goes, the lapse is carried out at once, and the line manager’s 14 days run from the missed deadline', async () => {
    // Prepare: back on 3 April, four days after the deadline.
    const world = await submitted();
    const opened = await step(world, 'open', 'settingManager');
    world.clock.set('2026-04-03T10:00:00Z');

    // Act: what the workflow runs on restart, in order.
    const first = await step(world, 'remind', 'settingManager', await step(world, 'check', 'settingManager', opened));
    const second = await step(world, 'remind', 'settingManager', first);
    const atDeadline = await step(world, 'check', 'settingManager', second);
    const lapsed = await step(world, 'lapse', 'settingManager', atDeadline);

    // Assess
    expect([first.reminderIndex, second.reminderIndex, atDeadline.status, lapsed.status]).toEqual([1, 2, 'pending', 'lapsed']);
    const types = (await world.repo.events(REF)).map((e) => e.type);
    expect(types.filter((t) => t === 'reminderSkipped')).toHaveLength(2);
    expect(types).not.toContain('reminderSent');
    const { levels } = world.repo.get(REF);
    expect(levels.settingManager!.lapsedAt).toBe('2026-04-03T10:00:00.000Z');
    // Entered when the deadline was missed (31 March, 00:00 BST), so due 14 April, not 17 April.
    expect(levels.lineManager).toMatchObject({ enteredAt: '2026-03-30T23:00:00.000Z', deadlineAt: '2026-04-14T22:59:59Z' });
    // The complainant still hears of the lapse, and the line manager of the complaint; nobody is reminded.
    expect(world.mailer.sent.map((e) => e.subject.split(':')[0]).length).toBe(2);
    expect(world.mailer.to(staffEmail('chloe-evans'))).toEqual([]);
    expect(world.mailer.to(staffEmail('gareth-price'))).toHaveLength(1);
  });

  it('P8: at the last level, after a long outage only the latest overdue reminder goes; those it supersedes are recorded as skipped', async () => {
    // Prepare: the owners' appeal deadline passed and was recorded on time…
    const world = await submitted();
    world.clock.set('2026-03-30T23:00:00Z');
    await step(world, 'lapse', 'settingManager');
    world.clock.set('2026-04-14T23:00:00Z');
    await step(world, 'lapse', 'lineManager');
    const ownersDeadline = world.repo.get(REF).levels.owners!.deadlineAt;
    world.clock.set(new Date(Date.parse(ownersDeadline) + 1000));
    const lapsed = await step(world, 'lapse', 'owners');
    world.mailer.sent.length = 0;
    // …then the system was down for three weeks.
    world.clock.set(new Date(Date.parse(ownersDeadline) + 22 * 86_400_000));

    // Act
    const first = await step(world, 'overdue', 'owners', lapsed);
    const second = await step(world, 'overdue', 'owners', first);
    const third = await step(world, 'overdue', 'owners', second);

    // Assess
    expect([first.overdueIndex, second.overdueIndex, third.overdueIndex]).toEqual([1, 2, 3]);
    const events = (await world.repo.events(REF)).filter((e) => e.type === 'reminderSkipped' || e.type === 'overdueReminderSent');
    expect(events.map((e) => e.type)).toEqual(['reminderSkipped', 'reminderSkipped', 'overdueReminderSent']);
    expect(world.mailer.to(staffEmail('helen-okafor'))).toHaveLength(1);
  });

  it('a reminder is stale past half the way to what follows it, and never within an hour unless what follows is due', () => {
    const moment = '2026-03-23T09:00:00Z';
    const week = '2026-03-30T09:00:00Z';
    expect(isStale(moment, week, new Date('2026-03-26T20:00:00Z'))).toBe(false);
    expect(isStale(moment, week, new Date('2026-03-26T22:00:00Z'))).toBe(true);
    // A minute apart (a scaled demo day): stale only once the next moment has passed.
    expect(isStale(moment, '2026-03-23T09:01:00Z', new Date('2026-03-23T09:00:50Z'))).toBe(false);
    expect(isStale(moment, '2026-03-23T09:01:00Z', new Date('2026-03-23T09:01:01Z'))).toBe(true);
  });
});
