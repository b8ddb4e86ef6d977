/**
 * A parent's complaint through its whole life on the embedded default, with days shortened
 * to one second: the setting manager's 28 days (P6) pass in 28 s, the owners' 14 (P8) in 14 s.
 * Everything is observed from outside: the API, and the emails in the SES emulator's inbox.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Embedded } from '../../local/embedded';
import { formatDate } from '../../lambdas/templates/messages';
import {
  Api,
  describeClock,
  parentComplaint,
  staffEmail,
  startExampleEmbedded,
  stepFunctionsClient,
  waitUntil,
  type StatusView,
  type SubmissionReply,
} from './helpers/embedded-api';
import { eventually } from './helpers/embedded-process';
import { aboutComplaint, type CapturedEmail, emailsAbout, receivedAtMs, sentTo, statusLinkIn, waitForEmail } from './helpers/inbox';

/** One second a day: the shortest whole day, and still 14 s for a person to act at each level. */
const DAY_SECONDS = 1;
const DAY = DAY_SECONDS * 1000;
/** Deadlines are whole seconds (Wait states take no milliseconds); the inbox keeps whole seconds. */
const TOLERANCE_MS = 1_500;
const OFSTED_PHONE = '0300 123 1231';

describe('Parent complaint lifecycle (10.2) on shortened days', () => {
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

  // The two lives run side by side: each waits out a 28-day clock.
  it.concurrent(
    'P6, P7, P8, P10: acknowledged, reminded, lapsed to the line manager, answered, appealed to the owners for 14 days',
    async ({ expect }) => {
      // Prepare
      const parentEmail = 'whole.life@example.com';
      const sentAt = Date.now();
      const submitted = await api.post<SubmissionReply>(
        '/complaints/parent',
        parentComplaint({ contact: { name: 'Robin Whole', email: parentEmail } }),
      );
      expect(submitted.status).toBe(201);
      const { reference, respondBy } = submitted.body;
      expect(submitted.body.level).toBe('settingManager');
      const deadline = Date.parse(respondBy ?? '');
      // P6: within 28 days of receiving the complaint.
      expect(Math.abs(deadline - (sentAt + 28 * DAY))).toBeLessThanOrEqual(TOLERANCE_MS);
      const ofParent = (email: CapturedEmail) =>
        sentTo(parentEmail)(email) && aboutComplaint(reference)(email);

      // Act + Assess: the acknowledgement (R6, P10)
      const acknowledgement = await waitForEmail(
        inbox,
        (email) => ofParent(email) && email.subject.startsWith('We have received your complaint'),
        { what: 'acknowledging the complaint' },
      );
      expect(acknowledgement.body.text).toContain(reference);
      expect(acknowledgement.body.text).toContain(`We will respond by ${formatDate(respondBy!, 'en')}`);
      expect(acknowledgement.body.text).toContain(OFSTED_PHONE);
      const { token } = statusLinkIn(acknowledgement);

      // Act + Assess: the manager's reminder, 7 days before the deadline (remindBeforeDays)
      const reminder = await waitForEmail(
        inbox,
        (email) => sentTo(staffEmail('chloe-evans'))(email) && email.subject.startsWith(`Reminder: complaint ${reference}`),
        { what: 'reminding the manager', timeoutMs: 28 * DAY + 60_000 },
      );
      expect(receivedAtMs(reminder)).toBeGreaterThanOrEqual(deadline - 7 * DAY - TOLERANCE_MS);
      expect(receivedAtMs(reminder)).toBeLessThan(deadline);

      // Act + Assess: P6 lapses; P7 the line manager has it, and the parent is told (deadlineMissed)
      const escalation = await waitForEmail(
        inbox,
        (email) => sentTo(staffEmail('gareth-price'))(email) && email.subject.startsWith(`Complaint ${reference}: now with you`),
        { what: 'escalating to the line manager', timeoutMs: 28 * DAY + 60_000 },
      );
      expect(receivedAtMs(escalation)).toBeGreaterThanOrEqual(deadline - TOLERANCE_MS);
      expect(escalation.body.text).toContain('the deadline at the previous stage passed without a response');
      const missed = await waitForEmail(
        inbox,
        (email) => ofParent(email) && email.subject.startsWith('An update on your complaint'),
        { what: 'telling the parent the deadline was missed' },
      );
      expect(missed.body.text).toContain('we did not respond to your complaint by the date we gave you');
      expect(missed.body.text).toContain(OFSTED_PHONE);

      // Act: the line manager records the outcome; the parent is not satisfied and appeals (P8)
      const outcome = await api.act('gareth-price', reference, {
        type: 'outcome',
        outcome: 'notUpheld',
        summary: 'We looked at the lunchbox shelf and found the labels in order.',
      });
      expect(outcome.status).toBe(200);
      const appealedAt = Date.now();
      const appeal = await api.post<StatusView>(
        `/status/${reference}/response`,
        { type: 'notSatisfied', reason: 'It happened again on Friday.' },
        { statusToken: token },
      );
      const appealAnsweredAt = Date.now();

      // Assess: the owners' 14-day clock, from the appeal
      expect(appeal.status).toBe(200);
      expect(appeal.body.level).toBe('owners');
      const ownersDeadline = Date.parse(appeal.body.respondBy ?? '');
      expect(ownersDeadline).toBeGreaterThanOrEqual(appealedAt + 14 * DAY - TOLERANCE_MS);
      expect(ownersDeadline).toBeLessThanOrEqual(appealAnsweredAt + 14 * DAY + TOLERANCE_MS);
      const view = await api.get<StatusView>(`/status/${reference}`, { statusToken: token });
      expect(view.body.respondBy).toBe(appeal.body.respondBy);
      const assigned = await waitForEmail(
        inbox,
        (email) => sentTo(staffEmail('helen-okafor'))(email) && email.subject.startsWith(`Complaint ${reference}: now with you`),
        { what: 'assigning the appeal to the owners' },
      );
      expect(assigned.subject).toContain(formatDate(appeal.body.respondBy!, 'en'));
      expect(assigned.body.text).toContain('The complainant has asked to take this complaint further');
      expect(receivedAtMs(assigned)).toBeGreaterThanOrEqual(appealedAt - TOLERANCE_MS);
    },
  );

  it.concurrent('P6: feedback before any reminder stops the clock: no reminder and no lapse in its 28 days', async ({ expect }) => {
    // Prepare
    const parentEmail = 'quiet.path@example.com';
    const submitted = await api.post<SubmissionReply>(
      '/complaints/parent',
      parentComplaint({ contact: { name: 'Kit Quiet', email: parentEmail } }),
    );
    expect(submitted.status).toBe(201);
    const { reference, respondBy } = submitted.body;
    const deadline = Date.parse(respondBy ?? '');

    // Act: the manager gives feedback at once, three weeks (scaled) before the first reminder
    const feedback = await api.act('chloe-evans', reference, {
      type: 'outcome',
      // Not upheld: an upheld outcome also opens the owners' practice review (R4), with emails of its own.
      outcome: 'notUpheld',
      summary: 'Lunchboxes are now checked against a named list at pick-up.',
    });
    const answeredAt = Date.now();
    // Past the deadline, with time for a lapse to have been carried out and emailed.
    await waitUntil(deadline + 2_000);
    // What "no reminder and no lapse" is read against: the clock has ended (it can send nothing
    // more), and a sweep has carried out whatever it wrote to the outbox.
    const sfn = stepFunctionsClient(embedded);
    const ended = await eventually(() => describeClock(sfn, embedded, 'parent', `${reference}-settingManager`), (c) => c.status !== 'RUNNING');
    sfn.destroy();
    await embedded.sweepNow();

    // Assess
    expect(feedback.status).toBe(200);
    expect(answeredAt).toBeLessThan(deadline - 7 * DAY);
    expect(ended.status).toBe('SUCCEEDED');
    const emails = await emailsAbout(inbox, reference);
    const sent = emails.map((email) => `${email.destination.to.join(',')}: ${email.subject}`).sort();
    expect(sent).toEqual(
      [
        `${parentEmail}: We have received your complaint (${reference})`,
        `${staffEmail('chloe-evans')}: Complaint ${reference}: now with you, due by ${formatDate(respondBy!, 'en')}`,
        `${parentEmail}: The outcome of your complaint (${reference})`,
      ].sort(),
    );
  });
});
