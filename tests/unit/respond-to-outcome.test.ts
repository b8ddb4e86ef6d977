import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../lambdas/domain/errors';
import { checkLevel } from '../../lambdas/use-cases/check-level';
import type { StaffAction } from '../../lambdas/use-cases/record-action';
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
  staffDo,
  worldWith,
} from '../helpers/submissions';
import { staffEmail, type TestWorld } from '../helpers/use-case-context';

// Every world starts on Monday 2 March 2026, 10:00 GMT; BST begins on 29 March. Deadlines
// worked out by hand (23:59:59 London on the Nth day after the start):
// - P6 and P4's manager level run from receipt: 2 March + 28 = 30 March → 22:59:59Z.
// - P7's line manager runs 14 days from the parent's letter: 21 March + 14 = 4 April → 22:59:59Z.
// - P8's owners run 14 days from the appeal: 1 April + 14 = 15 April → 22:59:59Z.
// - A5 runs from the agency's letter: 11 March + 5 = 16 March and + 14 = 25 March (GMT, 23:59:59Z).
// - A6's appeal runs 14 days (the organisation's target) from 23 March: 6 April → 22:59:59Z.

function parentComplaint(overrides: Partial<ComplaintSubmission> = {}): ComplaintSubmission {
  return parentSubmission({ keyPersonId: 'amira-khan', ...overrides });
}

const agencyComplaint = (): ComplaintSubmission => agencySubmission({ keyPersonId: 'amira-khan' });

const outcome: StaffAction = { type: 'outcome', outcome: 'notUpheld', summary: 'Lunches were checked and found hot.' };

async function respond(world: TestWorld, at: string, reason = 'It happened again on Friday.') {
  world.clock.set(at);
  return respondToOutcome(world.ctx, REF, { type: 'notSatisfied', reason });
}

/** P6 then P7: the manager answered on 20 March, the parent went to the line manager on 21 March. */
async function parentAtLineManager(submission = parentComplaint()): Promise<TestWorld> {
  const world = await worldWith(submission);
  await staffDo(world, '2026-03-20T10:00:00Z', 'chloe-evans', outcome);
  await respond(world, '2026-03-21T10:00:00Z');
  clearSent(world);
  return world;
}

const recipients = (world: TestWorld) => [...new Set(world.mailer.sent.map((email) => email.to))].sort();

describe('Use case: respondToOutcome', () => {
  describe('satisfied', () => {
    it('R3: a satisfied complainant closes the complaint, and its record is kept 3 years from closing', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());
      await staffDo(world, '2026-03-20T10:00:00Z', 'chloe-evans', outcome);
      clearSent(world);

      // Act
      world.clock.set('2026-03-22T10:00:00Z');
      const result = await respondToOutcome(world.ctx, REF, { type: 'satisfied' });

      // Assess
      expect(result.complaint).toMatchObject({ status: 'closed', closedAt: '2026-03-22T10:00:00.000Z' });
      expect(world.repo.get(REF).complaint.expiresAt).toBe(Date.parse('2029-03-22T10:00:00Z') / 1000);
      const events = (await world.repo.events(REF)).slice(-2);
      expect(events.map((e) => [e.type, e.level, e.actor.kind])).toEqual([
        ['satisfied', 'settingManager', 'complainant'],
        ['closed', undefined, 'complainant'],
      ]);
      expect(world.mailer.sent.map((e) => [e.to, e.subject])).toEqual([[PARENT, `Your complaint is now closed (${REF})`]]);
      expect(world.workflows.started).toEqual([]);
    });

    it('a complaint already closed takes no further response: ConflictError', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());
      await staffDo(world, '2026-03-20T10:00:00Z', 'chloe-evans', outcome);
      await respondToOutcome(world.ctx, REF, { type: 'satisfied' });

      // Act
      const attempt = respond(world, '2026-03-23T10:00:00Z');

      // Assess
      await expect(attempt).rejects.toThrow(new ConflictError('This complaint is already closed'));
    });
  });

  describe('not satisfied: the next level (P4, P7, P8, A5, A6)', () => {
    it('not satisfied before any outcome is a ConflictError (an appeal before any feedback), and nothing moves', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());
      const savesBefore = world.repo.saves;

      // Act
      const attempt = respond(world, '2026-03-05T10:00:00Z');

      // Assess
      await expect(attempt).rejects.toThrow(new ConflictError('You can respond once you have had a response from the setting'));
      expect(world.repo.saves).toBe(savesBefore);
      expect(world.repo.get(REF).complaint.currentLevel).toBe('settingManager');
      expect(world.workflows.started).toEqual([]);
    });

    it('P4, P6: not satisfied with the key person, the concern goes to the setting manager, due 28 days from when it came up to them', async () => {
      // Prepare
      const world = await worldWith(parentComplaint({ classification: 'concern' }));
      await staffDo(world, '2026-03-04T10:00:00Z', 'amira-khan', outcome);
      clearSent(world);

      // Act
      await respond(world, '2026-03-05T10:00:00Z');

      // Assess
      const { complaint, levels } = world.repo.get(REF);
      expect(complaint.currentLevel).toBe('settingManager');
      expect(levels.settingManager).toMatchObject({ enteredAt: '2026-03-05T10:00:00.000Z', deadlineAt: '2026-04-02T22:59:59Z' });
      expect(world.workflows.started.map((s) => s.name)).toEqual([`${REF}-settingManager`]);
      expect(recipients(world)).toEqual([staffEmail('chloe-evans'), PARENT].sort());
      expect(world.mailer.to(staffEmail('chloe-evans'))[0]!.text).toContain(
        'The complainant has asked to take this complaint further, and you are responsible for this stage.',
      );
      const events = (await world.repo.events(REF)).slice(-2);
      expect(events.map((e) => [e.type, e.level])).toEqual([
        ['notSatisfied', 'keyPerson'],
        ['levelOpened', 'settingManager'],
      ]);
      expect(events[0]!.summary).toBe('It happened again on Friday.');
      expect(world.mailer.to(PARENT).map((e) => e.subject)).toEqual([`Your concern has moved to the next stage (${REF})`]);
      expect(world.mailer.to(PARENT)[0]!.text).toContain('We have received your request to take your concern further.');
    });

    it('P7: not satisfied with the manager, it goes to the line manager, due 14 days from the parent’s letter', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());
      await staffDo(world, '2026-03-20T10:00:00Z', 'chloe-evans', outcome);
      clearSent(world);

      // Act
      await respond(world, '2026-03-21T10:00:00Z');

      // Assess
      const { complaint, levels } = world.repo.get(REF);
      expect(complaint.currentLevel).toBe('lineManager');
      expect(levels.lineManager).toMatchObject({ enteredAt: '2026-03-21T10:00:00.000Z', deadlineAt: '2026-04-04T22:59:59Z' });
      expect(world.workflows.started).toEqual([
        { track: 'parent', name: `${REF}-lineManager`, input: { complaintId: REF, track: 'parent', level: 'lineManager' } },
      ]);
      expect(recipients(world)).toEqual([staffEmail('gareth-price'), PARENT].sort());
      expect(world.mailer.to(PARENT)[0]!.subject).toBe(`Your complaint has moved to the next stage (${REF})`);
    });

    it('P8: the appeal goes to the owners, who answer within 14 days of the appeal (computed from now), and the line manager is told', async () => {
      // Prepare
      const world = await parentAtLineManager();
      await staffDo(world, '2026-03-30T10:00:00Z', 'gareth-price', outcome);
      clearSent(world);

      // Act
      await respond(world, '2026-04-01T09:00:00Z', 'I appeal.');

      // Assess
      const { complaint, levels } = world.repo.get(REF);
      expect(complaint.currentLevel).toBe('owners');
      expect(levels.owners).toMatchObject({
        enteredAt: '2026-04-01T09:00:00.000Z',
        statutoryDeadlineAt: '2026-04-15T22:59:59Z',
        deadlineAt: '2026-04-15T22:59:59Z',
      });
      expect(world.workflows.started.map((s) => s.name)).toEqual([`${REF}-owners`]);
      expect(recipients(world)).toEqual([staffEmail('gareth-price'), staffEmail('helen-okafor'), PARENT].sort());
      expect(world.mailer.to(staffEmail('gareth-price'))[0]!.subject).toBe(
        `Appeal received: complaint ${REF} has gone to the owners or trustees`,
      );
    });

    it('P9: at the owners there is no further step inside the setting: ConflictError pointing to Ofsted', async () => {
      // Prepare
      const world = await parentAtLineManager();
      await staffDo(world, '2026-03-30T10:00:00Z', 'gareth-price', outcome);
      await respond(world, '2026-04-01T09:00:00Z', 'I appeal.');
      await staffDo(world, '2026-04-10T10:00:00Z', 'helen-okafor', outcome);
      const savesBefore = world.repo.saves;

      // Act
      const attempt = respond(world, '2026-04-11T10:00:00Z', 'Still not right.');

      // Assess
      await expect(attempt).rejects.toBeInstanceOf(ConflictError);
      await expect(attempt).rejects.toThrow(/no further step inside the setting. You can take your complaint to Ofsted/);
      expect(world.repo.saves).toBe(savesBefore);
      expect(world.repo.get(REF).complaint.status).toBe('open');
    });

    it('A4: after the meeting, "not satisfied" is refused until the agency says (or staff record) whether agreement was reached', async () => {
      // Prepare
      const world = await worldWith(agencyComplaint());
      await staffDo(world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'meeting', heldOn: '2026-03-09T14:00:00Z' });

      // Act
      const attempt = respond(world, '2026-03-11T10:00:00Z');

      // Assess
      await expect(attempt).rejects.toThrow(
        new ConflictError('After the meeting, say whether an agreement was reached'),
      );
    });

    it('A5: after the meeting with no agreement, the letter opens the line manager’s 5-day acknowledgement and plans the 14-day report', async () => {
      // Prepare
      const world = await worldWith(agencyComplaint());
      await staffDo(world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'meeting', heldOn: '2026-03-09T14:00:00Z' });
      await staffDo(world, '2026-03-10T11:00:00Z', 'chloe-evans', { type: 'agreement', reached: false });
      clearSent(world);

      // Act
      await respond(world, '2026-03-11T10:00:00Z', 'We want the line manager to look at this.');

      // Assess
      const { complaint, levels } = world.repo.get(REF);
      expect(complaint.currentLevel).toBe('lineManagerAcknowledgement');
      expect(levels.lineManagerAcknowledgement).toMatchObject({ enteredAt: '2026-03-11T10:00:00.000Z', deadlineAt: '2026-03-16T23:59:59Z' });
      expect(levels.lineManagerReport).toMatchObject({ enteredAt: '2026-03-11T10:00:00.000Z', deadlineAt: '2026-03-25T23:59:59Z' });
      expect(world.workflows.started).toEqual([
        {
          track: 'agency',
          name: `${REF}-lineManagerAcknowledgement`,
          input: { complaintId: REF, track: 'agency', level: 'lineManagerAcknowledgement' },
        },
      ]);
      expect(recipients(world)).toEqual([AGENCY, staffEmail('gareth-price')].sort());
    });

    it('A6: not satisfied with the line manager’s report, the agency appeals to the owners', async () => {
      // Prepare
      const world = await agencyAtLineManager(agencyComplaint());
      await staffDo(world, '2026-03-12T10:00:00Z', 'gareth-price', { type: 'acknowledgement' });
      await staffDo(world, '2026-03-20T10:00:00Z', 'gareth-price', outcome);
      clearSent(world);

      // Act
      await respond(world, '2026-03-23T10:00:00Z', 'We appeal.');

      // Assess
      const { complaint, levels } = world.repo.get(REF);
      expect(complaint.currentLevel).toBe('agencyAppeal');
      expect(levels.agencyAppeal).toMatchObject({ enteredAt: '2026-03-23T10:00:00.000Z', deadlineAt: '2026-04-06T22:59:59Z' });
      expect(world.workflows.started.map((s) => s.name)).toEqual([`${REF}-agencyAppeal`]);
      expect(recipients(world)).toEqual([AGENCY, staffEmail('gareth-price'), staffEmail('helen-okafor')].sort());
    });

    it('P3/P7: the member of staff complained about is never told, even when their role is the next level: the owners take it', async () => {
      // Prepare: a complaint about the line manager himself.
      const world = await worldWith(parentComplaint({ about: 'otherStaff', subjectStaffId: 'gareth-price' }));
      await staffDo(world, '2026-03-20T10:00:00Z', 'chloe-evans', outcome);
      clearSent(world);

      // Act
      await respond(world, '2026-03-21T10:00:00Z');

      // Assess
      expect(world.repo.get(REF).complaint.currentLevel).toBe('lineManager');
      expect(recipients(world)).toEqual([staffEmail('helen-okafor'), PARENT].sort());
      expect(world.mailer.to(staffEmail('gareth-price'))).toEqual([]);
    });

    it('a level already answered once cannot be answered again while the next one is working', async () => {
      // Prepare
      const world = await parentAtLineManager();

      // Act
      const attempt = respond(world, '2026-03-22T10:00:00Z');

      // Assess
      await expect(attempt).rejects.toBeInstanceOf(ConflictError);
      expect(world.repo.get(REF).levels.owners).toBeUndefined();
    });
  });

  it('P2: a concern is a concern in writing to its complainant when it is closed as satisfied, or withdrawn', async () => {
    // Prepare
    const satisfied = await worldWith(parentComplaint({ classification: 'concern' }));
    await staffDo(satisfied, '2026-03-04T10:00:00Z', 'amira-khan', outcome);
    clearSent(satisfied);
    const withdrawing = await worldWith(parentComplaint({ classification: 'concern' }));
    clearSent(withdrawing);

    // Act
    await respondToOutcome(satisfied.ctx, REF, { type: 'satisfied' });
    await respondToOutcome(withdrawing.ctx, REF, { type: 'withdraw' });

    // Assess
    expect(satisfied.mailer.to(PARENT).map((e) => e.subject)).toEqual([`Your concern is now closed (${REF})`]);
    expect(withdrawing.mailer.to(PARENT).map((e) => e.subject)).toEqual([`Your concern has been withdrawn (${REF})`]);
    expect(withdrawing.mailer.to(PARENT)[0]!.text).toContain('As asked, your concern to Oak Street Nursery has been withdrawn');
  });

  describe('withdraw', () => {
    it('withdrawing ends the running clock (its check answers ended) and starts the 3-year retention', async () => {
      // Prepare
      const world = await worldWith(parentComplaint());
      const running = await checkLevel(world.ctx, REF, 'settingManager');

      // Act
      world.clock.set('2026-03-06T10:00:00Z');
      await respondToOutcome(world.ctx, REF, { type: 'withdraw', reason: 'Sorted out with the cook.' });

      // Assess
      const { complaint, levels } = world.repo.get(REF);
      expect(complaint).toMatchObject({ status: 'withdrawn', closedAt: '2026-03-06T10:00:00.000Z' });
      expect(complaint.expiresAt).toBe(Date.parse('2029-03-06T10:00:00Z') / 1000);
      expect(levels.settingManager!.endedAt).toBe('2026-03-06T10:00:00.000Z');
      expect((await checkLevel(world.ctx, REF, 'settingManager', running)).status).toBe('ended');
      const withdrawn = (await world.repo.events(REF)).at(-1)!;
      expect(withdrawn).toMatchObject({ type: 'withdrawn', details: { reason: 'Sorted out with the cook.' } });
    });

    it('A5: withdrawing at the line manager ends both the acknowledgement and the planned report clocks', async () => {
      // Prepare
      const world = await agencyAtLineManager(agencyComplaint());

      // Act
      world.clock.set('2026-03-12T10:00:00Z');
      await respondToOutcome(world.ctx, REF, { type: 'withdraw' });

      // Assess
      const { levels } = world.repo.get(REF);
      expect(levels.lineManagerAcknowledgement!.endedAt).toBe('2026-03-12T10:00:00.000Z');
      expect(levels.lineManagerReport!.endedAt).toBe('2026-03-12T10:00:00.000Z');
      expect(levels.agencyMeeting!.endedAt).toBeUndefined();
    });
  });
});
