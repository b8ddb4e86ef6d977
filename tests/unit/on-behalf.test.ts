import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../lambdas/domain/errors';
import { agencySubmission as agencyRequestToSubmission } from '../../lambdas/handlers/intake';
import { agencyOnBehalfRequest } from '../../lambdas/handlers/agency-on-behalf-request';
import { responseOnBehalfRequest } from '../../lambdas/handlers/response-on-behalf-request';
import { recordResponseOnBehalf } from '../../lambdas/use-cases/record-response-on-behalf';
import { respondToOutcome } from '../../lambdas/use-cases/respond-to-outcome';
import { submitComplaint } from '../../lambdas/use-cases/submit-complaint';
import {
  AGENCY_EMAIL,
  PARENT_EMAIL,
  REFERENCE as REF,
  agencySubmission,
  clearSent,
  parentSubmission,
  principal,
  staffDo,
  worldWith,
} from '../helpers/submissions';
import { staffEmail, testWorld, type TestWorld } from '../helpers/use-case-context';

// Every world starts on Monday 2 March 2026, 10:00 GMT. A5: the line manager acknowledges
// within 5 days and reports within 14 of the letter; P8: the owners answer within 14 days
// of the appeal. Days end at 23:59:59 London (GMT until 29 March, BST after).

const outcome = { type: 'outcome', outcome: 'notUpheld', summary: 'We found the rota was followed.' } as const;

async function agencyAfterMeeting(): Promise<TestWorld> {
  const world = await worldWith(agencySubmission());
  await staffDo(world, '2026-03-10T10:00:00Z', 'chloe-evans', {
    type: 'meeting',
    heldOn: '2026-03-09',
    summary: 'We talked through the referral log.',
  });
  return world;
}

describe('The agency after its meeting (A4, A5)', () => {
  it('A4: the agency gets the outcome of the meeting in writing, with where to write if there is no agreement', async () => {
    // Act
    const world = await agencyAfterMeeting();

    // Assess
    const [email] = world.mailer.to(AGENCY_EMAIL);
    expect(email!.subject).toBe(`The meeting about your complaint (${REF})`);
    expect(email!.text).toContain('The setting manager met you on 9 March 2026 to discuss your complaint.');
    expect(email!.text).toContain('We talked through the referral log.');
    expect(email!.text).toContain("The next stage is: the setting manager's line manager.");
    expect(email!.text).not.toMatch(/\b[PA]\d\b/);
  });

  it('A4/A5: through its private link the agency says there is no agreement, without staff recording it, and goes to the line manager', async () => {
    // Prepare
    const world = await agencyAfterMeeting();
    clearSent(world);

    // Act
    world.clock.set('2026-03-12T10:00:00Z');
    await respondToOutcome(world.ctx, REF, { type: 'noAgreement', reason: 'The log still is not shared with us.' });

    // Assess
    const { complaint, levels } = world.repo.get(REF);
    expect(complaint).toMatchObject({ currentLevel: 'lineManagerAcknowledgement', agreementReached: false });
    expect(levels.lineManagerAcknowledgement).toMatchObject({ deadlineAt: '2026-03-17T23:59:59Z' });
    expect(levels.lineManagerReport).toMatchObject({ deadlineAt: '2026-03-26T23:59:59Z' });
    const recorded = (await world.repo.events(REF)).find((e) => e.type === 'agreementRecorded')!;
    expect(recorded).toMatchObject({ actor: { kind: 'complainant' }, level: 'agencyMeeting' });
    expect(world.workflows.started.map((s) => s.name)).toEqual([`${REF}-lineManagerAcknowledgement`]);
    expect(world.mailer.to(staffEmail('gareth-price'))).toHaveLength(1);
  });

  it('A4: "no agreement" before the meeting, or after an agreement was recorded, is a ConflictError that says why', async () => {
    // Prepare
    const before = await worldWith(agencySubmission());
    const agreed = await agencyAfterMeeting();
    await staffDo(agreed, '2026-03-10T11:00:00Z', 'chloe-evans', { type: 'agreement', reached: true });

    // Act
    const tooEarly = respondToOutcome(before.ctx, REF, { type: 'noAgreement', reason: 'No.' });
    const afterAgreement = respondToOutcome(agreed.ctx, REF, { type: 'noAgreement', reason: 'No.' });

    // Assess
    await expect(tooEarly).rejects.toThrow(new ConflictError('You can say there is no agreement once the meeting has been held'));
    await expect(afterAgreement).rejects.toThrow(new ConflictError('This complaint is already closed'));
  });

  it('A4: staff recording no agreement tells the agency in writing that it may write to the line manager', async () => {
    // Prepare
    const world = await agencyAfterMeeting();
    clearSent(world);

    // Act
    await staffDo(world, '2026-03-10T11:00:00Z', 'chloe-evans', { type: 'agreement', reached: false });

    // Assess
    const [email] = world.mailer.to(AGENCY_EMAIL);
    expect(email!.subject).toBe(`No agreement was reached about your complaint (${REF})`);
    expect(email!.text).toContain('acknowledge your letter within 5 days and report back to you within 14 days');
  });

  it('A5: staff record the agency’s letter saying there is no agreement, with how it came and the day it was received; the 5 days run from that day', async () => {
    // Prepare
    const world = await agencyAfterMeeting();
    world.clock.set('2026-03-16T09:00:00Z');

    // Act
    await recordResponseOnBehalf(world.ctx, principal('chloe-evans'), REF, { type: 'noAgreement', reason: 'Letter of 12 March.' }, {
      channel: 'letter',
      receivedAt: '2026-03-13',
    });

    // Assess
    const { complaint, levels } = world.repo.get(REF);
    expect(complaint.currentLevel).toBe('lineManagerAcknowledgement');
    expect(levels.lineManagerAcknowledgement).toMatchObject({
      enteredAt: '2026-03-13T23:59:59.000Z',
      deadlineAt: '2026-03-18T23:59:59Z',
    });
    const recorded = (await world.repo.events(REF)).find((e) => e.type === 'agreementRecorded')!;
    expect(recorded).toMatchObject({
      actor: { kind: 'staff', staffId: 'chloe-evans' },
      details: { channel: 'letter', onBehalfOfComplainant: true, receivedAt: '2026-03-13T23:59:59.000Z' },
    });
  });
});

describe('Appeals and answers recorded by staff (P8)', () => {
  async function parentAtLineManagerWithOutcome(): Promise<TestWorld> {
    const world = await worldWith(parentSubmission());
    await staffDo(world, '2026-03-20T10:00:00Z', 'chloe-evans', outcome);
    world.clock.set('2026-03-21T10:00:00Z');
    await respondToOutcome(world.ctx, REF, { type: 'notSatisfied', reason: 'Still cold.' });
    await staffDo(world, '2026-03-30T10:00:00Z', 'gareth-price', outcome);
    clearSent(world);
    return world;
  }

  it('P8: staff record a spoken appeal with how it came; the owners get it, the line manager is told, and the 14 days run from the day it was received', async () => {
    // Prepare
    const world = await parentAtLineManagerWithOutcome();
    world.clock.set('2026-04-03T10:00:00Z');

    // Act
    await recordResponseOnBehalf(world.ctx, principal('gareth-price'), REF, { type: 'notSatisfied', reason: 'Appealed by phone.' }, {
      channel: 'phone',
      receivedAt: '2026-04-01T16:00:00Z',
    });

    // Assess
    const { complaint, levels } = world.repo.get(REF);
    expect(complaint.currentLevel).toBe('owners');
    expect(levels.owners).toMatchObject({ enteredAt: '2026-04-01T16:00:00.000Z', deadlineAt: '2026-04-15T22:59:59Z' });
    const appeal = (await world.repo.events(REF)).find((e) => e.type === 'notSatisfied' && e.level === 'lineManager')!;
    expect(appeal).toMatchObject({ actor: { kind: 'staff', staffId: 'gareth-price' }, details: { channel: 'phone', onBehalfOfComplainant: true } });
    expect(world.mailer.to(staffEmail('helen-okafor')).map((e) => e.subject)).toEqual([
      `Complaint ${REF}: now with you, due by 15 April 2026`,
    ]);
    expect(world.mailer.to(staffEmail('gareth-price')).map((e) => e.subject)).toEqual([
      `Appeal received: complaint ${REF} has gone to the owners or trustees`,
    ]);
    // The parent is told it moved on, in writing.
    expect(world.mailer.to(PARENT_EMAIL).map((e) => e.subject)).toEqual([`Your complaint has moved to the next stage (${REF})`]);
  });

  it('P8: an appeal dated before the answer it appeals, or in the future, is a 400 naming receivedAt; nothing is stored', async () => {
    // Prepare
    const world = await parentAtLineManagerWithOutcome();
    world.clock.set('2026-04-03T10:00:00Z');
    const savesBefore = world.repo.saves;
    const appeal = (receivedAt: string) =>
      recordResponseOnBehalf(world.ctx, principal('gareth-price'), REF, { type: 'notSatisfied', reason: 'x' }, { channel: 'letter', receivedAt });

    // Act / Assess
    await expect(appeal('2026-03-29')).rejects.toMatchObject({
      fields: [{ field: 'receivedAt', message: 'cannot be before the answer it responds to (2026-03-30)' }],
    });
    await expect(appeal('2026-04-04')).rejects.toMatchObject({ fields: [{ field: 'receivedAt', message: 'cannot be in the future' }] });
    expect(world.repo.saves).toBe(savesBefore);
  });

  it('P8/F3: staff who may not see the complaint cannot record for it (as if it did not exist); staff of another setting are refused', async () => {
    // Prepare: a complaint about Amira Khan; Elena Popescu manages Willow Lane only.
    const world = await worldWith(parentSubmission({ about: 'keyPerson', keyPersonId: 'amira-khan', subjectStaffId: 'amira-khan' }));
    await staffDo(world, '2026-03-20T10:00:00Z', 'chloe-evans', outcome);
    const response = { type: 'satisfied' } as const;

    // Act
    const subject = recordResponseOnBehalf(world.ctx, principal('amira-khan'), REF, response, { channel: 'phone' });
    const otherSetting = recordResponseOnBehalf(world.ctx, principal('elena-popescu'), REF, response, { channel: 'phone' });

    // Assess
    await expect(subject).rejects.toBeInstanceOf(NotFoundError);
    await expect(otherSetting).rejects.toBeInstanceOf(NotFoundError);
    expect(world.repo.get(REF).complaint.status).toBe('open');
  });

  it('P8: the request names how the answer came (in person, phone, letter or email), never "online"', () => {
    // Act
    const online = responseOnBehalfRequest.safeParse({ type: 'notSatisfied', reason: 'x', channel: 'online' });
    const letter = responseOnBehalfRequest.safeParse({ type: 'notSatisfied', reason: 'x', channel: 'letter', receivedAt: '2026-04-01' });

    // Assess
    expect(online.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['channel']);
    expect(letter.success).toBe(true);
  });
});

describe('An agency’s letter entered by staff (A1)', () => {
  it('A1: staff enter an agency’s letter received by post on the agency track; A2 and A3 run from the day it was received', async () => {
    // Prepare: the letter arrived on 27 February, and is entered on 2 March.
    const request = agencyOnBehalfRequest.parse({
      settingId: 'oak-street',
      about: 'practice',
      description: 'Letter: our referrals were not followed up.',
      agency: { organisation: 'Leeds Family Services', name: 'Jo Caseworker', postalAddress: '1 Park Row, Leeds LS1 5HD' },
      channel: 'letter',
      receivedAt: '2026-02-27T09:00:00Z',
    });
    const { channel, receivedAt, ...rest } = request;
    const world = testWorld({ references: [REF] });

    // Act
    const result = await submitComplaint(world.ctx, { ...agencyRequestToSubmission(rest), channel, receivedAt }, {
      actor: { kind: 'staff', staffId: 'chloe-evans', role: 'settingManager' },
    });

    // Assess
    expect(result).toMatchObject({ reference: REF, status: 'open', level: 'agencyAcknowledgement', respondBy: '2026-03-09T23:59:59Z' });
    const { complaint, levels } = world.repo.get(REF);
    expect(complaint).toMatchObject({ track: 'agency', channel: 'letter', receivedAt: '2026-02-27T09:00:00.000Z' });
    expect(complaint.contact).toEqual({ name: 'Jo Caseworker', organisation: 'Leeds Family Services', postalAddress: '1 Park Row, Leeds LS1 5HD' });
    expect(levels.agencyMeeting).toMatchObject({ deadlineAt: '2026-03-27T23:59:59Z' });
    const received = (await world.repo.events(REF))[0]!;
    expect(received).toMatchObject({ type: 'received', actor: { kind: 'staff', staffId: 'chloe-evans' }, details: { channel: 'letter', track: 'agency' } });
  });

  it('A1: the entry needs a way to write back (email or postal address or phone), and a channel of post or email: each a 400 naming the field', () => {
    // Act
    const nowhere = agencyOnBehalfRequest.safeParse({
      settingId: 'oak-street',
      about: 'practice',
      description: 'x',
      agency: { organisation: 'LFS', name: 'Jo' },
      channel: 'phone',
      receivedAt: '2026-02-27T09:00:00Z',
    });

    // Assess
    expect(nowhere.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['agency.email', 'channel']);
  });

  it('A1: a receipt date in the future is a 400 naming receivedAt, and nothing is stored', async () => {
    // Prepare
    const world = testWorld({ references: [REF] });

    // Act
    const attempt = submitComplaint(world.ctx, agencySubmission({ receivedAt: '2026-03-03T09:00:00Z' }), {
      actor: { kind: 'staff', staffId: 'chloe-evans', role: 'settingManager' },
    });

    // Assess
    await expect(attempt).rejects.toMatchObject({ fields: [{ field: 'receivedAt' }] });
    expect(world.repo.aggregates.size).toBe(0);
  });
});
