import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Secrets } from '../domain/ports';

/**
 * No 0/O, 1/I/L or U: a reference read aloud on the phone or written by hand survives.
 * 30 symbols × 8 places ≈ 6.6 × 10^11 references; a clash is retried by the use case.
 */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

export const REFERENCE_PATTERN = /^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

export const cryptoSecrets: Secrets = {
  reference() {
    const symbol = () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
    const group = () => Array.from({ length: 4 }, symbol).join('');
    return `${group()}-${group()}`;
  },
  statusToken() {
    // 256 bits: well over the 128 the status link needs.
    const token = randomBytes(32).toString('base64url');
    return { token, hash: sha256(token) };
  },
  hash: sha256,
};

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
