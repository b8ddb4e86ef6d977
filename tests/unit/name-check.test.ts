import { describe, expect, it } from 'vitest';
import { findNames, type NameSource } from '../../lambdas/domain/name-check';

const person = (p: string, name: string, kind: NameSource['kind'] = 'staff', phrase = false): NameSource => ({
  person: p,
  kind,
  name,
  ...(phrase ? { phrase } : {}),
});

const SOURCES: NameSource[] = [
  person('child', 'Łukasz Wójcik', 'child'),
  person('complainant', 'Anna Kowalska', 'complainant'),
  person('staff:gareth', 'Gareth Price'),
  person('staff:bethan', 'Bethan Llŷr'),
  person('staff:sion', 'Siôn Ffransis'),
  person('staff:elin', 'Elin Hughes'),
  person('arabic', 'أحمد الفارسي', 'complainant'),
  person('urdu', 'فاطمہ بی بی', 'child'),
  person('urdu-staff', 'عائشہ ملک'),
  person('agency', 'Leeds Family Services', 'agency', true),
];

const found = (text: string) => findNames({ raised: text }, SOURCES).map((m) => [m.text, m.person]);

describe('Domain: name check (R2)', () => {
  describe('Welsh names, with mutations and without accents', () => {
    it.each([
      ['Siaradodd Gareth â’r rhiant', 'Gareth', 'staff:gareth'],
      ['Siaradodd y rhiant â Ngareth', 'Ngareth', 'staff:gareth'],
      ['ei hathrawes, Fethan', 'Fethan', 'staff:bethan'],
      ['SIÔN was not in the room', 'SIÔN', 'staff:sion'],
      ['sion was not in the room', 'sion', 'staff:sion'],
      ['Llyr checked the register', 'Llyr', 'staff:bethan'],
      ['gyda’i Helin', 'Helin', 'staff:elin'],
    ])('R2: "%s" names %s', (text, word, who) => {
      expect(found(text)).toContainEqual([word, who]);
    });
  });

  describe('Polish names, in every case and with or without diacritics', () => {
    it.each([
      ['ŁUKASZ was upset at lunch', 'ŁUKASZ', 'child'],
      ['lukasz was upset at lunch', 'lukasz', 'child'],
      ['Rozmawialiśmy z Łukaszem', 'Łukaszem', 'child'],
      ['Zadzwoniliśmy do Łukasza', 'Łukasza', 'child'],
      ['Przekazaliśmy Annie informacje', 'Annie', 'complainant'],
      ['mama (KOWALSKA) called', 'KOWALSKA', 'complainant'],
      ['wójcik', 'wójcik', 'child'],
    ])('R2: "%s" names %s', (text, word, who) => {
      expect(found(text)).toContainEqual([word, who]);
    });
  });

  describe('Arabic and Urdu names, across letter forms and joined prefixes', () => {
    it.each([
      ['تحدثنا مع أحمد', 'أحمد', 'arabic'],
      ['تحدثنا مع احمد', 'احمد', 'arabic'],
      ['وأحمد حضر الاجتماع', 'وأحمد', 'arabic'],
      ['الفارسي', 'الفارسي', 'arabic'],
      ['فاطمة کی والدہ نے بتایا', 'فاطمة', 'urdu'],
      ['فاطمہ کی والدہ نے بتایا', 'فاطمہ', 'urdu'],
      ['عائشة نے کلاس میں', 'عائشة', 'urdu-staff'],
    ])('R2: "%s" names %s', (text, word, who) => {
      expect(found(text)).toContainEqual([word, who]);
    });
  });

  it('R2: an agency is matched by its whole name, in any case, and its words alone are not names', () => {
    expect(found('A letter from leeds FAMILY services arrived')).toEqual([['leeds FAMILY services', 'agency']]);
    expect(found('the family asked about services')).toEqual([]);
  });

  it('R2: the offsets of a match are where the browser highlights it, in a right-to-left text too', () => {
    const [match] = findNames({ actionTaken: 'تحدثنا مع أحمد اليوم' }, SOURCES);
    expect(match).toMatchObject({ field: 'actionTaken', start: 10, end: 14, text: 'أحمد', kind: 'complainant' });
  });

  it('R2: a summary that names no one passes, and words that only contain a name are not names', () => {
    expect(found('Staff member A apologised; child A was given a new peg. Garethson Street was closed.')).toEqual([]);
    expect(found('The men from the council fenced the garden.')).toEqual([]);
  });

  it('R2: possessives and names after punctuation are still names', () => {
    expect(found("Gareth's notes, and (Bethan).")).toEqual([
      ['Gareth', 'staff:gareth'],
      ['Bethan', 'staff:bethan'],
    ]);
  });
});
