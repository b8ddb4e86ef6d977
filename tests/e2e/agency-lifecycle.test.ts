/**
 * Another agency's formal complaint through its whole life (10.2, A1–A6) on the embedded
 * default, with days of three seconds: long enough that no clock lapses while people act
 * (the line manager's 5 days are 15 s), short enough to measure each clock against its rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedded } from '../../local/embedded';
import {
  agencyComplaint,
  Api,
  staffEmail,
  startExampleEmbedded,
  waitUntil,
  type StaffComplaintView,
  type StatusView,
  type SubmissionReply,
} from './helpers/embedded-api';
import { aboutComplaint, type CapturedEmail, sentTo, statusLinkIn, waitForEmail } from './helpers/inbox';

const DAY_SECONDS = 3;
const DAY = DAY_SECONDS * 1000;
const TOLERANCE_MS = 1_500;

describe('Agency complaint lifecycle (10.2, A1–A6) on shortened days', () => {
  let embedded: Embedded;
  let api: Api;

  beforeAll(async () => {
    embedded = await startExampleEmbedded({ daySeconds: DAY_SECONDS });
    api = new Api(embedded.apiUrl);
  });

  afterAll(async () => {
    await embedded?.stop();
  });

  it('A1–A6: acknowledged at receipt, met, no agreement, line manager acknowledges and reports, appeal to the owners', async () => {
    // Prepare (A1: in writing, to the setting manager)
    const agencyEmail = 'health.visitors@example.nhs.uk';
    const sentAt = Date.now();
    const submitted = await api.post<SubmissionReply>(
      '/complaints/agency',
      agencyComplaint({
        agency: { organisation: 'Leeds Community Healthcare', name: 'Jo Patel', role: 'Health visitor', email: agencyEmail },
      }),
    );
    expect(submitted.status).toBe(201);
    const { reference } = submitted.body;
    const ofAgency = (email: CapturedEmail) => sentTo(agencyEmail)(email) && aboutComplaint(reference)(email);
    const inbox = embedded.inboxUrl;

    // Assess A2: the acknowledgement email is the written acknowledgement, within 10 days (at once)
    const acknowledgement = await waitForEmail(inbox, (email) => ofAgency(email) && email.subject.startsWith('We have received'), {
      what: 'acknowledging the agency complaint',
    });
    expect(acknowledgement.at * 1000).toBeLessThan(sentAt + 10 * DAY);
    const { token } = statusLinkIn(acknowledgement);
    const manager = await api.signIn('elena-popescu');
    const afterReceipt = await api.get<StaffComplaintView>(`/staff/complaints/${reference}`, { bearer: manager });
    expect(afterReceipt.status).toBe(200);
    expect(afterReceipt.body.levels.agencyAcknowledgement?.doneBy).toBe('system');
    expect(afterReceipt.body.record.map((event) => event.type)).toContain('acknowledged');
    // A3: the meeting is due 28 days from receipt, and the manager is told so.
    expect(afterReceipt.body.complaint.currentLevel).toBe('agencyMeeting');
    const meetingDeadline = Date.parse(afterReceipt.body.levels.agencyMeeting!.deadlineAt);
    expect(Math.abs(meetingDeadline - (sentAt + 28 * DAY))).toBeLessThanOrEqual(TOLERANCE_MS);
    await waitForEmail(
      inbox,
      (email) => sentTo(staffEmail('elena-popescu'))(email) && email.subject.startsWith(`Complaint ${reference}: now with you`),
      { what: 'assigning the meeting to the manager' },
    );

    // Act A3: the manager met the agency
    // Held now: a second earlier could be the day before the complaint came, when it came just after midnight.
    const meeting = await api.act('elena-popescu', reference, { type: 'meeting', heldOn: new Date().toISOString() });
    expect(meeting.status).toBe(200);
    // A4 comes first: the agency cannot take it further before agreement was sought.
    const tooEarly = await api.post(`/status/${reference}/response`, { type: 'notSatisfied', reason: 'No.' }, { statusToken: token });
    expect(tooEarly.status).toBe(409);

    // Act A4: no agreement
    const agreement = await api.act('elena-popescu', reference, { type: 'agreement', reached: false, note: 'We did not agree.' });
    expect(agreement.status).toBe(200);

    // Act A5: the agency writes to the line manager
    const letterAt = Date.now();
    const letter = await api.post<StatusView>(
      `/status/${reference}/response`,
      { type: 'notSatisfied', reason: 'We still have no room for the reviews.' },
      { statusToken: token },
    );
    const letterAnsweredAt = Date.now();

    // Assess A5: the line manager acknowledges within 5 days of the letter
    expect(letter.status).toBe(200);
    expect(letter.body.level).toBe('lineManagerAcknowledgement');
    const acknowledgeBy = Date.parse(letter.body.respondBy ?? '');
    expect(acknowledgeBy).toBeGreaterThanOrEqual(letterAt + 5 * DAY - TOLERANCE_MS);
    expect(acknowledgeBy).toBeLessThanOrEqual(letterAnsweredAt + 5 * DAY + TOLERANCE_MS);
    await waitForEmail(
      inbox,
      (email) => sentTo(staffEmail('gareth-price'))(email) && email.subject.startsWith(`Complaint ${reference}: now with you`),
      { what: 'assigning the letter to the line manager' },
    );

    // Act A5: a day later the line manager acknowledges, then reports
    await waitUntil(letterAnsweredAt + DAY);
    const lineManagerAcknowledgement = await api.act('gareth-price', reference, { type: 'acknowledgement', note: 'Letter sent.' });
    expect(lineManagerAcknowledgement.status).toBe(200);
    const beforeReport = await api.get<StatusView>(`/status/${reference}`, { statusToken: token });
    expect(beforeReport.body.level).toBe('lineManagerReport');
    // A5: the report is due 14 days from the letter, not from the acknowledgement.
    const reportBy = Date.parse(beforeReport.body.respondBy ?? '');
    expect(reportBy).toBeGreaterThanOrEqual(letterAt + 14 * DAY - TOLERANCE_MS);
    expect(reportBy).toBeLessThanOrEqual(letterAnsweredAt + 14 * DAY + TOLERANCE_MS);
    expect(beforeReport.body.timeline).toContainEqual(expect.objectContaining({ type: 'acknowledged', level: 'lineManagerAcknowledgement' }));
    const report = await api.act('gareth-price', reference, {
      type: 'outcome',
      outcome: 'partlyUpheld',
      summary: 'The room is now booked through the office, with a named contact.',
    });
    expect(report.status).toBe(200);
    const reportEmail = await waitForEmail(inbox, (email) => ofAgency(email) && email.subject.startsWith('The outcome of your complaint'), {
      what: "telling the agency the line manager's report",
    });
    expect(reportEmail.body.text).toContain('The room is now booked through the office');

    // Act A6: still not satisfied, the agency appeals
    const appealAt = Date.now();
    const appeal = await api.post<StatusView>(
      `/status/${reference}/response`,
      { type: 'notSatisfied', reason: 'The reviews are still being moved.' },
      { statusToken: token },
    );
    const appealAnsweredAt = Date.now();

    // Assess A6: referred to the owners, on the organisation's target (14 days)
    expect(appeal.status).toBe(200);
    expect(appeal.body.level).toBe('agencyAppeal');
    const appealBy = Date.parse(appeal.body.respondBy ?? '');
    expect(appealBy).toBeGreaterThanOrEqual(appealAt + 14 * DAY - TOLERANCE_MS);
    expect(appealBy).toBeLessThanOrEqual(appealAnsweredAt + 14 * DAY + TOLERANCE_MS);
    // A6 is the last step inside the organisation: next is Ofsted (P9), not another level.
    expect(appeal.body.nextLevel).toBeUndefined();
    // The owners hear of the complaint twice: the partly upheld report opened their review of
    // practice (R4), and the appeal is theirs to answer (A6); each email says which it is.
    const toOwners = (subject: string) => (email: CapturedEmail) => sentTo(staffEmail('helen-okafor'))(email) && email.subject.startsWith(subject);
    const owners = await waitForEmail(
      inbox,
      (email) => toOwners(`Complaint ${reference}: now with you`)(email) && (email.body.text ?? '').includes('Stage: the owners or trustees (appeal)'),
      { what: 'referring the appeal to the owners' },
    );
    expect(owners.body.text).toContain('The complainant has asked to take this complaint further');
    const review = await waitForEmail(
      inbox,
      (email) => toOwners(`Review of practice after complaint ${reference}: due by`)(email) && (email.body.text ?? '').includes('(review of practice)'),
      { what: "opening the owners' review of practice" },
    );
    expect(review.body.text).toContain('review practice in the light of this complaint');
  });
});
