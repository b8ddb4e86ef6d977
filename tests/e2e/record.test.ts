/**
 * The record of complaints on the embedded default, over HTTP with real SDK clients behind
 * it (DynamoDB Local, the SES emulator, the local Step Functions endpoint): every complaint
 * listed from the record's indexes (R1), written up with no one named (R2), and the owners'
 * practice review running as a clock of its own (R4).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedded } from '../../local/embedded';
import {
  Api,
  describeClock,
  parentComplaint,
  startExampleEmbedded,
  stepFunctionsClient,
  tableClient,
  type SubmissionReply,
} from './helpers/embedded-api';
import { eventually } from './helpers/embedded-process';
import { aYearBefore, londonDay } from '../helpers/london-days';
import { DynamoDbRecordStore } from '../../lambdas/adapters/dynamodb/record-store';
import { LOCAL_TABLE_NAME } from '../../local/table';

interface RecordPageReply {
  items: { reference: string; status: string; outcome: string; eyfsAreas: string[]; practiceReview?: { status: string } }[];
  next?: string;
}

describe('The record of complaints (R1, R2, R4) on the embedded default', () => {
  let embedded: Embedded;
  let api: Api;

  beforeAll(async () => {
    embedded = await startExampleEmbedded();
    api = new Api(embedded.apiUrl);
  });

  afterAll(async () => {
    await embedded?.stop();
  });

  async function submit(changes: Parameters<typeof parentComplaint>[0] = {}): Promise<string> {
    const reply = await api.post<SubmissionReply>('/complaints/parent', parentComplaint(changes));
    expect(reply.status).toBe(201);
    return reply.body.reference;
  }

  async function record(staffId: string, query: string): Promise<RecordPageReply> {
    const reply = await api.get<RecordPageReply>(`/staff/record?${query}`, { bearer: await api.signIn(staffId) });
    expect(reply.status, reply.text).toBe(200);
    return reply.body;
  }

  it('R1: closed and withdrawn complaints are listed with the open ones, filtered by status and outcome, paged', async () => {
    const open = await submit();
    const closed = await submit();
    const withdrawn = await submit();
    expect((await api.act('chloe-evans', closed, { type: 'outcome', outcome: 'notUpheld', summary: 'No fault found.' })).status).toBe(200);
    expect((await api.act('chloe-evans', closed, { type: 'close', reason: 'Answered.' })).status).toBe(200);
    expect((await api.act('chloe-evans', withdrawn, { type: 'close', reason: 'Withdrawn by phone.' })).status).toBe(200);

    const all = await record('ian-murray', 'settingId=oak-street&limit=100');
    const references = all.items.map((item) => item.reference);
    expect(references).toEqual(expect.arrayContaining([open, closed, withdrawn]));
    expect(references.indexOf(withdrawn)).toBeLessThan(references.indexOf(open));

    const onlyClosed = await record('ian-murray', 'status=closed&limit=100');
    expect(onlyClosed.items.every((item) => item.status === 'closed')).toBe(true);
    expect(onlyClosed.items.map((item) => item.reference)).toEqual(expect.arrayContaining([closed, withdrawn]));
    expect(onlyClosed.items.map((item) => item.reference)).not.toContain(open);

    const notUpheld = await record('chloe-evans', 'outcome=notUpheld&status=closed');
    expect(notUpheld.items.map((item) => item.reference)).toContain(closed);

    const first = await record('ian-murray', 'limit=1');
    expect(first.items).toHaveLength(1);
    expect(first.next).toBeDefined();
    const second = await record('ian-murray', `limit=1&after=${first.next}`);
    expect(second.items[0]!.reference).not.toBe(first.items[0]!.reference);
  });

  it('R1: a bad filter is a 400 naming it', async () => {
    const reply = await api.get<{ errors: { field: string }[] }>('/staff/record?status=lost&from=31-03-2026', {
      bearer: await api.signIn('ian-murray'),
    });
    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((e) => e.field).sort()).toEqual(['from', 'status']);
  });

  it('R2: a summary naming the child is refused with the name highlighted; without it, it is kept and the record shows its EYFS areas', async () => {
    const reference = await submit({ childName: 'Siân' });
    const bearer = await api.signIn('chloe-evans');
    const write = (raised: string) =>
      api.post<{ matches?: { field: string; start: number; end: number; suggestion: string }[] }>(
        `/staff/complaints/${reference}/record`,
        { eyfsAreas: ['safeguardingAndWelfare'], raised, investigation: 'Staff member A was asked.', actionTaken: 'A new pick-up check.' },
        { bearer },
      );

    const refused = await write('SIAN came home with the wrong lunchbox.');
    expect(refused.status).toBe(400);
    expect(refused.body.matches).toEqual([expect.objectContaining({ field: 'raised', start: 0, end: 4, suggestion: 'child A' })]);

    const kept = await write('Child A came home with the wrong lunchbox.');
    expect(kept.status, kept.text).toBe(200);
    const page = await record('chloe-evans', 'limit=100');
    expect(page.items.find((item) => item.reference === reference)?.eyfsAreas).toEqual(['safeguardingAndWelfare']);
  });

  it('R4: an upheld outcome starts the practice review clock; the owners record it; the record shows it done', async () => {
    const reference = await submit();
    expect((await api.act('chloe-evans', reference, { type: 'outcome', outcome: 'upheld', summary: 'We agree.' })).status).toBe(200);
    const sfn = stepFunctionsClient(embedded);
    // The clock start is carried out from the outbox, off the request path.
    const clock = await eventually(
      () => describeClock(sfn, embedded, 'parent', `${reference}-practiceReview`),
      (described) => described.status === 'RUNNING',
    );
    expect(clock.status).toBe('RUNNING');

    const open = await record('helen-okafor', 'outcome=upheld&limit=100');
    expect(open.items.find((item) => item.reference === reference)?.practiceReview?.status).toBe('open');

    const manager = await api.post(`/staff/complaints/${reference}/practice-review`, { findings: 'x', actions: 'y' }, { bearer: await api.signIn('chloe-evans') });
    expect(manager.status).toBe(403);
    const owner = await api.post(
      `/staff/complaints/${reference}/practice-review`,
      { findings: 'Pick-up was rushed.', actions: 'Two staff at the door.' },
      { bearer: await api.signIn('helen-okafor') },
    );
    expect(owner.status, owner.text).toBe(200);
    const done = await record('helen-okafor', 'outcome=upheld&limit=100');
    expect(done.items.find((item) => item.reference === reference)?.practiceReview?.status).toBe('done');
  });

  it('R1: the record of a period as CSV (text/csv, formula-safe) and JSON; an inspector link opens it, is logged, and stops when revoked', async () => {
    const reference = await submit({ childName: 'Olek' });
    const manager = await api.signIn('chloe-evans');
    expect(
      (
        await api.post(
          `/staff/complaints/${reference}/record`,
          { eyfsAreas: ['staffing'], raised: '=cmd child A was upset', investigation: 'Checked.', actionTaken: 'Changed.' },
          { bearer: manager },
        )
      ).status,
    ).toBe(200);
    // London's day, as the period is read (UTC's is the day before for the first hour of a
    // summer night), taken after the complaint came so that the period holds it; a year back
    // by the calendar (29 February has no day a year before).
    const today = londonDay(new Date());
    const from = aYearBefore(today);
    const period = `settingIds=oak-street&from=${from}&to=${today}`;

    const csv = await api.get(`/staff/record/export?${period}&format=csv`, { bearer: manager });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.text).toContain(`"'=cmd child A was upset"`);
    expect(csv.text).not.toContain('Olek');
    const asJson = await api.get<{ entries: { reference: string; summary?: { raised: string }; people: string[] }[]; settings: { ofstedUrn?: string }[] }>(
      `/staff/record/export?${period}`,
      { bearer: manager },
    );
    expect(asJson.body.entries.map((entry) => entry.reference)).toContain(reference);
    // What the complaint says for the record, read from the setting's complaints of the period.
    expect(asJson.body.entries.find((entry) => entry.reference === reference)).toMatchObject({
      summary: { raised: '=cmd child A was upset' },
      people: expect.arrayContaining(['child A']),
    });
    expect(asJson.body.settings[0]?.ofstedUrn).toBe('EY123456');

    const admin = await api.signIn('ian-murray');
    const created = await api.post<{ link: { id: string; expiresAt: string }; url: string }>(
      '/staff/record/links',
      { settingIds: ['oak-street'], from, to: today },
      { bearer: admin },
    );
    expect(created.status, created.text).toBe(201);
    const days = (Date.parse(created.body.link.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    const shared = new URL(created.body.url, embedded.apiUrl);
    const path = `${shared.pathname.replace(/^\/api/, '')}${shared.search}`;
    const page = await api.get(path);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain('Record of complaints');
    expect(page.text).toContain(reference);

    const productions = await api.get<{ items: { by: { kind: string } }[] }>('/staff/record/productions', { bearer: admin });
    expect(productions.body.items.map((item) => item.by.kind)).toEqual(expect.arrayContaining(['staff', 'inspectorLink']));

    const revoked = await api.post(`/staff/record/links/${created.body.link.id}/revoke`, { reason: 'Inspection over.' }, { bearer: admin });
    expect(revoked.status).toBe(200);
    expect((await api.get(path)).status).toBe(404);
    expect((await api.post('/staff/record/links', { settingIds: ['oak-street'], from, to: today }, { bearer: manager })).status).toBe(403);
  });

  it('F3: an export of more than a hundred complaints logs every look, in transactions of at most a hundred', async () => {
    // Prepare
    const store = new DynamoDbRecordStore(tableClient(embedded), LOCAL_TABLE_NAME);
    const at = new Date().toISOString();
    const looks = Array.from({ length: 230 }, (_, n) => ({ complaintId: `BULK-${n % 2}`, at, kind: 'export' as const, by: 'chloe-evans' }));
    // Act
    await store.logAccess(looks);
    // Assess
    expect((await store.accessLog('BULK-0', 500)).length).toBe(115);
    expect((await store.accessLog('BULK-1', 500)).length).toBe(115);
  });

  it('F3: reads and exports are in the access log, which only an administrator sees; R3: a legal hold is placed and lifted', async () => {
    const reference = await submit();
    await api.get(`/staff/complaints/${reference}`, { bearer: await api.signIn('chloe-evans') });
    const admin = await api.signIn('ian-murray');
    const log = await api.get<{ items: { kind: string; by: string }[] }>(`/staff/complaints/${reference}/access-log`, { bearer: admin });
    expect(log.status).toBe(200);
    expect(log.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'read', by: 'chloe-evans' })]));
    expect(JSON.stringify(log.body)).not.toContain('lunch');
    expect((await api.get(`/staff/complaints/${reference}/access-log`, { bearer: await api.signIn('chloe-evans') })).status).toBe(403);

    const held = await api.post<{ legalHold: { reason: string } }>(`/staff/complaints/${reference}/legal-hold`, { reason: 'A claim.' }, { bearer: admin });
    expect(held.status, held.text).toBe(200);
    expect(held.body.legalHold.reason).toBe('A claim.');
    const row = await record('ian-murray', 'limit=100');
    expect(row.items.find((item) => item.reference === reference)).toMatchObject({ legalHold: true });
    const lifted = await api.post(`/staff/complaints/${reference}/legal-hold/lift`, { reason: 'Settled.' }, { bearer: admin });
    expect(lifted.status).toBe(200);
    expect((await api.post(`/staff/complaints/${reference}/legal-hold`, {}, { bearer: admin })).status).toBe(400);
  });

  it('the subject access document is HTML in the complainant’s language, staff-only notes marked', async () => {
    const reference = await submit({ language: 'cy' });
    const manager = await api.signIn('chloe-evans');
    await api.act('chloe-evans', reference, { type: 'note', text: 'Phoned the parent.' });
    const document = await api.get(`/staff/complaints/${reference}/subject-access`, { bearer: manager });
    expect(document.status).toBe(200);
    expect(document.text).toContain('<html lang="cy" dir="ltr">');
    expect(document.text).toContain('Staff yn unig');
    expect(document.text).toContain('Phoned the parent.');
  });
});
