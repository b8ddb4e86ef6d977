/**
 * Every channel and every way forward (issue 8, points 4–7, 9, 10), end to end over HTTP
 * on the embedded default with days of two seconds: a parent with only a postal address
 * (letters to print and post, P5), an agency's letter entered by staff (A1), a meeting
 * recorded after its deadline lapsed (A3), the agency's "no agreement" (A4, A5), appeals
 * recorded by staff (P8), and bounded extensions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedded } from '../../local/embedded';
import {
  Api,
  agencyComplaint,
  exampleOrganisation,
  parentComplaint,
  staffEmail,
  startExampleEmbedded,
  type StaffComplaintView,
  type StatusView,
  type SubmissionReply,
} from './helpers/embedded-api';
import { eventually } from './helpers/embedded-process';
import { aboutComplaint, emailsAbout, sentTo, statusLinkIn, waitForEmail } from './helpers/inbox';

const DAY_SECONDS = 2;
const DAY = DAY_SECONDS * 1000;

interface LetterView {
  reference: string;
  key: string;
  kind: string;
  postedOn?: string;
  canBePosted: boolean;
  letter: { subject: string; text: string; language: string; direction: string };
}

describe('Every path for every person (issue 8) on shortened days', () => {
  let embedded: Embedded;
  let api: Api;

  beforeAll(async () => {
    embedded = await startExampleEmbedded({ daySeconds: DAY_SECONDS });
    api = new Api(embedded.apiUrl);
  });

  afterAll(async () => {
    await embedded?.stop();
  });

  const staffView = async (staffId: string, reference: string) =>
    (await api.get<StaffComplaintView>(`/staff/complaints/${reference}`, { bearer: await api.signIn(staffId) })).body;

  const agencyLetter = (changes: Record<string, unknown> = {}) => {
    const { website: _website, formToken: _token, ...example } = agencyComplaint() as Record<string, unknown>;
    return { ...example, channel: 'letter', receivedAt: new Date(Date.now() - 1_000).toISOString(), ...changes };
  };

  it.concurrent('P5: a spoken complaint from a parent with only a postal address: letters in her language, listed to print, then recorded as posted', async () => {
    // Prepare
    const manager = await api.signIn('chloe-evans');
    const { consentToContact: _consent, ...example } = parentComplaint();
    const recorded = await api.post<SubmissionReply>(
      '/staff/complaints',
      {
        ...example,
        language: 'ro',
        contact: { name: 'Ana Ionescu', postalAddress: '3 Canal Street\nLeeds LS12 2AB' },
        channel: 'inPerson',
        receivedAt: new Date(Date.now() - 1_000).toISOString(),
      },
      { bearer: manager },
    );
    expect(recorded.status).toBe(201);
    const { reference } = recorded.body;

    // Act
    const toPrint = await api.get<{ items: LetterView[] }>('/staff/letters?settingId=oak-street', { bearer: manager });
    const letter = toPrint.body.items.find((item) => item.reference === reference)!;
    const posted = await api.act('chloe-evans', reference, { type: 'letterPosted', letterKey: letter.key, postedOn: new Date().toISOString() });
    const afterPosting = await api.get<{ items: LetterView[] }>('/staff/letters?settingId=oak-street', { bearer: manager });
    const ofComplaint = await api.get<{ items: LetterView[] }>(`/staff/complaints/${reference}/letters`, { bearer: manager });

    // Assess
    expect(toPrint.status).toBe(200);
    expect(letter).toMatchObject({ kind: 'complaintAcknowledgement', canBePosted: true, letter: { language: 'ro', direction: 'ltr' } });
    expect(letter.letter.text).toContain('Ana Ionescu\n3 Canal Street\nLeeds LS12 2AB');
    expect(letter.letter.subject).toBe(`Am primit plângerea dumneavoastră (${reference})`);
    expect(posted.status).toBe(200);
    expect(afterPosting.body.items.map((item) => item.reference)).not.toContain(reference);
    expect(ofComplaint.body.items).toEqual([expect.objectContaining({ key: letter.key, postedOn: expect.any(String) })]);
    const view = await staffView('chloe-evans', reference);
    expect(view.record.map((event) => event.type)).toContain('letterPosted');
    // The clock runs as usual, and only staff get email.
    expect(view.levels.settingManager?.deadlineAt).toBeDefined();
    // The manager's notification is sent after the request, by the outbox: wait for it.
    await waitForEmail(embedded.inboxUrl, (email) => aboutComplaint(reference)(email) && sentTo(staffEmail('chloe-evans'))(email), {
      what: 'telling the manager of the spoken complaint',
    });
    // One more sweep carries out whatever else the request wrote, so that "only staff" is
    // read once everything was sent, not before.
    await embedded.sweepNow();
    const emails = await emailsAbout(embedded.inboxUrl, reference);
    const staff = new Set(exampleOrganisation.staff.map((member) => member.email));
    expect(emails.every((email) => email.destination.to.every((to) => staff.has(to)))).toBe(true);
  });

  it.concurrent('A1/A3: an agency letter entered by staff runs from the day it was received; the meeting recorded after its lapse is late by N days, and the escalation stays', async () => {
    // Prepare: the letter was received 30 "days" ago, so A3's 28 days are already over.
    const manager = await api.signIn('elena-popescu');
    const agencyEmail = 'late.meeting@example.nhs.uk';
    const receivedAt = Date.now() - 30 * DAY;
    const entered = await api.post<SubmissionReply>(
      '/staff/agency-complaints',
      agencyLetter({
        agency: { organisation: 'Leeds Community Healthcare', name: 'Jo Patel', email: agencyEmail },
        receivedAt: new Date(receivedAt).toISOString(),
      }),
      { bearer: manager },
    );
    expect(entered.status).toBe(201);
    const { reference } = entered.body;
    const escalated = await eventually(
      () => staffView('elena-popescu', reference),
      (view) => view.complaint.currentLevel === 'lineManagerAcknowledgement',
      30_000,
    );
    const meetingClock = escalated.levels.agencyMeeting!;
    expect(meetingClock.lapsedAt).toBeDefined();
    expect(Math.abs(Date.parse(meetingClock.statutoryDeadlineAt) - (receivedAt + 28 * DAY))).toBeLessThanOrEqual(1_500);

    // Act: the meeting was really held 2 "days" after its deadline, and is recorded now.
    const heldOn = new Date(Math.min(Date.parse(meetingClock.statutoryDeadlineAt) + 2 * DAY - 500, Date.now())).toISOString();
    const meeting = await api.act('elena-popescu', reference, { type: 'meeting', heldOn, summary: 'We agreed a shared booking sheet.' });

    // Assess
    expect(meeting.status).toBe(200);
    const view = await staffView('elena-popescu', reference);
    expect(view.complaint.currentLevel).toBe('lineManagerAcknowledgement');
    expect(view.levels.agencyMeeting).toMatchObject({ lapsedAt: meetingClock.lapsedAt, doneAt: new Date(heldOn).toISOString() });
    const types = view.record.map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(['received', 'lapsed', 'escalated', 'meetingHeld']));
    const held = view.record.find((event) => event.type === 'meetingHeld')!;
    expect(held.details).toMatchObject({ lateByDays: 2, afterLapse: true, occurredAt: new Date(heldOn).toISOString(), recordedAt: held.at });
    // A4: the agency has the meeting in writing.
    const written = await waitForEmail(
      embedded.inboxUrl,
      (email) => sentTo(agencyEmail)(email) && email.subject === `The meeting about your complaint (${reference})`,
      { what: 'sending the agency the meeting in writing' },
    );
    expect(written.body.text).toContain('We agreed a shared booking sheet.');
  });

  it.concurrent('A1: a receipt date in the future, or no way to write back, is a 400 naming the field', async () => {
    // Act
    const manager = await api.signIn('elena-popescu');
    const future = await api.post<{ errors: { field: string }[] }>(
      '/staff/agency-complaints',
      agencyLetter({ receivedAt: new Date(Date.now() + 3_600_000).toISOString() }),
      { bearer: manager },
    );
    const nowhere = await api.post<{ errors: { field: string }[] }>(
      '/staff/agency-complaints',
      agencyLetter({ agency: { organisation: 'LCH', name: 'Jo' } }),
      { bearer: manager },
    );

    // Assess
    expect(future.status).toBe(400);
    expect(future.body.errors.map((error) => error.field)).toEqual(['receivedAt']);
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.errors.map((error) => error.field)).toEqual(['agency.email']);
  });

  it.concurrent('A4/A5: after the meeting the agency says through its link there is no agreement and goes to the line manager; staff can record such a letter too', async () => {
    // Prepare: two agency complaints, met.
    const first = 'no.agreement@example.nhs.uk';
    const second = 'letter.no.agreement@example.nhs.uk';
    const submit = async (email: string) => {
      const reply = await api.post<SubmissionReply>(
        '/complaints/agency',
        agencyComplaint({ agency: { organisation: 'Leeds Community Healthcare', name: 'Jo Patel', email } }),
      );
      expect(reply.status).toBe(201);
      const meeting = await api.act('elena-popescu', reply.body.reference, { type: 'meeting', heldOn: new Date().toISOString() });
      expect(meeting.status).toBe(200);
      return reply.body.reference;
    };
    const [byLink, byLetter] = await Promise.all([submit(first), submit(second)]);
    const acknowledgement = await waitForEmail(
      embedded.inboxUrl,
      (email) => sentTo(first)(email) && aboutComplaint(byLink)(email) && email.subject.startsWith('We have received'),
      { what: 'acknowledging the agency' },
    );
    const { token } = statusLinkIn(acknowledgement);
    const before = await api.get<StatusView & { canRespond: { noAgreement: boolean } }>(`/status/${byLink}`, { statusToken: token });

    // Act
    const saidByLink = await api.post<StatusView>(`/status/${byLink}/response`, { type: 'noAgreement', reason: 'We did not agree.' }, { statusToken: token });
    const recordedLetter = await api.post<{ complaint: { currentLevel: string; agreementReached: boolean } }>(
      `/staff/complaints/${byLetter}/responses`,
      { type: 'noAgreement', reason: 'Their letter of today.', channel: 'letter', receivedAt: new Date().toISOString() },
      { bearer: await api.signIn('elena-popescu') },
    );

    // Assess
    expect(before.body.canRespond).toMatchObject({ noAgreement: true, notSatisfied: false });
    expect(saidByLink.status).toBe(200);
    expect(saidByLink.body.level).toBe('lineManagerAcknowledgement');
    expect(recordedLetter.status).toBe(200);
    expect(recordedLetter.body.complaint).toMatchObject({ currentLevel: 'lineManagerAcknowledgement', agreementReached: false });
    for (const reference of [byLink, byLetter]) {
      await waitForEmail(
        embedded.inboxUrl,
        (email) => sentTo(staffEmail('gareth-price'))(email) && email.subject.startsWith(`Complaint ${reference}: now with you`),
        { what: `giving ${reference} to the line manager` },
      );
    }
    const letterView = await staffView('elena-popescu', byLetter);
    expect(letterView.record.find((event) => event.type === 'agreementRecorded')?.details).toMatchObject({ channel: 'letter', onBehalfOfComplainant: true });
    // The agency had the meeting in writing first.
    await waitForEmail(embedded.inboxUrl, (email) => sentTo(first)(email) && email.subject.startsWith('The meeting about your complaint'), {
      what: 'sending the meeting in writing',
    });
  });

  it.concurrent('P8: staff record a spoken "not satisfied" and a written appeal; the owners get the appeal and the line manager is told', async () => {
    // Prepare
    const parentEmail = 'spoken.appeal@example.com';
    const submitted = await api.post<SubmissionReply>('/complaints/parent', parentComplaint({ contact: { name: 'Sam Taylor', email: parentEmail } }));
    const { reference } = submitted.body;
    expect((await api.act('chloe-evans', reference, { type: 'outcome', outcome: 'notUpheld', summary: 'We checked the rota.' })).status).toBe(200);

    // Act
    const notSatisfied = await api.post(
      `/staff/complaints/${reference}/responses`,
      { type: 'notSatisfied', reason: 'Told me at pick-up she is not satisfied.', channel: 'inPerson' },
      { bearer: await api.signIn('chloe-evans') },
    );
    expect((await api.act('gareth-price', reference, { type: 'outcome', outcome: 'notUpheld', summary: 'I reviewed it.' })).status).toBe(200);
    const appeal = await api.post(
      `/staff/complaints/${reference}/responses`,
      { type: 'notSatisfied', reason: 'Appeal by letter.', channel: 'letter', receivedAt: new Date().toISOString() },
      { bearer: await api.signIn('gareth-price') },
    );

    // Assess
    expect(notSatisfied.status).toBe(200);
    expect(appeal.status).toBe(200);
    const view = await staffView('helen-okafor', reference);
    expect(view.complaint.currentLevel).toBe('owners');
    const moves = view.record.filter((event) => event.type === 'notSatisfied').map((event) => event.details?.channel);
    expect(moves).toEqual(['inPerson', 'letter']);
    await waitForEmail(
      embedded.inboxUrl,
      (email) => sentTo(staffEmail('helen-okafor'))(email) && email.subject.startsWith(`Complaint ${reference}: now with you`),
      { what: 'giving the appeal to the owners' },
    );
    await waitForEmail(
      embedded.inboxUrl,
      (email) => sentTo(staffEmail('gareth-price'))(email) && email.subject === `Appeal received: complaint ${reference} has gone to the owners or trustees`,
      { what: 'telling the line manager of the appeal' },
    );
  });

  it.concurrent('Extensions: a statutory date needs the complainant’s agreement and at most 28 more days; with both, the parent is told', async () => {
    // Prepare
    const parentEmail = 'bounded.extension@example.com';
    const submitted = await api.post<SubmissionReply>('/complaints/parent', parentComplaint({ contact: { name: 'Sam Taylor', email: parentEmail } }));
    const { reference, respondBy } = submitted.body;
    const statutory = Date.parse(respondBy!);
    const extend = (to: number, agreed: boolean) =>
      api.act('chloe-evans', reference, {
        type: 'extension',
        newDeadlineAt: new Date(to).toISOString(),
        reason: 'A witness is away.',
        ...(agreed ? { complainantAgreedOn: new Date().toISOString() } : {}),
      });

    // Act
    const unagreed = await extend(statutory + 5 * DAY, false);
    const tooFar = await extend(statutory + 30 * DAY, true);
    const fine = await extend(statutory + 5 * DAY, true);

    // Assess
    expect(unagreed.status).toBe(400);
    expect((unagreed.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['complainantAgreedOn']);
    expect(tooFar.status).toBe(400);
    expect((tooFar.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['newDeadlineAt']);
    expect(fine.status).toBe(200);
    await waitForEmail(embedded.inboxUrl, (email) => sentTo(parentEmail)(email) && email.subject === `A new date for your complaint (${reference})`, {
      what: 'telling the parent the new date',
    });
  });
});
