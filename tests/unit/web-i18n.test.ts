/**
 * F2: the pages in every language. Each language is typed against English (a missing key is
 * a compile error); this walks the keys as well, so that nothing is left empty or untranslated.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../lambdas/domain/language';
import { pageText, WEB_MESSAGES } from '../../lambdas/templates/site/i18n';
import { en } from '../../lambdas/templates/site/i18n/en';
import { loadPageText, loadSubjectAccessText } from '../../lambdas/templates/site/i18n/load';
import { SUBJECT_ACCESS_TEXT } from '../../lambdas/templates/site/i18n/subject-access';

type Leaf = { path: string; value: string };

/** Every string of a language, functions called with sample values. */
function leaves(node: unknown, path = ''): Leaf[] {
  if (typeof node === 'string') return [{ path, value: node }];
  if (typeof node === 'function') return [{ path, value: String((node as (...args: string[]) => unknown)('«A»', '«B»')) }];
  if (Array.isArray(node)) return node.flatMap((item, index) => leaves(item, `${path}[${index}]`));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
  }
  throw new Error(`${path}: neither text nor a group of texts`);
}

const english = leaves(en);
const OTHERS = LANGUAGES.filter((lang) => lang !== 'en');

describe('Web translations (F2)', () => {
  it.each(OTHERS)('%s has exactly the keys English has, no more, no fewer', (lang) => {
    expect(leaves(WEB_MESSAGES[lang]).map((leaf) => leaf.path)).toEqual(english.map((leaf) => leaf.path));
  });

  it.each(LANGUAGES)('%s has no empty text, and every placeholder is used', (lang) => {
    for (const { path, value } of leaves(WEB_MESSAGES[lang])) {
      expect(value.trim(), path).not.toBe('');
      const englishValue = english.find((leaf) => leaf.path === path)?.value ?? '';
      for (const placeholder of ['«A»', '«B»']) {
        expect(value.includes(placeholder), `${lang} ${path}: ${placeholder}`).toBe(englishValue.includes(placeholder));
      }
    }
  });

  it.each(OTHERS)('%s is translated: no sentence is left in English', (lang) => {
    const untranslated = leaves(WEB_MESSAGES[lang])
      .filter(({ path, value }) => value === english.find((leaf) => leaf.path === path)?.value)
      .map(({ path }) => path);
    expect(untranslated).toEqual([]);
  });

  // The API's pages load one language when asked (a chunk each in the bundle); the build reads
  // all six at once. Both must give a page the same words.
  it.each(LANGUAGES)('%s loaded on its own reads exactly as with every language at hand', async (lang) => {
    const loaded = await loadPageText(lang);
    const atHand = pageText(lang);
    const words = ({ lang: _lang, dir, formatDate: _formatDate, ...text }: typeof loaded) => [dir, ...leaves(text)];
    expect(words(loaded)).toEqual(words(atHand));
    expect(loaded.formatDate('2026-12-01T23:59:59Z')).toBe(atHand.formatDate('2026-12-01T23:59:59Z'));
    expect(loaded.lang).toBe(lang);
    expect(await loadPageText(lang)).toBe(loaded);
    expect(await loadSubjectAccessText(lang)).toBe(SUBJECT_ACCESS_TEXT[lang]);
  });
});
