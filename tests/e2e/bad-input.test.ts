/**
 * Bad requests on the embedded default: wrong types, missing fields, oversized bodies and
 * bad JSON are refused with a 400 that names the fields (a 413 from the API itself for a
 * body over its 1 MB limit, as API Gateway refuses one), and nothing is stored or sent:
 * the table, read straight from DynamoDB Local, and the inbox are exactly as before.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../lambdas/handlers/http';
import { DEFAULT_MAX_BODY_BYTES } from '../../local/api-server';
import type { Embedded } from '../../local/embedded';
import {
  agencyComplaint,
  Api,
  parentComplaint,
  startExampleEmbedded,
  tableClient,
  tableSnapshot,
  type SubmissionReply,
} from './helpers/embedded-api';
import { emailsIn, statusLinkIn, waitForEmail, aboutComplaint, sentTo, type CapturedEmail } from './helpers/inbox';

/** The fixture's acknowledgement: the parent's email about it (staff are told about it too, in no set order). */
const toParentAbout = (reference: string) => (email: CapturedEmail) =>
  aboutComplaint(reference)(email) && sentTo(String(parentComplaint().contact.email))(email);
import { eventually } from './helpers/embedded-process';

interface ErrorBody {
  message: string;
  errors?: { field: string; message: string }[];
}

interface BadRequest {
  name: string;
  path: string;
  /** Sent as JSON, unless `raw` is given. */
  body?: unknown;
  raw?: string;
  as?: 'staff' | 'complainant';
  status: 400 | 413;
  /** Every field the answer must name. */
  fields: string[];
}

describe('Bad input: refused, named, and nothing stored', () => {
  let embedded: Embedded;
  let api: Api;
  let table: DynamoDBClient;
  let reference: string;
  let statusToken: string;
  let managerToken: string;

  beforeAll(async () => {
    // Real days, and no sweeps but the test's own: nothing changes the table unasked.
    embedded = await startExampleEmbedded({ sweepIntervalMs: 3_600_000 });
    api = new Api(embedded.apiUrl);
    table = tableClient(embedded);
    const submitted = await api.post<SubmissionReply>('/complaints/parent', parentComplaint());
    reference = submitted.body.reference;
    const acknowledgement = await waitForEmail(embedded.inboxUrl, toParentAbout(reference), { what: 'acknowledging the fixture' });
    statusToken = statusLinkIn(acknowledgement).token;
    managerToken = await api.signIn('chloe-evans');
  });

  afterAll(async () => {
    table?.destroy();
    await embedded?.stop();
  });

  const valid = parentComplaint();
  const badRequests: BadRequest[] = [
    {
      name: 'wrong types',
      path: '/complaints/parent',
      body: { ...valid, settingId: 42, allegationOfHarm: 'no', consentToContact: 'yes', contact: { ...valid.contact, email: 'nobody' } },
      status: 400,
      fields: ['settingId', 'allegationOfHarm', 'consentToContact', 'contact.email'],
    },
    {
      name: 'missing fields',
      path: '/complaints/parent',
      body: {},
      status: 400,
      fields: ['settingId', 'classification', 'about', 'description', 'contact', 'consentToContact'],
    },
    {
      name: 'missing nested fields',
      path: '/complaints/agency',
      body: { ...agencyComplaint(), agency: { organisation: 'Leeds Community Healthcare' } },
      status: 400,
      fields: ['agency.name', 'agency.email'],
    },
    { name: 'bad JSON', path: '/complaints/parent', raw: '{"settingId": "oak-street",', status: 400, fields: ['body'] },
    { name: 'an empty body', path: '/complaints/agency', raw: '', status: 400, fields: ['body'] },
    {
      name: 'a field over its length',
      path: '/complaints/parent',
      body: { ...valid, description: 'x'.repeat(10_001) },
      status: 400,
      fields: ['description'],
    },
    {
      name: `a body over the handlers' ${MAX_BODY_BYTES} bytes`,
      path: '/complaints/parent',
      body: { ...valid, description: 'x'.repeat(MAX_BODY_BYTES) },
      status: 400,
      fields: ['body'],
    },
    {
      name: `a body over the API's ${DEFAULT_MAX_BODY_BYTES} bytes`,
      path: '/complaints/parent',
      body: { ...valid, description: 'x'.repeat(DEFAULT_MAX_BODY_BYTES + 1) },
      status: 413,
      fields: ['body'],
    },
    {
      name: 'a setting of another organisation',
      path: '/complaints/parent',
      body: { ...valid, settingId: 'elm-road' },
      status: 400,
      fields: ['settingId'],
    },
    {
      name: 'a staff action of no known type',
      path: `/staff/complaints/{reference}/actions`,
      body: { type: 'teleport' },
      as: 'staff',
      status: 400,
      fields: ['type'],
    },
    {
      name: 'an outcome without its outcome and summary',
      path: `/staff/complaints/{reference}/actions`,
      body: { type: 'outcome', confidentialReport: 'Should not be kept.' },
      as: 'staff',
      status: 400,
      fields: ['outcome', 'summary'],
    },
    {
      name: 'an extension to no date',
      path: `/staff/complaints/{reference}/actions`,
      body: { type: 'extension', newDeadlineAt: 'next Tuesday', reason: '' },
      as: 'staff',
      status: 400,
      fields: ['newDeadlineAt', 'reason'],
    },
    {
      name: 'a complaint on behalf, made "online" at no time',
      path: '/staff/complaints',
      body: { ...valid, consentToContact: undefined, channel: 'online', receivedAt: 'yesterday' },
      as: 'staff',
      status: 400,
      fields: ['channel', 'receivedAt'],
    },
    {
      name: 'an appeal without a reason',
      path: `/status/{reference}/response`,
      body: { type: 'notSatisfied' },
      as: 'complainant',
      status: 400,
      fields: ['reason'],
    },
    {
      name: 'a response that is not an object',
      path: `/status/{reference}/response`,
      raw: '"satisfied"',
      as: 'complainant',
      status: 400,
      fields: ['body'],
    },
  ];

  let tableBefore: string[];
  let inboxBefore: string[];

  beforeAll(async () => {
    // The table and the inbox once the fixture has settled: the outbox swept (the manager's
    // email may still be on its way after the acknowledgement came), then two reads alike.
    await embedded.sweepNow();
    const [, settled] = await eventually(
      async () => [await tableSnapshot(table), await tableSnapshot(table)] as const,
      ([first, second]) => JSON.stringify(first) === JSON.stringify(second),
    );
    tableBefore = settled;
    inboxBefore = (await emailsIn(embedded.inboxUrl)).map((email) => email.messageId);
  });

  it.each(badRequests)('$name: $status naming its fields, nothing stored or sent', async (bad) => {
    // Act
    const reply = await api.request<ErrorBody>('POST', bad.path.replace('{reference}', reference), bad.body, {
      ...(bad.raw !== undefined ? { rawBody: bad.raw } : {}),
      ...(bad.as === 'staff' ? { bearer: managerToken } : {}),
      ...(bad.as === 'complainant' ? { statusToken } : {}),
    });
    // Whatever a refused request might have left in the outbox would be carried out now.
    await embedded.sweepNow();

    // Assess
    expect(reply.status).toBe(bad.status);
    expect(reply.body.message).toMatch(bad.status === 413 ? /too large/ : /^Invalid request$/);
    expect(reply.body.errors?.map((error) => error.field)).toEqual(expect.arrayContaining(bad.fields));
    // A refusal echoes no value back: only field names and what is wrong with them.
    expect(reply.text).not.toContain('Sam Taylor');
    const tableAfter = await tableSnapshot(table);
    expect(tableAfter.length).toBe(tableBefore.length);
    expect(tableAfter).toEqual(tableBefore);
    expect(inboxBefore.length).toBeGreaterThan(0);
    expect((await emailsIn(embedded.inboxUrl)).map((email) => email.messageId)).toEqual(inboxBefore);
  });
});
