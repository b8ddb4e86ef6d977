/**
 * The complainant's status view (GET /status/{reference} with the token from their email):
 * what they may see and nothing else (F3, F4, P6), the same answer for a wrong token as for
 * no such complaint, and a rate limit on the complainant's routes.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_COMPLAINANT_REQUESTS_PER_MINUTE } from '../../local/api-server';
import type { Embedded } from '../../local/embedded';
import {
  Api,
  parentComplaint,
  startExampleEmbedded,
  type StaffComplaintView,
  type StatusView,
  type SubmissionReply,
} from './helpers/embedded-api';
import { aboutComplaint, statusLinkIn, waitForEmail, sentTo, type CapturedEmail } from './helpers/inbox';

/** The fixture's acknowledgement: the parent's email about it (staff are told about it too, in no set order). */
const toParentAbout = (reference: string) => (email: CapturedEmail) =>
  aboutComplaint(reference)(email) && sentTo(String(parentComplaint().contact.email))(email);

/** Unique strings: found anywhere in a response, they can only have come from where they were written. */
const MARKERS = {
  staffNote: 'STAFF-NOTE-7Q4X',
  thirdParty: 'THIRD-PARTY-HV-2M8K',
  confidentialReport: 'CONFIDENTIAL-REPORT-9F3D',
  ofstedNote: 'OFSTED-NOTE-5T1B',
  outcomeSummary: 'OUTCOME-SUMMARY-6J2W',
};
const PRIVATE_MARKERS = [MARKERS.staffNote, MARKERS.thirdParty, MARKERS.confidentialReport, MARKERS.ofstedNote];

/**
 * A GET from another loopback address: the rate limit counts per address. Linux answers on
 * all of 127.0.0.0/8; macOS needs an alias first (`sudo ifconfig lo0 alias 127.0.0.2`).
 */
function getFrom(localAddress: string, url: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method: 'GET', headers, localAddress, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe("The complainant's status view", () => {
  let embedded: Embedded;
  let api: Api;
  let reference: string;
  let token: string;

  beforeAll(async () => {
    // Real days: no clock moves while the view is read.
    embedded = await startExampleEmbedded({ sweepIntervalMs: 3_600_000 });
    api = new Api(embedded.apiUrl);
    const submitted = await api.post<SubmissionReply>(
      '/complaints/parent',
      parentComplaint({ keyPersonId: 'amira-khan', about: 'keyPerson', subjectStaffId: 'amira-khan' }),
    );
    reference = submitted.body.reference;
    token = statusLinkIn(await waitForEmail(embedded.inboxUrl, toParentAbout(reference), { what: 'acknowledging' })).token;
  });

  afterAll(async () => {
    await embedded?.stop();
  });

  it('P6, F3, F4: shows the outcome summary, never staff notes, the confidential report or third-party information', async () => {
    // Prepare: what staff write down, and the outcome with its confidential report
    const actions = [
      { type: 'note', text: `Spoke to the room leader. ${MARKERS.staffNote}` },
      { type: 'note', text: `The health visitor told us in confidence: ${MARKERS.thirdParty}` },
      { type: 'ofsted', ofstedReference: 'EY123456', note: MARKERS.ofstedNote },
      {
        type: 'outcome',
        outcome: 'partlyUpheld',
        summary: `We now check every nappy change on a chart. ${MARKERS.outcomeSummary}`,
        confidentialReport: `Supervision held with the key person. ${MARKERS.confidentialReport}`,
      },
    ];
    const recorded = [];
    for (const action of actions) recorded.push((await api.act('chloe-evans', reference, action)).status);

    // Act
    const view = await api.get<StatusView>(`/status/${reference}`, { statusToken: token });
    const staffView = await api.get<StaffComplaintView>(`/staff/complaints/${reference}`, { bearer: await api.signIn('chloe-evans') });

    // Assess
    expect(recorded).toEqual([200, 200, 200, 200]);
    // Staff see every marker: they were stored, so their absence below means something.
    for (const marker of Object.values(MARKERS)) expect(staffView.text).toContain(marker);
    expect(view.status).toBe(200);
    expect(view.body.lastOutcome?.summary).toContain(MARKERS.outcomeSummary);
    for (const marker of PRIVATE_MARKERS) expect(view.text).not.toContain(marker);
    // Nor who the staff are: not the person complained about, not who acted.
    for (const staff of ['amira-khan', 'Amira Khan', 'chloe-evans', 'Chloe Evans']) expect(view.text).not.toContain(staff);
    expect(view.body.timeline.map((event) => event.type)).not.toContain('note');
    expect(view.body.timeline.map((event) => event.type)).not.toContain('ofstedInvolved');
  });

  it('answers a wrong token, no token and a reference that does not exist with the same 404', async () => {
    // Act
    const wrongToken = await api.get(`/status/${reference}`, { statusToken: `${token.slice(0, -4)}AAAA` });
    const noToken = await api.get(`/status/${reference}`);
    const otherReference = await api.get('/status/ZZZZ-ZZZZ', { statusToken: token });
    const wrongTokenResponse = await api.post(`/status/${reference}/response`, { type: 'withdraw', confirmWithdrawal: true }, { statusToken: 'x'.repeat(43) });

    // Assess
    const answers = [wrongToken, noToken, otherReference, wrongTokenResponse];
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404]);
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    expect(wrongToken.text).not.toContain(reference);
    // The withdrawal with a wrong token changed nothing.
    expect((await api.get<StatusView>(`/status/${reference}`, { statusToken: token })).body.status).toBe('open');
  });

  it(`rate limits the complainant's routes to ${DEFAULT_COMPLAINANT_REQUESTS_PER_MINUTE} a minute per address, with a 429 that says nothing else`, async () => {
    // Prepare: a loopback address of its own, so the count starts at zero
    const url = `${embedded.apiUrl}/status/${reference}`;
    const headers = { 'x-status-token': token };

    // Act: the limit is a fixed window, so a burst that straddles its turn is tried again
    let statuses: number[] = [];
    let limited = { status: 0, text: '' };
    for (const address of ['127.0.0.2', '127.0.0.3']) {
      statuses = [];
      for (let n = 0; n <= DEFAULT_COMPLAINANT_REQUESTS_PER_MINUTE; n += 1) {
        const reply = await getFrom(address, url, headers);
        statuses.push(reply.status);
        if (reply.status === 429) limited = reply;
      }
      if (statuses.filter((status) => status === 200).length === DEFAULT_COMPLAINANT_REQUESTS_PER_MINUTE) break;
    }
    const otherAddress = await api.get<StatusView>(`/status/${reference}`, { statusToken: token });

    // Assess
    expect(statuses.slice(0, DEFAULT_COMPLAINANT_REQUESTS_PER_MINUTE).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect(JSON.parse(limited.text)).toEqual({ message: 'Too many requests: please wait a minute' });
    expect(limited.text).not.toContain(reference);
    // Per address: the complainant at 127.0.0.1 is not held up by the other address's burst.
    expect(otherAddress.status).toBe(200);
  });
});
