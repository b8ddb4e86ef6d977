/**
 * People read plain words: rule ids (P6, A4 …) belong in code and tests, never in what a
 * complainant or a member of staff reads — the console's words, the public pages' words, the
 * emails' words in all six languages, and the reasons the API gives for a refusal.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../lambdas/domain/language';
import { MESSAGES } from '../../lambdas/templates/messages';
import { WEB_MESSAGES } from '../../lambdas/templates/site/i18n';
import { staffEn } from '../../web/src/i18n/staff-en';
import { recordEn } from '../../web/src/i18n/staff-record-en';

const RULE_ID = /\b[PARF]\d{1,2}\b/;

/** Every string a message table holds, functions called with a sample argument, with its path. */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const result: unknown = (value as (...args: string[]) => unknown)('x', 'y', 'z');
    return typeof result === 'string' ? [[path, result]] : [];
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`));
  return [];
}

describe('Plain words: no rule ids in what people read', () => {
  it('the staff console', () => {
    expect(texts(staffEn, 'staff').filter(([, text]) => RULE_ID.test(text))).toEqual([]);
  });

  it('the staff console’s record of complaints', () => {
    expect(texts(recordEn, 'record').filter(([, text]) => RULE_ID.test(text))).toEqual([]);
  });

  it.each(LANGUAGES)('the public pages and the emails (%s)', (lang) => {
    const found = [...texts(WEB_MESSAGES[lang], `web.${lang}`), ...texts(MESSAGES[lang], `email.${lang}`)].filter(([, text]) => RULE_ID.test(text));
    expect(found).toEqual([]);
  });
});
