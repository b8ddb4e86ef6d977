/**
 * Limits on what the public side can make the system do: at most so many acknowledgements to
 * one address a day (the forms cannot flood someone's inbox), and status links that stop
 * working a while after the complaint ends.
 */
import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError } from '../../lambdas/domain/errors';
import { recordAction } from '../../lambdas/use-cases/record-action';
import { getComplaintStatus } from '../../lambdas/use-cases/get-complaint-status';
import { respondToOutcome } from '../../lambdas/use-cases/respond-to-outcome';
import { submitComplaint } from '../../lambdas/use-cases/submit-complaint';
import { agencySubmission, online, parentSubmission, PARENT_EMAIL, principal } from '../helpers/submissions';
import { staffEmail, testWorld, type TestWorld } from '../helpers/use-case-context';

const REFERENCES = [...'23456789ABCDEFGHJ'].map((symbol) => `K7QM-${symbol}AXR`);

function world(): TestWorld {
  const created = testWorld({ references: REFERENCES });
  let minted = 0;
  created.secrets.statusToken = () => {
    minted += 1;
    const token = `status-token-${String(minted).padStart(10, '0')}`;
    return { token, hash: created.secrets.hash(token) };
  };
  return created;
}

const acknowledgementsTo = (w: TestWorld, address: string) =>
  w.mailer.to(address).filter((email) => email.subject.startsWith('We have received your complaint'));

describe('Use case: submitComplaint, acknowledgements to one address a day', () => {
  it('R6: acknowledges up to the daily cap, then takes the complaint without emailing, and tells staff why', async () => {
    // Prepare
    const w = world();
    const cap = w.ctx.acknowledgementCap!.perDay;
    expect(cap).toBe(10);

    // Act
    const results = [];
    for (let i = 0; i < cap + 2; i += 1) {
      results.push(await submitComplaint(w.ctx, parentSubmission({ description: `Complaint number ${i}.` }), online));
    }

    // Assess
    expect(results.every((result) => result.status === 'open')).toBe(true);
    expect(acknowledgementsTo(w, PARENT_EMAIL)).toHaveLength(cap);
    const held = results.slice(cap);
    for (const { reference } of held) {
      const events = await w.repo.events(reference);
      expect(events.find((event) => event.details?.acknowledgementHeldBack)).toMatchObject({
        type: 'note',
        visibleToComplainant: false,
      });
      expect(w.mailer.sent.some((email) => email.subject.includes(reference) && email.to !== PARENT_EMAIL)).toBe(true);
    }
  });

  it('counts an address whatever its case, and starts again the next day (Europe/London)', async () => {
    const w = world();
    for (let i = 0; i < 10; i += 1) {
      await submitComplaint(w.ctx, parentSubmission({ description: `Complaint ${i}.`, contact: { name: 'Sam', email: i % 2 ? PARENT_EMAIL.toUpperCase() : PARENT_EMAIL } }), online);
    }
    await submitComplaint(w.ctx, parentSubmission({ description: 'One more today.' }), online);
    expect(w.mailer.sent.filter((email) => email.to.toLowerCase() === PARENT_EMAIL && email.subject.startsWith('We have received'))).toHaveLength(10);

    w.clock.set('2026-03-03T00:30:00Z');
    await submitComplaint(w.ctx, parentSubmission({ description: 'The next day.' }), online);
    expect(w.mailer.sent.filter((email) => email.to.toLowerCase() === PARENT_EMAIL && email.subject.startsWith('We have received'))).toHaveLength(11);
  });

  it('A2: an agency held back past the cap is not recorded as acknowledged: its clock runs for staff to write', async () => {
    const w = world();
    const agency = () => agencySubmission({ channel: 'online', description: 'A formal complaint in writing.' });
    const results = [];
    for (let i = 0; i < 11; i += 1) results.push(await submitComplaint(w.ctx, agency(), online));
    const last = (await w.repo.load(results.at(-1)!.reference))!;
    expect(last.complaint.currentLevel).toBe('agencyAcknowledgement');
    expect(last.levels.agencyAcknowledgement?.doneAt).toBeUndefined();
    const first = (await w.repo.load(results[0]!.reference))!;
    expect(first.levels.agencyAcknowledgement?.doneAt).toBeDefined();
  });

  it('R6: retries of one request (one Idempotency-Key) are counted once, whether after it or at the same moment', async () => {
    // Prepare
    const w = world();
    const first = await submitComplaint(w.ctx, parentSubmission({ description: 'Sent, then sent again.' }), { ...online, idempotencyKey: 'retry-key' });

    // Act: retried one after another, then many at once, then nine other complaints.
    for (let i = 0; i < 5; i += 1) {
      expect(await submitComplaint(w.ctx, parentSubmission({ description: 'Sent, then sent again.' }), { ...online, idempotencyKey: 'retry-key' })).toEqual(first);
    }
    const atOnce = await Promise.all(
      Array.from({ length: 5 }, () => submitComplaint(w.ctx, parentSubmission({ description: 'Sent, then sent again.' }), { ...online, idempotencyKey: 'retry-key' })),
    );
    const others = [];
    for (let i = 0; i < 9; i += 1) others.push(await submitComplaint(w.ctx, parentSubmission({ description: `Another ${i}.` }), { ...online, idempotencyKey: `other-${i}` }));
    const pastTheCap = await submitComplaint(w.ctx, parentSubmission({ description: 'One too many.' }), { ...online, idempotencyKey: 'other-9' });

    // Assess: ten acknowledgements, the first complaint's among them; the eleventh held back.
    expect(atOnce.every((result) => result.reference === first.reference)).toBe(true);
    expect(w.repo.aggregates.size).toBe(11);
    const acknowledged = acknowledgementsTo(w, PARENT_EMAIL);
    expect(acknowledged).toHaveLength(10);
    expect(acknowledged.filter((email) => email.subject.includes(first.reference))).toHaveLength(1);
    expect((await w.repo.events(pastTheCap.reference)).some((event) => event.details?.acknowledgementHeldBack)).toBe(true);
  });

  it('a retry of a complaint taken earlier gets that complaint even if it would be refused now (its date past the backdating limit)', async () => {
    // Prepare: recorded by staff 89 days and 23 hours after it was made (P5).
    const w = world();
    const receivedAt = new Date(w.clock.now().getTime() - (89 * 24 + 23) * 3_600_000).toISOString();
    const staff = { actor: { kind: 'staff' as const, staffId: 'chloe-evans', role: 'settingManager' as const }, idempotencyKey: 'late-record' };
    const first = await submitComplaint(w.ctx, parentSubmission({ channel: 'phone', receivedAt }), staff);

    // Act: the same request again two hours later, when a new one would be refused.
    w.clock.set(new Date(w.clock.now().getTime() + 2 * 3_600_000).toISOString());
    const again = await submitComplaint(w.ctx, parentSubmission({ channel: 'phone', receivedAt }), staff);

    // Assess
    expect(again).toEqual(first);
    expect(w.repo.aggregates.size).toBe(1);
    await expect(submitComplaint(w.ctx, parentSubmission({ channel: 'phone', receivedAt }), { ...staff, idempotencyKey: 'new-key' })).rejects.toMatchObject({
      fields: [{ field: 'receivedAt', message: 'must be within the last 90 days' }],
    });
  });

  it('does not count complaints staff record on a parent’s behalf (P5)', async () => {
    const w = world();
    for (let i = 0; i < 12; i += 1) {
      await submitComplaint(w.ctx, parentSubmission({ channel: 'phone', description: `Phoned in ${i}.` }), {
        actor: { kind: 'staff', staffId: 'chloe-evans', role: 'settingManager' },
      });
    }
    expect(acknowledgementsTo(w, PARENT_EMAIL)).toHaveLength(12);
  });
});

describe('Use case: getComplaintStatus, links after the complaint ends', () => {
  it('F3: a link keeps working for 30 days after closure, then opens nothing, as a wrong link does', async () => {
    // Prepare: a complaint withdrawn on 2 March at 10:00.
    const w = world();
    const { reference } = await submitComplaint(w.ctx, parentSubmission(), online);
    const email = w.mailer.to(PARENT_EMAIL).at(-1)!;
    const token = decodeURIComponent(/[?&]token=([^\s&]+)/.exec(email.text)![1]!);
    await respondToOutcome(w.ctx, reference, { type: 'withdraw' });
    expect(w.ctx.statusLinkDaysAfterClosure).toBe(30);

    // Act & Assess
    w.clock.set('2026-04-01T10:00:00Z');
    await expect(getComplaintStatus(w.ctx, reference, token)).resolves.toMatchObject({ status: 'withdrawn' });
    w.clock.set('2026-04-01T10:00:01Z');
    await expect(getComplaintStatus(w.ctx, reference, token)).rejects.toThrow(NotFoundError);
  });

  it('an open complaint’s link does not expire', async () => {
    const w = world();
    const { reference } = await submitComplaint(w.ctx, parentSubmission(), online);
    const email = w.mailer.to(PARENT_EMAIL).at(-1)!;
    const token = decodeURIComponent(/[?&]token=([^\s&]+)/.exec(email.text)![1]!);
    w.clock.set('2027-03-02T10:00:00Z');
    await expect(getComplaintStatus(w.ctx, reference, token)).resolves.toMatchObject({ status: 'open' });
  });
});

const linkIn = (text: string) => decodeURIComponent(/[?&]token=([^\s&]+)/.exec(text)![1]!);

describe('Use case: recordAction, a fresh status link (a shared or forwarded mailbox)', () => {
  it('F3: revoking makes every link sent so far open nothing, and the fresh one emailed in the complainant’s language works', async () => {
    // Prepare: a parent writing in Polish, whose acknowledgement carries the first link.
    const w = world();
    const { reference } = await submitComplaint(w.ctx, parentSubmission({ language: 'pl' }), online);
    const first = linkIn(w.mailer.to(PARENT_EMAIL).at(-1)!.text);
    await expect(getComplaintStatus(w.ctx, reference, first)).resolves.toMatchObject({ status: 'open' });
    w.clock.set('2026-03-03T09:00:00Z');

    // Act
    await recordAction(w.ctx, reference, { type: 'renewStatusLink', reason: 'The family shares one mailbox.' }, principal('chloe-evans'));

    // Assess
    await expect(getComplaintStatus(w.ctx, reference, first)).rejects.toThrow(NotFoundError);
    const renewal = w.mailer.to(PARENT_EMAIL).at(-1)!;
    expect(renewal.subject).toBe(`Nowy link do śledzenia Państwa skargi (${reference})`);
    expect(renewal.text).toContain('Linki z wcześniejszych wiadomości już nie działają.');
    await expect(getComplaintStatus(w.ctx, reference, linkIn(renewal.text))).resolves.toMatchObject({ status: 'open' });
    const events = await w.repo.events(reference);
    expect(events.find((event) => event.details?.statusLinksRenewed)).toMatchObject({ type: 'note', visibleToComplainant: false, actor: { kind: 'staff', staffId: 'chloe-evans' } });
  });

  it('is for the setting manager and above, and refused where no link was ever sent (no email address)', async () => {
    const w = world();
    // A concern with the child's key person, who can see it but not revoke its links.
    const { reference } = await submitComplaint(w.ctx, parentSubmission({ classification: 'concern', keyPersonId: 'amira-khan' }), online);
    await expect(recordAction(w.ctx, reference, { type: 'renewStatusLink' }, principal('amira-khan'))).rejects.toThrow(ForbiddenError);

    const byPost = await submitComplaint(
      w.ctx,
      parentSubmission({ channel: 'inPerson', contact: { name: 'Ana Ionescu', postalAddress: '3 Canal Street, Leeds' } }),
      { actor: { kind: 'staff', staffId: 'chloe-evans', role: 'settingManager' } },
    );
    await expect(recordAction(w.ctx, byPost.reference, { type: 'renewStatusLink' }, principal('chloe-evans'))).rejects.toThrow(ConflictError);
  });
});

describe('Use case: respondToOutcome, a withdrawal is told in writing', () => {
  it('P6, R6: the complainant is emailed that it was withdrawn (with what to do if they did not), and the manager responsible is told', async () => {
    const w = world();
    const { reference } = await submitComplaint(w.ctx, parentSubmission(), online);

    await respondToOutcome(w.ctx, reference, { type: 'withdraw' });

    const toParent = w.mailer.to(PARENT_EMAIL).at(-1)!;
    expect(toParent.subject).toBe(`Your complaint has been withdrawn (${reference})`);
    expect(toParent.text).toContain('If you did not ask for this, please contact the setting at once');
    const toManager = w.mailer.to(staffEmail('chloe-evans')).at(-1)!;
    expect(toManager.subject).toBe(`Complaint ${reference} was withdrawn`);
    expect(toManager.text).not.toContain(PARENT_EMAIL);
  });

  it('P5: a complainant without email is written a letter, listed for staff to post', async () => {
    const w = world();
    const { reference } = await submitComplaint(
      w.ctx,
      parentSubmission({ channel: 'phone', language: 'cy', contact: { name: 'Ana Ionescu', postalAddress: '3 Canal Street, Leeds' } }),
      { actor: { kind: 'staff', staffId: 'chloe-evans', role: 'settingManager' } },
    );

    await respondToOutcome(w.ctx, reference, { type: 'withdraw' }, { actor: { kind: 'staff', staffId: 'chloe-evans', role: 'settingManager' }, channel: 'phone' });

    const letters = await w.repo.letters(reference);
    expect(letters.map((letter) => letter.letter.message.kind)).toContain('complaintWithdrawn');
    expect(letters.find((letter) => letter.letter.message.kind === 'complaintWithdrawn')?.letter.language).toBe('cy');
  });
});
