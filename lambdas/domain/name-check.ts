/**
 * R2: no one is named in the record of complaints. Before a summary written for the record
 * is kept, it is checked against every name the complaint holds — the complainant, the child,
 * the organisation's staff and the agency — and refused with each match shown.
 *
 * Names are compared as words, whatever their case or accents and in every script the
 * families write: Latin (Welsh, Polish, Romanian), Arabic and Urdu. A match also catches the
 * forms a name takes in a sentence: Welsh mutations (Gareth → Ngareth, Bethan → Fethan),
 * Polish case endings (Łukasz → Łukasza, Anna → Annie), and the Arabic prefixes that join the
 * next word (وأحمد, "and Ahmed"). A false alarm costs a rewording; a name in the record
 * cannot be taken back, so the check leans to refusing.
 * Pure: no AWS imports.
 */
import type { PseudonymKind } from './record';

export interface NameSource {
  /** Whose name: a pseudonym key (`child`, `complainant`, `agency`, `staff:<id>`). */
  person: string;
  kind: PseudonymKind;
  name: string;
  /**
   * Matched only as the whole name, word after word: an agency's name ("Leeds Family
   * Services") is made of common words that are not names on their own.
   */
  phrase?: boolean;
}

export interface NameMatch {
  field: string;
  /** UTF-16 offsets into the field's text, as a browser highlights them. */
  start: number;
  end: number;
  /** The words as written in the summary. */
  text: string;
  kind: PseudonymKind;
  person: string;
}

/** Words shorter than this are not taken as names: initials and particles ("Al", "de") mislead. */
const MIN_NAME_LENGTH = 3;

const ARABIC_DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
/** Letters written differently in Arabic and Urdu (and with or without hamza) read as one. */
const ARABIC_LETTERS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ے': 'ی',
  'ك': 'ک',
  'ه': 'ہ', 'ة': 'ہ', 'ۃ': 'ہ', 'ھ': 'ہ',
  'ؤ': 'و',
};
/** Latin letters that Unicode does not decompose into a base and an accent. */
const LATIN_LETTERS: Record<string, string> = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ı': 'i' };

/** Folds one character for comparison: case, accents, script variants. Empty for a mark. */
function foldChar(char: string): string {
  let folded = char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  folded = folded.replace(ARABIC_DIACRITICS, '');
  return [...folded].map((c) => LATIN_LETTERS[c] ?? ARABIC_LETTERS[c] ?? c).join('');
}

interface Word {
  folded: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}\u200c\u200d'’]+/gu;

/** The words of a text, folded, with their offsets in the original. */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    // An English possessive is the name itself: Chloe's → Chloe.
    const raw = match[0].replace(/['’]s?$/u, '').replace(/['’]+$/u, '');
    const folded = [...raw].map(foldChar).join('').replace(/[\u200c\u200d]/g, '');
    if (folded) words.push({ folded, start: match.index, end: match.index + raw.length });
  }
  return words;
}

function foldName(name: string): string[] {
  return wordsOf(name)
    .map((word) => bareOf(word.folded))
    .filter((word) => [...word].length >= MIN_NAME_LENGTH);
}

// Welsh initial mutations, on folded (lower-case, unaccented) words.
const SOFT: [string, string][] = [['p', 'b'], ['t', 'd'], ['c', 'g'], ['b', 'f'], ['d', 'dd'], ['g', ''], ['ll', 'l'], ['m', 'f'], ['rh', 'r']];
const NASAL: [string, string][] = [['p', 'mh'], ['t', 'nh'], ['c', 'ngh'], ['b', 'm'], ['d', 'n'], ['g', 'ng']];
const ASPIRATE: [string, string][] = [['p', 'ph'], ['t', 'th'], ['c', 'ch']];

function welshForms(word: string): string[] {
  const forms: string[] = [];
  for (const table of [SOFT, NASAL, ASPIRATE]) {
    // Longest radical first, so "ll" mutates as "ll", not as "l".
    const rule = [...table].sort((a, b) => b[0].length - a[0].length).find(([radical]) => word.startsWith(radical));
    if (rule) forms.push(rule[1] + word.slice(rule[0].length));
  }
  // Names starting with a vowel take h- after "ei" (her): Elin → Helin.
  if (/^[aeiouwy]/.test(word)) forms.push(`h${word}`);
  // A short mutated form is too often a word of its own (Ben → men).
  return forms.filter((form) => [...form].length > MIN_NAME_LENGTH);
}

/** Polish (and Romanian) case endings a name takes in a sentence. */
const ENDINGS = ['a', 'u', 'owi', 'em', 'ie', 'y', 'e', 'i', 'o', 'om', 'ach', 'ami', 'ego', 'emu', 'ą', 'ę', 'ul', 'ei', 'ului'].map(
  (ending) => [...ending].map(foldChar).join(''),
);

/** Arabic letters that join the word they precede: and, with/by, for, as, the. */
const ARABIC_PREFIXES = ['و', 'ب', 'ل', 'ف', 'ک', 'ال', 'وال', 'بال', 'لل', 'فال', 'کال'].map((p) => [...p].map(foldChar).join(''));

function isArabicScript(word: string): boolean {
  return /[\u0600-\u06ff]/u.test(word);
}

/** Whether a word of the text is this name, in one of the forms it can take. */
function wordIsName(word: string, name: string): boolean {
  if (word === name) return true;
  if (isArabicScript(name)) return ARABIC_PREFIXES.some((prefix) => word === prefix + name);
  if (welshForms(name).includes(word) || ENDINGS.some((ending) => word === name + ending)) return true;
  // Feminine -a names drop it before their ending (Anna → Annie, Anny); the stem must stay long.
  if (!name.endsWith('a') || [...name].length <= MIN_NAME_LENGTH) return false;
  const stem = name.slice(0, -1);
  return ENDINGS.some((ending) => word === stem + ending);
}

/** Every place in `fields` where a name of `sources` appears, in field order. */
export function findNames(fields: Readonly<Record<string, string>>, sources: readonly NameSource[]): NameMatch[] {
  const single = sources
    .filter((source) => !source.phrase)
    .flatMap((source) => foldName(source.name).map((folded) => ({ folded, source })));
  const phrases = sources
    .filter((source) => source.phrase)
    .map((source) => ({ words: wordsOf(source.name).map((w) => bareOf(w.folded)), source }))
    .filter(({ words }) => words.length > 0);
  const matches: NameMatch[] = [];
  for (const [field, text] of Object.entries(fields)) {
    const words = wordsOf(text);
    const match = (from: Word, to: Word, source: NameSource) =>
      matches.push({
        field,
        start: from.start,
        end: to.end,
        text: text.slice(from.start, to.end),
        kind: source.kind,
        person: source.person,
      });
    words.forEach((word, index) => {
      const phrase = phrases.find(({ words: wanted }) =>
        wanted.every((part, offset) => {
          const candidate = words[index + offset];
          return candidate !== undefined && (candidate.folded === part || bareOf(candidate.folded) === part);
        }),
      );
      if (phrase) {
        match(word, words[index + phrase.words.length - 1]!, phrase.source);
        return;
      }
      const hit = single.find(({ folded }) => wordIsName(bareOf(word.folded), folded));
      if (hit) match(word, word, hit.source);
    });
  }
  // A word inside a matched phrase is reported once, as part of the phrase.
  return matches.filter(
    (m, i) => !matches.some((other, j) => j !== i && other.field === m.field && other.start <= m.start && other.end >= m.end && other.end - other.start > m.end - m.start),
  );
}

function bareOf(folded: string): string {
  return folded.replace(/['’]/g, '');
}
