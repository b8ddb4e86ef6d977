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
  type SubmissionReply,
} from './helpers/embedded-api';
import { eventually } from './helpers/embedded-process';

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
});
