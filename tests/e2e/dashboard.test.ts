/**
 * The staff dashboard over HTTP on the embedded default (DynamoDB Local's index, real SDK
 * clients): every open complaint stays listed with what it waits for and on whom — also once
 * its current step is recorded and it waits on the complainant's reply (P6) or on the
 * agreement after an agency's meeting (A4) — and leaves only when it is no longer open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedded } from '../../local/embedded';
import type { DashboardRow } from '../../lambdas/use-cases/list-complaints';
import { agencyComplaint, Api, parentComplaint, startExampleEmbedded, type SubmissionReply } from './helpers/embedded-api';

describe('The staff dashboard lists every open complaint (GET /staff/complaints)', () => {
  let embedded: Embedded;
  let api: Api;
  const refs: Record<'answered' | 'running' | 'closed' | 'agency', string> = { answered: '', running: '', closed: '', agency: '' };

  beforeAll(async () => {
    // Real days: no clock moves while the test runs.
    embedded = await startExampleEmbedded({ sweepIntervalMs: 3_600_000 });
    api = new Api(embedded.apiUrl);
    for (const which of ['answered', 'running', 'closed'] as const) {
      const reply = await api.post<SubmissionReply>(
        '/complaints/parent',
        parentComplaint({ classification: 'complaint', about: 'service', contact: { email: `${which}@example.com` } }),
      );
      expect(reply.status).toBe(201);
      refs[which] = reply.body.reference;
    }
    const agency = await api.post<SubmissionReply>('/complaints/agency', agencyComplaint({ settingId: 'oak-street' }));
    expect(agency.status).toBe(201);
    refs.agency = agency.body.reference;
  });

  afterAll(async () => {
    await embedded?.stop();
  });

  const dashboard = async (staffId: string, query = '') =>
    api.get<{ items: DashboardRow[]; next?: string }>(`/staff/complaints?settingId=oak-street${query}`, { bearer: await api.signIn(staffId) });

  it('P6, A4: after the outcome and after the meeting, both stay listed, waiting on the complainant and on the manager; a closed one leaves', async () => {
    // Act: the manager answers one, meets the agency, and closes another
    const outcome = await api.act('chloe-evans', refs.answered, { type: 'outcome', outcome: 'upheld', summary: 'We are sorry: it is fixed.' });
    // Held now: an hour ago would be the day before the letter arrived when the test runs just after midnight.
    const meeting = await api.act('chloe-evans', refs.agency, { type: 'meeting', heldOn: new Date().toISOString() });
    const close = await api.act('chloe-evans', refs.closed, { type: 'close', reason: 'Resolved by phone.' });
    const listed = await dashboard('chloe-evans');

    // Assess
    expect([outcome.status, meeting.status, close.status]).toEqual([200, 200, 200]);
    expect(listed.status).toBe(200);
    const rows = listed.body.items;
    // Deadlines first; then the agreement to record; then the reply awaited from the complainant.
    expect(rows.map((row) => row.reference)).toEqual([refs.running, refs.agency, refs.answered]);
    expect(rows[0]).toMatchObject({ waitingOn: 'staff', waitingFor: 'outcome', responsible: 'settingManager', state: 'onTrack' });
    expect(rows[0]!.deadlineAt).toMatch(/Z$/);
    expect(rows[1]).toMatchObject({ level: 'agencyMeeting', waitingOn: 'staff', waitingFor: 'agreement', responsible: 'settingManager' });
    expect(rows[2]).toMatchObject({ level: 'settingManager', waitingOn: 'complainant', waitingFor: 'reply' });
    expect(Date.now() - Date.parse(rows[2]!.waitingSince!)).toBeLessThan(120_000);
    expect(rows[2]).not.toHaveProperty('deadlineAt');
  });

  it('pages of one row run across rows with and without a deadline, each row once, the cursor naming only rows shown', async () => {
    // Act
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await dashboard('ian-murray', `&limit=1${after ? `&after=${after}` : ''}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((row) => row.reference));
      after = page.body.next;
    } while (after && seen.length < 10);

    // Assess
    expect(seen).toEqual([refs.running, refs.agency, refs.answered]);
  });

  it('a state filter keeps to complaints with a running clock', async () => {
    const onTrack = await dashboard('chloe-evans', '&state=onTrack');
    expect(onTrack.body.items.map((row) => row.reference)).toEqual([refs.running]);
  });
});
