import { describe, expect, it } from 'vitest';
import type { EmailEffect } from '../../lambdas/domain/complaint';
import { ConcurrencyError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lambdas/domain/errors';
import { checkLevel } from '../../lambdas/use-cases/check-level';
import { recordAction, type StaffAction } from '../../lambdas/use-cases/record-action';
import { respondToOutcome } from '../../lambdas/use-cases/respond-to-outcome';
import type { ComplaintSubmission } from '../../lambdas/use-cases/submit-complaint';
import {
  AGENCY_EMAIL as AGENCY,
  PARENT_EMAIL as PARENT,
  REFERENCE as REF,
  agencyAtLineManager,
  agencySubmission,
  clearSent,
  parentSubmission,
  principal,
  staffDo as act,
  worldWith,
} from '../helpers/submissions';
import { staffEmail, testWorld, type TestWorld } from '../helpers/use-case-context';
import { submitComplaint } from '../../lambdas/use-cases/submit-complaint';

// Every world starts on Monday 2 March 2026, 10:00 GMT. Deadlines are worked out by hand:
// 28 days from 2 March is 30 March, the day after BST began, so 23:59:59 London is
// 22:59:59Z; 14 days from 21 March is 4 April (BST, 22:59:59Z). R3: the example
// organisation keeps records for 3 years, so a complaint closed on 20 March 2026 at 10:00Z
// may go on 20 March 2029 at 10:00Z.

function parentComplaint(overrides: Partial<ComplaintSubmission> = {}): ComplaintSubmission {
  return parentSubmission({ keyPersonId: 'amira-khan', childName: 'Alex', ...overrides });
}

function agencyComplaint(overrides: Partial<ComplaintSubmission> = {}): ComplaintSubmission {
  return parentComplaint(agencySubmission({ description: 'A referral we made was not followed up.', ...overrides }));
}

const outcome = (summary = 'We now check lunches are hot before serving.'): StaffAction => ({
  type: 'outcome',
  outcome: 'partlyUpheld',
  summary,
});

/** P6 → P7 → P8: the manager answered, the parent went to the line manager, then appealed to the owners. */
async function parentAtOwners(): Promise<TestWorld> {
  const world = await worldWith(parentComplaint());
  await act(world, '2026-03-20T10:00:00Z', 'chloe-evans', outcome());
  world.clock.set('2026-03-21T10:00:00Z');
  await respondToOutcome(world.ctx, REF, { type: 'notSatisfied', reason: 'Still cold.' });
  await act(world, '2026-03-30T10:00:00Z', 'gareth-price', outcome('The cook has new hot cabinets.'));
  world.clock.set('2026-04-01T09:00:00Z');
  await respondToOutcome(world.ctx, REF, { type: 'notSatisfied', reason: 'I appeal.' });
  clearSent(world);
  return world;
}

const complainantEmails = (world: TestWorld) =>
  [...world.repo.outbox.values()]
    .map((stored) => stored.effect)
    .filter((effect): effect is EmailEffect => effect.kind === 'email' && effect.key.startsWith('email#complainant#'));

const recipients = (world: TestWorld) => [...new Set(world.mailer.sent.map((email) => email.to))].sort();

describe('Use case: recordAction', () => {
  describe('an agency complaint about the manager (A1/A5, P7)', () => {
    it('A1/A5, P7: it goes to the line manager, who is told and records every duty of the level; the manager never sees it', async () => {
      // Prepare
      const world = testWorld({ references: [REF] });

      // Act
      await submitComplaint(world.ctx, agencyComplaint({ about: 'manager' }), { actor: { kind: 'complainant' } });
      const told = recipients(world);
      await act(world, '2026-03-10T10:00:00Z', 'gareth-price', { type: 'meeting', heldOn: '2026-03-09T14:00:00Z' });
      await act(world, '2026-03-10T11:00:00Z', 'gareth-price', { type: 'agreement', reached: false });

      // Assess
      expect(world.repo.get(REF).complaint.subjectStaffId).toBe('chloe-evans');
      expect(told).toEqual([staffEmail('gareth-price'), AGENCY].sort());
      expect(world.repo.get(REF).levels.agencyMeeting?.doneBy).toBe('gareth-price');
      await expect(act(world, '2026-03-10T12:00:00Z', 'chloe-evans', { type: 'note', text: 'Mine?' })).rejects.toBeInstanceOf(NotFoundError);
      expect(world.mailer.sent.some((email) => email.to === staffEmail('chloe-evans'))).toBe(false);
    });
  });

  describe('acknowledgement (A2, A5)', () => {
    it('A2: an acknowledgement owed discharges the written-acknowledgement clock and the agency then waits on the meeting (A3)', async () => {
      // Prepare: an agency complaint whose written acknowledgement is still owed.
      const world = await worldWith(agencyComplaint());
      const stored = world.repo.get(REF);
      delete stored.levels.agencyAcknowledgement!.doneAt;
      delete stored.levels.agencyAcknowledgement!.doneBy;
      stored.complaint.currentLevel = 'agencyAcknowledgement';

      // Act
      const result = await act(world, '2026-03-05T09:00:00Z', 'chloe-evans', { type: 'acknowledgement', note: 'Letter posted.' });

      // Assess
      expect(result.complaint.currentLevel).toBe('agencyMeeting');
      const { complaint, levels } = world.repo.get(REF);
      expect(complaint.currentLevel).toBe('agencyMeeting');
      expect(levels.agencyAcknowledgement).toMatchObject({ doneAt: '2026-03-05T09:00:00.000Z', doneBy: 'chloe-evans' });
      expect(levels.agencyMeeting!.doneAt).toBeUndefined();
      const acknowledged = (await world.repo.events(REF)).filter((e) => e.type === 'acknowledged').at(-1)!;
      expect(acknowledged).toMatchObject({
        level: 'agencyAcknowledgement',
        actor: { kind: 'staff', staffId: 'chloe-evans', role: 'settingManager' },
        details: { note: 'Letter posted.' },
      });
    });

    it('A2: the acknowledgement sent at receipt already discharged A2, so a second one is a ConflictError saying nothing waits for it', async () => {
      // Prepare
      const world = await worldWith(agencyComplaint());
      const savesBefore = world.repo.saves;

      // Act
      const attempt = act(world, '2026-03-05T09:00:00Z', 'chloe-evans', { type: 'acknowledgement' });

      // Assess
      await expect(attempt).rejects.toBeInstanceOf(ConflictError);
      await expect(attempt).rejects.toThrow('Nothing is waiting for an acknowledgement on this complaint');
      expect(world.repo.saves).toBe(savesBefore);
    });

    it('A5: the line manager’s acknowledgement discharges the 5-day clock and the agency then waits on the 14-day report', async () => {
      // Prepare
      const world = await agencyAtLineManager(agencyComplaint());

      // Act
      await act(world, '2026-03-12T10:00:00Z', 'gareth-price', { type: 'acknowledgement' });

      // Assess
      const { complaint, levels } = world.repo.get(REF);
      expect(complaint.currentLevel).toBe('lineManagerReport');
      expect(levels.lineManagerAcknowledgement).toMatchObject({ doneAt: '2026-03-12T10:00:00.000Z', doneBy: 'gareth-price' });
      expect(levels.lineManagerReport).toMatchObject({ deadlineAt: '2026-03-25T23:59:59Z' });
      expect(levels.lineManagerReport!.doneAt).toBeUndefined();
    });
  });

  describe('meeting (A3)', () => {
    it('A3: the meeting held discharges the 28-day meeting clock, with the date it was held on record', async () => {
      // Prepare
      const world = await worldWith(agencyComplaint());

      // Act
      await act(world, '2026-03-10T10:00:00Z', 'chloe-evans', {
        type: 'meeting',
        heldOn: '2026-03-09T14:00:00Z',
        note: 'Met Jo at the setting.',
      });

      // Assess
      const { complaint, levels } = world.repo.get(REF);
      // Done on the day it was held; recorded the next day.
      expect(levels.agencyMeeting).toMatchObject({
        doneAt: '2026-03-09T14:00:00.000Z',
        doneRecordedAt: '2026-03-10T10:00:00.000Z',
        doneBy: 'chloe-evans',
      });
      expect(complaint.currentLevel).toBe('agencyMeeting');
      const meeting = (await world.repo.events(REF)).find((e) => e.type === 'meetingHeld')!;
      expect(meeting.details).toEqual({
        heldOn: '2026-03-09T14:00:00Z',
        note: 'Met Jo at the setting.',
        occurredAt: '2026-03-09T14:00:00.000Z',
        recordedAt: '2026-03-10T10:00:00.000Z',
      });
    });

    it('A3: a meeting dated in the future is refused with a ValidationError naming heldOn, and nothing is recorded', async () => {
      // Prepare
      const world = await worldWith(agencyComplaint());
      const savesBefore = world.repo.saves;

      // Act
      const attempt = act(world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'meeting', heldOn: '2026-03-10T10:00:01Z' });

      // Assess
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      await expect(attempt).rejects.toMatchObject({ fields: [{ field: 'heldOn', message: 'cannot be in the future' }] });
      expect(world.repo.saves).toBe(savesBefore);
      expect(world.repo.get(REF).levels.agencyMeeting!.doneAt).toBeUndefined();
    });

    it('A3: a parent’s complaint owes no meeting: recording one is a ConflictError', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());

      // Act
      const attempt = act(world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'meeting', heldOn: '2026-03-09T14:00:00Z' });

      // Assess
      await expect(attempt).rejects.toThrow(new ConflictError('Nothing is waiting for a meeting on this complaint'));
    });
  });

  describe('outcome (P1, P6, P7, P8, A5, A6)', () => {
    it('P6: feedback before the deadline stops the clock (the level is done; the workflow check answers done)', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());
      const running = await checkLevel(world.ctx, REF, 'settingManager');

      // Act
      await act(world, '2026-03-20T10:00:00Z', 'chloe-evans', outcome());

      // Assess
      expect(running.status).toBe('pending');
      const state = await checkLevel(world.ctx, REF, 'settingManager', running);
      expect(state.status).toBe('done');
      expect(world.repo.get(REF).levels.settingManager).toMatchObject({
        doneAt: '2026-03-20T10:00:00.000Z',
        doneBy: 'chloe-evans',
      });
    });

    it('P6: the outcome is recorded as the last outcome, in a complainant-visible event, with the confidential report kept apart', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());

      // Act
      await act(world, '2026-03-20T10:00:00Z', 'chloe-evans', {
        type: 'outcome',
        outcome: 'upheld',
        summary: 'We now check lunches are hot before serving.',
        confidentialReport: 'Cook interviewed; thermometer log started.',
      });

      // Assess
      expect(world.repo.get(REF).complaint.lastOutcome).toEqual({
        level: 'settingManager',
        outcome: 'upheld',
        summary: 'We now check lunches are hot before serving.',
        at: '2026-03-20T10:00:00.000Z',
      });
      const events = (await world.repo.events(REF)).filter((e) => e.at === '2026-03-20T10:00:00.000Z');
      expect(events.map((e) => [e.type, e.visibleToComplainant])).toEqual([
        ['outcomeGiven', true],
        ['note', false],
        // R4: an upheld outcome opens the owners' practice review, never shown to the complainant.
        ['practiceReviewOpened', false],
      ]);
      expect(events[0]).toMatchObject({
        summary: 'We now check lunches are hot before serving.',
        level: 'settingManager',
        actor: { kind: 'staff', staffId: 'chloe-evans', role: 'settingManager' },
        details: { outcome: 'upheld' },
      });
      expect(events[1]!.details).toEqual({ report: 'Cook interviewed; thermometer log started.' });
      expect(events[1]!.summary).not.toContain('thermometer');
    });

    it('P6/P7: the complainant is emailed the outcome in their language, with the line manager as the next step', async () => {
      // Prepare
      const world = await worldWith(parentComplaint({ language: 'pl' }));

      // Act
      await act(world, '2026-03-20T10:00:00Z', 'chloe-evans', outcome());

      // Assess
      const [email, ...others] = complainantEmails(world).filter((e) => e.message.kind === 'outcomeGiven');
      expect(others).toEqual([]);
      expect(email).toMatchObject({
        key: 'email#complainant#outcome#settingManager',
        to: PARENT,
        language: 'pl',
        withStatusLink: true,
        message: { kind: 'outcomeGiven', level: 'settingManager', outcome: 'partlyUpheld', nextLevel: 'lineManager' },
      });
      const sent = world.mailer.to(PARENT);
      expect(sent.map((e) => e.subject)).toEqual([`Wynik rozpatrzenia Państwa skargi (${REF})`]);
      expect(sent[0]!.text).toContain('Kolejny etap:');
      // R4: partly upheld, so the owner is told of the practice review; nobody else.
      expect(recipients(world)).toEqual([staffEmail('helen-okafor'), PARENT]);
    });

    it('P1/P4: the key person’s answer to a concern names the setting manager as the next step', async () => {
      // Prepare
      const world = await worldWith(parentComplaint({ classification: 'concern' }));

      // Act
      await act(world, '2026-03-04T10:00:00Z', 'amira-khan', outcome('We have spoken to the kitchen.'));

      // Assess
      expect(world.repo.get(REF).levels.keyPerson).toMatchObject({ doneBy: 'amira-khan' });
      expect(complainantEmails(world).find((e) => e.message.kind === 'outcomeGiven')!.message).toMatchObject({
        level: 'keyPerson',
        nextLevel: 'settingManager',
      });
    });

    it('P7: on a complaint about the manager, the line manager gives the outcome and the owners are the next step', async () => {
      // Prepare
      const world = await worldWith(parentComplaint({ about: 'manager', subjectStaffId: 'chloe-evans' }));

      // Act
      await act(world, '2026-03-12T10:00:00Z', 'gareth-price', outcome('The manager has been spoken to.'));

      // Assess
      expect(world.repo.get(REF).levels.lineManager).toMatchObject({ doneAt: '2026-03-12T10:00:00.000Z', doneBy: 'gareth-price' });
      expect(world.repo.get(REF).complaint.lastOutcome).toMatchObject({ level: 'lineManager' });
      expect(complainantEmails(world).find((e) => e.message.kind === 'outcomeGiven')!.message).toMatchObject({
        level: 'lineManager',
        nextLevel: 'owners',
      });
      expect(recipients(world)).toEqual([staffEmail('helen-okafor'), PARENT]);
    });

    it('P8: the owners’ appeal outcome is the last step inside the setting: the email points to Ofsted and names no next level', async () => {
      // Prepare
      const world = await parentAtOwners();

      // Act
      await act(world, '2026-04-10T10:00:00Z', 'helen-okafor', outcome('The appeal panel upholds the line manager’s findings.'));

      // Assess
      expect(world.repo.get(REF).complaint.lastOutcome).toMatchObject({ level: 'owners' });
      const message = complainantEmails(world).find((e) => e.key === 'email#complainant#outcome#owners')!.message;
      expect(message).toMatchObject({ kind: 'outcomeGiven', level: 'owners' });
      expect(message).not.toHaveProperty('nextLevel');
      expect(world.mailer.to(PARENT)[0]!.text).toContain('you can complain to Ofsted');
    });

    it('A5/A6: the line manager’s report is an outcome, and the agency can then appeal to the owners', async () => {
      // Prepare
      const world = await agencyAtLineManager(agencyComplaint());
      await act(world, '2026-03-12T10:00:00Z', 'gareth-price', { type: 'acknowledgement' });

      // Act
      await act(world, '2026-03-20T10:00:00Z', 'gareth-price', outcome('Referrals are now checked daily.'));

      // Assess
      const { complaint, levels } = world.repo.get(REF);
      expect(levels.lineManagerReport).toMatchObject({ doneAt: '2026-03-20T10:00:00.000Z', doneBy: 'gareth-price' });
      expect(complaint.lastOutcome).toMatchObject({ level: 'lineManagerReport', summary: 'Referrals are now checked daily.' });
      expect(complainantEmails(world).find((e) => e.message.kind === 'outcomeGiven')).toMatchObject({
        to: AGENCY,
        message: { level: 'lineManagerReport', nextLevel: 'agencyAppeal' },
      });
    });

    it('A6: the owners answer the agency’s appeal, and the agency is pointed to Ofsted', async () => {
      // Prepare
      const world = await agencyAtLineManager(agencyComplaint());
      await act(world, '2026-03-12T10:00:00Z', 'gareth-price', { type: 'acknowledgement' });
      await act(world, '2026-03-20T10:00:00Z', 'gareth-price', outcome('Referrals are now checked daily.'));
      world.clock.set('2026-03-23T10:00:00Z');
      await respondToOutcome(world.ctx, REF, { type: 'notSatisfied', reason: 'We appeal.' });

      // Act
      await act(world, '2026-03-30T10:00:00Z', 'helen-okafor', outcome('The trustees have reviewed referral handling.'));

      // Assess
      expect(world.repo.get(REF).levels.agencyAppeal).toMatchObject({ doneBy: 'helen-okafor' });
      const message = complainantEmails(world).find((e) => e.key === 'email#complainant#outcome#agencyAppeal')!.message;
      expect(message).not.toHaveProperty('nextLevel');
    });

    it('an outcome recorded twice is a ConflictError saying nothing is waiting for one, and the first stands', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());
      await act(world, '2026-03-20T10:00:00Z', 'chloe-evans', outcome('First answer.'));
      const savesBefore = world.repo.saves;

      // Act
      const attempt = act(world, '2026-03-21T10:00:00Z', 'chloe-evans', outcome('Second answer.'));

      // Assess
      await expect(attempt).rejects.toThrow(new ConflictError('Nothing is waiting for feedback or an outcome on this complaint'));
      expect(world.repo.saves).toBe(savesBefore);
      expect(world.repo.get(REF).complaint.lastOutcome!.summary).toBe('First answer.');
    });
  });

  describe('agreement (A4)', () => {
    it('A4: agreement is sought after the meeting: recording it before the meeting is a ConflictError', async () => {
      // Prepare
      const world = await worldWith(agencyComplaint());

      // Act
      const attempt = act(world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'agreement', reached: true });

      // Assess
      await expect(attempt).rejects.toThrow(
        new ConflictError('Agreement is sought after the meeting: record the meeting first'),
      );
      expect(world.repo.get(REF).complaint.status).toBe('open');
    });

    it('A4/R3: agreement reached closes the complaint, and its record is kept for 3 years from closing', async () => {
      // Prepare
      const world = await worldWith(agencyComplaint());
      await act(world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'meeting', heldOn: '2026-03-09T14:00:00Z' });

      // Act
      await act(world, '2026-03-20T10:00:00Z', 'chloe-evans', { type: 'agreement', reached: true, note: 'Daily referral check agreed.' });

      // Assess
      const { complaint } = world.repo.get(REF);
      expect(complaint).toMatchObject({ status: 'closed', agreementReached: true, closedAt: '2026-03-20T10:00:00.000Z' });
      expect(complaint.expiresAt).toBe(Date.parse('2029-03-20T10:00:00Z') / 1000);
      expect((await world.repo.events(REF)).slice(-2).map((e) => e.type)).toEqual(['agreementRecorded', 'closed']);
      expect(world.mailer.to(AGENCY).map((e) => e.subject)).toEqual([
        `The meeting about your complaint (${REF})`,
        `Your complaint is now closed (${REF})`,
      ]);
    });

    it('A4: no agreement keeps the complaint open for the agency to write to the line manager; recording it again is a ConflictError', async () => {
      // Prepare
      const world = await worldWith(agencyComplaint());
      await act(world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'meeting', heldOn: '2026-03-09T14:00:00Z' });

      // Act
      await act(world, '2026-03-10T11:00:00Z', 'chloe-evans', { type: 'agreement', reached: false });
      const again = act(world, '2026-03-10T12:00:00Z', 'chloe-evans', { type: 'agreement', reached: true });

      // Assess
      await expect(again).rejects.toThrow(new ConflictError('Agreement was already recorded'));
      const { complaint } = world.repo.get(REF);
      expect(complaint).toMatchObject({ status: 'open', agreementReached: false, currentLevel: 'agencyMeeting' });
      expect(complaint.expiresAt).toBeUndefined();
    });
  });

  describe('extension', () => {
    const extend: StaffAction = {
      type: 'extension',
      newDeadlineAt: '2026-04-13T22:59:59Z',
      reason: 'Waiting for the cook’s statement.',
      complainantAgreedOn: '2026-03-19',
    };

    it('moves the deadline, keeps the statutory date on record, and restarts the clock as execution `<ref>-<level>-1`', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());

      // Act
      await act(world, '2026-03-20T10:00:00Z', 'chloe-evans', extend);

      // Assess: reminders 7 and 2 days before 13 April, at 09:00 BST.
      expect(world.repo.get(REF).levels.settingManager).toMatchObject({
        statutoryDeadlineAt: '2026-03-30T22:59:59Z',
        deadlineAt: '2026-04-13T22:59:59Z',
        reminders: ['2026-04-06T08:00:00Z', '2026-04-11T08:00:00Z'],
        remindersSent: 0,
        attempt: 1,
        extension: {
          to: '2026-04-13T22:59:59Z',
          reason: 'Waiting for the cook’s statement.',
          by: 'chloe-evans',
          at: '2026-03-20T10:00:00.000Z',
          complainantAgreedOn: '2026-03-19T23:59:59.000Z',
        },
      });
      expect(world.workflows.started).toEqual([
        {
          track: 'parent',
          name: `${REF}-settingManager-1`,
          input: { complaintId: REF, track: 'parent', level: 'settingManager' },
        },
      ]);
      const extended = (await world.repo.events(REF)).find((e) => e.type === 'extended')!;
      expect(extended.details).toEqual({
        statutoryDeadlineAt: '2026-03-30T22:59:59Z',
        newDeadlineAt: '2026-04-13T22:59:59Z',
        statutory: true,
        complainantAgreedOn: '2026-03-19T23:59:59.000Z',
      });
    });

    it('the complainant is told the new date, the statutory one and the reason', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());

      // Act
      await act(world, '2026-03-20T10:00:00Z', 'chloe-evans', extend);

      // Assess
      expect(complainantEmails(world).find((e) => e.message.kind === 'deadlineExtended')!.message).toMatchObject({
        level: 'settingManager',
        statutoryDeadlineAt: '2026-03-30T22:59:59Z',
        newDeadlineAt: '2026-04-13T22:59:59Z',
        reason: 'Waiting for the cook’s statement.',
      });
      const [email] = world.mailer.to(PARENT);
      expect(email!.subject).toBe(`A new date for your complaint (${REF})`);
      expect(email!.text).toContain('We will now respond by 13 April 2026.');
      expect(email!.text).toContain('The date set by the procedure was 30 March 2026.');
    });

    it('the old execution’s next check answers ended, while the restarted one’s answers pending on the new date', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());
      const oldExecution = await checkLevel(world.ctx, REF, 'settingManager');
      await act(world, '2026-03-20T10:00:00Z', 'chloe-evans', extend);
      const newExecution = await checkLevel(world.ctx, REF, 'settingManager');

      // Act
      const oldCheck = await checkLevel(world.ctx, REF, 'settingManager', oldExecution);
      const newCheck = await checkLevel(world.ctx, REF, 'settingManager', newExecution);

      // Assess
      expect(oldExecution.attempt).toBe(0);
      expect(oldCheck.status).toBe('ended');
      expect(newCheck).toMatchObject({ status: 'pending', attempt: 1, deadlineAt: '2026-04-13T22:59:59Z' });
    });

    it('a new deadline no later than the current one is a ValidationError naming newDeadlineAt', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());

      // Act
      const attempt = act(world, '2026-03-20T10:00:00Z', 'chloe-evans', { ...extend, newDeadlineAt: '2026-03-30T22:59:59Z' });

      // Assess
      await expect(attempt).rejects.toMatchObject({ fields: [{ field: 'newDeadlineAt' }] });
      expect(world.repo.get(REF).levels.settingManager!.attempt).toBe(0);
    });

    it('the setting manager extending a key person’s level is recorded as the setting manager', async () => {
      // Prepare
      const world = await worldWith(parentComplaint({ classification: 'concern' }));

      // Act
      await act(world, '2026-03-04T10:00:00Z', 'chloe-evans', { type: 'extension', reason: 'Away.', newDeadlineAt: '2026-03-12T23:59:59Z' });

      // Assess
      const extended = (await world.repo.events(REF)).find((e) => e.type === 'extended')!;
      expect(extended.actor).toEqual({ kind: 'staff', staffId: 'chloe-evans', role: 'settingManager' });
    });
  });

  describe('referral (P3)', () => {
    it('P3: an allegation surfacing mid-way refers the complaint and ends its running clock', async () => {
      // Prepare
      const world = await worldWith(parentComplaint({ about: 'otherStaff', subjectStaffId: 'ben-jones' }));
      const running = await checkLevel(world.ctx, REF, 'settingManager');

      // Act
      await act(world, '2026-03-05T10:00:00Z', 'dawid-nowak', { type: 'referral', reason: 'Child disclosed a bruise.' });

      // Assess
      const { complaint, levels } = world.repo.get(REF);
      expect(complaint).toMatchObject({ status: 'referred', closedAt: '2026-03-05T10:00:00.000Z' });
      expect(complaint.expiresAt).toBe(Date.parse('2029-03-05T10:00:00Z') / 1000);
      expect(levels.settingManager!.endedAt).toBe('2026-03-05T10:00:00.000Z');
      expect((await checkLevel(world.ctx, REF, 'settingManager', running)).status).toBe('ended');
      expect((await world.repo.events(REF)).at(-1)!.type).toBe('allegationReferred');
    });

    it('P3: the safeguarding lead and the manager are alerted at once, and the member of staff named never is', async () => {
      // Prepare
      const world = await worldWith(parentComplaint({ about: 'otherStaff', subjectStaffId: 'ben-jones' }));

      // Act
      await act(world, '2026-03-05T10:00:00Z', 'dawid-nowak', { type: 'referral', reason: 'Child disclosed a bruise.' });

      // Assess
      expect(recipients(world)).toEqual([staffEmail('chloe-evans'), staffEmail('dawid-nowak')].sort());
      expect(world.mailer.to(staffEmail('chloe-evans'))[0]!.subject).toBe(
        `URGENT: allegation of harm to a child, Oak Street Nursery (${REF})`,
      );
      expect(world.mailer.to(staffEmail('ben-jones'))).toEqual([]);
    });

    it('P3: when the safeguarding lead is the person named, the manager and the line manager in their place are alerted', async () => {
      // Prepare
      const world = await worldWith(parentComplaint({ about: 'otherStaff', subjectStaffId: 'dawid-nowak' }));

      // Act
      await act(world, '2026-03-05T10:00:00Z', 'chloe-evans', { type: 'referral', reason: 'Parent alleges rough handling.' });

      // Assess
      expect(recipients(world)).toEqual([staffEmail('chloe-evans'), staffEmail('gareth-price')].sort());
    });
  });

  describe('Ofsted, notes and closing', () => {
    it('P9: Ofsted’s involvement is recorded with its reference, even after the complaint closed', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());
      await act(world, '2026-03-20T10:00:00Z', 'chloe-evans', { type: 'close', reason: 'Resolved at a meeting.' });

      // Act
      await act(world, '2026-04-02T10:00:00Z', 'chloe-evans', { type: 'ofsted', ofstedReference: 'CAS-000123', note: 'Inspector called.' });

      // Assess
      const involved = (await world.repo.events(REF)).find((e) => e.type === 'ofstedInvolved')!;
      expect(involved.details).toEqual({ ofstedReference: 'CAS-000123', note: 'Inspector called.' });
      expect(involved.summary).toContain('CAS-000123');
      expect(involved.visibleToComplainant).toBe(false);
    });

    it('a staff note is on the record and never visible to the complainant', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());

      // Act
      await act(world, '2026-03-04T10:00:00Z', 'amira-khan', { type: 'note', text: 'Mum seemed upset at pick-up.' });

      // Assess
      const note = (await world.repo.events(REF)).at(-1)!;
      expect(note).toMatchObject({
        type: 'note',
        summary: 'Mum seemed upset at pick-up.',
        visibleToComplainant: false,
        actor: { kind: 'staff', staffId: 'amira-khan' },
      });
      expect(world.mailer.sent).toEqual([]);
    });

    it('R3: closing ends the running clock, starts the 3-year retention and tells the complainant', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());
      const running = await checkLevel(world.ctx, REF, 'settingManager');

      // Act
      await act(world, '2026-03-20T10:00:00Z', 'chloe-evans', { type: 'close', reason: 'Resolved at a meeting.' });

      // Assess
      const { complaint, levels } = world.repo.get(REF);
      expect(complaint).toMatchObject({ status: 'closed', closedAt: '2026-03-20T10:00:00.000Z' });
      expect(complaint.expiresAt).toBe(Date.parse('2029-03-20T10:00:00Z') / 1000);
      expect(levels.settingManager!.endedAt).toBe('2026-03-20T10:00:00.000Z');
      expect((await checkLevel(world.ctx, REF, 'settingManager', running)).status).toBe('ended');
      expect(world.mailer.to(PARENT).map((e) => e.subject)).toEqual([`Your complaint is now closed (${REF})`]);
    });

    it('a closed complaint takes only notes, Ofsted involvement and posted letters: an outcome is a ConflictError saying it is closed', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());
      await act(world, '2026-03-20T10:00:00Z', 'chloe-evans', { type: 'close', reason: 'Resolved.' });

      // Act
      const note = await act(world, '2026-03-21T10:00:00Z', 'chloe-evans', { type: 'note', text: 'Follow-up call made.' });
      const refused = act(world, '2026-03-21T11:00:00Z', 'chloe-evans', outcome());

      // Assess
      expect(note.complaint.status).toBe('closed');
      await expect(refused).rejects.toThrow(
        new ConflictError('This complaint is closed: only notes, Ofsted involvement and posted letters can be recorded'),
      );
      expect(world.repo.get(REF).complaint.lastOutcome).toBeUndefined();
    });
  });

  describe('who may do what (F3)', () => {
    it('a key person cannot record an outcome at the manager level (ForbiddenError), and nothing is recorded', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());
      const savesBefore = world.repo.saves;

      // Act
      const attempt = act(world, '2026-03-20T10:00:00Z', 'amira-khan', outcome());

      // Assess
      await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
      expect(world.repo.saves).toBe(savesBefore);
      expect(world.repo.get(REF).levels.settingManager!.doneAt).toBeUndefined();
    });

    it('the member of staff a complaint is about gets NotFoundError, exactly as for a missing complaint', async () => {
      // Prepare
      const world = await worldWith(parentComplaint({ about: 'keyPerson', subjectStaffId: 'amira-khan' }));

      // Act
      const asSubject = act(world, '2026-03-04T10:00:00Z', 'amira-khan', { type: 'note', text: 'My side of it.' });
      const missing = recordAction(world.ctx, 'ZZZZ-9999', { type: 'note', text: 'x' }, principal('chloe-evans'));

      // Assess
      await expect(asSubject).rejects.toEqual(new NotFoundError());
      await expect(missing).rejects.toEqual(new NotFoundError());
      await expect(asSubject).rejects.toBeInstanceOf(NotFoundError);
      await expect(missing).rejects.toBeInstanceOf(NotFoundError);
    });

    it('a manager of another setting gets NotFoundError', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());

      // Act
      const attempt = act(world, '2026-03-20T10:00:00Z', 'elena-popescu', outcome());

      // Assess
      await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
      expect(world.repo.get(REF).levels.settingManager!.doneAt).toBeUndefined();
    });

    it('P8: the owner may record the appeal outcome, but the setting manager may not', async () => {
      // Prepare
      const world = await parentAtOwners();

      // Act
      const byManager = act(world, '2026-04-10T10:00:00Z', 'chloe-evans', outcome());
      await expect(byManager).rejects.toBeInstanceOf(ForbiddenError);
      await act(world, '2026-04-10T11:00:00Z', 'helen-okafor', outcome());

      // Assess
      expect(world.repo.get(REF).levels.owners).toMatchObject({ doneBy: 'helen-okafor', doneAt: '2026-04-10T11:00:00.000Z' });
      const given = (await world.repo.events(REF)).filter((e) => e.type === 'outcomeGiven').at(-1)!;
      expect(given.actor).toEqual({ kind: 'staff', staffId: 'helen-okafor', role: 'owner' });
    });

    it.each([
      ['a key person', 'amira-khan'],
      ['the safeguarding lead', 'dawid-nowak'],
    ])('closing is for managers and up: %s gets ForbiddenError', async (_who, staffId) => {
      // Prepare
      const world = await worldWith(parentComplaint());

      // Act
      const attempt = act(world, '2026-03-20T10:00:00Z', staffId, { type: 'close', reason: 'Resolved.' });

      // Assess
      await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
      expect(world.repo.get(REF).complaint.status).toBe('open');
    });

    it.each([
      ['the setting manager', 'chloe-evans'],
      ['the line manager', 'gareth-price'],
      ['an owner', 'helen-okafor'],
      ['an administrator', 'ian-murray'],
    ])('closing is for managers and up: %s may close', async (_who, staffId) => {
      // Prepare
      const world = await worldWith(parentComplaint());

      // Act
      await act(world, '2026-03-20T10:00:00Z', staffId, { type: 'close', reason: 'Resolved.' });

      // Assess
      expect(world.repo.get(REF).complaint.status).toBe('closed');
    });

    it('a key person who is not the one named cannot see the complaint at all', async () => {
      // Prepare
      const world = await worldWith(parentComplaint({ classification: 'concern' }));

      // Act
      const attempt = act(world, '2026-03-04T10:00:00Z', 'ben-jones', outcome());

      // Assess
      await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    });
  });
});

/** Another writer (the clocks' lapses, one after another) gets to the complaint first, `times` times in a row. */
function losesRaces(world: TestWorld, times: number): { lost: () => number } {
  let lost = 0;
  const save = world.repo.save.bind(world.repo);
  world.repo.save = async (change) => {
    if (lost < times) {
      lost += 1;
      world.repo.get(REF).complaint.version += 1;
    }
    return save(change);
  };
  return { lost: () => lost };
}

describe('Use case: recordAction — racing the clocks', () => {
  it('A2, P6: an action that loses six races in a row (an old letter whose stages lapse one after another) is still recorded, once', async () => {
    // Prepare
    const world = await worldWith(parentComplaint());
    const races = losesRaces(world, 6);
    const emailsBefore = complainantEmails(world).length;

    // Act
    await act(world, '2026-03-20T10:00:00Z', 'chloe-evans', outcome());

    // Assess
    expect(races.lost()).toBe(6);
    expect((await world.repo.events(REF)).filter((e) => e.type === 'outcomeGiven')).toHaveLength(1);
    expect(complainantEmails(world)).toHaveLength(emailsBefore + 1);
  });

  it('an action that never wins its race ends as a conflict after eight tries, and nothing is recorded', async () => {
    // Prepare
    const world = await worldWith(parentComplaint());
    const races = losesRaces(world, Number.POSITIVE_INFINITY);
    const emailsBefore = complainantEmails(world).length;

    // Act
    const attempt = act(world, '2026-03-20T10:00:00Z', 'chloe-evans', outcome());

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(ConcurrencyError);
    expect(races.lost()).toBe(8);
    expect((await world.repo.events(REF)).filter((e) => e.type === 'outcomeGiven')).toHaveLength(0);
    expect(complainantEmails(world)).toHaveLength(emailsBefore);
  });
});
