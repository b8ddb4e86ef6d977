import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lambdas/domain/complaint';
import { IdempotencyKeyReusedError, ValidationError } from '../../lambdas/domain/errors';
import { sweepOutbox } from '../../lambdas/use-cases/carry-out-effects';
import { submitComplaint, type ComplaintSubmission } from '../../lambdas/use-cases/submit-complaint';
import {
  AGENCY_EMAIL as AGENCY,
  PARENT_EMAIL as PARENT,
  REFERENCE,
  agencySubmission,
  online,
  parentSubmission,
} from '../helpers/submissions';
import { staffEmail, testWorld } from '../helpers/use-case-context';

// The world's clock reads Monday 2 March 2026, 10:00 GMT. Every expected deadline is worked
// out by hand: 28 days on is Monday 30 March, the day after BST began (29 March), so
// 23:59:59 London is 22:59:59Z; dates before 29 March end at 23:59:59Z.

function parentComplaint(overrides: Partial<ComplaintSubmission> = {}): ComplaintSubmission {
  return parentSubmission({ childName: 'Alex', ...overrides });
}

function agencyComplaint(overrides: Partial<ComplaintSubmission> = {}): ComplaintSubmission {
  return agencySubmission({
    childName: 'Alex',
    contact: { name: 'Jo Caseworker', email: AGENCY, organisation: 'Leeds Family Services', role: 'Family support worker' },
    description: 'A referral we made was not followed up.',
    ...overrides,
  });
}

const recipients = (sent: { to: string }[]) => [...new Set(sent.map((email) => email.to))].sort();

describe('Use case: submitComplaint', () => {
  it('P6: a parent complaint to the manager is answered within 28 days of receipt (received 2 March 10:00 GMT → 30 March 23:59:59 BST)', async () => {
    // Prepare
    const { ctx, repo } = testWorld({ references: [REFERENCE] });

    // Act
    const result = await submitComplaint(ctx, parentComplaint(), online);

    // Assess
    expect(result).toEqual({ reference: REFERENCE, status: 'open', level: 'settingManager', respondBy: '2026-03-30T22:59:59Z' });
    const stored = repo.get(REFERENCE);
    expect(stored.complaint).toMatchObject({ status: 'open', currentLevel: 'settingManager', receivedAt: '2026-03-02T10:00:00.000Z', version: 1 });
    expect(stored.levels.settingManager).toMatchObject({
      statutoryDeadlineAt: '2026-03-30T22:59:59Z',
      deadlineAt: '2026-03-30T22:59:59Z',
      reminders: ['2026-03-23T09:00:00Z', '2026-03-28T09:00:00Z'],
    });
  });

  it('writes the complaint, its level, its first events and its effects in one write, and carries every effect out', async () => {
    // Prepare
    const { ctx, repo } = testWorld({ references: [REFERENCE] });

    // Act
    await submitComplaint(ctx, parentComplaint(), online);

    // Assess
    expect(repo.saves).toBe(1);
    expect(Object.keys(repo.get(REFERENCE).levels)).toEqual(['settingManager']);
    expect((await repo.events(REFERENCE)).map((e) => e.type)).toEqual(['received', 'levelOpened']);
    expect([...repo.outbox.values()].map((s) => s.effect.key).sort()).toEqual([
      'clock#settingManager#0',
      'email#chloe-evans#assigned#settingManager',
      'email#complainant#acknowledgement',
    ]);
    expect(await repo.pendingEffects()).toEqual([]);
  });

  it('P10: the acknowledgement gives the complainant the reference, the respond-by date and Ofsted’s contact details', async () => {
    // Prepare
    const { ctx, mailer } = testWorld({ references: [REFERENCE] });

    // Act
    await submitComplaint(ctx, parentComplaint(), online);

    // Assess
    const [acknowledgement, ...others] = mailer.to(PARENT);
    expect(others).toEqual([]);
    expect(acknowledgement!.subject).toBe(`We have received your complaint (${REFERENCE})`);
    expect(acknowledgement!.text).toContain(REFERENCE);
    expect(acknowledgement!.text).toContain('We will respond by 30 March 2026.');
    expect(acknowledgement!.text).toContain('Piccadilly Gate, Store Street, Manchester M1 2WD');
    expect(acknowledgement!.text).toContain('0300 123 1231');
  });

  it('F2: the acknowledgement is written in the complainant’s language', async () => {
    // Prepare
    const { ctx, mailer } = testWorld({ references: [REFERENCE] });

    // Act
    await submitComplaint(ctx, parentComplaint({ language: 'pl' }), online);

    // Assess
    const [acknowledgement] = mailer.to(PARENT);
    expect(acknowledgement!.text).toContain('Odpowiemy do 30 marca 2026.');
    expect(acknowledgement!.text).toContain(REFERENCE);
    expect(acknowledgement!.text).not.toContain('We will respond by');
    expect(acknowledgement!.html).toContain('lang="pl"');
  });

  it('P4: a complaint about the key person goes to the setting manager, and the key person is never emailed', async () => {
    // Prepare
    const { ctx, mailer, repo } = testWorld({ references: [REFERENCE] });

    // Act
    const result = await submitComplaint(
      ctx,
      parentComplaint({ about: 'keyPerson', keyPersonId: 'amira-khan', subjectStaffId: 'amira-khan' }),
      online,
    );

    // Assess
    expect(result.level).toBe('settingManager');
    expect(recipients(mailer.sent)).toEqual([staffEmail('chloe-evans'), PARENT].sort());
    const [assigned] = mailer.to(staffEmail('chloe-evans'));
    expect(assigned!.subject).toBe(`Complaint ${REFERENCE}: now with you, due by 30 March 2026`);
    expect(assigned!.text).toContain(`https://complaints.example.org/staff/complaints/${REFERENCE}`);
    expect(mailer.to(staffEmail('amira-khan'))).toEqual([]);
    expect(repo.get(REFERENCE).complaint.subjectStaffId).toBe('amira-khan');
  });

  it('P4: a complaint about other staff goes to the setting manager', async () => {
    // Prepare
    const { ctx, mailer } = testWorld({ references: [REFERENCE] });

    // Act
    const result = await submitComplaint(ctx, parentComplaint({ about: 'otherStaff', subjectStaffId: 'ben-jones' }), online);

    // Assess
    expect(result.level).toBe('settingManager');
    expect(mailer.to(staffEmail('chloe-evans'))).toHaveLength(1);
    expect(mailer.to(staffEmail('ben-jones'))).toEqual([]);
  });

  it('P1: a concern about the service goes to the child’s key person, due within the organisation’s 5-day target', async () => {
    // Prepare
    const { ctx, mailer } = testWorld({ references: [REFERENCE] });

    // Act
    const result = await submitComplaint(ctx, parentComplaint({ classification: 'concern', keyPersonId: 'amira-khan' }), online);

    // Assess
    expect(result).toMatchObject({ level: 'keyPerson', respondBy: '2026-03-07T23:59:59Z' });
    expect(recipients(mailer.sent)).toEqual([staffEmail('amira-khan'), PARENT].sort());
    expect(mailer.to(PARENT)[0]!.subject).toBe(`We have received your concern (${REFERENCE})`);
  });

  it('P7: a complaint about the setting manager goes to the line manager, and the manager is never emailed', async () => {
    // Prepare
    const { ctx, mailer, workflows } = testWorld({ references: [REFERENCE] });

    // Act
    const result = await submitComplaint(ctx, parentComplaint({ about: 'manager', subjectStaffId: 'chloe-evans' }), online);

    // Assess
    expect(result).toMatchObject({ level: 'lineManager', respondBy: '2026-03-16T23:59:59Z' });
    expect(recipients(mailer.sent)).toEqual([staffEmail('gareth-price'), PARENT].sort());
    expect(workflows.started.map((s) => s.name)).toEqual([`${REFERENCE}-lineManager`]);
  });

  it('P2: the record keeps whether the matter is a concern or a complaint, and staff see it', async () => {
    // Prepare
    const { ctx, mailer, repo } = testWorld({ references: [REFERENCE] });

    // Act
    await submitComplaint(ctx, parentComplaint({ classification: 'concern' }), online);

    // Assess
    expect(repo.get(REFERENCE).complaint.classification).toBe('concern');
    const [received] = await repo.events(REFERENCE);
    expect(received!.details).toMatchObject({ classification: 'concern' });
    expect(received!.summary).toContain('concern about the quality of the service');
    const [assigned] = mailer.to(staffEmail('chloe-evans'));
    expect(assigned!.text).toContain('Recorded as: concern about the quality of the service or practice');
  });

  it('starts the level’s clock: Step Functions gets execution `<reference>-<level>` on the track’s state machine', async () => {
    // Prepare
    const { ctx, workflows, repo } = testWorld({ references: [REFERENCE] });

    // Act
    await submitComplaint(ctx, parentComplaint(), online);

    // Assess
    expect(workflows.started).toEqual([
      {
        track: 'parent',
        name: `${REFERENCE}-settingManager`,
        input: { complaintId: REFERENCE, track: 'parent', level: 'settingManager' },
      },
    ]);
    expect([...repo.outbox.values()].find((s) => s.effect.kind === 'startClock')!.state).toBe('done');
  });

  it('P5: a spoken complaint recorded later by staff runs from when it was received, and says who recorded it', async () => {
    // Prepare
    const { ctx, repo } = testWorld({ references: [REFERENCE] });
    const manager: Actor = { kind: 'staff', staffId: 'chloe-evans', role: 'settingManager' };

    // Act
    const result = await submitComplaint(
      ctx,
      parentComplaint({ channel: 'phone', receivedAt: '2026-02-27T16:00:00Z' }),
      { actor: manager },
    );

    // Assess: 27 February + 28 days is 27 March, still GMT.
    expect(result.respondBy).toBe('2026-03-27T23:59:59Z');
    const [received] = await repo.events(REFERENCE);
    expect(received!.actor).toEqual(manager);
    expect(received!.summary).toContain('phone, recorded by staff');
    expect(repo.get(REFERENCE).complaint.receivedAt).toBe('2026-02-27T16:00:00.000Z');
  });

  it('P5: a complaint cannot be recorded as received in the future', async () => {
    // Prepare
    const { ctx, repo } = testWorld();

    // Act
    const attempt = submitComplaint(ctx, parentComplaint({ channel: 'inPerson', receivedAt: '2026-03-03T09:00:00Z' }), online);

    // Assess
    await expect(attempt).rejects.toMatchObject({ fields: [{ field: 'receivedAt' }] });
    expect(repo.aggregates.size).toBe(0);
  });

  it('P5: a complaint cannot be recorded as received more than 90 days ago: a 400 naming the date, nothing stored', async () => {
    // Prepare: the world's now is 2 March 2026.
    const { ctx, repo } = testWorld({ references: [REFERENCE] });

    // Act
    const tooOld = submitComplaint(ctx, parentComplaint({ channel: 'inPerson', receivedAt: '2025-12-01T09:00:00Z' }), online);
    const oldest = await submitComplaint(ctx, parentComplaint({ channel: 'inPerson', receivedAt: '2025-12-03T09:00:00Z' }), online);

    // Assess
    await expect(tooOld).rejects.toMatchObject({ fields: [{ field: 'receivedAt', message: 'must be within the last 90 days' }] });
    expect(oldest.reference).toBe(REFERENCE);
    expect(repo.aggregates.size).toBe(1);
  });

  describe('idempotency', () => {
    it('a retry with the same Idempotency-Key returns the same reference and sends nothing twice', async () => {
      // Prepare
      const { ctx, repo, mailer, workflows } = testWorld({ references: [REFERENCE, 'P2WD-9HNC'] });
      const first = await submitComplaint(ctx, parentComplaint(), { ...online, idempotencyKey: 'key-1' });
      const sentBefore = mailer.sent.length;

      // Act
      const second = await submitComplaint(ctx, parentComplaint(), { ...online, idempotencyKey: 'key-1' });

      // Assess
      expect(second).toEqual(first);
      expect(second.reference).toBe(REFERENCE);
      expect(sentBefore).toBe(2);
      expect(mailer.sent).toHaveLength(2);
      expect(workflows.started).toHaveLength(1);
      expect(repo.aggregates.size).toBe(1);
    });

    it('the same Idempotency-Key with a different request is refused, and nothing more is stored', async () => {
      // Prepare
      const { ctx, repo, mailer } = testWorld({ references: [REFERENCE, 'P2WD-9HNC'] });
      await submitComplaint(ctx, parentComplaint(), { ...online, idempotencyKey: 'key-1' });

      // Act
      const attempt = submitComplaint(ctx, parentComplaint({ description: 'Something else entirely.' }), {
        ...online,
        idempotencyKey: 'key-1',
      });

      // Assess
      await expect(attempt).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
      expect(repo.aggregates.size).toBe(1);
      expect(mailer.sent).toHaveLength(2);
    });

    it('different Idempotency-Keys make different complaints', async () => {
      // Prepare
      const { ctx, repo } = testWorld({ references: [REFERENCE, 'P2WD-9HNC'] });

      // Act
      const first = await submitComplaint(ctx, parentComplaint(), { ...online, idempotencyKey: 'key-1' });
      const second = await submitComplaint(ctx, parentComplaint(), { ...online, idempotencyKey: 'key-2' });

      // Assess
      expect([first.reference, second.reference]).toEqual([REFERENCE, 'P2WD-9HNC']);
      expect(repo.aggregates.size).toBe(2);
    });
  });

  it('a reference that is already taken is drawn again', async () => {
    // Prepare
    const { ctx, repo } = testWorld({ references: [REFERENCE, REFERENCE, 'P2WD-9HNC'] });
    await submitComplaint(ctx, parentComplaint(), online);

    // Act
    const second = await submitComplaint(ctx, parentComplaint({ contact: { name: 'Kim Other', email: 'kim@example.com' } }), online);

    // Assess
    expect(second.reference).toBe('P2WD-9HNC');
    expect(repo.get(REFERENCE).complaint.contact.email).toBe(PARENT);
    expect(repo.get('P2WD-9HNC').complaint.contact.email).toBe('kim@example.com');
  });

  describe('validation against the directory', () => {
    it.each([
      ['an unknown setting', { settingId: 'elm-road' }, 'settingId'],
      ['an unknown key person', { keyPersonId: 'nobody' }, 'keyPersonId'],
      ['a key person of another setting', { keyPersonId: 'farah-ali' }, 'keyPersonId'],
      ['a member of staff who is not a key person', { keyPersonId: 'gareth-price' }, 'keyPersonId'],
      ['an unknown member of staff complained about', { subjectStaffId: 'nobody' }, 'subjectStaffId'],
    ] as const)('%s is a ValidationError naming the field, and nothing is stored or sent', async (_case, overrides, field) => {
      // Prepare
      const { ctx, repo, mailer, workflows } = testWorld();

      // Act
      const attempt = submitComplaint(ctx, parentComplaint(overrides), online);

      // Assess
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      await expect(attempt).rejects.toMatchObject({ fields: [{ field }] });
      expect(repo.aggregates.size).toBe(0);
      expect(repo.outbox.size).toBe(0);
      expect(mailer.sent).toEqual([]);
      expect(workflows.started).toEqual([]);
    });
  });

  describe('allegations of harm (P3)', () => {
    it('P3: an allegation is referred with no clock, and only the safeguarding lead and the manager are alerted', async () => {
      // Prepare
      const { ctx, repo, mailer, workflows } = testWorld({ references: [REFERENCE] });

      // Act
      const result = await submitComplaint(
        ctx,
        parentComplaint({ about: 'keyPerson', keyPersonId: 'amira-khan', subjectStaffId: 'amira-khan', allegationOfHarm: true }),
        online,
      );

      // Assess
      expect(result).toEqual({ reference: REFERENCE, status: 'referred' });
      const stored = repo.get(REFERENCE);
      expect(stored.complaint.status).toBe('referred');
      expect(stored.complaint.currentLevel).toBeUndefined();
      expect(stored.levels).toEqual({});
      expect(workflows.started).toEqual([]);
      expect([...repo.outbox.values()].some((s) => s.effect.kind === 'startClock')).toBe(false);
      expect(recipients(mailer.sent)).toEqual([staffEmail('chloe-evans'), staffEmail('dawid-nowak'), PARENT].sort());
      expect(mailer.to(staffEmail('amira-khan'))).toEqual([]);
      expect(mailer.to(staffEmail('dawid-nowak'))[0]!.subject).toBe(
        `URGENT: allegation of harm to a child, Oak Street Nursery (${REFERENCE})`,
      );
      expect((await repo.events(REFERENCE)).map((e) => e.type)).toEqual(['received', 'allegationReferred']);
    });

    it('P3: when the safeguarding lead is the person named, the manager and the line manager in their place are alerted, with the LADO', async () => {
      // Prepare
      const { ctx, mailer } = testWorld({ references: [REFERENCE] });

      // Act
      await submitComplaint(
        ctx,
        parentComplaint({ about: 'otherStaff', subjectStaffId: 'dawid-nowak', allegationOfHarm: true }),
        online,
      );

      // Assess
      expect(recipients(mailer.sent)).toEqual([staffEmail('chloe-evans'), staffEmail('gareth-price'), PARENT].sort());
      const alert = mailer.to(staffEmail('gareth-price'))[0]!;
      expect(alert.text).toContain('Leeds City Council LADO');
      expect(alert.text).toContain('0113 496 0123');
      expect(alert.text).toContain('within one working day');
    });

    it('P3: an allegation about the Willow Lane manager, who is also its safeguarding lead, alerts the line manager and the owner, never her', async () => {
      // Prepare
      const { ctx, mailer } = testWorld({ references: [REFERENCE] });

      // Act
      await submitComplaint(
        ctx,
        parentComplaint({ settingId: 'willow-lane', about: 'manager', allegationOfHarm: true }),
        online,
      );

      // Assess
      expect(recipients(mailer.sent)).toEqual([staffEmail('gareth-price'), staffEmail('helen-okafor'), PARENT].sort());
    });

    it('P3: the complainant is told the allegation left the complaints procedure, with Ofsted’s details', async () => {
      // Prepare
      const { ctx, mailer } = testWorld({ references: [REFERENCE] });

      // Act
      await submitComplaint(ctx, parentComplaint({ about: 'otherStaff', subjectStaffId: 'ben-jones', allegationOfHarm: true }), online);

      // Assess
      const [email] = mailer.to(PARENT);
      expect(email!.subject).toBe(`We have received what you told us (${REFERENCE})`);
      expect(email!.text).toContain('procedure for allegations against staff');
      expect(email!.text).toContain('0300 123 1231');
    });
  });

  describe('complaints from other agencies', () => {
    it('A1/A2: the written acknowledgement is sent at receipt, so A2 is done and the agency waits on A3’s 28-day meeting', async () => {
      // Prepare
      const { ctx, repo } = testWorld({ references: [REFERENCE] });

      // Act
      const result = await submitComplaint(ctx, agencyComplaint(), online);

      // Assess
      expect(result).toEqual({ reference: REFERENCE, status: 'open', level: 'agencyMeeting', respondBy: '2026-03-30T22:59:59Z' });
      const { levels, complaint } = repo.get(REFERENCE);
      expect(complaint.currentLevel).toBe('agencyMeeting');
      expect(levels.agencyAcknowledgement).toMatchObject({
        deadlineAt: '2026-03-12T23:59:59Z',
        doneAt: '2026-03-02T10:00:00.000Z',
        doneBy: 'system',
      });
      expect(levels.agencyMeeting).toMatchObject({ deadlineAt: '2026-03-30T22:59:59Z' });
      expect(levels.agencyMeeting!.doneAt).toBeUndefined();
      expect((await repo.events(REFERENCE)).map((e) => e.type)).toEqual(['received', 'levelOpened', 'acknowledged']);
    });

    it('A2/A3: the agency’s acknowledgement says the manager will investigate and meet within 28 days', async () => {
      // Prepare
      const { ctx, mailer } = testWorld({ references: [REFERENCE] });

      // Act
      await submitComplaint(ctx, agencyComplaint(), online);

      // Assess
      const [acknowledgement] = mailer.to(AGENCY);
      expect(acknowledgement!.text).toContain('The setting manager will investigate your complaint and meet with you.');
      expect(acknowledgement!.text).toContain('We will respond by 30 March 2026.');
      expect(acknowledgement!.text).toContain('0300 123 1231');
    });

    it('A1: the setting manager is told, and the agency track’s clock starts at the acknowledgement', async () => {
      // Prepare
      const { ctx, mailer, workflows } = testWorld({ references: [REFERENCE] });

      // Act
      await submitComplaint(ctx, agencyComplaint({ subjectStaffId: 'ben-jones' }), online);

      // Assess
      expect(recipients(mailer.sent)).toEqual([AGENCY, staffEmail('chloe-evans')].sort());
      expect(mailer.to(staffEmail('chloe-evans'))[0]!.text).toContain(
        'What to do: investigate, and meet the complainant, by the deadline.',
      );
      expect(workflows.started).toEqual([
        {
          track: 'agency',
          name: `${REFERENCE}-agencyAcknowledgement`,
          input: { complaintId: REFERENCE, track: 'agency', level: 'agencyAcknowledgement' },
        },
      ]);
    });
  });

  it('F2: a request for an interpreter is recorded and shown to the staff responsible', async () => {
    // Prepare
    const { ctx, repo, mailer } = testWorld({ references: [REFERENCE] });

    // Act
    await submitComplaint(ctx, parentComplaint({ interpreterLanguage: 'Polish' }), online);

    // Assess
    expect(repo.get(REFERENCE).complaint.interpreterLanguage).toBe('Polish');
    const [received] = await repo.events(REFERENCE);
    expect(received!.details).toMatchObject({ interpreterRequested: true });
    expect(mailer.to(staffEmail('chloe-evans'))[0]!.text).toContain('Interpreter: needed (Polish)');
    expect(mailer.to(PARENT)[0]!.text).toContain('We have noted that you would like an interpreter (Polish).');
  });

  it('F2: without a request, staff see that no interpreter was requested', async () => {
    // Prepare
    const { ctx, mailer } = testWorld({ references: [REFERENCE] });

    // Act
    await submitComplaint(ctx, parentComplaint(), online);

    // Assess
    expect(mailer.to(staffEmail('chloe-evans'))[0]!.text).toContain('Interpreter: not requested');
  });

  describe('when a service is down', () => {
    it('SES down: the complaint is stored, the emails wait in the outbox, and the sweeper sends each once SES is back', async () => {
      // Prepare
      const { ctx, effects, repo, mailer, workflows, clock } = testWorld({ references: [REFERENCE] });
      mailer.failing = true;

      // Act
      const result = await submitComplaint(ctx, parentComplaint(), online);

      // Assess
      expect(result.reference).toBe(REFERENCE);
      expect(repo.get(REFERENCE).complaint.status).toBe('open');
      expect(workflows.started).toHaveLength(1);
      expect((await repo.pendingEffects()).map((e) => e.key).sort()).toEqual([
        'email#chloe-evans#assigned#settingManager',
        'email#complainant#acknowledgement',
      ]);

      // Act: SES is back, and the sweeper runs twice.
      mailer.failing = false;
      const tooSoon = await sweepOutbox(effects);
      clock.advanceDays(1 / 24);
      const firstSweep = await sweepOutbox(effects);
      const secondSweep = await sweepOutbox(effects);

      // Assess
      expect(tooSoon).toEqual({ done: 0, failed: 0, parked: 0, skipped: 0 });
      expect(firstSweep).toEqual({ done: 2, failed: 0, parked: 0, skipped: 0 });
      expect(secondSweep).toEqual({ done: 0, failed: 0, parked: 0, skipped: 0 });
      expect(recipients(mailer.sent)).toEqual([staffEmail('chloe-evans'), PARENT].sort());
      expect(mailer.sent).toHaveLength(2);
    });

    it('Step Functions down: the clock start waits in the outbox and the sweeper starts it later, once', async () => {
      // Prepare
      const { ctx, effects, repo, workflows, clock } = testWorld({ references: [REFERENCE] });
      workflows.failing = true;
      await submitComplaint(ctx, parentComplaint(), online);
      const pending = await repo.pendingEffects();

      // Act
      workflows.failing = false;
      clock.advanceDays(1 / 24);
      const sweep = await sweepOutbox(effects);
      await sweepOutbox(effects);

      // Assess
      expect(pending.map((e) => e.kind)).toEqual(['startClock']);
      expect(sweep).toEqual({ done: 1, failed: 0, parked: 0, skipped: 0 });
      expect(workflows.started.map((s) => s.name)).toEqual([`${REFERENCE}-settingManager`]);
    });
  });
});
