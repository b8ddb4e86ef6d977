/**
 * The public forms' timing signal, issued by the server: the moment the form was handed out,
 * signed with HMAC-SHA256 under a key only the server has (Secrets Manager in AWS, generated
 * at deploy; a fresh random key in the embedded default). A client cannot choose its own
 * time to fill the form in, nor leave the signal out: a form must carry a token at least a
 * few seconds old (nobody reads the form and writes a complaint faster) and at most a day.
 *
 * A token is not single-use: a robot may fetch one and reuse it for a day. What limits it is
 * the rate-based rule per address at the edge (WAF) and the cap on acknowledgements to one
 * email address a day; the token makes each robot wait and keeps blind posts out.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type FormTokenVerdict = 'valid' | 'missing' | 'forged' | 'tooSoon' | 'expired';

export interface FormTokens {
  issue(now: Date): string;
  verify(token: string | undefined, now: Date): FormTokenVerdict;
}

export interface FormTokenTimes {
  /** Younger than this, a form was filled in by a machine. */
  minAgeMs: number;
  /** Older than this, the page was left open too long: a fresh token is issued. */
  maxAgeMs: number;
}

const VERSION = 'v1';
const TOKEN = /^v1\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/;
/** Anything longer is not one of ours (the schema allows no more). */
export const MAX_FORM_TOKEN_LENGTH = 64;

export function hmacFormTokens(key: string, times: FormTokenTimes): FormTokens {
  if (key.length < 32) throw new Error('The form token key must be at least 32 characters');
  const sign = (issuedAt: string) => createHmac('sha256', key).update(`${VERSION}.${issuedAt}`).digest('base64url');
  return {
    issue(now) {
      const issuedAt = now.getTime().toString(36);
      return `${VERSION}.${issuedAt}.${sign(issuedAt)}`;
    },
    verify(token, now) {
      if (token === undefined || token === '') return 'missing';
      const parts = TOKEN.exec(token);
      if (!parts) return 'forged';
      const [, issuedAt = '', signature = ''] = parts;
      const expected = Buffer.from(sign(issuedAt));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'forged';
      const age = now.getTime() - parseInt(issuedAt, 36);
      if (age < times.minAgeMs) return 'tooSoon';
      if (age > times.maxAgeMs) return 'expired';
      return 'valid';
    },
  };
}
