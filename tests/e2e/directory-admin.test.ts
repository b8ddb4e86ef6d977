/**
 * The directory as data, end to end (issue 12): administrators change the staff and settings
 * over HTTP, and access, sign-in and notifications follow each change — with the tokens
 * people already hold, and without a restart. Days are shortened so that a reminder comes in
 * seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedded } from '../../local/embedded';
import { Api, parentComplaint, staffEmail, startExampleEmbedded, type SubmissionReply } from './helpers/embedded-api';
import { aboutComplaint, emailsIn, sentTo, statusLinkIn, waitForEmail } from './helpers/inbox';

const DAY_SECONDS = 2;

interface Member {
  id: string;
  name: string;
  email: string;
  roles: string[];
  settings: string[];
  language: string;
  active: boolean;
}

describe('Directory administration over HTTP (issue 12)', () => {
  let embedded: Embedded;
  let api: Api;
  let admin: string;

  beforeAll(async () => {
    embedded = await startExampleEmbedded({ daySeconds: DAY_SECONDS });
    api = new Api(embedded.apiUrl);
    admin = await api.signIn('ian-murray');
  });

  afterAll(async () => {
    await embedded?.stop();
  });

  const members = async () => (await api.get<{ members: Member[] }>('/admin/members', { bearer: admin })).body.members;
  const localStaff = async () => (await api.get<{ staff: { id: string }[] }>('/auth/local/staff')).body.staff.map((s) => s.id);

  async function submit(changes: Parameters<typeof parentComplaint>[0]) {
    const reply = await api.post<SubmissionReply>('/complaints/parent', parentComplaint(changes));
    if (reply.status !== 201) throw new Error(`Refused: ${reply.status} ${reply.text}`);
    return reply.body.reference;
  }

  it('the first start stores the configuration’s directory, and records that it did', async () => {
    const everyone = await members();
    const changes = await api.get<{ items: { kind: string; by: string }[] }>('/admin/changes', { bearer: admin });

    expect(everyone).toHaveLength(9);
    expect(everyone.every((m) => m.active)).toBe(true);
    expect(changes.body.items.at(-1)).toMatchObject({ kind: 'seeded', by: 'configuration' });
  });

  it('only administrators: 401 without a token, 403 for a manager or an owner, whatever they send', async () => {
    const chloe = await api.signIn('chloe-evans');
    const helen = await api.signIn('helen-okafor');

    expect((await api.get('/admin/members')).status).toBe(401);
    expect((await api.get('/admin/members', { bearer: chloe })).status).toBe(403);
    expect((await api.get('/admin/settings', { bearer: helen })).status).toBe(403);
    expect((await api.get('/admin/changes', { bearer: helen })).status).toBe(403);
    expect((await api.post('/admin/members', { id: 'x' }, { bearer: chloe })).status).toBe(403);
    expect((await api.post('/admin/members/ben-jones', { active: false }, { bearer: helen })).status).toBe(403);
    expect((await api.post('/admin/settings', { id: 'x', name: 'X' }, { bearer: chloe })).status).toBe(403);
  });

  it('bad input is a 400 naming each field, and nothing is stored', async () => {
    const reply = await api.post<{ errors: { field: string }[] }>(
      '/admin/members',
      { id: 'Not An Id', name: '', email: 'nope', roles: ['headTeacher'], settings: ['oak-street'] },
      { bearer: admin },
    );
    const unknownSetting = await api.post<{ errors: { field: string }[] }>(
      '/admin/members',
      { id: 'kit-green', name: 'Kit Green', email: 'kit@example.org', roles: ['keyPerson'], settings: ['nowhere'] },
      { bearer: admin },
    );
    const emptyChange = await api.post<{ errors: { field: string }[] }>('/admin/members/ben-jones', {}, { bearer: admin });

    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((e) => e.field).sort()).toEqual(['email', 'id', 'name', 'roles.0']);
    expect(unknownSetting.status).toBe(400);
    expect(unknownSetting.body.errors.map((e) => e.field)).toEqual(['settings.0']);
    expect(emptyChange.status).toBe(400);
    expect(await members()).toHaveLength(9);
  });

  it('P4: deactivating the only manager of a setting is refused with the reason, and changes nothing', async () => {
    const reply = await api.post<{ message: string; problems: string[] }>('/admin/members/chloe-evans', { active: false }, { bearer: admin });

    expect(reply.status).toBe(409);
    expect(reply.body.problems).toEqual(['Oak Street Nursery would be left without a setting manager']);
    expect(reply.body.message).toContain('Oak Street Nursery would be left without a setting manager');
    expect((await members()).find((m) => m.id === 'chloe-evans')?.active).toBe(true);
    expect((await api.get('/staff/complaints', { bearer: await api.signIn('chloe-evans') })).status).toBe(200);
  });

  it('P4, P6: a manager added to Willow Lane can sign in at once and is told of the next complaint there', async () => {
    // Act
    const added = await api.post<Member>(
      '/admin/members',
      { id: 'jo-bloggs', name: 'Jo Bloggs', email: 'jo.bloggs@example.org', roles: ['settingManager'], settings: ['willow-lane'] },
      { bearer: admin },
    );
    const reference = await submit({ settingId: 'willow-lane', contact: { email: 'willow.parent@example.com' } });

    // Assess
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ id: 'jo-bloggs', active: true, language: 'en' });
    expect(await localStaff()).toContain('jo-bloggs');
    const jo = await api.signIn('jo-bloggs');
    expect((await api.get(`/staff/complaints/${reference}`, { bearer: jo })).status).toBe(200);
    await waitForEmail(embedded.inboxUrl, (e) => aboutComplaint(reference)(e) && sentTo('jo.bloggs@example.org')(e), {
      what: 'to the new manager',
      timeoutMs: 15_000,
    });
  });

  it('F3: new roles and settings apply to the token a person already holds', async () => {
    const reference = await submit({ settingId: 'oak-street', contact: { email: 'oak.parent@example.com' } });
    const farah = await api.signIn('farah-ali');
    expect((await api.get(`/staff/complaints/${reference}`, { bearer: farah })).status).toBe(404);

    const changed = await api.post<Member>(
      '/admin/members/farah-ali',
      { roles: ['keyPerson', 'settingManager'], settings: ['willow-lane', 'oak-street'] },
      { bearer: admin },
    );

    expect(changed.status).toBe(200);
    expect((await api.get(`/staff/complaints/${reference}`, { bearer: farah })).status).toBe(200);
  });

  it('P1: a key person with a running concern is deactivated only after a handover; then she is signed out, and reminders go to the new key person', async () => {
    // Prepare: a concern with Amira Khan as its key person, her token in hand
    const parent = 'handover.parent@example.com';
    const reference = await submit({ classification: 'concern', keyPersonId: 'amira-khan', contact: { email: parent } });
    const amira = await api.signIn('amira-khan');
    expect((await api.get(`/staff/complaints/${reference}`, { bearer: amira })).status).toBe(200);

    // Act / Assess: refused while the concern is hers alone
    const refused = await api.post<{ problems: string[] }>('/admin/members/amira-khan', { active: false }, { bearer: admin });
    expect(refused.status).toBe(409);
    expect(refused.body.problems).toEqual([
      `Amira Khan alone is responsible for a running complaint (${reference}): hand it over to someone else first`,
    ]);

    // Act: hand over to Ben Jones, then deactivate
    const wrongPerson = await api.post('/admin/members/amira-khan/handover', { toStaffId: 'elena-popescu' }, { bearer: admin });
    const handedOver = await api.post<{ handedOver: string[] }>('/admin/members/amira-khan/handover', { toStaffId: 'ben-jones' }, { bearer: admin });
    const deactivated = await api.post<Member>('/admin/members/amira-khan', { active: false }, { bearer: admin });
    // Amira was told of the concern when it came in, by the outbox after the request: that
    // email must have come, and anything else written before the handover been sent, before
    // her emails are counted (or one arriving late would look like one sent after it).
    await waitForEmail(embedded.inboxUrl, (e) => aboutComplaint(reference)(e) && sentTo(staffEmail('amira-khan'))(e), {
      what: 'telling Amira of the concern',
      timeoutMs: 15_000,
    });
    await embedded.sweepNow();
    const amiraEmailsThen = (await emailsIn(embedded.inboxUrl)).filter((e) => aboutComplaint(reference)(e) && sentTo(staffEmail('amira-khan'))(e)).length;

    // Assess: access
    expect(wrongPerson.status).toBe(400);
    expect(handedOver.body).toEqual({ handedOver: [reference] });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.active).toBe(false);
    expect((await api.get('/staff/complaints', { bearer: amira })).status).toBe(401);
    expect(await localStaff()).not.toContain('amira-khan');
    expect((await api.post('/auth/local/sign-in', { staffId: 'amira-khan' })).status).toBe(400);
    const ben = await api.signIn('ben-jones');
    const view = await api.get<{ events: { summary: string; visibleToComplainant: boolean }[] }>(`/staff/complaints/${reference}`, { bearer: ben });
    expect(view.status).toBe(200);

    // Assess: the complainant is not told the names of staff
    const acknowledgement = await waitForEmail(embedded.inboxUrl, (e) => aboutComplaint(reference)(e) && sentTo(parent)(e), {
      what: 'to the parent',
      timeoutMs: 15_000,
    });
    const status = await api.get(`/status/${reference}`, { statusToken: statusLinkIn(acknowledgement).token });
    expect(status.status).toBe(200);
    expect(status.text).not.toMatch(/Amira|Ben Jones|handed over/i);

    // Assess: Ben is told at once that it is his now, and by when; nothing of the parent in it
    const toldBen = await waitForEmail(
      embedded.inboxUrl,
      (e) => aboutComplaint(reference)(e) && sentTo(staffEmail('ben-jones'))(e) && /handed over to you/.test(e.subject),
      { what: 'telling the new key person of the handover', timeoutMs: 15_000 },
    );
    const handoverText = `${toldBen.subject}\n${toldBen.body.text ?? ''}\n${toldBen.body.html ?? ''}`;
    expect(handoverText).toMatch(/now yours: it is due by/);
    expect(handoverText).not.toContain(parent);
    expect(handoverText).not.toMatch(/Amira/);

    // Assess: notifications — the reminder before the key person's deadline goes to Ben, none to Amira
    await waitForEmail(embedded.inboxUrl, (e) => aboutComplaint(reference)(e) && sentTo(staffEmail('ben-jones'))(e) && /^Reminder/.test(e.subject), {
      what: 'reminding the new key person',
      timeoutMs: 30_000,
    });
    const amiraEmailsNow = (await emailsIn(embedded.inboxUrl)).filter((e) => aboutComplaint(reference)(e) && sentTo(staffEmail('amira-khan'))(e)).length;
    expect(amiraEmailsNow).toBe(amiraEmailsThen);
  });

  it('a deactivated person comes back with their account, and can sign in again', async () => {
    const reply = await api.post<Member>('/admin/members/amira-khan', { active: true }, { bearer: admin });

    expect(reply.status).toBe(200);
    expect(await localStaff()).toContain('amira-khan');
  });

  it('a setting added takes complaints at once (its owners are told until it has a manager), and a renamed setting goes by its new name', async () => {
    // Act
    const added = await api.post('/admin/settings', { id: 'elm-road', name: 'Elm Road Nursery', address: '3 Elm Road, Leeds' }, { bearer: admin });
    const renamed = await api.post('/admin/settings/willow-lane', { name: 'Willow Lane Pre-school and Nursery' }, { bearer: admin });
    const settings = await api.get<{ settings: { id: string; name: string; needs: string[] }[] }>('/admin/settings', { bearer: admin });
    const elm = await submit({ settingId: 'elm-road', contact: { email: 'elm.parent@example.com' } });
    const willow = await submit({ settingId: 'willow-lane', contact: { email: 'willow.renamed@example.com' } });

    // Assess
    expect(added.status).toBe(201);
    expect(renamed.status).toBe(200);
    expect(settings.body.settings.find((s) => s.id === 'elm-road')?.needs).toEqual(['settingManager', 'lineManager', 'allegationRecipients']);
    expect(settings.body.settings.find((s) => s.id === 'willow-lane')).toMatchObject({ name: 'Willow Lane Pre-school and Nursery', needs: [] });
    await waitForEmail(embedded.inboxUrl, (e) => aboutComplaint(elm)(e) && sentTo(staffEmail('helen-okafor'))(e), {
      what: 'to the owner of a setting with no manager yet',
      timeoutMs: 15_000,
    });
    const acknowledgement = await waitForEmail(embedded.inboxUrl, (e) => aboutComplaint(willow)(e) && sentTo('willow.renamed@example.com')(e), {
      what: 'to the parent at the renamed setting',
      timeoutMs: 15_000,
    });
    expect(acknowledgement.body.text).toContain('Willow Lane Pre-school and Nursery');

    // Assess: the console's names and the local sign-in list follow, for any member of staff
    const names = await api.get<{ settings: { id: string; name: string }[]; staff: { id: string; name: string }[] }>('/staff/names', {
      bearer: await api.signIn('elena-popescu'),
    });
    expect(names.status).toBe(200);
    expect(names.body.settings).toEqual(
      expect.arrayContaining([
        { id: 'willow-lane', name: 'Willow Lane Pre-school and Nursery' },
        { id: 'elm-road', name: 'Elm Road Nursery' },
      ]),
    );
    expect(names.body.staff).toContainEqual({ id: 'jo-bloggs', name: 'Jo Bloggs' });
    expect(JSON.stringify(names.body)).not.toContain('@');
    expect((await api.get('/staff/names')).status).toBe(401);
    const signInList = await api.get<{ settings: { id: string; name: string }[] }>('/auth/local/staff');
    expect(signInList.body.settings).toContainEqual({ id: 'willow-lane', name: 'Willow Lane Pre-school and Nursery' });
  });

  it('P3: a setting added in another local authority gives its own LADO in its allegation alerts, not the organisation’s; a LADO without a phone is refused, naming the field', async () => {
    // Act
    const refused = await api.post('/admin/settings', { id: 'ash-grove', name: 'Ash Grove Nursery', lado: { name: 'Bradford LADO' } }, { bearer: admin });
    const added = await api.post(
      '/admin/settings',
      { id: 'ash-grove', name: 'Ash Grove Nursery', lado: { name: 'Bradford Council LADO (allegations against staff)', phone: '01274 431 111' } },
      { bearer: admin },
    );
    const settings = await api.get<{ settings: { id: string; lado?: { phone: string }; needs: string[] }[] }>('/admin/settings', { bearer: admin });
    const reply = await api.post<SubmissionReply>('/complaints/parent', parentComplaint({ settingId: 'ash-grove', allegationOfHarm: true }));

    // Assess
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('lado.phone');
    expect(added.status).toBe(201);
    expect(settings.body.settings.find((s) => s.id === 'ash-grove')).toMatchObject({ lado: { phone: '01274 431 111' } });
    expect(settings.body.settings.find((s) => s.id === 'ash-grove')?.needs).not.toContain('lado');
    expect(reply.status).toBe(201);
    const alert = await waitForEmail(embedded.inboxUrl, (e) => aboutComplaint(reply.body.reference)(e) && sentTo(staffEmail('helen-okafor'))(e), {
      what: 'alerting the owner of a setting with no manager yet',
      timeoutMs: 15_000,
    });
    expect(alert.body.text).toContain('Bradford Council LADO');
    expect(alert.body.text).toContain('01274 431 111');
    expect(alert.body.text).not.toContain('0113 496 0123');
  });

  it('R5: the public forms list the settings and staff as the directory has them now, without a rebuild, and so does a form sent back with its errors', async () => {
    // Act: the blank forms, and the parent's form posted without JavaScript and empty
    const parentForm = await api.get('/forms/parent?lang=en');
    const agencyForm = await api.get('/forms/agency?lang=cy');
    const sentBack = await fetch(`${embedded.apiUrl}/forms/parent`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ pageLanguage: 'en', description: '' }).toString(),
    });
    const sentBackPage = await sentBack.text();

    // Assess
    expect(parentForm.status).toBe(200);
    expect(parentForm.text).toContain('<option value="willow-lane">Willow Lane Pre-school and Nursery</option>');
    expect(parentForm.text).toContain('<option value="elm-road">Elm Road Nursery</option>');
    expect(parentForm.text).not.toContain('>Willow Lane Pre-school</option>');
    expect(parentForm.text).toContain('Jo Bloggs');
    expect(agencyForm.status).toBe(200);
    expect(agencyForm.text).toContain('<html lang="cy"');
    expect(agencyForm.text).toContain('Elm Road Nursery');
    expect(sentBack.status).toBe(400);
    expect(sentBackPage).toContain('Willow Lane Pre-school and Nursery');
  });

  it('every change is recorded: who changed what, and when, newest first', async () => {
    const reply = await api.get<{ items: { kind: string; by: string; target: string; at: string; after?: Record<string, unknown> }[] }>(
      '/admin/changes?limit=100',
      { bearer: admin },
    );

    expect(reply.body.items.map((r) => `${r.kind} ${r.target} by ${r.by}`)).toEqual([
      'settingAdded ash-grove by ian-murray',
      'settingChanged willow-lane by ian-murray',
      'settingAdded elm-road by ian-murray',
      'memberReactivated amira-khan by ian-murray',
      'memberDeactivated amira-khan by ian-murray',
      'complaintsHandedOver amira-khan by ian-murray',
      'memberChanged farah-ali by ian-murray',
      'memberAdded jo-bloggs by ian-murray',
      'seeded directory by configuration',
    ]);
    expect(reply.body.items[0]?.after).toMatchObject({ lado: { phone: '01274 431 111' } });
    expect(reply.body.items[1]?.after).toEqual({ name: 'Willow Lane Pre-school and Nursery' });
    const times = reply.body.items.map((r) => r.at);
    expect([...times].sort().reverse()).toEqual(times);
  });
});
