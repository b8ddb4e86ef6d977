import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../lambdas/domain/language';
import type {
  AllegationAlert,
  DeadlineReminder,
  EmailKind,
  EmailMessage,
  LevelAssigned,
  OverdueReminder,
} from '../../lambdas/domain/notifications';
import type { OfstedContact } from '../../lambdas/domain/ofsted';
import { formatDate, messagesFor } from '../../lambdas/templates/messages';
import { furtherStepAfter, renderEmail } from '../../lambdas/templates/render-email';

// ── Fixture: one example message per kind ─────────────────────────────────────────────

const REFERENCE = 'EYC-7K3P-9QX2';
const OFSTED: OfstedContact = {
  name: 'Ofsted (Applications, Regulatory and Contact Team)',
  address: 'Piccadilly Gate, Store Street, Manchester M1 2WD',
  phone: '0300 123 1231',
  email: 'enquiries@ofsted.gov.uk',
  web: 'https://www.gov.uk/government/organisations/ofsted',
};
const STATUS_URL = 'https://complaints.example.org/status/c-123#token';
const STAFF_URL = 'https://complaints.example.org/staff/complaints/c-123';
/** 23:59:59 BST on 31 March 2025: the end of a statutory day. */
const RESPOND_BY = '2025-03-31T22:59:59Z';
const base = { reference: REFERENCE, settingName: 'Little Acorns Nursery', organisationName: 'Acorn Early Years Trust' };

type MessageOf<Kind extends EmailKind> = Extract<EmailMessage, { kind: Kind }>;

/** P3: the local authority designated officer, as an organisation configures it. */
const LADO = { name: 'Leeds LADO', phone: '0113 496 0123', email: 'lado@leeds.example.org' };

const EXAMPLES: { [Kind in EmailKind]: MessageOf<Kind> } = {
  complaintAcknowledgement: {
    ...base,
    kind: 'complaintAcknowledgement',
    track: 'parent',
    level: 'settingManager',
    classification: 'complaint',
    respondBy: RESPOND_BY,
    statusUrl: STATUS_URL,
    interpreterRequested: true,
    interpreterLanguage: 'Polski',
    ofsted: OFSTED,
  },
  allegationReceived: { ...base, kind: 'allegationReceived', ofsted: OFSTED },
  allegationAlert: { ...base, kind: 'allegationAlert', receivedAt: '2025-03-31T08:15:00Z', staffUrl: STAFF_URL, lado: LADO },
  levelAssigned: {
    ...base,
    kind: 'levelAssigned',
    level: 'settingManager',
    deadlineAt: RESPOND_BY,
    reason: 'received',
    classification: 'complaint',
    interpreterNeeded: true,
    interpreterLanguage: 'Polski',
    staffUrl: STAFF_URL,
  },
  deadlineReminder: { ...base, kind: 'deadlineReminder', level: 'settingManager', deadlineAt: RESPOND_BY, staffUrl: STAFF_URL },
  overdueReminder: {
    ...base,
    kind: 'overdueReminder',
    level: 'owners',
    deadlineAt: RESPOND_BY,
    count: 3,
    staffUrl: STAFF_URL,
  },
  deadlineMissed: {
    ...base,
    kind: 'deadlineMissed',
    level: 'settingManager',
    nextLevel: 'lineManager',
    nextRespondBy: '2025-04-14T22:59:59Z',
    statusUrl: STATUS_URL,
    ofsted: OFSTED,
  },
  levelOpened: {
    ...base,
    kind: 'levelOpened',
    level: 'owners',
    respondBy: '2025-04-14T22:59:59Z',
    statusUrl: STATUS_URL,
    ofsted: OFSTED,
  },
  outcomeGiven: {
    ...base,
    kind: 'outcomeGiven',
    level: 'settingManager',
    outcome: 'partlyUpheld',
    summary: 'We have changed how we hand over at collection time.\nYour key person will phone you each Friday.',
    nextLevel: 'lineManager',
    statusUrl: STATUS_URL,
    ofsted: OFSTED,
  },
  deadlineExtended: {
    ...base,
    kind: 'deadlineExtended',
    level: 'settingManager',
    statutoryDeadlineAt: RESPOND_BY,
    newDeadlineAt: '2025-04-11T22:59:59Z',
    reason: 'A witness is away until 7 April.',
    statusUrl: STATUS_URL,
    ofsted: OFSTED,
  },
  meetingHeld: {
    ...base,
    kind: 'meetingHeld',
    heldOn: '2025-03-20T23:59:59Z',
    summary: 'We agreed to book the room in writing a week ahead.',
    nextLevel: 'lineManagerAcknowledgement',
    statusUrl: STATUS_URL,
    ofsted: OFSTED,
  },
  noAgreementRecorded: {
    ...base,
    kind: 'noAgreementRecorded',
    nextLevel: 'lineManagerAcknowledgement',
    statusUrl: STATUS_URL,
    ofsted: OFSTED,
  },
  appealNotice: { ...base, kind: 'appealNotice', level: 'owners', deadlineAt: RESPOND_BY, staffUrl: STAFF_URL },
  complaintHandedOver: { ...base, kind: 'complaintHandedOver', level: 'keyPerson', deadlineAt: RESPOND_BY, staffUrl: STAFF_URL },
  complaintClosed: { ...base, kind: 'complaintClosed', statusUrl: STATUS_URL, ofsted: OFSTED },
  complaintWithdrawn: { ...base, kind: 'complaintWithdrawn', statusUrl: STATUS_URL, ofsted: OFSTED },
  statusLinkRenewed: { ...base, kind: 'statusLinkRenewed', statusUrl: STATUS_URL, ofsted: OFSTED },
  complaintWithdrawnNotice: { ...base, kind: 'complaintWithdrawnNotice', level: 'settingManager', staffUrl: STAFF_URL },
};

/** Who reads each kind; a new kind fails to compile until it is placed here. */
const AUDIENCE: Record<EmailKind, 'complainant' | 'staff'> = {
  complaintAcknowledgement: 'complainant',
  allegationReceived: 'complainant',
  deadlineMissed: 'complainant',
  levelOpened: 'complainant',
  outcomeGiven: 'complainant',
  deadlineExtended: 'complainant',
  complaintClosed: 'complainant',
  complaintWithdrawn: 'complainant',
  statusLinkRenewed: 'complainant',
  complaintWithdrawnNotice: 'staff',
  meetingHeld: 'complainant',
  noAgreementRecorded: 'complainant',
  appealNotice: 'staff',
  complaintHandedOver: 'staff',
  levelAssigned: 'staff',
  deadlineReminder: 'staff',
  overdueReminder: 'staff',
  allegationAlert: 'staff',
};

const KINDS = Object.keys(EXAMPLES) as EmailKind[];
const COMPLAINANT_KINDS = KINDS.filter((kind) => AUDIENCE[kind] === 'complainant');
const STAFF_KINDS = KINDS.filter((kind) => AUDIENCE[kind] === 'staff');
const EVERY_KIND_IN_EVERY_LANGUAGE = KINDS.flatMap((kind) => LANGUAGES.map((language) => [kind, language] as const));
const WITH_OFSTED = KINDS.filter((kind) => 'ofsted' in EXAMPLES[kind]);
const WITH_STATUS_LINK = COMPLAINANT_KINDS.filter((kind) => 'statusUrl' in EXAMPLES[kind]);

/** The text as a reader sees it: without the invisible isolates of right-to-left emails. */
const visible = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

const render = (message: EmailMessage, language: Language) => {
  const email = renderEmail(message, language, messagesFor(language));
  return { ...email, text: visible(email.text), rawText: email.text };
};

// F3 at compile time: no staff message can carry a personal detail of the complainant or
// the child. Adding such a field to one of these interfaces breaks the build here.
type StaffMessage = AllegationAlert | LevelAssigned | DeadlineReminder | OverdueReminder;
type KeysOfUnion<Union> = Union extends unknown ? keyof Union : never;
type PersonalField =
  | 'email'
  | 'phone'
  | 'name'
  | 'address'
  | 'contact'
  | 'complainant'
  | 'complainantName'
  | 'childName'
  | 'child'
  | 'details'
  | 'description'
  | 'summary'
  | 'statusUrl';
const staffMessagesCarryNoPersonalField: [Extract<KeysOfUnion<StaffMessage>, PersonalField>] extends [never]
  ? true
  : false = true;

// ── Tests ─────────────────────────────────────────────────────────────────────────────

describe('Function: renderEmail', () => {
  it('has one example of every kind, each placed with its reader', () => {
    expect(KINDS).toHaveLength(18);
    expect(COMPLAINANT_KINDS).toHaveLength(11);
    expect(STAFF_KINDS).toHaveLength(7);
    for (const kind of KINDS) expect(EXAMPLES[kind].kind).toBe(kind);
  });

  it.each(EVERY_KIND_IN_EVERY_LANGUAGE)(
    'F2: %s renders in %s with a subject, text and HTML that give the reference, in the right direction',
    (kind, language) => {
      // Act
      const email = render(EXAMPLES[kind], language);
      // Assess
      const direction = language === 'ur' || language === 'ar' ? 'rtl' : 'ltr';
      expect(email.subject.trim()).not.toBe('');
      expect(email.text.trim()).not.toBe('');
      expect(email.subject).toContain(REFERENCE);
      expect(email.text).toContain(REFERENCE);
      expect(email.html).toContain(REFERENCE);
      expect(email.html).toContain(`<html lang="${language}" dir="${direction}">`);
      expect(email.html).not.toMatch(/\uE000|\uE001/);
      expect(email.rawText).not.toMatch(/\uE000|\uE001/);
      expect(email.subject).not.toContain('\n');
      // Plain text for left-to-right readers carries no invisible direction marks.
      if (direction === 'ltr') expect(email.rawText).toBe(email.text);
    },
  );

  it.each(EVERY_KIND_IN_EVERY_LANGUAGE)('%s in %s escapes markup in every value it shows', (kind, language) => {
    // Prepare
    const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    const message = withHostileValues(EXAMPLES[kind], hostile);
    // Act
    const { html, text } = render(message, language);
    // Assess
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    // Plain text is not markup: the value is shown as it was written.
    expect(text).toContain(hostile);
  });

  it.each(EVERY_KIND_IN_EVERY_LANGUAGE)('%s in %s loads nothing from elsewhere and tracks nothing', (kind, language) => {
    const { html } = render(EXAMPLES[kind], language);
    expect(html).not.toMatch(/<(img|script|link|iframe|style|object|embed|form)\b|\ssrc=|url\(/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    const allowed = [STATUS_URL, STAFF_URL, OFSTED.web, `mailto:${OFSTED.email}`, 'tel:03001231231', `mailto:${LADO.email}`, 'tel:01134960123'];
    for (const href of hrefs) expect(allowed).toContain(href?.replace(/&amp;/g, '&'));
  });

  it('P10: every complainant email carries Ofsted\'s contact details', () => {
    expect(WITH_OFSTED).toEqual(COMPLAINANT_KINDS);
  });

  it.each(WITH_OFSTED.flatMap((kind) => LANGUAGES.map((language) => [kind, language] as const)))(
    "P10: every complainant email in every language gives Ofsted's contact details (%s, %s)",
    (kind, language) => {
      const { text, html } = render(EXAMPLES[kind], language);
      const { ofsted } = messagesFor(language).common;
      for (const detail of [OFSTED.phone, OFSTED.address, OFSTED.name, OFSTED.email, OFSTED.web]) {
        expect(text).toContain(detail);
        expect(html).toContain(detail);
      }
      expect(text).toContain(ofsted.atAnyTime);
      expect(html).toContain('href="tel:03001231231"');
    },
  );

  it('P10: Ofsted\'s details come from configuration, not from the template', () => {
    const configured: OfstedContact = { name: 'Ofsted', address: '1 Test Street, Leeds LS1 1AA', phone: '0300 000 0000' };
    const { text, html } = render({ ...EXAMPLES.complaintClosed, ofsted: configured }, 'en');
    expect(text).toContain('0300 000 0000');
    expect(text).toContain('1 Test Street, Leeds LS1 1AA');
    expect(text).not.toContain(OFSTED.phone);
    expect(html).not.toContain('mailto:');
  });

  it.each<Language>(['ur', 'ar'])(
    "P10: Ofsted's phone number and the reference keep their left-to-right order in %s",
    (language) => {
      const { rawText, html } = render(EXAMPLES.complaintAcknowledgement, language);
      // Unisolated, "0300 123 1231" would show as "1231 123 0300" in right-to-left text.
      expect(rawText).toContain(`\u2066${OFSTED.phone}\u2069`);
      expect(rawText).toContain(`\u2066${REFERENCE}\u2069`);
      expect(html).toContain(`<span dir="ltr">${OFSTED.phone}</span>`);
      expect(html).toContain(`<span dir="ltr">${REFERENCE}</span>`);
      // Links stay bare: an isolate beside an address would break it in plain-text mail.
      expect(rawText).toMatch(new RegExp(`^${escapeRegExp(STATUS_URL)}$`, 'm'));
    },
  );

  it.each(WITH_STATUS_LINK.flatMap((kind) => LANGUAGES.map((language) => [kind, language] as const)))(
    'shows the private status link when there is one, and none otherwise (%s, %s)',
    (kind, language) => {
      const { common } = messagesFor(language);
      const withLink = render(EXAMPLES[kind], language);
      expect(withLink.text).toContain(STATUS_URL);
      expect(withLink.html).toContain(`href="${escapeHtmlForTest(STATUS_URL)}"`);
      expect(withLink.html).toContain(common.statusLinkText);

      const withoutLink = render(withoutStatusUrl(EXAMPLES[kind]), language);
      expect(withoutLink.text).not.toContain(STATUS_URL);
      expect(withoutLink.text).not.toContain(common.statusLinkText);
      expect(withoutLink.html).not.toContain('complaints.example.org/status');
    },
  );

  it('never turns an address that is not a web address into a link', () => {
    const { html } = render({ ...EXAMPLES.complaintClosed, statusUrl: 'javascript:alert(1)' }, 'en');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('javascript:alert(1)');
  });
});

describe('Function: renderEmail — the acknowledgement', () => {
  it.each(LANGUAGES)('P6: says in %s what happens next and the date, as a long London date', (language) => {
    // Act
    const { text, html } = render(EXAMPLES.complaintAcknowledgement, language);
    // Assess
    const { common } = messagesFor(language);
    const date = formatDate(RESPOND_BY, language);
    expect(text).toContain(common.respondBy(date));
    expect(html).toContain(date);
    expect(text).toContain(common.levelSteps.settingManager);
  });

  it('P6: gives the date in English as "31 March 2025", the London day of a deadline at 23:59:59 BST', () => {
    const { text } = render(EXAMPLES.complaintAcknowledgement, 'en');
    expect(text).toContain('We will respond by 31 March 2025.');
    expect(text).toContain('Your reference:');
  });

  it.each(LANGUAGES)('F2: in %s, the interpreter line appears only when an interpreter was requested', (language) => {
    const { common } = messagesFor(language);
    // Requested, with a language
    const requested = render(EXAMPLES.complaintAcknowledgement, language);
    expect(requested.text).toContain(common.interpreterNoted('Polski'));
    expect(requested.text).not.toContain(common.interpreterOffer);
    // Requested, without a language
    const anyLanguage = render({ ...EXAMPLES.complaintAcknowledgement, interpreterLanguage: undefined }, language);
    expect(anyLanguage.text).toContain(common.interpreterNotedNoLanguage);
    // Not requested: offered instead
    const notRequested = render(
      { ...EXAMPLES.complaintAcknowledgement, interpreterRequested: false, interpreterLanguage: undefined },
      language,
    );
    expect(notRequested.text).not.toContain(common.interpreterNoted('Polski'));
    expect(notRequested.text).not.toContain(common.interpreterNotedNoLanguage);
    expect(notRequested.text).toContain(common.interpreterOffer);
  });

  it('F2: the English interpreter line reads as agreed', () => {
    const { text } = render(EXAMPLES.complaintAcknowledgement, 'en');
    expect(text).toContain('We have noted that you would like an interpreter (Polski). We will arrange one.');
  });

  it('P2: a concern is acknowledged as a concern about quality, a complaint as a complaint', () => {
    const concern = render({ ...EXAMPLES.complaintAcknowledgement, classification: 'concern', level: 'keyPerson' }, 'en');
    expect(concern.subject).toBe(`We have received your concern (${REFERENCE})`);
    expect(concern.text).toContain('a concern about the quality of the service or practice');
    const complaint = render(EXAMPLES.complaintAcknowledgement, 'en');
    expect(complaint.subject).toBe(`We have received your complaint (${REFERENCE})`);
  });

  it.each([
    ['P4: from the key person, to the setting manager', 'keyPerson', 'settingManager'],
    ['P7: from the setting manager, to the line manager', 'settingManager', 'lineManager'],
    ['P8: from the line manager, to an appeal to the owners or trustees', 'lineManager', 'owners'],
    ['A5: from an agency\'s acknowledgement, past the meeting, to the line manager', 'agencyAcknowledgement', 'lineManagerAcknowledgement'],
    ['A6: from the line manager\'s acknowledgement, past the report, to the appeal', 'lineManagerAcknowledgement', 'agencyAppeal'],
  ] as const)('%s: the acknowledgement says where a complaint goes if not satisfied', (_rule, level, next) => {
    // Act
    const { text } = render({ ...EXAMPLES.complaintAcknowledgement, level }, 'en');
    // Assess
    expect(furtherStepAfter(level)).toBe(next);
    expect(text).toContain(messagesFor('en').common.notSatisfiedNext(messagesFor('en').common.levels[next]));
  });

  it.each(['owners', 'agencyAppeal'] as const)('P9: at the last level (%s), the way further is Ofsted', (level) => {
    const { text } = render({ ...EXAMPLES.complaintAcknowledgement, level }, 'en');
    expect(furtherStepAfter(level)).toBeNull();
    expect(text).toContain(messagesFor('en').common.notSatisfiedOfsted);
  });
});

/** The words for "concern" and for "complaint" in each language, as their stems (they inflect). */
const RAISED_WORDS: Record<Language, [RegExp, RegExp]> = {
  en: [/concern/i, /complaint/i],
  cy: [/pryder/i, /cwyn/i],
  pl: [/uwag|uwadz/i, /skarg|skardz/i],
  ro: [/îngrijor/i, /plânger/i],
  ur: [/تشویش/, /شکایت/],
  ar: [/ملاحظ/, /شكو/],
};

describe('Function: renderEmail — other complainant emails', () => {
  it.each(LANGUAGES)('P3: in %s, the allegation acknowledgement says it left the complaints procedure, and 999', (language) => {
    const { text } = render(EXAMPLES.allegationReceived, language);
    const texts = messagesFor(language).complainant.allegationReceived;
    expect(text).toContain(texts.procedure);
    expect(text).toContain('999');
  });

  it.each(LANGUAGES)('in %s, a missed deadline names who has the complaint now, and by when', (language) => {
    const { common } = messagesFor(language);
    const { text } = render(EXAMPLES.deadlineMissed, language);
    expect(text).toContain(common.levels.lineManager);
    expect(text).toContain(common.respondBy(formatDate('2025-04-14T22:59:59Z', language)));
  });

  it('a missed deadline at the last level says there is no further stage, and points to Ofsted', () => {
    const { text } = render({ ...EXAMPLES.deadlineMissed, level: 'owners', nextLevel: undefined, nextRespondBy: undefined }, 'en');
    expect(text).toContain(messagesFor('en').complainant.deadlineMissed.noFurther.complaint);
    expect(text).toContain(OFSTED.phone);
  });

  it.each(LANGUAGES)('P2: in %s, the outcome of a concern is said of a concern, never of a complaint', (language) => {
    const m = messagesFor(language);
    const complaintWords = [m.complainant.outcomeGiven.outcome.complaint.partlyUpheld, m.common.outcomeMeanings.complaint.partlyUpheld];
    const asConcern = render({ ...EXAMPLES.outcomeGiven, classification: 'concern' }, language);
    for (const part of m.complainant.outcomeGiven.subject.concern('§').split('§')) expect(asConcern.subject).toContain(part);
    expect(asConcern.text).toContain(m.complainant.outcomeGiven.outcome.concern.partlyUpheld);
    expect(asConcern.text).toContain(m.common.outcomeMeanings.concern.partlyUpheld);
    for (const words of complaintWords) expect(asConcern.text).not.toContain(words);
    // A message stored before the classification was carried still reads as a complaint's.
    const { classification: _absent, ...older } = { ...EXAMPLES.outcomeGiven, classification: 'complaint' as const };
    expect(render(older, language).text).toContain(m.complainant.outcomeGiven.outcome.complaint.partlyUpheld);
  });

  it.each(LANGUAGES)('P2: in %s, a concern missed, moved on, extended, closed, withdrawn or given a new link is called a concern in each email, never a complaint', (language) => {
    const { complainant } = messagesFor(language);
    const lastLevel = { ...EXAMPLES.deadlineMissed, level: 'owners' as const, nextLevel: undefined, nextRespondBy: undefined };
    // Each email, and the words of its own that name what was raised.
    const cases = [
      [EXAMPLES.deadlineMissed, [complainant.deadlineMissed.subject, complainant.deadlineMissed.apology, complainant.deadlineMissed.movedOn]],
      [lastLevel, [complainant.deadlineMissed.subject, complainant.deadlineMissed.noFurther]],
      [EXAMPLES.levelOpened, [complainant.levelOpened.subject, complainant.levelOpened.opened]],
      [EXAMPLES.complaintClosed, [complainant.complaintClosed.subject, complainant.complaintClosed.closed]],
      [EXAMPLES.complaintWithdrawn, [complainant.complaintWithdrawn.subject, complainant.complaintWithdrawn.withdrawn]],
      [EXAMPLES.deadlineExtended, [complainant.deadlineExtended.subject, complainant.deadlineExtended.intro]],
      [EXAMPLES.statusLinkRenewed, [complainant.statusLinkRenewed.subject, complainant.statusLinkRenewed.renewed]],
    ] as const;
    const fragments = (words: string | ((value: string) => string)) => (typeof words === 'string' ? words : words('§')).split('§').filter((part) => part.length >= 8);
    for (const [message, texts] of cases) {
      const asConcern = render({ ...message, classification: 'concern' }, language);
      const asComplaint = render({ ...message, classification: 'complaint' }, language);
      const { classification: _absent, ...older } = { ...message, classification: 'complaint' as const };
      const asOlder = render(older, language);
      for (const words of texts) {
        for (const part of fragments(words.concern)) expect(`${asConcern.subject}\n${asConcern.text}`, message.kind).toContain(part);
        for (const part of fragments(words.complaint)) {
          // What the two say alike (the setting's thanks after its name) is no complaint's word.
          if (!fragments(words.concern).some((same) => same.includes(part))) {
            expect(`${asConcern.subject}\n${asConcern.text}`, message.kind).not.toContain(part);
          }
          expect(`${asComplaint.subject}\n${asComplaint.text}`, message.kind).toContain(part);
          // A message stored before the classification was carried still reads as a complaint's.
          expect(`${asOlder.subject}\n${asOlder.text}`, message.kind).toContain(part);
        }
      }
    }
  });

  it.each(LANGUAGES)('P2: in %s, those words for a concern name a concern, and those for a complaint a complaint', (language) => {
    const [concernWord, complaintWord] = RAISED_WORDS[language];
    const { complainant } = messagesFor(language);
    const fields = [
      ...Object.values(complainant.deadlineMissed),
      ...Object.values(complainant.levelOpened),
      complainant.complaintClosed.subject,
      complainant.complaintClosed.closed,
      complainant.complaintWithdrawn.subject,
      complainant.complaintWithdrawn.withdrawn,
      ...Object.values(complainant.deadlineExtended).filter((words) => typeof words === 'object'),
      complainant.statusLinkRenewed.subject,
      complainant.statusLinkRenewed.renewed,
    ];
    const said = (words: string | ((value: string) => string)) => (typeof words === 'string' ? words : words('§'));
    expect(fields).toHaveLength(14);
    for (const field of fields) {
      expect(said(field.concern)).toMatch(concernWord);
      expect(said(field.concern)).not.toMatch(complaintWord);
      expect(said(field.complaint)).toMatch(complaintWord);
    }
    // The words those emails share with others: what happens at a stage, and the status link.
    const { forConcern } = messagesFor(language).common;
    for (const words of [...Object.values(forConcern.levelSteps), forConcern.statusLinkIntro, forConcern.statusLinkText]) {
      expect(words).toMatch(concernWord);
      expect(words).not.toMatch(complaintWord);
    }
  });

  it.each(LANGUAGES)('P2: in %s, the acknowledgement of a concern at the manager’s stage says what happens next, and links to its progress, of a concern', (language) => {
    const { common } = messagesFor(language);
    const concern = render({ ...EXAMPLES.complaintAcknowledgement, classification: 'concern', level: 'settingManager' }, language);
    const complaint = render({ ...EXAMPLES.complaintAcknowledgement, classification: 'complaint', level: 'settingManager' }, language);
    expect(concern.text).toContain(common.forConcern.levelSteps.settingManager);
    expect(concern.text).toContain(common.forConcern.statusLinkIntro);
    expect(concern.html).toContain(common.forConcern.statusLinkText);
    expect(complaint.text).toContain(common.levelSteps.settingManager);
    expect(complaint.text).toContain(common.statusLinkIntro);
    expect(concern.text).not.toContain(common.levelSteps.settingManager);
    expect(concern.text).not.toContain(common.statusLinkIntro);
  });

  it.each(LANGUAGES)('P6: in %s, the outcome is named, explained, and the summary shown', (language) => {
    const { common } = messagesFor(language);
    const { text, html } = render(EXAMPLES.outcomeGiven, language);
    expect(text).toContain(common.outcomes.partlyUpheld);
    expect(text).toContain(common.outcomeMeanings.complaint.partlyUpheld);
    expect(text).toContain('Your key person will phone you each Friday.');
    // The summary's line break survives in HTML.
    expect(html).toContain('collection time.<br>\nYour key person');
    expect(text).toContain(common.notSatisfiedNext(common.levels.lineManager));
  });

  it('P9: an outcome with no further level points to Ofsted', () => {
    const { text } = render({ ...EXAMPLES.outcomeGiven, level: 'owners', nextLevel: undefined }, 'en');
    expect(text).toContain(messagesFor('en').common.notSatisfiedOfsted);
    expect(text).not.toContain('The next stage is');
  });

  it('an outcome says how to take it further, by the link when there is one', () => {
    const texts = messagesFor('en').complainant.outcomeGiven;
    expect(render(EXAMPLES.outcomeGiven, 'en').text).toContain(texts.takeFurtherWithLink);
    expect(render({ ...EXAMPLES.outcomeGiven, statusUrl: undefined }, 'en').text).toContain(texts.takeFurther);
  });

  it('an extension gives the new date, the reason, and the date the procedure set', () => {
    const { text } = render(EXAMPLES.deadlineExtended, 'en');
    expect(text).toContain('We will now respond by 11 April 2025.');
    expect(text).toContain('A witness is away until 7 April.');
    expect(text).toContain('The date set by the procedure was 31 March 2025.');
  });

  it.each(COMPLAINANT_KINDS.filter((kind) => kind !== 'complaintAcknowledgement'))(
    'F2: %s offers an interpreter',
    (kind) => {
      expect(render(EXAMPLES[kind], 'en').text).toContain(messagesFor('en').common.interpreterOffer);
    },
  );
});

describe('Function: renderEmail — staff emails', () => {
  it('F3: staff messages carry no personal details of the complainant or the child', () => {
    // Compile time: see `staffMessagesCarryNoPersonalField`. Run time: the examples hold
    // only the fields the staff messages declare.
    expect(staffMessagesCarryNoPersonalField).toBe(true);
    const allowed = new Set([
      'kind', 'reference', 'settingName', 'organisationName', 'level', 'deadlineAt', 'reason',
      'classification', 'interpreterNeeded', 'interpreterLanguage', 'staffUrl', 'count', 'receivedAt',
      'lado', // P3: the local authority's officer, an official contact, not anyone's personal details
    ]);
    for (const kind of STAFF_KINDS) {
      for (const key of Object.keys(EXAMPLES[kind])) expect(allowed, `${kind}.${key}`).toContain(key);
    }
  });

  it.each(STAFF_KINDS.flatMap((kind) => LANGUAGES.map((language) => [kind, language] as const)))(
    'F3: %s in %s gives the reference and a link, no email address and no Ofsted block',
    (kind, language) => {
      const { text, html } = render(EXAMPLES[kind], language);
      expect(text).toContain(REFERENCE);
      expect(text).toContain(STAFF_URL);
      expect(html).toContain(`href="${STAFF_URL}"`);
      expect(text.replaceAll(LADO.email, '')).not.toContain('@'); // the LADO's office address is the only one
      expect(text).not.toContain(OFSTED.phone);
      expect(text).toContain(messagesFor(language).staff.confidentiality);
    },
  );

  it.each(['levelAssigned', 'deadlineReminder', 'overdueReminder'] as const)(
    '%s gives the stage and the deadline in the staff member\'s language',
    (kind) => {
      for (const language of LANGUAGES) {
        const { common, staff } = messagesFor(language);
        const { text } = render(EXAMPLES[kind], language);
        expect(text).toContain(common.levels[EXAMPLES[kind].level]);
        expect(text).toContain(`${staff.fields.deadline}: ${formatDate(RESPOND_BY, language)}`);
      }
    },
  );

  it('gives no link when there is no staff site', () => {
    const { text } = render({ ...EXAMPLES.levelAssigned, staffUrl: undefined }, 'en');
    expect(text).not.toContain(messagesFor('en').staff.openLink);
  });

  it.each(LANGUAGES)('F2: a new level shows staff the interpreter need, in %s', (language) => {
    const { staff } = messagesFor(language);
    expect(render(EXAMPLES.levelAssigned, language).text).toContain(staff.interpreterNeeded('Polski'));
    const notNeeded = render({ ...EXAMPLES.levelAssigned, interpreterNeeded: false, interpreterLanguage: undefined }, language);
    expect(notNeeded.text).toContain(`${staff.fields.interpreter}: ${staff.interpreterNotRequested}`);
  });

  it.each([
    ['acknowledgement', 'agencyAcknowledgement'],
    ['meeting', 'agencyMeeting'],
    ['outcome', 'settingManager'],
  ] as const)('a new level tells staff what to do for a duty of %s', (duty, level) => {
    const { text } = render({ ...EXAMPLES.levelAssigned, level }, 'en');
    expect(text).toContain(messagesFor('en').staff.duties[duty]);
  });

  it('an overdue reminder counts itself in the subject', () => {
    expect(render(EXAMPLES.overdueReminder, 'en').subject).toBe(`Overdue (reminder 3): complaint ${REFERENCE}`);
  });

  it.each(LANGUAGES)(
    'P3: in %s, the allegation alert says what the allegations procedure asks (6.2, the LADO, keep the named person out), gives the LADO contact, and that no clock runs',
    (language) => {
      // Act
      const { text, html } = render(EXAMPLES.allegationAlert, language);
      // Assess
      const { allegationAlert, fields } = messagesFor(language).staff;
      for (const instruction of [allegationAlert.actNow, ...allegationAlert.steps, allegationAlert.doNotTell]) {
        expect(text).toContain(instruction);
        expect(html).toContain(`<strong>${escapeHtmlForTest(instruction)}</strong>`);
      }
      expect(text).toContain(allegationAlert.noClock);
      expect(allegationAlert.steps).toHaveLength(messagesFor('en').staff.allegationAlert.steps.length);
      expect(text).toContain(allegationAlert.ladoHeading);
      expect(text).toContain('Leeds LADO');
      expect(text).toContain('0113 496 0123');
      expect(html).toContain('href="tel:01134960123"');
      expect(text).toContain('6.2');
      expect(text).not.toContain(`${fields.deadline}:`);
    },
  );

  it('P3: the allegation alert gives the London time it was received', () => {
    expect(render(EXAMPLES.allegationAlert, 'en').text).toContain('Received: 31 March 2025 at 09:15');
  });
});

// ── Helpers ───────────────────────────────────────────────────────────────────────────

/** The same message with every free-text value replaced by markup. */
function withHostileValues(message: EmailMessage, hostile: string): EmailMessage {
  const names = { ...message, settingName: hostile, organisationName: hostile };
  switch (names.kind) {
    case 'outcomeGiven':
      return { ...names, summary: hostile };
    case 'deadlineExtended':
      return { ...names, reason: hostile };
    case 'complaintAcknowledgement':
      return { ...names, interpreterLanguage: hostile };
    case 'levelAssigned':
      return { ...names, interpreterLanguage: hostile };
    default:
      return names;
  }
}

function withoutStatusUrl(message: EmailMessage): EmailMessage {
  return 'statusUrl' in message ? { ...message, statusUrl: undefined } : message;
}

function escapeHtmlForTest(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
