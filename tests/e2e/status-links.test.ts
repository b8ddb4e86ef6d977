/**
 * The complainant's status links under staff control and a withdrawal told in writing
 * (issue 9, point 4), over HTTP on the embedded default with the real SDK clients: a manager
 * revokes the links (a shared mailbox) and a fresh one is emailed; the old link opens nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedded } from '../../local/embedded';
import { Api, parentComplaint, staffEmail, startExampleEmbedded, type StatusView, type SubmissionReply } from './helpers/embedded-api';
import { aboutComplaint, sentTo, statusLinkIn, waitForEmail, type CapturedEmail } from './helpers/inbox';

const PARENT = String(parentComplaint().contact.email);
const toParentAbout = (reference: string, subject: string) => (email: CapturedEmail) =>
  aboutComplaint(reference)(email) && sentTo(PARENT)(email) && email.subject.startsWith(subject);

describe('Status links: revoked by staff, a fresh one sent; a withdrawal in writing', () => {
  let embedded: Embedded;
  let api: Api;

  beforeAll(async () => {
    embedded = await startExampleEmbedded({ sweepIntervalMs: 200 });
    api = new Api(embedded.apiUrl);
  });

  afterAll(async () => {
    await embedded?.stop();
  });

  it('F3: after the manager revokes them the old link opens nothing, and the fresh one works; withdrawing through it tells the parent and the manager in writing', async () => {
    // Prepare
    const submitted = await api.post<SubmissionReply>('/complaints/parent', parentComplaint());
    expect(submitted.status).toBe(201);
    const reference = submitted.body.reference;
    const first = statusLinkIn(await waitForEmail(embedded.inboxUrl, toParentAbout(reference, 'We have received'), { what: 'the acknowledgement' })).token;
    expect((await api.get<StatusView>(`/status/${reference}`, { statusToken: first })).status).toBe(200);

    // Act: the manager revokes the links and sends a fresh one
    const renewed = await api.act('chloe-evans', reference, { type: 'renewStatusLink', reason: 'The family shares one mailbox.' });
    const byKeyPerson = await api.act('amira-khan', reference, { type: 'renewStatusLink' });

    // Assess
    expect(renewed.status).toBe(200);
    expect([403, 404]).toContain(byKeyPerson.status);
    expect((await api.get(`/status/${reference}`, { statusToken: first })).status).toBe(404);
    const freshEmail = await waitForEmail(embedded.inboxUrl, toParentAbout(reference, 'A new link'), { what: 'the fresh link' });
    expect(freshEmail.body.text).toContain('Links in earlier emails no longer work.');
    const fresh = statusLinkIn(freshEmail).token;
    expect(fresh).not.toBe(first);
    expect((await api.get<StatusView>(`/status/${reference}`, { statusToken: fresh })).body.status).toBe('open');

    // Act: the parent withdraws through the fresh link
    const unconfirmed = await api.post<{ errors: { field: string }[] }>(`/status/${reference}/response`, { type: 'withdraw' }, { statusToken: fresh });
    const withdrawn = await api.post<StatusView>(`/status/${reference}/response`, { type: 'withdraw', confirmWithdrawal: true }, { statusToken: fresh });

    // Assess: a withdrawal is asked to be confirmed (without it, a 400 naming the box); then
    // the parent is told in writing, and so is the manager responsible
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.errors.map((each) => each.field)).toEqual(['confirmWithdrawal']);
    expect(withdrawn.status).toBe(200);
    const toParent = await waitForEmail(embedded.inboxUrl, toParentAbout(reference, 'Your complaint has been withdrawn'), { what: 'the withdrawal' });
    expect(toParent.body.text).toContain('If you did not ask for this');
    const toManager = await waitForEmail(
      embedded.inboxUrl,
      (email) => aboutComplaint(reference)(email) && sentTo(staffEmail('chloe-evans'))(email) && email.subject.includes('was withdrawn'),
      { what: "the manager's notice" },
    );
    expect(toManager.body.text).not.toContain(PARENT);
  });
});
