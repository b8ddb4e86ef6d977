/**
 * The console's pure parts for paper and voice: the letters list and print view (P5, F2), the
 * agency's written complaint as the API takes it (A1), the complainant's answer recorded by
 * staff (P8, A4, A5), and a duty recorded on its real day for the stage it was owed (A3, P6).
 */
import { describe, expect, it } from 'vitest';
import { levelClock } from '../helpers/level-clock';
import type { ComplaintAggregate } from '../../lambdas/domain/complaint';
import type { LetterView } from '../../lambdas/use-cases/list-letters';
import { staffText } from '../../web/src/i18n/staff';
import { paperEn } from '../../web/src/i18n/staff-paper-en';
import { actionRequestFromForm, agencyLetterRequestFromForm, responseRequestFromForm } from '../../web/src/staff/actions';
import { renderAgencyLetter } from '../../web/src/staff/agency-letter';
import { letterPrintUrl, londonToday, renderLetterPrint, renderLetters } from '../../web/src/staff/letters';
import { actionFormContext, renderActionForm, renderComplaint, renderResponseForm } from '../../web/src/staff/views';
import { actionsOffered } from '../../lambdas/domain/available-actions';
import { responsesOffered } from '../../lambdas/domain/available-responses';
import { principal } from '../helpers/submissions';

const t = staffText('en');
const values = (entries: Record<string, string>) => new Map(Object.entries(entries));

const letter: LetterView = {
  reference: 'K7QM-4XRT',
  settingId: 'oak-street',
  key: 'letter#complainant#acknowledgement',
  kind: 'complaintAcknowledgement',
  writtenAt: '2026-07-01T09:00:00Z',
  recipient: { name: 'Amal <Haddad>', postalAddress: '4 Mill Lane\nLeeds' },
  canBePosted: true,
  letter: { subject: 'لقد استلمنا شكواكم', text: 'Amal Haddad\n4 Mill Lane\n\nنص الرسالة', language: 'ar', direction: 'rtl' },
};

describe('Letters to post (P5)', () => {
  it('lists each letter with its recipient (escaped), what it is, its language, a print link and a posted-on form defaulting to today', () => {
    const page = renderLetters({ p: paperEn, letters: [letter], settings: [], today: '2026-07-02' }).value;
    expect(page).toContain('Amal &lt;Haddad&gt;');
    expect(page).toContain(paperEn.letters.kinds.complaintAcknowledgement);
    expect(page).toContain('العربية');
    expect(page).toContain(`href="${letterPrintUrl(letter.reference, letter.key).replace(/&/g, '&amp;')}"`);
    expect(page).toMatch(/<input[^>]*name="postedOn"[^>]*type="date"[^>]*value="2026-07-02"[^>]*max="2026-07-02"|<input[^>]*id="posted-0"[^>]*value="2026-07-02"/);
    expect(page).toContain('<label class="label" for="posted-0">');
  });

  it('a row whose day was refused says so beside its field, described by it', () => {
    const page = renderLetters({ p: paperEn, letters: [letter], settings: [], today: '2026-07-02', problem: { key: letter.key, message: 'Enter the day' } }).value;
    expect(page).toContain('<p class="error-message" id="posted-0-error"');
    expect(page).toContain('aria-describedby="posted-0-hint posted-0-error"');
    expect(page).toContain('aria-invalid="true"');
  });

  it('says when nothing waits', () => {
    expect(renderLetters({ p: paperEn, letters: [], settings: [], today: '2026-07-02' }).value).toContain(paperEn.letters.none);
  });

  it('F2: the print view marks the letter with its language and direction; the page’s own words are not printed', () => {
    const page = renderLetterPrint(paperEn, letter).value;
    expect(page).toContain('<article class="letter written" lang="ar" dir="rtl"');
    expect(page).toMatch(/<div class="no-print">[\s\S]*data-print[\s\S]*<\/div>\s*<article/);
  });

  it('today is London’s day, not UTC’s, late on a summer evening', () => {
    expect(londonToday(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(londonToday(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
  });
});

describe('An agency’s written complaint (A1)', () => {
  it('maps the form to the API’s request: nested agency fields, the day it came from the start of that London day', () => {
    const { request, errors } = agencyLetterRequestFromForm(
      values({
        settingId: 'oak-street',
        about: 'staff',
        subjectStaffId: 'ben-jones',
        allegationOfHarm: 'no',
        description: 'Refused the room twice.',
        'agency.organisation': 'Leeds Community Healthcare',
        'agency.name': 'Jo Patel',
        'agency.postalAddress': '12 Park Row',
        language: 'cy',
        channel: 'letter',
        receivedAt: '2026-07-01',
      }),
    );
    expect(errors).toEqual([]);
    expect(request).toEqual({
      settingId: 'oak-street',
      about: 'staff',
      subjectStaffId: 'ben-jones',
      allegationOfHarm: false,
      description: 'Refused the room twice.',
      agency: { organisation: 'Leeds Community Healthcare', name: 'Jo Patel', postalAddress: '12 Park Row' },
      language: 'cy',
      channel: 'letter',
      receivedAt: '2026-07-01T00:00:00+01:00',
    });
  });

  it('F3: names a member of staff only for a complaint about one; the day it came is required', () => {
    const { request, errors } = agencyLetterRequestFromForm(values({ about: 'practice', subjectStaffId: 'ben-jones' }));
    expect(request).not.toHaveProperty('subjectStaffId');
    expect(errors).toEqual([{ field: 'receivedAt', message: 'is required' }]);
  });

  it('shows the API’s errors against their fields (dotted names become ids), with a plain message for each', () => {
    const page = renderAgencyLetter({
      t,
      p: paperEn,
      settings: [{ id: 'oak-street', name: 'Oak Street Nursery' }],
      staff: [],
      state: { values: values({}), errors: [{ field: 'agency.email', message: 'give an email address, a postal address or a phone number' }] },
    }).value;
    expect(page).toContain('<a href="#agency-letter-agency-email">Give an email address, a postal address or a phone number</a>');
    expect(page).toContain('id="agency-letter-agency-email"');
    expect(page).toContain('type="email"');
  });
});

describe('The complainant’s answer, recorded by staff (P8, A4, A5)', () => {
  it('P8: an appeal needs what they said and how it came; the day is optional and sent as typed', () => {
    expect(responseRequestFromForm('notSatisfied', values({})).errors).toEqual([
      { field: 'reason', message: 'is required' },
      { field: 'channel', message: 'is required' },
    ]);
    expect(responseRequestFromForm('notSatisfied', values({ reason: ' By letter. ', channel: 'letter', receivedAt: '2026-07-01' })).request).toEqual({
      type: 'notSatisfied',
      reason: 'By letter.',
      channel: 'letter',
      receivedAt: '2026-07-01',
    });
    expect(responseRequestFromForm('satisfied', values({ reason: 'ignored', channel: 'phone' })).request).toEqual({ type: 'satisfied', channel: 'phone' });
    expect(responseRequestFromForm('withdraw', values({ channel: 'online' })).errors).toEqual([{ field: 'channel', message: 'is required' }]);
  });

  it('the form’s errors come back in plain words, linked to their fields', () => {
    const page = renderResponseForm(t, paperEn, 'noAgreement', { values: values({}), errors: [{ field: 'reason', message: 'is required' }] }).value;
    expect(page).toContain('<a href="#response-noAgreement-reason">Enter what they said</a>');
    expect(page).toContain('data-response="noAgreement"');
  });
});

describe('A duty recorded on the day it happened (A3, P6)', () => {
  const clock = levelClock;
  const escalated: ComplaintAggregate = {
    complaint: {
      id: 'K7QM-4XRT',
      track: 'parent',
      settingId: 'oak-street',
      status: 'open',
      currentLevel: 'lineManager',
      classification: 'complaint',
      about: 'service',
      allegationOfHarm: false,
      channel: 'online',
      language: 'en',
      contact: { name: 'Sam Taylor', email: 'sam@example.com' },
      description: 'x',
      receivedAt: '2026-03-02T10:00:00Z',
      version: 3,
    },
    levels: { settingManager: clock('settingManager', { lapsedAt: '2026-03-31T00:00:00Z' }), lineManager: clock('lineManager') },
  };

  it('P6: with the manager’s lapsed stage and the line manager’s both owing an outcome, the form asks which, and the day it was given', () => {
    const form = renderActionForm(t, 'outcome', {}, actionFormContext(escalated)).value;
    expect(form).toContain('id="outcome-occurredAt"');
    expect(form).toContain(paperEn.late.level);
    expect(form).toMatch(/value="settingManager"[\s\S]*value="lineManager"/);
    // One stage owing: no question.
    expect(renderActionForm(t, 'outcome', {}, actionFormContext({ ...escalated, levels: { lineManager: clock('lineManager') } })).value).not.toContain(paperEn.late.level);
  });

  it('A3, P6: the day and the stage go to the API as typed', () => {
    expect(actionRequestFromForm('outcome', values({ outcome: 'upheld', summary: 'Sorry.', occurredAt: '2026-07-01', level: 'settingManager' })).request).toEqual({
      type: 'outcome',
      outcome: 'upheld',
      summary: 'Sorry.',
      occurredAt: '2026-07-01',
      level: 'settingManager',
    });
    expect(actionRequestFromForm('acknowledgement', values({ occurredAt: '1 July' })).errors).toEqual([{ field: 'occurredAt', message: 'is not a date' }]);
    expect(actionRequestFromForm('meeting', values({ heldOn: '2026-07-01', summary: 'Agreed a new booking rota.' })).request).toEqual({
      type: 'meeting',
      heldOn: '2026-07-01T00:00:00+01:00',
      summary: 'Agreed a new booking rota.',
    });
  });
});

describe('A complainant without email (P5)', () => {
  it('F1: the complaint page shows the postal address, and no empty email link', () => {
    const aggregate: ComplaintAggregate = {
      complaint: {
        id: 'K7QM-4XRT',
        track: 'parent',
        settingId: 'oak-street',
        status: 'open',
        currentLevel: 'settingManager',
        classification: 'complaint',
        about: 'service',
        allegationOfHarm: false,
        channel: 'letter',
        language: 'ar',
        contact: { name: 'Amal Haddad', postalAddress: '4 Mill Lane\nLeeds' },
        description: 'x',
        receivedAt: '2026-03-02T10:00:00Z',
        version: 1,
      },
      levels: {},
    };
    const who = principal('chloe-evans');
    const page = renderComplaint({
      t,
      view: { ...aggregate, record: [], ...actionsOffered(who, aggregate), ...responsesOffered(who, aggregate) },
      now: new Date('2026-03-03T10:00:00Z'),
      settings: [],
      staff: [],
    }).value;
    expect(page).not.toContain('mailto:');
    expect(page).toContain('4 Mill Lane\nLeeds');
  });
});
