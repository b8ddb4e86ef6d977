import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../lambdas/domain/errors';
import { getComplaintStatus } from '../../lambdas/use-cases/get-complaint-status';
import { respondToOutcome } from '../../lambdas/use-cases/respond-to-outcome';
import type { StaffAction } from '../../lambdas/use-cases/record-action';
import {
  PARENT_EMAIL as PARENT,
  REFERENCE as REF,
  agencySubmission,
  parentSubmission,
  staffDo,
  submitOnline,
} from '../helpers/submissions';
import { testWorld, type TestWorld } from '../helpers/use-case-context';

// F3/R2: what a complainant sees behind their private link — never what staff wrote for
// themselves. The world starts on Monday 2 March 2026, 10:00 GMT; a complaint to the
// manager is due 28 days on, 30 March 23:59:59 BST (22:59:59Z).

const STAFF_NOTE = 'Mum seemed upset at pick-up; dad works nights.';
const CONFIDENTIAL_REPORT = 'Cook interviewed on 18 March; thermometer log started.';
const MEETING_NOTE = 'Jo admitted the referral form was incomplete.';
const OUTCOME_SUMMARY = 'We now check lunches are hot before serving.';

/**
 * A world whose status tokens are as long as real ones: the use case refuses anything
 * shorter than 20 characters, and the fake's `token-1` is shorter.
 */
function worldWithRealisticTokens(references = [REF]): TestWorld {
  const world = testWorld({ references });
  let minted = 0;
  world.secrets.statusToken = () => {
    minted += 1;
    const token = `status-token-${String(minted).padStart(10, '0')}`;
    return { token, hash: world.secrets.hash(token) };
  };
  return world;
}

/** The token in the status link of the latest email to `address`, as the complainant would click it. */
function tokenFromLatestEmail(world: TestWorld, address: string): string {
  const email = world.mailer.to(address).at(-1);
  const match = email?.text.match(/[?&]token=([^\s&]+)/);
  if (!match) throw new Error(`no status link in the latest email to ${address}`);
  return decodeURIComponent(match[1]!);
}

async function submitted(submission = parentSubmission()): Promise<{ world: TestWorld; token: string }> {
  const world = worldWithRealisticTokens();
  await submitOnline(world, submission);
  return { world, token: tokenFromLatestEmail(world, submission.contact.email!) };
}

describe('Use case: getComplaintStatus', () => {
  describe('the private link', () => {
    it('a token minted by carryOutEffects for the acknowledgement’s status link opens the view', async () => {
      // Prepare
      const { world, token } = await submitted();

      // Act
      const view = await getComplaintStatus(world.ctx, REF, token);

      // Assess
      expect(view).toMatchObject({
        reference: REF,
        track: 'parent',
        status: 'open',
        language: 'en',
        settingName: 'Oak Street Nursery',
        receivedAt: '2026-03-02T10:00:00.000Z',
        level: 'settingManager',
        respondBy: '2026-03-30T22:59:59Z',
        nextLevel: 'lineManager',
      });
      expect(view.timeline.map((e) => e.type)).toEqual(['received', 'levelOpened']);
    });

    it('a token from a later email works too, and each stays valid', async () => {
      // Prepare
      const { world, token: first } = await submitted();
      await staffDo(world, '2026-03-20T10:00:00Z', 'chloe-evans', { type: 'outcome', outcome: 'upheld', summary: OUTCOME_SUMMARY });
      const second = tokenFromLatestEmail(world, PARENT);

      // Act
      const views = await Promise.all([getComplaintStatus(world.ctx, REF, first), getComplaintStatus(world.ctx, REF, second)]);

      // Assess
      expect(second).not.toBe(first);
      expect(views.map((v) => v.lastOutcome?.summary)).toEqual([OUTCOME_SUMMARY, OUTCOME_SUMMARY]);
    });

    it('a wrong token and a missing complaint give the same NotFoundError, so a link cannot be guessed', async () => {
      // Prepare
      const { world, token } = await submitted();

      // Act
      const wrongToken = getComplaintStatus(world.ctx, REF, 'status-token-9999999999');
      const missing = getComplaintStatus(world.ctx, 'ZZZZ-9999', token);
      const shortToken = getComplaintStatus(world.ctx, REF, '');

      // Assess
      const errors = await Promise.all([wrongToken, missing, shortToken].map((attempt) => attempt.catch((e: unknown) => e)));
      for (const error of errors) {
        expect(error).toBeInstanceOf(NotFoundError);
        expect(error).toEqual(new NotFoundError());
      }
    });

    it('a token of one complaint does not open another', async () => {
      // Prepare
      const world = worldWithRealisticTokens([REF, 'P2WD-9HNC']);
      await submitOnline(world, parentSubmission());
      const tokenOfFirst = tokenFromLatestEmail(world, PARENT);
      await submitOnline(world, parentSubmission({ contact: { name: 'Kim', email: 'kim@example.com' } }));

      // Act
      const attempt = getComplaintStatus(world.ctx, 'P2WD-9HNC', tokenOfFirst);

      // Assess
      await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('nothing internal (F3, F4, R2)', () => {
    it('the view never holds staff notes, the confidential report or internal summaries, but does hold the outcome and Ofsted’s phone', async () => {
      // Prepare
      const { world, token } = await submitted(parentSubmission({ about: 'otherStaff', subjectStaffId: 'ben-jones' }));
      await staffDo(world, '2026-03-05T10:00:00Z', 'chloe-evans', { type: 'note', text: STAFF_NOTE });
      await staffDo(world, '2026-03-20T10:00:00Z', 'chloe-evans', {
        type: 'outcome',
        outcome: 'partlyUpheld',
        summary: OUTCOME_SUMMARY,
        confidentialReport: CONFIDENTIAL_REPORT,
      });

      // Act
      const view = await getComplaintStatus(world.ctx, REF, token);

      // Assess
      const shown = JSON.stringify(view);
      expect(shown).not.toContain(STAFF_NOTE);
      expect(shown).not.toContain(CONFIDENTIAL_REPORT);
      expect(shown).not.toContain("Confidential report kept on the child's file");
      expect(shown).not.toContain('A complaint from a parent, received online.');
      expect(shown).not.toContain('ben-jones');
      expect(shown).not.toContain('chloe-evans');
      expect(view.lastOutcome).toEqual({ level: 'settingManager', outcome: 'partlyUpheld', summary: OUTCOME_SUMMARY, at: '2026-03-20T10:00:00.000Z' });
      expect(view.ofsted.phone).toBe('0300 123 1231');
      expect(view.timeline.map((e) => e.type)).toEqual(['received', 'levelOpened', 'outcomeGiven']);
    });

    it('A3: the meeting note stays with staff; the agency sees only that the meeting was held', async () => {
      // Prepare
      const { world, token } = await submitted(agencySubmission());
      await staffDo(world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'meeting', heldOn: '2026-03-09T14:00:00Z', note: MEETING_NOTE });

      // Act
      const view = await getComplaintStatus(world.ctx, REF, token);

      // Assess
      expect(JSON.stringify(view)).not.toContain(MEETING_NOTE);
      expect(JSON.stringify(view)).not.toContain('The manager met the complainant');
      expect(view.timeline.at(-1)).toEqual({ type: 'meetingHeld', at: '2026-03-10T10:00:00.000Z', level: 'agencyMeeting' });
    });

    it('an extension shows the new date, the statutory date and the reason written for the complainant', async () => {
      // Prepare
      const { world, token } = await submitted();
      await staffDo(world, '2026-03-20T10:00:00Z', 'chloe-evans', {
        type: 'extension',
        newDeadlineAt: '2026-04-13T22:59:59Z',
        reason: 'Waiting for the cook’s statement.',
        complainantAgreedOn: '2026-03-20',
      });

      // Act
      const view = await getComplaintStatus(world.ctx, REF, token);

      // Assess
      expect(view).toMatchObject({
        respondBy: '2026-04-13T22:59:59Z',
        statutoryRespondBy: '2026-03-30T22:59:59Z',
        extensionReason: 'Waiting for the cook’s statement.',
      });
    });
  });

  describe('what the complainant can do now (canRespond)', () => {
    it('before any outcome: only withdraw', async () => {
      const { world, token } = await submitted();

      const view = await getComplaintStatus(world.ctx, REF, token);

      expect(view.canRespond).toEqual({ satisfied: false, notSatisfied: false, noAgreement: false, withdraw: true });
    });

    it('P6/P7: after the manager’s outcome: satisfied, not satisfied (to the line manager) or withdraw; no respond-by date', async () => {
      // Prepare
      const { world, token } = await submitted();
      await staffDo(world, '2026-03-20T10:00:00Z', 'chloe-evans', { type: 'outcome', outcome: 'upheld', summary: OUTCOME_SUMMARY });

      // Act
      const view = await getComplaintStatus(world.ctx, REF, token);

      // Assess
      expect(view.canRespond).toEqual({ satisfied: true, notSatisfied: true, noAgreement: false, withdraw: true });
      expect(view.nextLevel).toBe('lineManager');
      expect(view).not.toHaveProperty('respondBy');
    });

    it('P8/P9: after the owners’ outcome there is no next level inside the setting: not satisfied means Ofsted', async () => {
      // Prepare
      const { world, token } = await submitted();
      const outcome: StaffAction = { type: 'outcome', outcome: 'notUpheld', summary: OUTCOME_SUMMARY };
      await staffDo(world, '2026-03-20T10:00:00Z', 'chloe-evans', outcome);
      world.clock.set('2026-03-21T10:00:00Z');
      await respondToOutcome(world.ctx, REF, { type: 'notSatisfied', reason: 'Still cold.' });
      await staffDo(world, '2026-03-30T10:00:00Z', 'gareth-price', outcome);
      world.clock.set('2026-04-01T09:00:00Z');
      await respondToOutcome(world.ctx, REF, { type: 'notSatisfied', reason: 'I appeal.' });
      const appealed = await getComplaintStatus(world.ctx, REF, token);
      await staffDo(world, '2026-04-10T10:00:00Z', 'helen-okafor', outcome);

      // Act
      const view = await getComplaintStatus(world.ctx, REF, token);

      // Assess
      expect(appealed).toMatchObject({ level: 'owners', respondBy: '2026-04-15T22:59:59Z' });
      expect(appealed.canRespond).toEqual({ satisfied: false, notSatisfied: false, noAgreement: false, withdraw: true });
      expect(view.canRespond).toEqual({ satisfied: true, notSatisfied: false, noAgreement: false, withdraw: true });
      expect(view).not.toHaveProperty('nextLevel');
      expect(view.ofsted).toMatchObject({ address: 'Piccadilly Gate, Store Street, Manchester M1 2WD', phone: '0300 123 1231' });
    });

    it('A4: after the meeting the agency waits for agreement to be sought; with no agreement it can write to the line manager (A5)', async () => {
      // Prepare
      const { world, token } = await submitted(agencySubmission());
      await staffDo(world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'meeting', heldOn: '2026-03-09T14:00:00Z' });
      const afterMeeting = await getComplaintStatus(world.ctx, REF, token);
      await staffDo(world, '2026-03-10T11:00:00Z', 'chloe-evans', { type: 'agreement', reached: false });

      // Act
      const view = await getComplaintStatus(world.ctx, REF, token);

      // Assess
      expect(afterMeeting.canRespond).toEqual({ satisfied: false, notSatisfied: false, noAgreement: true, withdraw: true });
      expect(view.canRespond).toEqual({ satisfied: true, notSatisfied: true, noAgreement: false, withdraw: true });
      expect(view.nextLevel).toBe('lineManagerAcknowledgement');
    });

    describe('offers exactly the answers the server then takes (one rule for both)', () => {
      type Answer = 'satisfied' | 'notSatisfied' | 'noAgreement' | 'withdraw';
      const answers: Answer[] = ['satisfied', 'notSatisfied', 'noAgreement', 'withdraw'];
      const outcome: StaffAction = { type: 'outcome', outcome: 'partlyUpheld', summary: OUTCOME_SUMMARY };
      const response = (type: Answer) => (type === 'satisfied' ? { type } : type === 'withdraw' ? { type } : { type, reason: 'We are not happy with this.' });
      /** Each state a complainant can find their complaint in, built afresh for every answer tried. */
      const states: Record<string, () => Promise<{ world: TestWorld; token: string }>> = {
        'P6: waiting for the manager': () => submitted(),
        'P6, P7: the manager answered': async () => {
          const made = await submitted();
          await staffDo(made.world, '2026-03-20T10:00:00Z', 'chloe-evans', outcome);
          return made;
        },
        'P8: the owners answered the appeal (nothing further inside the setting)': async () => {
          const made = await submitted();
          await staffDo(made.world, '2026-03-20T10:00:00Z', 'chloe-evans', outcome);
          made.world.clock.set('2026-03-21T10:00:00Z');
          await respondToOutcome(made.world.ctx, REF, { type: 'notSatisfied', reason: 'Still cold.' });
          await staffDo(made.world, '2026-03-30T10:00:00Z', 'gareth-price', outcome);
          made.world.clock.set('2026-04-01T09:00:00Z');
          await respondToOutcome(made.world.ctx, REF, { type: 'notSatisfied', reason: 'I appeal.' });
          await staffDo(made.world, '2026-04-08T10:00:00Z', 'helen-okafor', outcome);
          return made;
        },
        'A3, A4: the agency met the manager': async () => {
          const made = await submitted(agencySubmission());
          await staffDo(made.world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'meeting', heldOn: '2026-03-09T14:00:00Z' });
          return made;
        },
        'A4: staff recorded that no agreement was reached': async () => {
          const made = await submitted(agencySubmission());
          await staffDo(made.world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'meeting', heldOn: '2026-03-09T14:00:00Z' });
          await staffDo(made.world, '2026-03-10T11:00:00Z', 'chloe-evans', { type: 'agreement', reached: false });
          return made;
        },
        'A4: an agreement was reached': async () => {
          const made = await submitted(agencySubmission());
          await staffDo(made.world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'meeting', heldOn: '2026-03-09T14:00:00Z' });
          await staffDo(made.world, '2026-03-10T11:00:00Z', 'chloe-evans', { type: 'agreement', reached: true });
          return made;
        },
        'closed by the manager': async () => {
          const made = await submitted();
          await staffDo(made.world, '2026-03-20T10:00:00Z', 'chloe-evans', { type: 'close', reason: 'Resolved at a meeting.' });
          return made;
        },
      };

      it.each(Object.keys(states))('%s', async (state) => {
        for (const type of answers) {
          // Prepare
          const { world, token } = await states[state]!();
          const offered = (await getComplaintStatus(world.ctx, REF, token)).canRespond[type];

          // Act
          const taken = await respondToOutcome(world.ctx, REF, response(type)).then(
            () => true,
            () => false,
          );

          // Assess
          expect(taken, `${type}: the page ${offered ? 'offers it' : 'does not offer it'}`).toBe(offered);
        }
      });
    });

    it('once closed: nothing to do, and no respond-by date', async () => {
      // Prepare
      const { world, token } = await submitted();
      await staffDo(world, '2026-03-20T10:00:00Z', 'chloe-evans', { type: 'close', reason: 'Resolved at a meeting.' });

      // Act
      const view = await getComplaintStatus(world.ctx, REF, token);

      // Assess
      expect(view.status).toBe('closed');
      expect(view.canRespond).toEqual({ satisfied: false, notSatisfied: false, noAgreement: false, withdraw: false });
      expect(view).not.toHaveProperty('respondBy');
      expect(view.timeline.at(-1)!.type).toBe('closed');
    });
  });
});
