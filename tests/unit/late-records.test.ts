import { describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../../lambdas/domain/errors';
import { displayStateOf } from '../../lambdas/domain/levels';
import { runClockStep } from '../../lambdas/use-cases/run-clock-step';
import { REFERENCE as REF, AGENCY_EMAIL, PARENT_EMAIL, agencySubmission, clearSent, parentSubmission, staffDo, worldWith } from '../helpers/submissions';
import type { TestWorld } from '../helpers/use-case-context';

// Every world starts on Monday 2 March 2026, 10:00 GMT. A3 and P6 run 28 days from receipt:
// to 30 March, 23:59:59 BST (22:59:59Z). A lapse runs when the deadline's Wait ends.

async function lapse(world: TestWorld, at: string, level: 'agencyMeeting' | 'settingManager') {
  world.clock.set(at);
  await runClockStep(world.ctx, { step: 'lapse', complaintId: REF, level });
}

describe('Recording what really happened, late (A3, P6)', () => {
  it('A3: a meeting held after its deadline lapsed and escalated is recorded on the day it was held, late by 2 days; the lapse and the escalation stay', async () => {
    // Prepare: A3 lapsed on 30 March and went to the line manager.
    const world = await worldWith(agencySubmission());
    await lapse(world, '2026-03-30T23:00:00Z', 'agencyMeeting');
    expect(world.repo.get(REF).complaint.currentLevel).toBe('lineManagerAcknowledgement');
    clearSent(world);

    // Act
    await staffDo(world, '2026-04-03T09:00:00Z', 'chloe-evans', { type: 'meeting', heldOn: '2026-04-01', summary: 'We agreed a weekly call.' });

    // Assess
    const { complaint, levels } = world.repo.get(REF);
    expect(complaint.currentLevel).toBe('lineManagerAcknowledgement');
    expect(levels.agencyMeeting).toMatchObject({
      lapsedAt: '2026-03-30T23:00:00.000Z',
      doneAt: '2026-04-01T22:59:59.000Z',
      doneRecordedAt: '2026-04-03T09:00:00.000Z',
      doneBy: 'chloe-evans',
    });
    expect(levels.lineManagerAcknowledgement!.doneAt).toBeUndefined();
    expect(displayStateOf(levels.agencyMeeting!, world.clock.now())).toBe('breached');
    const events = await world.repo.events(REF);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['lapsed', 'escalated', 'meetingHeld']));
    const meeting = events.find((e) => e.type === 'meetingHeld')!;
    expect(meeting).toMatchObject({
      at: '2026-04-03T09:00:00.000Z',
      summary: 'The manager met the complainant on 2026-04-01, 2 days late.',
      details: {
        occurredAt: '2026-04-01T22:59:59.000Z',
        recordedAt: '2026-04-03T09:00:00.000Z',
        lateByDays: 2,
        statutoryDeadlineAt: '2026-03-30T22:59:59Z',
        afterLapse: true,
      },
    });
    // A4: the agency still has the outcome of the meeting in writing.
    expect(world.mailer.to(AGENCY_EMAIL).map((email) => email.subject)).toEqual([`The meeting about your complaint (${REF})`]);
  });

  it('P6: an outcome given in time but recorded after the lapse names its level: not late, and the escalation stands', async () => {
    // Prepare: P6 lapsed on 30 March and went to the line manager.
    const world = await worldWith(parentSubmission());
    await lapse(world, '2026-03-30T23:00:00Z', 'settingManager');
    clearSent(world);

    // Act
    await staffDo(world, '2026-04-02T10:00:00Z', 'chloe-evans', {
      type: 'outcome',
      outcome: 'upheld',
      summary: 'We apologised on the phone on 27 March.',
      occurredAt: '2026-03-27',
      level: 'settingManager',
    });

    // Assess
    const { complaint, levels } = world.repo.get(REF);
    expect(complaint.currentLevel).toBe('lineManager');
    expect(levels.lineManager!.doneAt).toBeUndefined();
    expect(levels.settingManager).toMatchObject({ doneAt: '2026-03-27T23:59:59.000Z', lapsedAt: '2026-03-30T23:00:00.000Z' });
    expect(complaint.lastOutcome).toMatchObject({ level: 'settingManager', at: '2026-03-27T23:59:59.000Z' });
    const given = (await world.repo.events(REF)).find((e) => e.type === 'outcomeGiven')!;
    expect(given.details).not.toHaveProperty('lateByDays');
    expect(given.details).toMatchObject({ occurredAt: '2026-03-27T23:59:59.000Z', afterLapse: true });
    expect(world.mailer.to(PARENT_EMAIL).map((email) => email.subject)).toEqual([`The outcome of your complaint (${REF})`]);
  });

  it('P6: without a level named, an outcome goes to the level now running, not to the lapsed one', async () => {
    // Prepare
    const world = await worldWith(parentSubmission());
    await lapse(world, '2026-03-30T23:00:00Z', 'settingManager');

    // Act
    await staffDo(world, '2026-04-02T10:00:00Z', 'gareth-price', { type: 'outcome', outcome: 'notUpheld', summary: 'Reviewed.' });

    // Assess
    const { levels } = world.repo.get(REF);
    expect(levels.lineManager!.doneAt).toBe('2026-04-02T10:00:00.000Z');
    expect(levels.settingManager!.doneAt).toBeUndefined();
  });

  it('P6: a date in the future, or before the complaint was received, is a 400 naming occurredAt; a level owing nothing is a 409 saying so; nothing is stored', async () => {
    // Prepare
    const world = await worldWith(parentSubmission());
    const savesBefore = world.repo.saves;
    const outcome = { type: 'outcome', outcome: 'upheld', summary: 'Sorted.' } as const;

    // Act
    const future = staffDo(world, '2026-03-10T10:00:00Z', 'chloe-evans', { ...outcome, occurredAt: '2026-03-11' });
    const early = staffDo(world, '2026-03-10T10:00:00Z', 'chloe-evans', { ...outcome, occurredAt: '2026-03-01' });
    const wrongLevel = staffDo(world, '2026-03-10T10:00:00Z', 'chloe-evans', { ...outcome, level: 'owners' });

    // Assess
    await expect(future).rejects.toMatchObject({ fields: [{ field: 'occurredAt', message: 'cannot be in the future' }] });
    await expect(early).rejects.toBeInstanceOf(ValidationError);
    await expect(early).rejects.toMatchObject({
      fields: [{ field: 'occurredAt', message: 'cannot be before the date the complaint was received (2026-03-02)' }],
    });
    await expect(wrongLevel).rejects.toThrow(new ConflictError('Nothing is waiting for feedback or an outcome at that stage'));
    expect(world.repo.saves).toBe(savesBefore);
  });

  it('P6: an outcome recorded days later but within the deadline is done on the day it happened, not late', async () => {
    // Prepare
    const world = await worldWith(parentSubmission());

    // Act
    await staffDo(world, '2026-03-20T10:00:00Z', 'chloe-evans', { type: 'outcome', outcome: 'upheld', summary: 'Sorted.', occurredAt: '2026-03-16T15:00:00Z' });

    // Assess
    const clock = world.repo.get(REF).levels.settingManager!;
    expect(clock).toMatchObject({ doneAt: '2026-03-16T15:00:00.000Z', doneRecordedAt: '2026-03-20T10:00:00.000Z' });
    expect(displayStateOf(clock, world.clock.now())).toBe('done');
  });
});
