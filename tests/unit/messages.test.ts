import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../lambdas/domain/complaint-types';
import { LANGUAGES, type Language } from '../../lambdas/domain/language';
import { LEVEL_IDS } from '../../lambdas/domain/procedure';
import { en } from '../../lambdas/templates/messages/en';
import {
  MESSAGES,
  directionOf,
  formatDate,
  formatDateTime,
  messagesFor,
} from '../../lambdas/templates/messages';

const TRANSLATIONS = LANGUAGES.filter((language) => language !== 'en');

/** Every leaf of a messages object by its path: "string", or "function/<arity>". */
function leavesOf(value: unknown, path = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  const visit = (node: unknown, at: string) => {
    if (typeof node === 'string') leaves.set(at, 'string');
    else if (typeof node === 'function') leaves.set(at, `function/${node.length}`);
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) visit(child, at ? `${at}.${key}` : key);
    } else throw new Error(`unexpected ${typeof node} at ${at}`);
  };
  visit(value, path);
  return leaves;
}

/** The value at a path, walked from the root of a messages object. */
function at(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
}

const placeholders = (arity: number) => Array.from({ length: arity }, (_, index) => `«value ${index}»`);

describe('Messages: every language has every string (F2)', () => {
  const english = leavesOf(en);

  it('finds the strings to compare (the walk is not vacuous)', () => {
    expect(english.size).toBeGreaterThan(100);
    expect(english.get('common.respondBy')).toBe('function/1');
    expect(english.get('common.levels.settingManager')).toBe('string');
  });

  it.each(LANGUAGES)('F2: no language misses a key: %s has exactly the keys of English, each of the same kind', (language) => {
    // Act
    const leaves = leavesOf(MESSAGES[language]);
    // Assess: sorted entries give a readable diff that names the missing or extra key
    expect([...leaves].sort()).toEqual([...english].sort());
  });

  it.each(LANGUAGES)('F2: %s has no empty string and no sentence that comes out empty', (language) => {
    for (const [path, kind] of english) {
      const value = at(MESSAGES[language], path);
      const text =
        typeof value === 'function'
          ? (value as (...args: string[]) => string)(...placeholders(Number(kind.split('/')[1])))
          : value;
      expect(typeof text, path).toBe('string');
      expect(String(text).trim(), path).not.toBe('');
      expect(String(text), path).toBe(String(text).trim());
    }
  });

  it.each(LANGUAGES)('F2: every sentence of %s places every value it is given', (language) => {
    for (const [path, kind] of english) {
      if (kind === 'string') continue;
      const sentence = at(MESSAGES[language], path) as (...args: string[]) => string;
      const values = placeholders(sentence.length);
      const text = sentence(...values);
      for (const value of values) expect(text, `${language} ${path}`).toContain(value);
    }
  });

  it.each(TRANSLATIONS)('F2: %s is translated, not copied from English', (language) => {
    // Short labels may coincide ("Telefon", "E-mail"); a whole sentence may not.
    const copied = [...english]
      .filter(([path, kind]) => kind === 'string' && String(at(en, path)).length > 20)
      .filter(([path]) => at(MESSAGES[language], path) === at(en, path))
      .map(([path]) => path);
    expect(copied).toEqual([]);
  });

  it.each(LANGUAGES)('%s names every level and every outcome in `common`, for the web pages to reuse', (language) => {
    const { common } = messagesFor(language);
    for (const level of LEVEL_IDS) {
      expect(common.levels[level], level).not.toBe('');
      expect(common.levelSteps[level], level).not.toBe('');
    }
    for (const outcome of OUTCOMES) {
      expect(common.outcomes[outcome], outcome).not.toBe('');
      expect(common.outcomeMeanings.complaint[outcome], outcome).not.toBe('');
      expect(common.outcomeMeanings.concern[outcome], outcome).not.toBe('');
    }
  });

  it('messagesFor gives each language its own strings', () => {
    expect(messagesFor('en').common.greeting).toBe('Hello,');
    expect(messagesFor('cy').common.greeting).toBe('Helo,');
    expect(messagesFor('pl').common.levels.settingManager).toBe('kierownik placówki');
    expect(messagesFor('ro').common.outcomes.notUpheld).toBe('respinsă');
    expect(messagesFor('ar').common.outcomes.upheld).toBe('مقبولة');
    expect(new Set(LANGUAGES.map((language) => messagesFor(language).common.interpreterOffer)).size).toBe(
      LANGUAGES.length,
    );
  });

  it.each<[Language, 'ltr' | 'rtl']>([
    ['en', 'ltr'],
    ['cy', 'ltr'],
    ['pl', 'ltr'],
    ['ro', 'ltr'],
    ['ur', 'rtl'],
    ['ar', 'rtl'],
  ])('%s is written %s', (language, direction) => {
    expect(directionOf(language)).toBe(direction);
  });
});

describe('Messages: dates read in Europe/London, in the reader\'s language', () => {
  // 23:30 UTC on 30 March 2025 is 00:30 on 31 March in London (BST began that morning).
  const justAfterMidnightInLondon = '2025-03-30T23:30:00Z';

  it.each<[Language, string]>([
    ['en', '31 March 2025'],
    ['cy', '31 Mawrth 2025'],
    ['pl', '31 marca 2025'],
    ['ro', '31 martie 2025'],
  ])('%s writes the London date as a long date: %s', (language, expected) => {
    expect(formatDate(justAfterMidnightInLondon, language)).toBe(expected);
  });

  it.each<[Language, string]>([
    ['ur', 'مارچ'],
    ['ar', 'مارس'],
  ])('%s writes the London date with the month in its own script (%s) and a Gregorian year', (language, month) => {
    const text = formatDate(justAfterMidnightInLondon, language);
    expect(text).toContain('31');
    expect(text).toContain(month);
    expect(text).toContain('2025');
  });

  it('Arabic dates use Latin digits, whatever the ICU version\'s default', () => {
    expect(formatDate(justAfterMidnightInLondon, 'ar')).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
  });

  it.each<[string, string, string]>([
    ['winter (GMT)', '2025-01-31T23:59:59Z', '31 January 2025'],
    ['summer (BST)', '2025-07-31T22:59:59Z', '31 July 2025'],
  ])('a deadline at 23:59:59 London time in %s reads as that day', (_season, iso, expected) => {
    expect(formatDate(iso, 'en')).toBe(expected);
  });

  it('gives the time of day in London when asked', () => {
    expect(formatDateTime('2025-03-31T08:15:00Z', 'en')).toBe('31 March 2025 at 09:15');
    expect(formatDateTime('2025-03-31T08:15:00Z', 'cy')).toBe('31 Mawrth 2025 am 09:15');
  });

  it('refuses a value that is not a timestamp, naming it', () => {
    expect(() => formatDate('next Tuesday', 'en')).toThrow(/next Tuesday/);
  });
});
