import { describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../../lambdas/domain/errors';
import { listLettersToPrint, lettersOfComplaint } from '../../lambdas/use-cases/list-letters';
import { submitComplaint, type ComplaintSubmission } from '../../lambdas/use-cases/submit-complaint';
import {
  REFERENCE as REF,
  agencySubmission,
  clearSent,
  parentSubmission,
  principal,
  staffDo,
} from '../helpers/submissions';
import { exampleOrg, testWorld, type TestWorld } from '../helpers/use-case-context';

// Every world starts on Monday 2 March 2026, 10:00 GMT. The setting manager's 28 days from
// 2 March end on 30 March at 23:59:59 BST (22:59:59Z); an agency's 10 days on 12 March (GMT).

const SETTINGS = ['oak-street', 'willow-lane'];
const STAFF_EMAILS = new Set(exampleOrg.staff.map((member) => member.email));
const ADDRESS = '14 Mill Lane\nLeeds LS6 2AB';

/** P5: a spoken complaint written down by staff, from someone with only a postal address. */
function byPost(overrides: Partial<ComplaintSubmission> = {}): ComplaintSubmission {
  return parentSubmission({
    channel: 'inPerson',
    language: 'pl',
    contact: { name: 'Ewa Nowak', postalAddress: ADDRESS },
    receivedAt: '2026-03-02T09:30:00Z',
    ...overrides,
  });
}

async function recordedByStaff(submission: ComplaintSubmission): Promise<TestWorld> {
  const world = testWorld({ references: [REF] });
  await submitComplaint(world.ctx, submission, { actor: { kind: 'staff', staffId: 'chloe-evans', role: 'settingManager' } });
  return world;
}

const toPrint = (world: TestWorld, staffId = 'chloe-evans') =>
  listLettersToPrint(world.ctx, principal(staffId), SETTINGS, { limit: 50 }).then((page) => page.items);

describe('Use case: letters for complainants without email (P5)', () => {
  it('P5: a parent with only a postal address gets no email: the acknowledgement is a letter in Polish, listed for the setting to print, and the clock runs as usual', async () => {
    // Act
    const world = await recordedByStaff(byPost());

    // Assess
    // Only staff are emailed (the manager is told of the new complaint).
    expect(world.mailer.sent.length).toBeGreaterThan(0);
    expect(world.mailer.sent.every((email) => STAFF_EMAILS.has(email.to))).toBe(true);
    const letters = await toPrint(world);
    expect(letters).toHaveLength(1);
    const [letter] = letters;
    expect(letter).toMatchObject({ reference: REF, settingId: 'oak-street', kind: 'complaintAcknowledgement', canBePosted: true });
    expect(letter!.letter.language).toBe('pl');
    expect(letter!.letter.text).toContain('Ewa Nowak\n14 Mill Lane\nLeeds LS6 2AB');
    expect(letter!.letter.subject).toBe(`Otrzymaliśmy Państwa skargę (${REF})`);
    // P10: Ofsted's contact goes in the letter as in the email.
    expect(letter!.letter.text).toContain('0300 123 1231');
    expect(world.repo.get(REF).levels.settingManager).toMatchObject({ deadlineAt: '2026-03-30T22:59:59Z' });
    expect(world.workflows.started.map((s) => s.name)).toEqual([`${REF}-settingManager`]);
  });

  it('P5: "posted on" records the day it was sent, takes it off the list to print, and counts as told in writing on the record and the status page', async () => {
    // Prepare
    const world = await recordedByStaff(byPost());
    const [letter] = await toPrint(world);

    // Act
    await staffDo(world, '2026-03-04T09:00:00Z', 'chloe-evans', { type: 'letterPosted', letterKey: letter!.key, postedOn: '2026-03-03' });

    // Assess
    expect(await toPrint(world)).toEqual([]);
    const { items } = await lettersOfComplaint(world.ctx, principal('chloe-evans'), REF);
    expect(items.map((l) => [l.kind, l.postedOn])).toEqual([['complaintAcknowledgement', '2026-03-03T23:59:59.000Z']]);
    const posted = (await world.repo.events(REF)).find((event) => event.type === 'letterPosted')!;
    expect(posted).toMatchObject({
      visibleToComplainant: true,
      actor: { kind: 'staff', staffId: 'chloe-evans' },
      details: { postedOn: '2026-03-03T23:59:59.000Z', letter: 'complaintAcknowledgement' },
    });
  });

  it('P5: a letter is posted once: recording it again is a ConflictError that gives the day it was posted', async () => {
    // Prepare
    const world = await recordedByStaff(byPost());
    const [letter] = await toPrint(world);
    await staffDo(world, '2026-03-04T09:00:00Z', 'chloe-evans', { type: 'letterPosted', letterKey: letter!.key, postedOn: '2026-03-03' });
    const savesBefore = world.repo.saves;

    // Act
    const again = staffDo(world, '2026-03-05T09:00:00Z', 'chloe-evans', { type: 'letterPosted', letterKey: letter!.key, postedOn: '2026-03-05' });

    // Assess
    await expect(again).rejects.toThrow(new ConflictError('This letter was already recorded as posted on 2026-03-03'));
    expect(world.repo.saves).toBe(savesBefore);
  });

  it('P5: a key that is no letter of the complaint, or a posting day before the letter was written or in the future, is a 400 naming the field; nothing is stored', async () => {
    // Prepare
    const world = await recordedByStaff(byPost());
    const [letter] = await toPrint(world);
    const savesBefore = world.repo.saves;

    // Act
    const unknown = staffDo(world, '2026-03-04T09:00:00Z', 'chloe-evans', { type: 'letterPosted', letterKey: 'letter#nope', postedOn: '2026-03-03' });
    const early = staffDo(world, '2026-03-04T09:00:00Z', 'chloe-evans', { type: 'letterPosted', letterKey: letter!.key, postedOn: '2026-03-01' });
    const future = staffDo(world, '2026-03-04T09:00:00Z', 'chloe-evans', { type: 'letterPosted', letterKey: letter!.key, postedOn: '2026-03-05' });

    // Assess
    await expect(unknown).rejects.toMatchObject({ fields: [{ field: 'letterKey' }] });
    await expect(early).rejects.toBeInstanceOf(ValidationError);
    await expect(early).rejects.toMatchObject({ fields: [{ field: 'postedOn', message: 'cannot be before the day the letter was written (2026-03-02)' }] });
    await expect(future).rejects.toMatchObject({ fields: [{ field: 'postedOn', message: 'cannot be in the future' }] });
    expect(world.repo.saves).toBe(savesBefore);
    expect(await toPrint(world)).toHaveLength(1);
  });

  it('P5: every later message is a letter too — the outcome in writing, with no status link, listed to print', async () => {
    // Prepare
    const world = await recordedByStaff(byPost());
    clearSent(world);

    // Act
    await staffDo(world, '2026-03-20T10:00:00Z', 'chloe-evans', { type: 'outcome', outcome: 'upheld', summary: 'We have changed the rota.' });

    // Assess
    expect(world.mailer.sent.filter((email) => !STAFF_EMAILS.has(email.to))).toEqual([]);
    const kinds = (await toPrint(world)).map((letter) => letter.kind);
    expect(kinds).toEqual(['complaintAcknowledgement', 'outcomeGiven']);
    const outcome = (await toPrint(world))[1]!;
    expect(outcome.letter.text).toContain('We have changed the rota.');
    expect(outcome.letter.text).not.toContain('complaints.example.org');
  });

  it('P5: someone with only a phone number still gets their letters listed, marked as not postable (to hand over or read out)', async () => {
    // Act
    const world = await recordedByStaff(byPost({ contact: { name: 'Ewa Nowak', phone: '07700 900456' } }));

    // Assess
    const [letter] = await toPrint(world);
    expect(letter).toMatchObject({ canBePosted: false, recipient: { name: 'Ewa Nowak' } });
  });

  it('P5/F3: letters of a complaint a person may not see are not listed to them', async () => {
    // Prepare: a complaint about the key person Amira Khan.
    const world = await recordedByStaff(byPost({ about: 'keyPerson', keyPersonId: 'amira-khan', subjectStaffId: 'amira-khan' }));

    // Act
    const hers = await toPrint(world, 'amira-khan');
    const managers = await toPrint(world, 'chloe-evans');

    // Assess
    expect(hers).toEqual([]);
    expect(managers).toHaveLength(1);
  });

  it('A2: an agency acknowledgement sent by post discharges the 10-day clock on the day it was posted, not the day it was written', async () => {
    // Prepare: an agency's letter entered by staff; the agency gave only a postal address.
    const world = await recordedByStaff(
      agencySubmission({ contact: { name: 'Jo Caseworker', organisation: 'Leeds Family Services', postalAddress: '1 Park Row, Leeds' } }),
    );
    expect(world.repo.get(REF).levels.agencyAcknowledgement!.doneAt).toBeUndefined();
    expect(world.repo.get(REF).complaint.currentLevel).toBe('agencyAcknowledgement');
    const [letter] = await toPrint(world);

    // Act
    await staffDo(world, '2026-03-06T09:00:00Z', 'chloe-evans', { type: 'letterPosted', letterKey: letter!.key, postedOn: '2026-03-05' });

    // Assess
    const { complaint, levels } = world.repo.get(REF);
    expect(levels.agencyAcknowledgement).toMatchObject({ doneAt: '2026-03-05T23:59:59.000Z', doneBy: 'chloe-evans' });
    expect(complaint.currentLevel).toBe('agencyMeeting');
    const types = (await world.repo.events(REF)).map((event) => event.type);
    expect(types.slice(-2)).toEqual(['letterPosted', 'acknowledged']);
  });
});
