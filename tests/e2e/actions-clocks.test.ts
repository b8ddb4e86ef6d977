/**
 * What each staff action and complainant response does to the clocks, end to end on days
 * of one second: the emails that arrive (or do not), the record, and the clock executions as
 * DescribeExecution reports them through the real SFN client.
 */
import type { SFNClient } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Embedded } from '../../local/embedded';
import {
  Api,
  describeClock,
  parentComplaint,
  staffEmail,
  startExampleEmbedded,
  stepFunctionsClient,
  waitUntil,
  type StaffComplaintView,
  type StatusView,
  type SubmissionReply,
} from './helpers/embedded-api';
import { eventually } from './helpers/embedded-process';
import { emailsAbout, receivedAtMs, sentTo, statusLinkIn, waitForEmail, type CapturedEmail } from './helpers/inbox';

const DAY_SECONDS = 1;
const DAY = DAY_SECONDS * 1000;
const TOLERANCE_MS = 1_500;

describe('Actions and the clocks (P6, P7, extensions) on shortened days', () => {
  let embedded: Embedded;
  let api: Api;
  let sfn: SFNClient;

  beforeAll(async () => {
    embedded = await startExampleEmbedded({ daySeconds: DAY_SECONDS });
    api = new Api(embedded.apiUrl);
    sfn = stepFunctionsClient(embedded);
  });

  afterAll(async () => {
    sfn?.destroy();
    await embedded?.stop();
  });

  async function submit(email: string) {
    const submittedAt = Date.now();
    const reply = await api.post<SubmissionReply>('/complaints/parent', parentComplaint({ contact: { email } }));
    if (reply.status !== 201) throw new Error(`Refused: ${reply.status} ${reply.text}`);
    return { ...reply.body, submittedAt, deadline: Date.parse(reply.body.respondBy ?? '') };
  }

  const clock = (name: string) => describeClock(sfn, embedded, 'parent', name);
  const staffView = async (reference: string) =>
    (await api.get<StaffComplaintView>(`/staff/complaints/${reference}`, { bearer: await api.signIn('ian-murray') })).body;
  const subjectOf = (email: CapturedEmail) => `${email.destination.to.join(',')}: ${email.subject}`;

  // Each test waits on clocks of its own complaint; they run side by side.
  it.concurrent('P6: feedback before the deadline stops the lapse, and its clock ends', async ({ expect }) => {
    // Prepare
    const { reference, deadline } = await submit('stops.lapse@example.com');

    // Act
    // Not upheld: an upheld outcome also opens the owners' practice review (R4), with emails of its own.
    const feedback = await api.act('chloe-evans', reference, {
      type: 'outcome',
      outcome: 'notUpheld',
      summary: 'We have added a second check at pick-up.',
    });
    // The clock starts off the request path: wait for it to have run and ended.
    const ended = await eventually(
      () => clock(`${reference}-settingManager`),
      (c) => c.status !== 'RUNNING' && c.status !== 'MISSING',
      28 * DAY + 30_000,
    );
    await waitUntil(deadline + 2_000);

    // Assess
    expect(feedback.status).toBe(200);
    expect(ended.status).toBe('SUCCEEDED');
    expect(ended.stopDate!.getTime()).toBeLessThan(deadline);
    const view = await staffView(reference);
    expect(view.levels.settingManager?.doneAt).toBeDefined();
    expect(view.levels.settingManager?.lapsedAt).toBeUndefined();
    expect(view.levels.lineManager).toBeUndefined();
    expect(view.record.map((event) => event.type)).not.toContain('lapsed');
    // Whatever the clock wrote to the outbox is carried out by this sweep at the latest.
    await embedded.sweepNow();
    const unwanted = (await emailsAbout(embedded.inboxUrl, reference))
      .map(subjectOf)
      .filter((subject) => /^gareth|Reminder|An update on your complaint/.test(subject));
    expect(unwanted).toEqual([]);
  });

  it.concurrent('P7: not satisfied starts the line manager’s clock, which reminds and lapses on its own', async ({ expect }) => {
    // Prepare
    const parentEmail = 'starts.next@example.com';
    const { reference } = await submit(parentEmail);
    const acknowledgement = await waitForEmail(embedded.inboxUrl, (e) => sentTo(parentEmail)(e) && e.subject.includes(reference), {
      what: 'acknowledging',
    });
    await api.act('chloe-evans', reference, { type: 'outcome', outcome: 'notUpheld', summary: 'The labels were in order.' });

    // Act
    const movedAt = Date.now();
    const moved = await api.post<StatusView>(
      `/status/${reference}/response`,
      { type: 'notSatisfied', reason: 'The manager did not look at the shelf.' },
      { statusToken: statusLinkIn(acknowledgement).token },
    );
    const movedAnsweredAt = Date.now();

    // Assess: the line manager's level, on the organisation's 14 days from the move
    expect(moved.status).toBe(200);
    expect(moved.body.level).toBe('lineManager');
    const lineManagerDeadline = Date.parse(moved.body.respondBy ?? '');
    expect(lineManagerDeadline).toBeGreaterThanOrEqual(movedAt + 14 * DAY - TOLERANCE_MS);
    expect(lineManagerDeadline).toBeLessThanOrEqual(movedAnsweredAt + 14 * DAY + TOLERANCE_MS);
    expect((await eventually(() => clock(`${reference}-lineManager`), (c) => c.status === 'RUNNING')).status).toBe('RUNNING');
    const toGareth = (prefix: string) => (e: CapturedEmail) =>
      sentTo(staffEmail('gareth-price'))(e) && e.subject.startsWith(`${prefix}${reference}`);
    const assigned = await waitForEmail(embedded.inboxUrl, toGareth('Complaint '), { what: 'assigning the line manager' });
    expect(assigned.body.text).toContain('The complainant has asked to take this complaint further');
    // The new clock runs: its reminder 7 days before its deadline, then its lapse to the owners (P8).
    const reminder = await waitForEmail(embedded.inboxUrl, toGareth('Reminder: complaint '), {
      what: "reminding the line manager",
      timeoutMs: 14 * DAY + 30_000,
    });
    expect(receivedAtMs(reminder)).toBeGreaterThanOrEqual(lineManagerDeadline - 7 * DAY - TOLERANCE_MS);
    const escalated = await waitForEmail(
      embedded.inboxUrl,
      (e) => sentTo(staffEmail('helen-okafor'))(e) && e.subject.startsWith(`Complaint ${reference}: now with you`),
      { what: 'escalating to the owners', timeoutMs: 14 * DAY + 30_000 },
    );
    expect(receivedAtMs(escalated)).toBeGreaterThanOrEqual(lineManagerDeadline - TOLERANCE_MS);
    expect(escalated.body.text).toContain('the deadline at the previous stage passed without a response');
  });

  it.concurrent('extension: the reminder comes before the new deadline, not the old one; the statutory date stays on record', async ({
    expect,
  }) => {
    // Prepare
    const parentEmail = 'extended@example.com';
    const { reference, respondBy, deadline: statutoryDeadline } = await submit(parentEmail);
    // Its first reminder (7 days before) falls 3 days after the statutory deadline.
    const newDeadline = statutoryDeadline + 10 * DAY;

    // Act
    const extension = await api.act('chloe-evans', reference, {
      type: 'extension',
      newDeadlineAt: new Date(newDeadline).toISOString(),
      reason: 'The key person is away until next week.',
      // P6's date is the procedure's: moving it needs the parent's agreement.
      complainantAgreedOn: new Date().toISOString(),
    });
    const reminder = await waitForEmail(
      embedded.inboxUrl,
      (e) => sentTo(staffEmail('chloe-evans'))(e) && e.subject.startsWith(`Reminder: complaint ${reference}`),
      { what: 'reminding the manager', timeoutMs: 40 * DAY + 30_000 },
    );

    // Assess: the first reminder is 7 days before the new deadline, past the statutory one
    expect(extension.status).toBe(200);
    expect(receivedAtMs(reminder)).toBeGreaterThanOrEqual(newDeadline - 7 * DAY - TOLERANCE_MS);
    expect(receivedAtMs(reminder)).toBeGreaterThan(statutoryDeadline);
    const view = await staffView(reference);
    const level = view.levels.settingManager!;
    expect(level.statutoryDeadlineAt).toBe(respondBy);
    expect(Math.abs(Date.parse(level.deadlineAt) - newDeadline)).toBeLessThanOrEqual(1_000);
    expect(view.record).toContainEqual(
      expect.objectContaining({ type: 'extended', details: expect.objectContaining({ statutoryDeadlineAt: respondBy }) }),
    );
    const reminders = view.record.filter((event) => event.type === 'reminderSent');
    expect(reminders.length).toBeGreaterThan(0);
    expect(reminders.every((event) => event.details?.deadlineAt === level.deadlineAt)).toBe(true);
    // The statutory date passed without a lapse: the extended clock was still running.
    expect(view.record.map((event) => event.type)).not.toContain('lapsed');
    // The first execution ends at its next wake-up, when it finds the level moved on.
    expect(await eventually(() => clock(`${reference}-settingManager`), (c) => c.status !== 'RUNNING')).toMatchObject({ status: 'SUCCEEDED' });
    expect(await clock(`${reference}-settingManager-1`)).toMatchObject({ status: 'RUNNING' });
    await waitForEmail(embedded.inboxUrl, (e) => sentTo(parentEmail)(e) && e.subject === `A new date for your complaint (${reference})`, {
      what: 'telling the parent the new date',
    });
    const emails = await emailsAbout(embedded.inboxUrl, reference);
    expect(emails.map(subjectOf)).toContain(`${parentEmail}: A new date for your complaint (${reference})`);
    const reminderTimes = emails.filter((email) => email.subject.startsWith('Reminder')).map(receivedAtMs);
    expect(reminderTimes.every((at) => at >= newDeadline - 7 * DAY - TOLERANCE_MS)).toBe(true);
    const { token } = statusLinkIn(emails.find(sentTo(parentEmail))!);
    const status = await api.get<StatusView>(`/status/${reference}`, { statusToken: token });
    expect(status.body).toMatchObject({ respondBy: level.deadlineAt, statutoryRespondBy: respondBy });
  });
});
