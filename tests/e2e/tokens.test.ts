/**
 * Staff routes take a valid ID token or nothing: a missing, expired or forged token is a
 * 401 on every one of them, as API Gateway's JWT authorizer answers (signature, issuer,
 * audience, expiry; RS256 only).
 *
 * To forge tokens that fail for one reason only (an expired one, a wrong audience, a wrong
 * issuer) the test needs the embedded sign-in's own private key. The key pair never leaves
 * local-auth.ts, so `jose` is wrapped here to keep a reference to the pair it generates;
 * nothing else about it changes. A token made with that key and the right claims is let
 * through (the control), which shows that each refusal below is for the reason it names.
 */
import { decodeJwt, exportSPKI, generateKeyPair, SignJWT, UnsecuredJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Embedded } from '../../local/embedded';
import { Api, parentComplaint, startExampleEmbedded, type SubmissionReply } from './helpers/embedded-api';

const generatedKeyPairs = vi.hoisted(() => [] as { privateKey: CryptoKey; publicKey: CryptoKey }[]);

vi.mock('jose', async (importOriginal) => {
  const jose = await importOriginal<typeof import('jose')>();
  return {
    ...jose,
    generateKeyPair: async (...args: Parameters<typeof jose.generateKeyPair>) => {
      const pair = await jose.generateKeyPair(...args);
      generatedKeyPairs.push(pair as { privateKey: CryptoKey; publicKey: CryptoKey });
      return pair;
    },
  };
});

const HOUR = 3600;
const now = () => Math.floor(Date.now() / 1000);

describe('Staff tokens: missing, expired or forged is 401 on every staff route', () => {
  let embedded: Embedded;
  let api: Api;
  let reference: string;
  let issuerKey: CryptoKey;
  let issuerPublicKey: CryptoKey;
  /** The claims of a real token for the owner, the most powerful role: what a forger wants. */
  let ownerClaims: JWTPayload;

  beforeAll(async () => {
    const before = generatedKeyPairs.length;
    embedded = await startExampleEmbedded({ sweepIntervalMs: 3_600_000 });
    const [pair] = generatedKeyPairs.slice(before);
    if (!pair) throw new Error('The embedded sign-in generated no key pair');
    issuerKey = pair.privateKey;
    issuerPublicKey = pair.publicKey;
    api = new Api(embedded.apiUrl);
    ownerClaims = decodeJwt(await api.signIn('helen-okafor'));
    const submitted = await api.post<SubmissionReply>('/complaints/parent', parentComplaint());
    reference = submitted.body.reference;
  });

  afterAll(async () => {
    await embedded?.stop();
  });

  /** A token with the owner's claims, changed as given, signed RS256 with `key`. */
  const signed = (key: CryptoKey, changes: JWTPayload = {}, kid = 'local-1') =>
    new SignJWT({ ...ownerClaims, ...changes }).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key);

  const staffRoutes = () => [
    { name: 'GET /staff/complaints', method: 'GET', path: '/staff/complaints' },
    { name: 'GET /staff/complaints/{id}', method: 'GET', path: `/staff/complaints/${reference}` },
    {
      name: 'POST /staff/complaints/{id}/actions',
      method: 'POST',
      path: `/staff/complaints/${reference}/actions`,
      body: { type: 'note', text: 'Written with a forged token.' },
    },
    {
      name: 'POST /staff/complaints',
      method: 'POST',
      path: '/staff/complaints',
      body: {
        settingId: 'oak-street',
        classification: 'complaint',
        about: 'service',
        description: 'Recorded with a forged token.',
        contact: { name: 'Forged Parent', email: 'forged@example.com' },
        channel: 'phone',
        receivedAt: new Date().toISOString(),
      },
    },
  ];

  /** Each bad Authorization header, and why it is bad. */
  const badAuthorizations = async (): Promise<[string, string | undefined][]> => {
    const otherKey = (await generateKeyPair('RS256')).privateKey;
    const realToken = await api.signIn('amira-khan');
    const [header, , signature] = realToken.split('.');
    const promoted = Buffer.from(JSON.stringify({ ...decodeJwt(realToken), 'cognito:groups': ['owner'] })).toString('base64url');
    // The classic confusion: HMAC keyed with the issuer's public key, which anyone may have.
    const hmacSecret = new TextEncoder().encode(await exportSPKI(issuerPublicKey));
    return [
      ['missing', undefined],
      ['an empty bearer', 'Bearer '],
      ['not a JWT', 'Bearer not-a-token'],
      ['a valid token under another scheme', `Basic ${realToken}`],
      ['expired an hour ago', `Bearer ${await signed(issuerKey, { iat: now() - 2 * HOUR, exp: now() - HOUR })}`],
      ['not valid yet', `Bearer ${await signed(issuerKey, { nbf: now() + HOUR })}`],
      ['alg: none', `Bearer ${new UnsecuredJWT({ ...ownerClaims }).encode()}`],
      ['signed with another RS256 key', `Bearer ${await signed(otherKey)}`],
      ['signed with another RS256 key under another kid', `Bearer ${await signed(otherKey, {}, 'attacker-1')}`],
      ['HS256 keyed with the public key (algorithm confusion)', `Bearer ${await new SignJWT({ ...ownerClaims }).setProtectedHeader({ alg: 'HS256', kid: 'local-1' }).sign(hmacSecret)}`],
      ['a wrong audience', `Bearer ${await signed(issuerKey, { aud: 'another-app-client' })}`],
      ['a wrong issuer', `Bearer ${await signed(issuerKey, { iss: 'https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_attacker' })}`],
      ['a real token with its claims changed (key person promoted to owner)', `Bearer ${header}.${promoted}.${signature}`],
    ];
  };

  it('lets a token through that the issuer signed, with the right claims (the control)', async () => {
    // Act
    const byIssuerKey = await api.get('/staff/complaints', { headers: { authorization: `Bearer ${await signed(issuerKey)}` } });
    const signedIn = await api.get(`/staff/complaints/${reference}`, { bearer: await api.signIn('helen-okafor') });

    // Assess
    expect(byIssuerKey.status).toBe(200);
    expect(signedIn.status).toBe(200);
  });

  it('answers 401, and nothing more, to every bad token on every staff route', async () => {
    // Prepare
    const authorizations = await badAuthorizations();
    const routes = staffRoutes();

    // Act
    const actual: Record<string, Record<string, number>> = {};
    const bodies = new Set<string>();
    for (const [why, authorization] of authorizations) {
      actual[why] = {};
      for (const route of routes) {
        const reply = await api.request(route.method, route.path, route.body, {
          headers: authorization === undefined ? {} : { authorization },
        });
        actual[why][route.name] = reply.status;
        bodies.add(reply.text);
      }
    }
    console.info(`Tokens: ${authorizations.length} bad tokens × ${routes.length} staff routes = ${authorizations.length * routes.length} requests`);

    // Assess
    const expected = Object.fromEntries(
      authorizations.map(([why]) => [why, Object.fromEntries(routes.map((route) => [route.name, 401]))]),
    );
    expect(actual).toEqual(expected);
    expect([...bodies]).toEqual([JSON.stringify({ message: 'Unauthorized' })]);
    // Nothing was written on the strength of a bad token: no note, no complaint on behalf.
    const view = await api.get<{ record: { type: string }[] }>(`/staff/complaints/${reference}`, {
      bearer: await api.signIn('chloe-evans'),
    });
    expect(view.body.record.map((event) => event.type)).not.toContain('note');
    const list = await api.get<{ items: unknown[] }>('/staff/complaints', { bearer: await api.signIn('ian-murray') });
    expect(list.body.items).toHaveLength(1);
  });
});
