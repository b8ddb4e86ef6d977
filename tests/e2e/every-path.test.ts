/**
 * Issue 8, points 1, 2, 3 and 8 end to end on the embedded default, over HTTP, with days
 * shortened to two seconds so that a key person's five-day target lapses while we watch:
 *
 * - P3: an allegation about a manager who is also the safeguarding lead reaches the line
 *   manager and the owner with the LADO's contact, never her, and no key person can open it.
 * - F3, P4: the JSON API and the staff "on behalf" route make the key person named in a
 *   complaint about them its subject: never told, never able to list or open it.
 * - P4, P6: the manager's 28 days run from the moment the matter comes up to them — when the
 *   key person's target lapses, or when the parent is not satisfied — not from first contact.
 * - A1/A5, P7: an agency's complaint about the manager goes to the line manager, who is told
 *   and records the meeting and the agreement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedded } from '../../local/embedded';
import {
  Api,
  agencyComplaint,
  parentComplaint,
  staffEmail,
  startExampleEmbedded,
  type StaffComplaintView,
  type StatusView,
  type SubmissionReply,
} from './helpers/embedded-api';
import { aboutComplaint, emailsAbout, sentTo, statusLinkIn, waitForEmail } from './helpers/inbox';

const DAY_SECONDS = 2;
const DAY = DAY_SECONDS * 1000;
/** Deadlines are whole seconds; allow for that and for the request's own time. */
const TOLERANCE_MS = 1_500;
const LADO_PHONE = '0113 496 0123';

describe('Every path for every person (issue 8) over HTTP, on shortened days', () => {
  let embedded: Embedded;
  let api: Api;
  let inbox: string;

  beforeAll(async () => {
    embedded = await startExampleEmbedded({ daySeconds: DAY_SECONDS });
    api = new Api(embedded.apiUrl);
    inbox = embedded.inboxUrl;
  });

  afterAll(async () => {
    await embedded?.stop();
  });

  const view = async (staffId: string, reference: string) =>
    api.get<StaffComplaintView>(`/staff/complaints/${reference}`, { bearer: await api.signIn(staffId) });
  const listed = async (staffId: string) =>
    (await api.get<{ items: { reference: string }[] }>('/staff/complaints?limit=100', { bearer: await api.signIn(staffId) })).body.items.map(
      (item) => item.reference,
    );
  const staffTold = async (reference: string) => new Set((await emailsAbout(inbox, reference)).flatMap((email) => email.destination.to));

  it('P3: an allegation about the Willow Lane manager, who is its safeguarding lead too, alerts the line manager and the owner with the LADO contact, never her; no key person can open it', async () => {
    // Act
    const reply = await api.post<SubmissionReply>(
      '/complaints/parent',
      parentComplaint({ settingId: 'willow-lane', about: 'manager', allegationOfHarm: true, keyPersonId: 'farah-ali' }),
    );

    // Assess
    expect(reply.status).toBe(201);
    expect(reply.body.status).toBe('referred');
    const { reference } = reply.body;
    for (const staffId of ['gareth-price', 'helen-okafor']) {
      const alert = await waitForEmail(inbox, (email) => aboutComplaint(reference)(email) && sentTo(staffEmail(staffId))(email), {
        what: `alerting ${staffId}`,
      });
      expect(alert.body.text).toContain('Local authority designated officer (LADO)');
      expect(alert.body.text).toContain(LADO_PHONE);
      expect(alert.body.text).toContain('within one working day');
    }
    // The alerts went in a sweep of the outbox; one more carries out whatever else the
    // submission wrote, so that "never her" is read once everything was sent.
    await embedded.sweepNow();
    expect([...(await staffTold(reference))].filter((to) => to.endsWith('example.org')).sort()).toEqual(
      [staffEmail('gareth-price'), staffEmail('helen-okafor')].sort(),
    );
    expect((await view('elena-popescu', reference)).status).toBe(404);
    expect((await view('farah-ali', reference)).status).toBe(404);
    expect((await view('gareth-price', reference)).status).toBe(200);
  });

  it('F3, P4: a complaint about the key person sent to the JSON API, naming only her as key person, is never shown or sent to her', async () => {
    // Act
    const reply = await api.post<SubmissionReply>(
      '/complaints/parent',
      parentComplaint({ about: 'keyPerson', keyPersonId: 'amira-khan', classification: 'complaint' }),
    );

    // Assess
    expect(reply.status).toBe(201);
    const { reference } = reply.body;
    await waitForEmail(inbox, (email) => aboutComplaint(reference)(email) && sentTo(staffEmail('chloe-evans'))(email), {
      what: 'telling the manager',
    });
    // …and one more sweep carries out whatever else the submission wrote to the outbox.
    await embedded.sweepNow();
    expect((await view('chloe-evans', reference)).body.complaint).toMatchObject({ subjectStaffId: 'amira-khan' });
    expect((await view('amira-khan', reference)).status).toBe(404);
    expect(await listed('amira-khan')).not.toContain(reference);
    expect(await listed('chloe-evans')).toContain(reference);
    expect(await staffTold(reference)).not.toContain(staffEmail('amira-khan'));
  });

  it('F3, P4, P5: the same complaint recorded by staff on the parent’s behalf, naming no subject, is kept from her too', async () => {
    // Act
    const reply = await api.post<SubmissionReply>(
      '/staff/complaints',
      {
        settingId: 'oak-street',
        classification: 'complaint',
        about: 'keyPerson',
        keyPersonId: 'amira-khan',
        description: 'Told the manager at pick-up that the nappy was not changed all afternoon.',
        contact: { name: 'Sam Taylor', email: 'on.behalf@example.com' },
        channel: 'inPerson',
        receivedAt: new Date(Date.now() - 60_000).toISOString(),
      },
      { bearer: await api.signIn('chloe-evans') },
    );

    // Assess
    expect(reply.status).toBe(201);
    const { reference } = reply.body;
    // What the outbox sends, it sends after the request: the manager's email shows it has,
    // and one more sweep carries out whatever else the submission wrote.
    await waitForEmail(inbox, (email) => aboutComplaint(reference)(email) && sentTo(staffEmail('chloe-evans'))(email), {
      what: 'telling the manager',
    });
    await embedded.sweepNow();
    expect((await view('chloe-evans', reference)).body.complaint).toMatchObject({ subjectStaffId: 'amira-khan' });
    expect((await view('amira-khan', reference)).status).toBe(404);
    expect(await listed('amira-khan')).not.toContain(reference);
    expect(await staffTold(reference)).not.toContain(staffEmail('amira-khan'));
  });

  it('F3: naming a member of staff of another setting as the one complained about is a 400 naming the field, and nothing is stored', async () => {
    // Act
    const reply = await api.post<{ errors: { field: string }[] }>(
      '/complaints/parent',
      parentComplaint({ about: 'otherStaff', subjectStaffId: 'farah-ali' }),
    );

    // Assess
    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((error) => error.field)).toEqual(['subjectStaffId']);
  });

  it('P4, P6: when the key person’s target lapses, the manager’s 28 days run from that moment, not from first contact', async () => {
    // Prepare
    const sentAt = Date.now();
    const reply = await api.post<SubmissionReply>(
      '/complaints/parent',
      parentComplaint({ classification: 'concern', about: 'service', keyPersonId: 'amira-khan', contact: { email: 'lapsed.target@example.com' } }),
    );
    expect(reply.status).toBe(201);
    expect(reply.body.level).toBe('keyPerson');
    const { reference } = reply.body;

    // Act: five days pass with no answer from the key person
    await waitForEmail(inbox, (email) => aboutComplaint(reference)(email) && sentTo(staffEmail('chloe-evans'))(email), {
      what: 'escalating to the manager',
      timeoutMs: 30_000,
    });

    // Assess
    const manager = (await view('chloe-evans', reference)).body;
    expect(manager.complaint.currentLevel).toBe('settingManager');
    const level = manager.levels.settingManager!;
    const entered = Date.parse((level as { enteredAt?: string }).enteredAt ?? '');
    expect(entered).toBeGreaterThanOrEqual(sentAt + 5 * DAY - TOLERANCE_MS);
    expect(Math.abs(Date.parse(level.deadlineAt) - (entered + 28 * DAY))).toBeLessThanOrEqual(TOLERANCE_MS);
    expect(Date.parse(level.deadlineAt)).toBeGreaterThan(sentAt + 28 * DAY + 3 * DAY);
  });

  it('P4, P6: when the parent is not satisfied with the key person, the manager’s 28 days run from then', async () => {
    // Prepare: the key person answers at once
    const parentEmail = 'not.satisfied@example.com';
    const reply = await api.post<SubmissionReply>(
      '/complaints/parent',
      parentComplaint({ classification: 'concern', about: 'service', keyPersonId: 'amira-khan', contact: { email: parentEmail } }),
    );
    const { reference } = reply.body;
    const answeredAt = Math.floor(Date.now() / 1000);
    const answered = await api.act('amira-khan', reference, { type: 'outcome', outcome: 'partlyUpheld', summary: 'We have moved the coat pegs.' });
    expect(answered.status).toBe(200);
    const outcomeEmail = await waitForEmail(inbox, (email) => aboutComplaint(reference)(email) && sentTo(parentEmail)(email) && email.at >= answeredAt, {
      what: 'the key person’s answer to the parent',
    });
    const { token } = statusLinkIn(outcomeEmail);
    await new Promise((resolve) => setTimeout(resolve, 2 * DAY));

    // Act: two days later, the parent is not satisfied
    const respondedAt = Date.now();
    const moved = await api.post<StatusView>(`/status/${reference}/response`, { type: 'notSatisfied', reason: 'The pegs are still too high.' }, { statusToken: token });

    // Assess
    expect(moved.status).toBe(200);
    expect(moved.body.level).toBe('settingManager');
    expect(Date.parse(moved.body.respondBy ?? '')).toBeGreaterThanOrEqual(respondedAt + 28 * DAY - TOLERANCE_MS);
  });

  it('A1/A5, P7: an agency’s complaint about the manager goes to the line manager, who is told and records the meeting and the agreement; the manager never sees it', async () => {
    // Act
    const reply = await api.post<SubmissionReply>('/complaints/agency', agencyComplaint({ settingId: 'oak-street', about: 'manager' }));
    expect(reply.status).toBe(201);
    const { reference } = reply.body;
    await waitForEmail(inbox, (email) => aboutComplaint(reference)(email) && sentTo(staffEmail('gareth-price'))(email), {
      what: 'telling the line manager',
    });
    const offered = (await view('gareth-price', reference)).body.availableActions;
    const meeting = await api.act('gareth-price', reference, { type: 'meeting', heldOn: new Date().toISOString() });
    const agreement = await api.act('gareth-price', reference, { type: 'agreement', reached: true });

    // Assess
    expect(offered).toContain('meeting');
    expect(meeting.status).toBe(200);
    expect(agreement.status).toBe(200);
    expect((await view('chloe-evans', reference)).status).toBe(404);
    // The line manager's email came; a sweep now carries out what the meeting and the
    // agreement wrote to the outbox too, so "never the manager" is read after all of it.
    await embedded.sweepNow();
    const told = await staffTold(reference);
    expect(told).toContain(staffEmail('gareth-price'));
    expect(told).not.toContain(staffEmail('chloe-evans'));
  });
});
