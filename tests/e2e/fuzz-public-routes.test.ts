/**
 * Property-based fuzzing of every route a person without an account can reach, over HTTP on
 * the embedded default: for each, at least 1,000 hostile requests made by fast-check (wrong
 * types, missing and extra fields, huge and deeply nested values, unicode edge cases,
 * prototype-pollution keys, wrong content types, malformed JSON and percent-encoding), sent a
 * few at a time. Whatever comes: no 5xx, no complaint stored (the table is exactly as it was),
 * no email sent, nothing polluted, and every 400 names the field that made it one.
 *
 * Every generated body is invalid by construction (at least one mutation a valid complaint
 * cannot have), so that "nothing stored" is what must happen, not luck.
 */
import { request as httpRequest } from 'node:http';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../lambdas/handlers/functions';
import type { Embedded } from '../../local/embedded';
import { timingToken } from '../helpers/form-token';
import { agencyComplaint, Api, parentComplaint, startExampleEmbedded, tableClient, tableSnapshot, type SubmissionReply } from './helpers/embedded-api';
import { eventually } from './helpers/embedded-process';
import { aboutComplaint, emailsIn, sentTo, statusLinkIn, waitForEmail, type CapturedEmail } from './helpers/inbox';

/** The fixture's acknowledgement: the parent's email about it (staff are told about it too, in no set order). */
const toParentAbout = (reference: string) => (email: CapturedEmail) =>
  aboutComplaint(reference)(email) && sentTo(String(parentComplaint().contact.email))(email);


/** Requests per route; FUZZ_RUNS raises it for a longer hunt. */
const PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 1_000);
/** Requests in flight at once: enough to overlap, few enough for two busy cores. */
const BATCH = 8;

interface Probe {
  method: string;
  /** Raw: may hold malformed percent-encoding, which URL parsers would refuse or repair. */
  path: string;
  contentType?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Fields a 400 must name (any one of these prefixes per entry), when the request says. */
  mustName?: string[];
}

interface Reply {
  status: number;
  contentType: string;
  text: string;
}

function send(base: URL, probe: Probe): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...probe.headers };
    if (probe.contentType !== undefined) headers['content-type'] = probe.contentType;
    if (probe.body !== undefined) headers['content-length'] = Buffer.byteLength(probe.body);
    const req = httpRequest(
      { host: base.hostname, port: base.port, method: probe.method, path: `${base.pathname}${probe.path}`, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(probe.body);
  });
}

// ── Hostile pieces ───────────────────────────────────────────────────────────────────────

const UNICODE_EDGES = [
  '\u0000',
  '\u200b\u200b\u200b',
  '\ufeff',
  '\u202e\u202d',
  '\ud800',
  '\udfff',
  'A\u0301\u0301\u0301',
  '👨‍👩‍👧‍👦',
  '\r\n\t',
  '%E0%A4%A',
  '<script>alert(1)</script>',
  "' OR '1'='1",
  '${jndi:ldap://x}',
  '../../etc/passwd',
  'ﷺ',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];
const unicodeEdge = fc.constantFrom(...UNICODE_EDGES);
const hostileString = fc.oneof(
  unicodeEdge,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(unicodeEdge, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
  fc.integer({ min: 10_001, max: 40_000 }).map((n) => 'ẞ'.repeat(n)),
);
/** A value that no string, boolean or object field of the schemas accepts as it is. */
const wrongTypeFor = (kind: 'string' | 'boolean' | 'object') =>
  fc.oneof(
    fc.constant(null),
    fc.array(fc.oneof(fc.integer(), hostileString), { maxLength: 4 }),
    ...(kind === 'string' ? [fc.integer(), fc.double(), fc.boolean(), fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 3 })] : []),
    ...(kind === 'boolean' ? [fc.integer(), hostileString, fc.constantFrom('true', 'false', 'yes', '1')] : []),
    ...(kind === 'object' ? [fc.integer(), hostileString, fc.boolean()] : []),
  );
const deeplyNested = fc.integer({ min: 20, max: 1_500 }).map((depth) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
});
const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString'];
const pollutionJson = fc.constantFrom(
  '"__proto__":{"polluted":"yes"}',
  '"constructor":{"prototype":{"polluted":"yes"}}',
  '"__proto__":{"toString":"x","isAdmin":true}',
  '"prototype":{"polluted":"yes"}',
);
const wrongJsonType = fc.constantFrom(
  'text/plain',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'text/html',
  'application/jsonx',
  'json',
  '',
);

// ── JSON intake (POST /complaints/parent|agency) ─────────────────────────────────────────

type Shape = Record<string, 'string' | 'boolean' | 'object'>;
const PARENT_SHAPE: Shape = {
  settingId: 'string', classification: 'string', about: 'string', keyPersonId: 'string', subjectStaffId: 'string',
  allegationOfHarm: 'boolean', description: 'string', desiredOutcome: 'string', childName: 'string', contact: 'object',
  consentToContact: 'boolean', language: 'string', interpreterLanguage: 'string', website: 'string', formToken: 'string',
};
const PARENT_REQUIRED = ['settingId', 'classification', 'about', 'description', 'contact', 'consentToContact'];
const AGENCY_SHAPE: Shape = {
  settingId: 'string', about: 'string', subjectStaffId: 'string', allegationOfHarm: 'boolean', description: 'string',
  desiredOutcome: 'string', agency: 'object', language: 'string', interpreterLanguage: 'string', website: 'string', formToken: 'string',
};
const AGENCY_REQUIRED = ['settingId', 'about', 'description', 'agency'];

/** Values that are of the right type and still wrong, per field. */
const WRONG_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  settingId: fc.constantFrom('elm-road', 'OAK-STREET', 'oak-street\u200b', '\u200b', ' '),
  classification: fc.constantFrom('rant', 'COMPLAINT', '', 'complaint\u0000'),
  about: fc.constantFrom('everyone', 'Service', '', 'staff '),
  description: fc.oneof(fc.constantFrom('\u200b\u200b', '\ufeff\u200d', ' \u200e ', ''), fc.integer({ min: 20_001, max: 30_000 }).map((n) => 'd'.repeat(n))),
  language: fc.constantFrom('fr', 'EN', 'english', ''),
  keyPersonId: fc.constantFrom('nobody', 'ian-murray', 'farah-ali-x'),
  subjectStaffId: fc.constantFrom('nobody', 'x'.repeat(64)),
  consentToContact: fc.constant(false),
  contact: fc.constantFrom({}, { name: 'Sam' }, { name: '\u200b', email: 'sam@example.com' }, { name: 'Sam', email: 'not-an-email' }, { name: 'Sam', email: 'sam@example.com', phone: 'call me' }),
  agency: fc.constantFrom({}, { organisation: 'X' }, { organisation: 'X', name: 'Y', email: 'nope' }),
  formToken: fc.constantFrom('900', 'v1.0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'x'.repeat(65)),
};

type Mutation = { kind: 'remove' | 'wrongType' | 'wrongValue'; key: string; value?: unknown } | { kind: 'extra'; key: string; value: unknown };

function jsonIntakeProbes(path: string, shape: Shape, required: string[], base: () => Record<string, unknown>, token: () => string) {
  const keys = Object.keys(shape);
  const invalidating: fc.Arbitrary<Mutation> = fc.oneof(
    fc.constantFrom(...required).map((key): Mutation => ({ kind: 'remove', key })),
    fc.constantFrom(...keys).chain((key) => wrongTypeFor(shape[key]!).map((value): Mutation => ({ kind: 'wrongType', key, value }))),
    fc.constantFrom(...Object.keys(WRONG_VALUES).filter((key) => key in shape)).chain((key) =>
      WRONG_VALUES[key]!.map((value): Mutation => ({ kind: 'wrongValue', key, value })),
    ),
    fc.constantFrom(...required.filter((key) => shape[key] === 'object')).chain((key) =>
      deeplyNested.map((value): Mutation => ({ kind: 'wrongType', key, value })),
    ),
  );
  const extra: fc.Arbitrary<Mutation> = fc.oneof(
    fc.tuple(fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ unit: 'binary', maxLength: 12 })), fc.oneof(hostileString, deeplyNested, fc.integer())).map(
      ([key, value]): Mutation => ({ kind: 'extra', key, value }),
    ),
  );
  const body = fc.record({
    mutations: fc.tuple(fc.array(invalidating, { minLength: 1, maxLength: 3 }), fc.array(extra, { maxLength: 2 })),
    withToken: fc.boolean(),
    pollution: fc.option(pollutionJson, { nil: undefined }),
  });
  const structured = body.map(({ mutations: [bad, extras], withToken, pollution }): Probe => {
    const request: Record<string, unknown> = { ...base(), ...(withToken ? { formToken: token() } : {}) };
    const named = new Set<string>();
    for (const mutation of [...bad, ...extras]) {
      if (mutation.kind === 'remove') delete request[mutation.key];
      else Object.defineProperty(request, mutation.key, { value: mutation.value, enumerable: true, configurable: true, writable: true });
      if (mutation.kind !== 'extra') named.add(mutation.key);
      else named.delete(mutation.key);
    }
    // A later mutation of the same key may have put a good value back; only keys whose last
    // mutation invalidates them must be named.
    const lastByKey = new Map([...bad, ...extras].map((mutation) => [mutation.key, mutation]));
    const mustName = [...named].filter((key) => lastByKey.get(key)?.kind !== 'extra');
    let text = JSON.stringify(request);
    if (pollution) text = text.replace(/^\{/, `{${pollution},`);
    // When every invalidating mutation was undone by an extra one, the body could be valid:
    // the missing consent (or agency) keeps it invalid, and says so.
    if (mustName.length === 0) {
      const fallback = required.includes('consentToContact') ? 'consentToContact' : 'agency';
      text = text.replace(/^\{/, `{"${fallback}":null,`);
      mustName.push(fallback);
    }
    return { method: 'POST', path, contentType: 'application/json', body: text, mustName };
  });
  const malformed = fc.oneof(
    fc.constantFrom('{', '{"settingId":', '[1,2', 'undefined', "{'a':1}", '{"a":1}}', '\u0000', '', ' ', 'null', '[]', '"complaint"', '42', 'true', '{"__proto__":'),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.integer({ min: 100, max: 12_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
    fc.integer({ min: 100, max: 6_000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  ).map((text): Probe => ({ method: 'POST', path, contentType: 'application/json', body: text, ...(isJsonObject(text) ? {} : { mustName: ['body'] }) }));
  const wrongType = fc
    .tuple(wrongJsonType, fc.boolean())
    .map(([contentType, withContentType]): Probe => ({
      method: 'POST',
      path,
      ...(withContentType ? { contentType } : {}),
      body: JSON.stringify({ ...base(), formToken: token() }),
    }));
  const longKey = fc.integer({ min: 201, max: 2_000 }).map(
    (length): Probe => ({
      method: 'POST',
      path,
      contentType: 'application/json',
      headers: { 'idempotency-key': 'k'.repeat(length) },
      body: JSON.stringify({ ...base(), formToken: token() }),
      mustName: ['Idempotency-Key'],
    }),
  );
  return fc.oneof({ arbitrary: structured, weight: 6 }, { arbitrary: malformed, weight: 2 }, { arbitrary: wrongType, weight: 1 }, { arbitrary: longKey, weight: 1 });
}

// ── Form posts (POST /forms/parent|agency), urlencoded ───────────────────────────────────

const FORM_PARENT: Record<string, string> = {
  pageLanguage: 'en', settingId: 'oak-street', classification: 'complaint', about: 'service',
  description: 'Lunchboxes keep going home with the wrong child.', 'contact.name': 'Sam Taylor',
  'contact.email': 'sam.taylor@example.com', consentToContact: 'yes', language: 'en',
};
const FORM_AGENCY: Record<string, string> = {
  pageLanguage: 'en', settingId: 'willow-lane', about: 'practice', description: 'The room we booked was not given.',
  'agency.organisation': 'Leeds Community Healthcare', 'agency.name': 'Jo Patel', 'agency.email': 'jo.patel@example.nhs.uk', language: 'en',
};
const FORM_WRONG: Record<string, fc.Arbitrary<string>> = {
  settingId: fc.constantFrom('elm-road', '%E0', '\u200b'),
  classification: fc.constantFrom('rant', 'COMPLAINT'),
  about: fc.constantFrom('everyone', 'Service'),
  description: fc.oneof(fc.constantFrom('\u200b\u200b', '\ufeff'), fc.integer({ min: 20_001, max: 30_000 }).map((n) => 'd'.repeat(n))),
  'contact.email': fc.constantFrom('nobody', 'a@', '@b.c', '%40'),
  'contact.phone': fc.constantFrom('call me', '+'.repeat(40)),
  'agency.email': fc.constantFrom('nobody', 'a@'),
  consentToContact: fc.constantFrom('false', 'no', '0', 'off', ''),
  language: fc.constantFrom('fr', 'EN'),
};
const fieldId = (field: string) => field.replace(/\./g, '-');

/** Percent-encodes any string, lone surrogates included (as the bytes UTF-8 puts in their place). */
const encode = (value: string) => [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');

function formProbes(path: string, base: Record<string, string>, token: () => string) {
  const required = Object.keys(base).filter((key) => key !== 'pageLanguage' && key !== 'language');
  const applicable = Object.keys(FORM_WRONG).filter((key) => key in base || key === 'contact.phone' && 'contact.email' in base);
  const invalidating = fc.oneof(
    fc.constantFrom(...required).map((key) => ({ key, value: undefined as string | undefined })),
    fc.constantFrom(...applicable).chain((key) => FORM_WRONG[key]!.map((value) => ({ key, value: value as string | undefined }))),
  );
  const extras = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...POLLUTION_KEYS, 'formToken', 'website'), fc.string({ unit: 'binary', maxLength: 10 })), hostileString), { maxLength: 3 });
  const structured = fc
    .record({ bad: fc.array(invalidating, { minLength: 1, maxLength: 3 }), extras, withToken: fc.boolean(), rawTail: fc.option(fc.constantFrom('&note=%E0%A4%A', '&%zz=%', '&&&=', '&contact.fax=%', '&a=%uD800', '&%E0%A4%A=1'), { nil: undefined }) })
    .map(({ bad, extras: extra, withToken, rawTail }): Probe => {
      const answers = new Map(Object.entries(base));
      if (withToken) answers.set('formToken', token());
      for (const [key, value] of extra) if (key !== 'formToken' || !withToken) answers.set(key, value);
      for (const { key, value } of bad) {
        if (value === undefined) answers.delete(key);
        else answers.set(key, value);
      }
      // The honeypot filled in is refused without naming a field; keep the fields' own errors in view.
      answers.delete('website');
      const mustName = [...new Set(bad.map(({ key }) => fieldId(key)))];
      return { method: 'POST', path, contentType: 'application/x-www-form-urlencoded', body: new URLSearchParams([...answers]).toString() + (rawTail ?? ''), mustName };
    });
  const garbage = fc
    .oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('%', '%%%', '=&=&=', 'a=%E0%A4%A', '\u0000'))
    .map((body): Probe => ({ method: 'POST', path, contentType: 'application/x-www-form-urlencoded', body }));
  const wrongType = wrongJsonType
    .filter((type) => type !== 'application/x-www-form-urlencoded')
    .map((contentType): Probe => ({ method: 'POST', path, contentType, body: new URLSearchParams({ ...base, formToken: token() }).toString() }));
  return fc.oneof({ arbitrary: structured, weight: 7 }, { arbitrary: garbage, weight: 2 }, { arbitrary: wrongType, weight: 1 });
}

// ── Query strings and paths ──────────────────────────────────────────────────────────────

const hostileQueryValue = fc.oneof(
  fc.constantFrom('%', '%E0%A4%A', '%zz', '%00', '%FF%FE', '..%2F..%2F', '%25', '+', '%C0%AF', 'K7QM-4XRT', 'en', 'ar', 'parent', 'open', 'withdraw'),
  fc.string({ unit: 'binary', maxLength: 40 }).map(encode),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'q'.repeat(n)),
);
const hostileQuery = (names: string[]) =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...names, ...POLLUTION_KEYS, '__proto__[polluted]'), fc.string({ maxLength: 8 }).map(encode)), hostileQueryValue), { maxLength: 6 })
    .map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join('&'));
const hostilePathSegment = fc.oneof(
  fc.constantFrom('%', '%E0%A4%A', '%zz', '%2F', '..', '%2e%2e', 'K7QM-4XRT', 'K7QM%2D4XRT', '%00', '%uD800', 'a%2Fb'),
  fc.string({ unit: 'binary', maxLength: 30 }).map(encode),
);

function getProbes(path: string, queryNames: string[]) {
  return fc
    .record({ query: hostileQuery(queryNames), accept: fc.constantFrom('*/*', 'text/html', 'application/json', '\u0000') })
    .map(({ query, accept }): Probe => ({ method: 'GET', path: query ? `${path}?${query}` : path, headers: { accept: accept.replace('\u0000', 'x') } }));
}

// ── The run ──────────────────────────────────────────────────────────────────────────────

describe('Fuzzing: every public route, over HTTP, with hostile requests', () => {
  let embedded: Embedded;
  let api: Api;
  let table: DynamoDBClient;
  let base: URL;
  let reference: string;
  let statusToken: string;
  let formToken: string;
  let tableBefore: string[];
  let inboxBefore: number;
  const figures: string[] = [];

  beforeAll(async () => {
    embedded = await startExampleEmbedded({ sweepIntervalMs: 3_600_000, complainantRequestsPerMinute: 1_000_000 });
    api = new Api(embedded.apiUrl);
    table = tableClient(embedded);
    base = new URL(embedded.apiUrl);
    const submitted = await api.post<SubmissionReply>('/complaints/parent', parentComplaint());
    reference = submitted.body.reference;
    statusToken = statusLinkIn(await waitForEmail(embedded.inboxUrl, toParentAbout(reference), { what: 'the fixture' })).token;
    formToken = await timingToken(embedded.apiUrl);
    await embedded.sweepNow();
    const [, settled] = await eventually(
      async () => [await tableSnapshot(table), await tableSnapshot(table)] as const,
      ([first, second]) => JSON.stringify(first) === JSON.stringify(second),
    );
    tableBefore = settled;
    inboxBefore = (await emailsIn(embedded.inboxUrl)).length;
  });

  afterAll(async () => {
    if (figures.length) process.stdout.write(`Fuzzing: ${figures.join('; ')}\n`);
    table?.destroy();
    await embedded?.stop();
  });

  const statusPaths = () => ({
    ref: reference,
    wrongRef: fc.oneof(hostilePathSegment, fc.constant(reference)),
  });

  const routes: { operationId: string; probes: () => fc.Arbitrary<Probe> }[] = [
    { operationId: 'health', probes: () => getProbes('/health', ['x']) },
    { operationId: 'getOpenApi', probes: () => getProbes('/openapi.json', ['format']) },
    { operationId: 'issueFormToken', probes: () => getProbes('/forms/token', ['kind']) },
    { operationId: 'submitParentComplaint', probes: () => jsonIntakeProbes('/complaints/parent', PARENT_SHAPE, PARENT_REQUIRED, () => parentComplaint(), () => formToken) },
    { operationId: 'submitAgencyComplaint', probes: () => jsonIntakeProbes('/complaints/agency', AGENCY_SHAPE, AGENCY_REQUIRED, () => agencyComplaint(), () => formToken) },
    { operationId: 'submitParentComplaintForm', probes: () => formProbes('/forms/parent', FORM_PARENT, () => formToken) },
    { operationId: 'submitAgencyComplaintForm', probes: () => formProbes('/forms/agency', FORM_AGENCY, () => formToken) },
    { operationId: 'showConfirmation', probes: () => getProbes('/forms/confirmation', ['lang', 'form', 'ref', 'status', 'level', 'by']) },
    { operationId: 'showParentForm', probes: () => getProbes('/forms/parent', ['lang']) },
    { operationId: 'showAgencyForm', probes: () => getProbes('/forms/agency', ['lang']) },
    // An inspector's read-only link to the record (R1): whatever the token, a 404 page unless it is live.
    { operationId: 'openInspectorLink', probes: () => getProbes('/record/shared', ['token', 'format']) },
    {
      operationId: 'getComplaintStatus',
      probes: () =>
        fc
          .record({ segment: statusPaths().wrongRef, token: fc.option(fc.oneof(fc.constant(statusToken), hostileString.map(encode)), { nil: undefined }) })
          .map(({ segment, token }): Probe => ({ method: 'GET', path: `/status/${segment}`, headers: token ? { 'x-status-token': token.slice(0, 4_000) } : {} })),
    },
    {
      operationId: 'respondToOutcome',
      probes: () =>
        fc
          .record({
            segment: statusPaths().wrongRef,
            rightToken: fc.boolean(),
            body: fc.oneof(
              fc.record({ type: fc.oneof(hostileString, fc.integer(), fc.constant(null), fc.constantFrom('WITHDRAW', 'withdraw ', 'satisfied\u0000')), reason: fc.option(hostileString, { nil: undefined }) }).map((value) => JSON.stringify(value)),
              fc.constantFrom('{"type":"notSatisfied"}', '{"type":"notSatisfied","reason":"\u200b"}', '[]', '"withdraw"', '{', '{"__proto__":{"type":"withdraw"}}', ''),
              fc.integer({ min: 8_001, max: 20_000 }).map((n) => JSON.stringify({ type: 'notSatisfied', reason: 'r'.repeat(n) })),
            ),
            contentType: fc.oneof({ arbitrary: fc.constant('application/json'), weight: 4 }, { arbitrary: wrongJsonType, weight: 1 }),
          })
          .map(({ segment, rightToken, body, contentType }): Probe => ({
            method: 'POST',
            path: `/status/${segment}/response`,
            contentType,
            headers: { 'x-status-token': rightToken ? statusToken : 'wrong-token-wrong-token-wrong' },
            body,
          })),
    },
    { operationId: 'showStatusPage', probes: () => getProbes('/forms/status', ['ref', 'token', 'lang', 'done']).map((probe) => ({ ...probe, path: probe.path.replace('ref=K7QM-4XRT', `ref=${reference}`) })) },
    {
      operationId: 'respondToOutcomeForm',
      probes: () =>
        fc
          .record({
            ref: fc.oneof(fc.constant(reference), hostileQueryValue),
            token: fc.oneof(fc.constant(statusToken), hostileQueryValue),
            type: fc.oneof(hostileQueryValue, fc.constantFrom('satisfied', 'notSatisfied', 'WITHDRAW', '')),
            reason: fc.option(fc.oneof(hostileString.map(encode), fc.integer({ min: 8_001, max: 300_000 }).map((n) => 'r'.repeat(n))), { nil: undefined }),
            contentType: fc.oneof({ arbitrary: fc.constant('application/x-www-form-urlencoded'), weight: 4 }, { arbitrary: wrongJsonType, weight: 1 }),
          })
          .map(({ ref, token, type, reason, contentType }): Probe => ({
            method: 'POST',
            path: '/forms/status-response',
            contentType,
            body: `pageLanguage=en&ref=${ref}&token=${token}&type=${type}${reason === undefined ? '' : `&reason=${reason}`}`,
          })),
    },
  ];

  it('covers every route a person without an account can reach', () => {
    const open = ROUTES.filter((route) => route.access !== 'staff').map((route) => route.operationId);
    expect(routes.map((route) => route.operationId).sort()).toEqual([...open].sort());
  });

  it.each(routes.map((route) => [route.operationId, route] as const))(
    '%s: 1,000 hostile requests, no 5xx, every 400 naming its field',
    async (operationId, route) => {
      const started = performance.now();
      const statuses = new Map<number, number>();
      let sent = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(route.probes(), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
          const replies = await Promise.all(batch.map((probe) => send(base, probe)));
          sent += batch.length;
          batch.forEach((probe, index) => {
            const reply = replies[index]!;
            statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
            const context = `${probe.method} ${probe.path.slice(0, 120)} ${probe.contentType ?? '(no type)'} [${(probe.body ?? '').slice(0, 300)}] → ${reply.status} ${gist(reply)}`;
            expect(reply.status, context).toBeLessThan(500);
            if (probe.method === 'POST') expect([201, 303], context).not.toContain(reply.status);
            if (reply.status === 400) expectNamedFields(reply, probe, context);
            if (probe.path.startsWith('/forms/') && probe.method === 'POST' && [400, 413].includes(reply.status)) {
              expect(reply.contentType, context).toContain('text/html');
            }
          });
        }),
        { numRuns: Math.ceil(PER_ROUTE / BATCH), seed: seedOf(operationId), endOnFailure: true },
      );
      figures.push(`${operationId} ${sent} sent in ${Math.round(performance.now() - started)} ms (${[...statuses].sort().map(([status, count]) => `${status}×${count}`).join(' ')})`);
      expect(sent).toBeGreaterThanOrEqual(PER_ROUTE);
      expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin, 'Object.prototype polluted').toBeUndefined();
    },
  );

  it('stored nothing and sent nothing for any of them', async () => {
    await embedded.sweepNow();
    const tableAfter = await tableSnapshot(table);
    expect(tableAfter.filter((item) => item.includes('"META"')).length).toBe(tableBefore.filter((item) => item.includes('"META"')).length);
    expect(tableAfter).toEqual(tableBefore);
    expect((await emailsIn(embedded.inboxUrl)).length).toBe(inboxBefore);
    const status = await api.get<{ status: string }>(`/status/${reference}`, { statusToken });
    expect(status.body.status).toBe('open');
  });
});

/** A 400 names fields: JSON lists them, a page links to them; the request's own bad field among them. */
function expectNamedFields(reply: Reply, probe: Probe, context: string): void {
  if (reply.contentType.includes('application/json')) {
    const body = JSON.parse(reply.text) as { errors?: { field?: unknown; message?: unknown }[] };
    const fields = (body.errors ?? []).map((error) => error.field);
    expect(fields.length, context).toBeGreaterThan(0);
    for (const field of fields) expect(typeof field === 'string' && field.length > 0, context).toBe(true);
    // A body that cannot be read at all (too large, not JSON) is named as the body.
    if (probe.mustName && !fields.includes('body')) {
      for (const wanted of probe.mustName) {
        expect(fields.some((field) => field === wanted || String(field).startsWith(`${wanted}.`)), `${context}: names ${wanted}`).toBe(true);
      }
    }
    return;
  }
  expect(reply.contentType, context).toContain('text/html');
  expect(reply.text, `${context}: the page opens with a summary of what to fix`).toContain('data-error-summary');
  const linked = [...reply.text.matchAll(/<a href="#([^"]+)"/g)].map((match) => match[1]!);
  for (const wanted of probe.mustName ?? []) {
    expect(linked, `${context}: links to ${wanted}`).toContain(wanted);
  }
}

/** Text that parses to a JSON object: its fields are named, not the body. */
function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** What a reply says, short: a page's error summary, or the start of the JSON. */
function gist(reply: Reply): string {
  if (!reply.contentType.includes('text/html')) return reply.text.slice(0, 400);
  const summary = /<ul class="error-summary__list">([\s\S]*?)<\/ul>/.exec(reply.text)?.[1] ?? '(no error summary)';
  return summary.replace(/\s+/g, ' ').slice(0, 600);
}

function seedOf(name: string): number {
  return [...name].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, 7);
}
