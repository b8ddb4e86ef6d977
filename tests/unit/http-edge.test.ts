import type { APIGatewayProxyEventV2, APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  ConcurrencyError,
  ConflictError,
  ForbiddenError,
  IdempotencyKeyReusedError,
  NotFoundError,
  ValidationError,
} from '../../lambdas/domain/errors';
import { CLAIMS, principalFrom, UnauthenticatedError } from '../../lambdas/handlers/auth';
import {
  errorResponse,
  httpHandler,
  idempotencyKey,
  json,
  MAX_BODY_BYTES,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  parseJsonBody,
  pathParameter,
  UnsupportedMediaTypeError,
} from '../../lambdas/handlers/http';
import { directoryFrom, logger } from '../../lambdas/handlers/runtime';
import { directorySnapshot, seedFrom } from '../../lambdas/domain/staff-directory';
import { exampleOrg } from '../helpers/use-case-context';
import { parentComplaintRequest } from '../../lambdas/handlers/schemas';
import { staffActionRequest, staffActionSchemaFor } from '../../lambdas/handlers/staff-schemas';

type Claims = APIGatewayProxyEventV2WithJWTAuthorizer['requestContext']['authorizer']['jwt']['claims'];

function apiEvent(
  parts: { claims?: Claims; body?: string; isBase64Encoded?: boolean; headers?: Record<string, string>; pathParameters?: Record<string, string> } = {},
): APIGatewayProxyEventV2 {
  const requestContext = {
    accountId: '123456789012',
    apiId: 'api',
    domainName: 'api.example.org',
    domainPrefix: 'api',
    http: { method: 'POST', path: '/x', protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'vitest' },
    requestId: 'request-1',
    routeKey: 'POST /x',
    stage: '$default',
    time: '02/Mar/2026:10:00:00 +0000',
    timeEpoch: 1_772_445_600_000,
    ...(parts.claims ? { authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: parts.claims, scopes: [] } } } : {}),
  };
  return {
    version: '2.0',
    routeKey: 'POST /x',
    rawPath: '/x',
    rawQueryString: '',
    headers: parts.headers ?? { 'content-type': 'application/json' },
    ...(parts.pathParameters ? { pathParameters: parts.pathParameters } : {}),
    isBase64Encoded: parts.isBase64Encoded ?? false,
    requestContext,
    ...(parts.body !== undefined ? { body: parts.body } : {}),
  };
}

const staffClaims = (overrides: Claims = {}): Claims => ({
  sub: 'c0ffee',
  [CLAIMS.tokenUse]: 'id',
  [CLAIMS.staffId]: 'chloe-evans',
  [CLAIMS.groups]: '[settingManager]',
  [CLAIMS.settings]: 'oak-street',
  ...overrides,
});

function without(claim: string): Claims {
  const { [claim]: _left, ...rest } = staffClaims();
  return rest;
}

const bodyOf = (result: ReturnType<typeof json>) => JSON.parse(result.body as string) as Record<string, unknown>;

describe('Edge: principalFrom (who the token names, what the directory gives them now)', () => {
  const directory = directoryFrom(exampleOrg);

  it('roles and settings come from the directory, not from the token', () => {
    // Prepare: a token whose groups and settings claims say far more than the directory does
    const claims = staffClaims({ [CLAIMS.groups]: '[owner administrator]', [CLAIMS.settings]: 'oak-street,willow-lane' });

    // Act
    const principal = principalFrom(apiEvent({ claims }), directory);

    // Assess
    expect(principal).toEqual({ staffId: 'chloe-evans', roles: ['settingManager'], settings: ['oak-street'] });
  });

  it('a member whose roles changed is given the new roles with the same token', () => {
    const changed = directorySnapshot(exampleOrg.name, {
      ...seedFrom(exampleOrg),
      members: seedFrom(exampleOrg).members.map((m) => (m.id === 'chloe-evans' ? { ...m, roles: ['lineManager'], settings: ['oak-street', 'willow-lane'] } : m)),
    });

    expect(principalFrom(apiEvent({ claims: staffClaims() }), changed)).toEqual({
      staffId: 'chloe-evans',
      roles: ['lineManager'],
      settings: ['oak-street', 'willow-lane'],
    });
  });

  it('a deactivated member is signed out (401) even with a valid token', () => {
    const deactivated = directorySnapshot(exampleOrg.name, {
      ...seedFrom(exampleOrg),
      members: seedFrom(exampleOrg).members.map((m) => (m.id === 'chloe-evans' ? { ...m, active: false } : m)),
    });

    expect(() => principalFrom(apiEvent({ claims: staffClaims() }), deactivated)).toThrow(UnauthenticatedError);
  });

  it.each([
    ['no authorizer claims', undefined],
    ['an access token (token_use access), which the JWT authorizer lets through', staffClaims({ [CLAIMS.tokenUse]: 'access' })],
    ['no token_use claim', without(CLAIMS.tokenUse)],
    ['no staff id', without(CLAIMS.staffId)],
    ['an empty staff id', staffClaims({ [CLAIMS.staffId]: '' })],
    ['a staff id that is not a string', staffClaims({ [CLAIMS.staffId]: 42 })],
    ['a staff id nobody in the directory has', staffClaims({ [CLAIMS.staffId]: 'zoe-unknown' })],
  ])('%s → UnauthenticatedError (401)', (_case, claims) => {
    expect(() => principalFrom(apiEvent(claims ? { claims } : {}), directory)).toThrow(UnauthenticatedError);
  });
});

describe('Edge: parseJsonBody', () => {
  const note = z.object({ text: z.string() });
  const noteOfBytes = (bytes: number) => JSON.stringify({ text: 'a'.repeat(bytes - '{"text":""}'.length) });

  it('a body of exactly the limit is read', () => {
    const body = noteOfBytes(MAX_BODY_BYTES);

    expect(Buffer.byteLength(body)).toBe(32 * 1024);
    expect(parseJsonBody(apiEvent({ body }), note).text).toHaveLength(32 * 1024 - 11);
  });

  it('one byte over the limit is a ValidationError naming the body, before any parsing', () => {
    const attempt = () => parseJsonBody(apiEvent({ body: noteOfBytes(MAX_BODY_BYTES + 1) }), note);

    expect(attempt).toThrow(ValidationError);
    expect(attempt).toThrow('body: must be at most 32768 bytes');
  });

  it('the limit counts bytes, not characters: 16,385 two-byte letters are too many', () => {
    const body = JSON.stringify({ text: 'é'.repeat(16_385) });

    expect(body.length).toBeLessThan(MAX_BODY_BYTES);
    expect(() => parseJsonBody(apiEvent({ body }), note)).toThrow('body: must be at most 32768 bytes');
  });

  it('an oversized base64 body is measured once decoded', () => {
    const body = Buffer.from(noteOfBytes(MAX_BODY_BYTES + 1)).toString('base64');

    expect(() => parseJsonBody(apiEvent({ body, isBase64Encoded: true }), note)).toThrow('body: must be at most 32768 bytes');
  });

  it('a base64-encoded body is decoded and read', () => {
    const body = Buffer.from(JSON.stringify({ text: 'Zażółć' })).toString('base64');

    expect(parseJsonBody(apiEvent({ body, isBase64Encoded: true }), note)).toEqual({ text: 'Zażółć' });
  });

  it.each([
    ['no body', undefined],
    ['an empty body', ''],
    ['a body of spaces', '  \n '],
  ])('%s is a ValidationError: the body is required', (_case, body) => {
    const attempt = () => parseJsonBody(apiEvent(body === undefined ? {} : { body }), note);

    expect(attempt).toThrow(new ValidationError([{ field: 'body', message: 'is required (a JSON object)' }]));
  });

  it.each(['{"text":', "{'text': 'single quotes'}", 'text=form+encoded'])('bad JSON (%s) is a ValidationError naming the body', (body) => {
    expect(() => parseJsonBody(apiEvent({ body }), note)).toThrow(
      new ValidationError([{ field: 'body', message: 'is not valid JSON' }]),
    );
  });

  it('JSON that is not an object is named as the body', () => {
    try {
      parseJsonBody(apiEvent({ body: 'null' }), note);
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).fields.map((f) => f.field)).toEqual(['body']);
    }
  });

  it('every bad field is named, nested ones by their path', () => {
    // Prepare
    const body = JSON.stringify({
      settingId: '',
      classification: 'rant',
      about: 'service',
      contact: { name: 'Sam', email: 'not-an-email', phone: 'call me' },
      consentToContact: false,
      language: 'fr',
    });

    // Act
    let error: unknown;
    try {
      parseJsonBody(apiEvent({ body }), parentComplaintRequest);
    } catch (caught) {
      error = caught;
    }

    // Assess
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields.map((f) => f.field).sort()).toEqual(
      ['classification', 'consentToContact', 'contact.email', 'contact.phone', 'description', 'language', 'settingId'].sort(),
    );
    expect((error as ValidationError).fields).toContainEqual({ field: 'contact.email', message: 'must be an email address' });
  });

  it('a staff action of an unknown type names `type` and the types there are', () => {
    try {
      parseJsonBody(apiEvent({ body: JSON.stringify({ type: 'delete' }) }), staffActionSchemaFor);
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).fields.map((f) => f.field)).toEqual(['type']);
      expect((error as ValidationError).fields[0]!.message).toMatch(/outcome/);
    }
  });

  it('a staff action is read with its own type’s schema, built once per container, as the whole union reads it', () => {
    // Arrange
    const note = { type: 'note', text: '  Rang the parent back.  ' };
    const outcome = { type: 'outcome', outcome: 'upheld', summary: 'Fixed.', confidentialReport: 'Kept on file.' };

    // Act
    const read = [note, outcome].map((body) => parseJsonBody(apiEvent({ body: JSON.stringify(body) }), staffActionSchemaFor));

    // Assess
    expect(staffActionSchemaFor(note)).toBe(staffActionSchemaFor({ type: 'note' }));
    expect(staffActionSchemaFor(note)).not.toBe(staffActionSchemaFor(outcome));
    expect(read).toEqual([note, outcome].map((body) => staffActionRequest().parse(body)));
    expect(read[0]).toEqual({ type: 'note', text: 'Rang the parent back.' });
  });

  it.each([
    ['no Content-Type', {}],
    ['text/plain (what a cross-site form may send without a preflight)', { 'content-type': 'text/plain' }],
    ['a form encoding', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['XML', { 'Content-Type': 'application/xml' }],
    ['a look-alike', { 'content-type': 'application/jsonp' }],
  ])('JSON sent with %s is a 415, before the body is read', (_case, headers) => {
    const attempt = () => parseJsonBody(apiEvent({ body: '{"text":"x"}', headers }), note);

    expect(attempt).toThrow(UnsupportedMediaTypeError);
    expect(errorResponse(new UnsupportedMediaTypeError('application/json'))).toMatchObject({ statusCode: 415 });
  });

  it('application/json with a charset, in any case, is read', () => {
    const headers = { 'Content-Type': 'Application/JSON; charset=UTF-8' };

    expect(parseJsonBody(apiEvent({ body: '{"text":"x"}', headers }), note)).toEqual({ text: 'x' });
  });

  it('a directory check runs beside the schema, so one answer names the fields of both', () => {
    const check = (input: unknown) =>
      (input as { settingId?: unknown }).settingId === 'nowhere' ? [{ field: 'settingId', message: 'no such setting' }] : [];
    const body = JSON.stringify({ settingId: 'nowhere', classification: 'rant' });

    try {
      parseJsonBody(apiEvent({ body }), parentComplaintRequest, check);
      expect.unreachable();
    } catch (error) {
      const fields = (error as ValidationError).fields.map((f) => f.field);
      expect(fields).toContain('settingId');
      expect(fields).toContain('classification');
      expect(fields.filter((field) => field === 'settingId')).toHaveLength(1);
    }
  });

  it('a good body comes back parsed: trimmed, with defaults filled in', () => {
    const body = JSON.stringify({
      settingId: 'oak-street',
      classification: 'concern',
      about: 'service',
      description: '  Cold lunches.  ',
      contact: { name: 'Sam', email: 'sam@example.com' },
      consentToContact: true,
    });

    expect(parseJsonBody(apiEvent({ body }), parentComplaintRequest)).toMatchObject({
      description: 'Cold lunches.',
      language: 'en',
      allegationOfHarm: false,
    });
  });
});

describe('Edge: Idempotency-Key and path parameters', () => {
  it('a key of 200 characters is taken; 201 is a 400 naming the header', () => {
    expect(idempotencyKey(apiEvent({ headers: { 'idempotency-key': 'k'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH) } }))).toHaveLength(200);
    expect(() => idempotencyKey(apiEvent({ headers: { 'Idempotency-Key': 'k'.repeat(201) } }))).toThrow(
      new ValidationError([{ field: 'Idempotency-Key', message: 'must be at most 200 characters' }]),
    );
  });

  it('no key, or an empty one, is no key', () => {
    expect(idempotencyKey(apiEvent({ headers: {} }))).toBeUndefined();
    expect(idempotencyKey(apiEvent({ headers: { 'idempotency-key': '' } }))).toBeUndefined();
  });

  it.each(['%', '%E0%A4%A', 'K7QM%2', '%zz'])('a malformed percent sequence (%s) in a path is a 404, not a 500', (value) => {
    expect(() => pathParameter(apiEvent({ pathParameters: { reference: value } }), 'reference')).toThrow(NotFoundError);
  });

  it('a well-formed percent sequence is decoded', () => {
    expect(pathParameter(apiEvent({ pathParameters: { reference: 'K7QM%2D4XRT' } }), 'reference')).toBe('K7QM-4XRT');
  });
});

describe('Edge: errorResponse', () => {
  // Unexpected errors are logged for the operators (and only they are); the spy keeps the
  // test output quiet and lets the tests say which errors are logged.
  const logged = () => vi.spyOn(logger, 'error').mockImplementation(() => undefined);
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('400: a ValidationError lists every field', () => {
    const result = errorResponse(
      new ValidationError([
        { field: 'contact.email', message: 'must be an email address' },
        { field: 'description', message: 'is required' },
      ]),
    );

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result)).toEqual({
      message: 'Invalid request',
      errors: [
        { field: 'contact.email', message: 'must be an email address' },
        { field: 'description', message: 'is required' },
      ],
    });
    expect(result.headers).toMatchObject({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  });

  it('401: not signed in, with a Bearer challenge', () => {
    const result = errorResponse(new UnauthenticatedError());

    expect(result.statusCode).toBe(401);
    expect(result.headers).toMatchObject({ 'www-authenticate': 'Bearer' });
    expect(bodyOf(result)).toEqual({ message: 'Sign in to continue' });
  });

  it('403: forbidden, saying what is not allowed', () => {
    const result = errorResponse(new ForbiddenError('Only the owner may record this at this stage'));

    expect(result.statusCode).toBe(403);
    expect(bodyOf(result)).toEqual({ message: 'Only the owner may record this at this stage' });
  });

  it('404: not found says nothing more, not even the reference asked for', () => {
    const result = errorResponse(new NotFoundError('No complaint K7QM-4XRT'));

    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toEqual({ message: 'Not found' });
  });

  it('409: a conflict says why, and an expected error is not logged as a fault', () => {
    const errorLog = logged();

    const result = errorResponse(new ConflictError('Agreement was already recorded'));

    expect(errorLog).not.toHaveBeenCalled();
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result)).toEqual({ message: 'Agreement was already recorded' });
  });

  it('409: a concurrent change asks for a retry without naming the complaint', () => {
    const result = errorResponse(new ConcurrencyError('K7QM-4XRT'));

    expect(result.statusCode).toBe(409);
    expect(bodyOf(result)).toEqual({ message: 'The complaint changed meanwhile; try again' });
  });

  it('422: an Idempotency-Key reused with a different request', () => {
    const result = errorResponse(new IdempotencyKeyReusedError());

    expect(result.statusCode).toBe(422);
    expect(bodyOf(result)).toEqual({ message: 'This Idempotency-Key was already used with a different request' });
  });

  it.each([
    ['an unexpected Error', new TypeError("Cannot read properties of undefined (reading 'sam.parent@example.com') at /var/task/index.mjs:1:2")],
    ['a thrown string', 'ProvisionedThroughputExceededException: table complaints-Table-1ABC'],
    ['a thrown object', { code: 'AccessDenied', arn: 'arn:aws:dynamodb:eu-west-2:123456789012:table/x' }],
  ])('500: %s leaks nothing of itself, and is logged for the operators', (_case, thrown) => {
    const errorLog = logged();

    const result = errorResponse(thrown);

    expect(errorLog).toHaveBeenCalledTimes(1);
    expect(result.statusCode).toBe(500);
    expect(bodyOf(result)).toEqual({ message: 'Something went wrong on our side. Please try again.' });
    for (const secret of ['sam.parent', '/var/task', 'Provisioned', 'arn:aws', 'TypeError', 'stack']) {
      expect(result.body).not.toContain(secret);
    }
  });

  it('httpHandler sends every error through the one mapper', async () => {
    const handler = httpHandler(async () => {
      throw new ConflictError('This complaint is already closed');
    });

    const result = await handler(apiEvent());

    expect(result.statusCode).toBe(409);
    expect(bodyOf(result)).toEqual({ message: 'This complaint is already closed' });
  });
});
