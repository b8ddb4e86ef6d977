/**
 * The embedded default on real days (no daySeconds), as `npm start` runs by default: a clock
 * is weeks long, so the first minute brings the acknowledgement and the staff notification,
 * and nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedded } from '../../local/embedded';
import {
  Api,
  describeClock,
  parentComplaint,
  staffEmail,
  startExampleEmbedded,
  stepFunctionsClient,
  type SubmissionReply,
} from './helpers/embedded-api';
import { emailsAbout } from './helpers/inbox';
import { eventually } from './helpers/embedded-process';

const MINUTE = 60_000;

/** `YYYY-MM-DD` and `HH:MM:SS` of a moment in Europe/London. */
function londonParts(moment: Date): { date: string; time: string } {
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', hourCycle: 'h23', ...options }).format(moment);
  return {
    date: format({ year: 'numeric', month: '2-digit', day: '2-digit' }),
    time: format({ hour: '2-digit', minute: '2-digit', second: '2-digit' }),
  };
}

function addCalendarDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

describe('Real days: the embedded default without shortened days', () => {
  let embedded: Embedded;

  beforeAll(async () => {
    embedded = await startExampleEmbedded();
  });

  afterAll(async () => {
    await embedded?.stop();
  });

  it('P6, R6: no reminder or escalation in the first minute, only the acknowledgement and the staff notification', async () => {
    // Prepare
    const api = new Api(embedded.apiUrl);
    const parentEmail = 'real.days@example.com';

    // Act
    const submittedAt = Date.now();
    const submitted = await api.post<SubmissionReply>(
      '/complaints/parent',
      parentComplaint({ contact: { name: 'Ash Real', email: parentEmail } }),
    );
    const repliedAt = Date.now();
    const { reference, respondBy } = submitted.body;
    // Any third email ends the wait at once; otherwise it lasts the minute.
    const emails = await eventually(
      () => emailsAbout(embedded.inboxUrl, reference),
      (list) => list.length > 2,
      MINUTE - (Date.now() - submittedAt),
    );
    const execution = await describeClock(stepFunctionsClient(embedded), embedded, 'parent', `${reference}-settingManager`);

    // Assess
    expect(submitted.status).toBe(201);
    expect(Date.now() - submittedAt).toBeGreaterThanOrEqual(MINUTE);
    const sent = emails.map((email) => `${email.destination.to.join(',')}: ${email.subject.replace(/, due by .*/, '')}`);
    expect(sent.sort()).toEqual(
      [
        `${parentEmail}: We have received your complaint (${reference})`,
        `${staffEmail('chloe-evans')}: Complaint ${reference}: now with you`,
      ].sort(),
    );
    // The clock is alive, waiting: the quiet minute is not a dead workflow.
    expect(execution.status).toBe('RUNNING');
    // P6 on real days: 23:59:59 London time on the 28th day after the day of receipt. The
    // server took the complaint between these two moments: on either's day when London's
    // midnight fell in between.
    const receivedOn = new Set([submittedAt, repliedAt].map((moment) => londonParts(new Date(moment)).date));
    const due = londonParts(new Date(respondBy ?? ''));
    expect(due.time).toBe('23:59:59');
    expect([...receivedOn].map((date) => addCalendarDays(date, 28))).toContain(due.date);
  });
});
