/**
 * The complainant's status page (R6, P10) and its reply (P4, P7, P8, A5, A6): what it says at
 * each point of a complaint, only the replies the complaint allows, the same mapping of the
 * reply for the plain form and the script, the link's format, in every language (F2).
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../lambdas/domain/language';
import { MESSAGES } from '../../lambdas/templates/messages';
import type { StatusView } from '../../lambdas/use-cases/get-complaint-status';
import { responseFromForm } from '../../lambdas/templates/site/form/status-response';
import { pageText, WEB_MESSAGES } from '../../lambdas/templates/site/i18n';
import { siteFromOrganisation } from '../../lambdas/templates/site/pages/site';
import { renderStatus, renderStatusNotFound } from '../../lambdas/templates/site/pages/status';
import { confirmationUrl, staffComplaintUrl, statusPageUrl } from '../../lambdas/templates/site/paths';
import { renderConfirmation } from '../../lambdas/templates/site/pages/confirmation';
import { exampleOrg } from '../helpers/use-case-context';

const site = siteFromOrganisation(exampleOrg, { css: '/assets/site.css', js: '/assets/site.js' });
const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz0123456789ABCDE';

const waiting: StatusView = {
  reference: 'K7QM-4XRT',
  track: 'parent',
  classification: 'complaint',
  status: 'open',
  language: 'en',
  settingName: 'Oak Street Nursery',
  receivedAt: '2026-03-02T10:00:00Z',
  level: 'settingManager',
  respondBy: '2026-03-30T22:59:59Z',
  canRespond: { satisfied: false, notSatisfied: false, noAgreement: false, withdraw: true },
  nextLevel: 'lineManager',
  timeline: [
    { type: 'received', at: '2026-03-02T10:00:00Z' },
    { type: 'levelOpened', at: '2026-03-02T10:00:00Z', level: 'settingManager' },
  ],
  ofsted: exampleOrg.ofsted,
};

const answered: StatusView = {
  ...waiting,
  respondBy: undefined,
  lastOutcome: { level: 'settingManager', outcome: 'partlyUpheld', summary: 'We now check <lunchboxes>\nat pick-up.', at: '2026-03-10T12:00:00Z' },
  canRespond: { satisfied: true, notSatisfied: true, noAgreement: false, withdraw: true },
  timeline: [...waiting.timeline, { type: 'outcomeGiven', at: '2026-03-10T12:00:00Z', level: 'settingManager' }],
};

const render = (view: StatusView, extra: Partial<Parameters<typeof renderStatus>[1]> = {}) =>
  renderStatus(pageText('en'), { site, token: TOKEN, view, ...extra });

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const main = (page: string) => page.slice(page.indexOf('<main'), page.indexOf('</main>'));
const radioValues = (page: string) => [...page.matchAll(/type="radio" value="(\w+)"/g)].map((m) => m[1]);

describe('Page: the complainant’s status page', () => {
  it('R6: while the setting looks into it: the stage in words, the date they will hear by, what happens next; only withdrawing is offered', () => {
    // Act
    const page = main(render(waiting));

    // Assess
    expect(page).toContain('The setting manager</dd>');
    expect(page).toContain('We will respond by 30 March 2026.');
    expect(page).toContain(MESSAGES.en.common.levelSteps.settingManager);
    expect(radioValues(page)).toEqual(['withdraw']);
    // Withdrawing ends it: a box to confirm it, which the server requires
    expect(page).toContain('name="confirmWithdrawal"');
    expect(page).toContain(WEB_MESSAGES.en.status.confirmWithdraw);
    expect(page).toContain('We received your complaint');
    expect(page).toContain('Stage: the setting manager');
  });

  it.each(LANGUAGES)('P2: in %s, a concern with the manager or her line manager says what happens next of a concern, on the status page and the confirmation', (lang) => {
    // Prepare
    const common = MESSAGES[lang].common;
    const statusOf = (view: StatusView) => main(renderStatus(pageText(lang), { site, token: TOKEN, view: { ...view, language: lang } }));
    const confirmationOf = (recordedAs: 'concern' | 'complaint') =>
      main(renderConfirmation(pageText(lang), { lang, site, kind: 'parent', reference: 'ABCD-EFGH', status: 'open', level: 'settingManager', recordedAs }));

    // Act
    const concernWithManager = statusOf({ ...waiting, classification: 'concern' });
    const concernWithLineManager = statusOf({ ...waiting, classification: 'concern', level: 'lineManager' });
    const complaintWithManager = statusOf(waiting);

    // Assess
    expect(concernWithManager).toContain(escape(common.forConcern.levelSteps.settingManager));
    expect(concernWithManager).not.toContain(escape(common.levelSteps.settingManager));
    expect(concernWithLineManager).toContain(escape(common.forConcern.levelSteps.lineManager));
    expect(complaintWithManager).toContain(escape(common.levelSteps.settingManager));
    expect(confirmationOf('concern')).toContain(escape(common.forConcern.levelSteps.settingManager));
    expect(confirmationOf('complaint')).toContain(escape(common.levelSteps.settingManager));
  });

  it('P7: after an answer: the outcome and its summary (escaped, lines kept), and each reply saying where it leads', () => {
    const page = main(render(answered));

    expect(page).toContain('Outcome: your complaint is partly upheld.');
    expect(page).toContain('We now check &lt;lunchboxes&gt;\nat pick-up.');
    expect(radioValues(page)).toEqual(['satisfied', 'notSatisfied', 'withdraw']);
    expect(page).toContain("The next stage is: the setting manager&#39;s line manager.");
    expect(page).not.toContain('We will respond by');
  });

  it('A5: an agency with no agreement after the meeting is told its letter goes to the line manager', () => {
    const agency: StatusView = { ...answered, track: 'agency', level: 'agencyMeeting', nextLevel: 'lineManagerAcknowledgement' };

    expect(main(render(agency))).toContain("The next stage is: the setting manager&#39;s line manager.");
  });

  it('P8, P9: after the owners’ answer there is no further stage inside the setting: no "not satisfied", Ofsted instead', () => {
    const last: StatusView = { ...answered, level: 'owners', nextLevel: undefined, canRespond: { satisfied: true, notSatisfied: false, noAgreement: false, withdraw: true } };

    const page = main(render(last));

    expect(radioValues(page)).toEqual(['satisfied', 'withdraw']);
    expect(page).toContain(MESSAGES.en.common.notSatisfiedOfsted);
  });

  it('an extended deadline shows the new date, the date the procedure set, and the reason', () => {
    const extended: StatusView = {
      ...waiting,
      respondBy: '2026-04-13T22:59:59Z',
      statutoryRespondBy: '2026-03-30T22:59:59Z',
      extensionReason: 'The room leader is on leave until 6 April.',
    };

    const page = main(render(extended));

    expect(page).toContain('We will respond by 13 April 2026.');
    expect(page).toContain('The date set by the procedure was 30 March 2026.');
    expect(page).toContain('The room leader is on leave until 6 April.');
  });

  it('a closed complaint has no reply form, and says so', () => {
    const closed: StatusView = { ...answered, status: 'closed', canRespond: { satisfied: false, notSatisfied: false, noAgreement: false, withdraw: false } };

    const page = render(closed);

    expect(page).not.toContain('<form');
    expect(page).not.toContain('/assets/site.js');
    expect(main(page)).toContain(WEB_MESSAGES.en.status.closed);
  });

  it('after a reply: a banner says it was recorded, and is where the reader lands', () => {
    const page = main(render(answered, { done: 'notSatisfied' }));

    expect(page.indexOf('data-done')).toBeLessThan(page.indexOf('<h1'));
    expect(page).toMatch(/class="notification notification--success" role="status" tabindex="-1" autofocus/);
  });

  it('a reply with mistakes comes back with the summary first, the reason typed kept, and the conflict said in words', () => {
    const withErrors = main(render(answered, { values: new Map([['type', 'notSatisfied']]), errors: [{ field: 'reason', message: 'is required' }] }));
    const conflict = main(render(answered, { problem: 'conflict' }));

    expect(withErrors.indexOf('error-summary')).toBeLessThan(withErrors.indexOf('<h1'));
    expect(withErrors).toContain('<a href="#reason">Tell us why you are not satisfied</a>');
    expect(withErrors).toMatch(/value="notSatisfied"[^>]*checked/);
    expect(conflict).toContain(WEB_MESSAGES.en.status.conflict);
  });

  it('the form carries the link back (reference, token, language) and posts without JavaScript', () => {
    const page = render(answered);

    expect(page).toContain('action="/api/forms/status-response"');
    expect(page).toContain(`<input type="hidden" name="token" value="${TOKEN}">`);
    expect(page).toContain('<input type="hidden" name="ref" value="K7QM-4XRT">');
    expect(page).toContain('data-enhance="status"');
  });

  it('F2, P10: in every language, in that language and direction, the language links keep the link, and Ofsted is one link away', () => {
    for (const lang of LANGUAGES) {
      const page = renderStatus(pageText(lang), { site, token: TOKEN, view: answered });
      expect(page).toMatch(new RegExp(`<html lang="${lang}" dir="${lang === 'ar' || lang === 'ur' ? 'rtl' : 'ltr'}">`));
      expect(page).toContain(WEB_MESSAGES[lang].status.respondLegend);
      expect(page).toContain(`href="/api/forms/status?lang=cy&amp;ref=K7QM-4XRT&amp;token=${TOKEN}"`);
      expect(page).toContain('<a href="#ofsted">');
      expect(page).toContain('<section class="ofsted" id="ofsted">');
      expect(page).toContain('0300 123 1231');
    }
  });

  it.each(LANGUAGES)('P2, P3 (%s): each status page says what it is: a concern, a complaint, or what they told us of harm', (lang) => {
    // Prepare
    const words = WEB_MESSAGES[lang].status;
    const concern: StatusView = { ...waiting, language: lang, classification: 'concern', level: 'keyPerson' };
    const allegation: StatusView = { ...waiting, language: lang, status: 'referred', timeline: [{ type: 'received', at: waiting.receivedAt }, { type: 'allegationReferred', at: waiting.receivedAt }] };
    const h1 = (view: StatusView) => /<h1 class="heading-xl">([^<]*)<\/h1>/.exec(renderStatus(pageText(lang), { site, token: TOKEN, view }))?.[1];

    // Act / Assess
    expect(new Set([words.concernTitle, words.title, words.allegationTitle]).size).toBe(3);
    expect(h1(concern)).toBe(escape(words.concernTitle));
    expect(h1({ ...waiting, language: lang })).toBe(escape(words.title));
    expect(h1(allegation)).toBe(escape(words.allegationTitle));
    expect(main(renderStatus(pageText(lang), { site, token: TOKEN, view: concern }))).toContain(escape(words.receivedConcern));
    expect(main(renderStatus(pageText(lang), { site, token: TOKEN, view: allegation }))).toContain(escape(words.receivedAllegation));
  });

  const COMPLAINT_WORD: Record<(typeof LANGUAGES)[number], RegExp> = {
    en: /complaint/i,
    cy: /cwyn|gŵyn|nghwyn/i,
    pl: /skarg/i,
    ro: /plânger/i,
    ur: /شکایت/,
    ar: /شكو/,
  };

  // The outcome's own words ("your complaint is upheld") are shared with the emails and agree
  // in gender with "complaint" in four languages: they are left as they are for now.
  it.each(LANGUAGES)('P1, P2 (%s): a concern is not called a complaint on its status page: heading, replies, what happened, what next', (lang) => {
    const concern: StatusView = { ...answered, lastOutcome: undefined, language: lang, classification: 'concern', level: 'keyPerson' };
    const pages = [
      renderStatus(pageText(lang), { site, token: TOKEN, view: concern }),
      renderStatus(pageText(lang), { site, token: TOKEN, view: { ...concern, canRespond: { satisfied: false, notSatisfied: false, noAgreement: false, withdraw: true } } }),
      renderStatus(pageText(lang), { site, token: TOKEN, view: { ...concern, status: 'closed' }, done: 'satisfied' }),
      renderStatus(pageText(lang), { site, token: TOKEN, view: { ...concern, status: 'withdrawn' }, done: 'withdraw' }),
      renderStatus(pageText(lang), { site, token: TOKEN, view: { ...concern, level: 'settingManager' }, done: 'notSatisfied' }),
      // The answer given: its outcome and what it means are said of the concern.
      renderStatus(pageText(lang), { site, token: TOKEN, view: { ...concern, lastOutcome: answered.lastOutcome } }),
    ];
    // A complaint to Ofsted (P9) is one, whatever was raised with the setting.
    const toOfsted = escape(MESSAGES[lang].common.notSatisfiedOfsted);
    for (const page of pages) expect(main(page).replace(toOfsted, '').replace(/<[^>]+>/g, ' ')).not.toMatch(COMPLAINT_WORD[lang]);
  });

  it('R6: at receipt the timeline says it was received and at which stage, not that it went to a new stage', () => {
    // Act
    const page = main(render(waiting));
    const later = main(render({ ...waiting, timeline: [...waiting.timeline, { type: 'levelOpened', at: '2026-03-12T10:00:00Z', level: 'lineManager' }] }));

    // Assess
    expect(page.match(/class="timeline__item"/g)).toHaveLength(1);
    expect(page).toMatch(/We received your complaint<\/span>\s*<span class="timeline__level">Stage: the setting manager<\/span>/);
    expect(page).not.toContain(WEB_MESSAGES.en.status.events.levelOpened);
    expect(later.match(/class="timeline__item"/g)).toHaveLength(2);
    expect(later).toContain('Passed to the next stage');
  });

  it('a link that matches nothing gets a page that says what to do, in the language asked', () => {
    const page = renderStatusNotFound(pageText('ar'), { site });

    expect(page).toContain(WEB_MESSAGES.ar.status.notFoundTitle);
    expect(page).not.toContain('<form');
  });
});

describe('Mapping: the reply as the API takes it', () => {
  it.each([
    [[['type', 'satisfied'], ['reason', 'ignored']], { request: { type: 'satisfied' }, errors: [] }],
    [[['type', 'notSatisfied'], ['reason', '  It happened again.  ']], { request: { type: 'notSatisfied', reason: 'It happened again.' }, errors: [] }],
    // Withdrawing ends it: only with the box ticked that confirms it.
    [[['type', 'withdraw'], ['reason', '']], { errors: [{ field: 'confirmWithdrawal', message: 'is required' }] }],
    [[['type', 'withdraw'], ['confirmWithdrawal', 'false']], { errors: [{ field: 'confirmWithdrawal', message: 'is required' }] }],
    [[['type', 'withdraw'], ['reason', ''], ['confirmWithdrawal', 'yes']], { request: { type: 'withdraw', confirmWithdrawal: true }, errors: [] }],
    [[['type', 'withdraw'], ['reason', 'Moved away'], ['confirmWithdrawal', 'yes']], { request: { type: 'withdraw', reason: 'Moved away', confirmWithdrawal: true }, errors: [] }],
    [[['reason', 'x']], { errors: [{ field: 'type', message: 'is required' }] }],
    [[['type', 'escalate']], { errors: [{ field: 'type', message: 'is required' }] }],
    [[['type', 'notSatisfied'], ['reason', '   ']], { errors: [{ field: 'reason', message: 'is required' }] }],
  ] as const)('%j → %j', (entries, expected) => {
    expect(responseFromForm(entries)).toEqual(expected);
  });
});

describe('Links: where the emails point', () => {
  it('the status link is the status page of the API, in the complaint’s language, with its token', () => {
    expect(statusPageUrl({ lang: 'ur', ref: 'K7QM-4XRT', token: 'a_b-c' })).toBe('/api/forms/status?lang=ur&ref=K7QM-4XRT&token=a_b-c');
    expect(statusPageUrl({ lang: 'en', ref: 'K7QM-4XRT', token: 't', done: 'withdraw' })).toBe(
      '/api/forms/status?lang=en&ref=K7QM-4XRT&token=t&done=withdraw',
    );
  });

  it('the staff link is a real page of the console (S3 has no folder index but at the root)', () => {
    expect(staffComplaintUrl('K7QM-4XRT')).toBe('/staff/complaint.html?id=K7QM-4XRT');
  });
});

describe('Page: the confirmation after a form is sent', () => {
  it.each(LANGUAGES)('P2, P3 (%s): the heading names what was sent: a concern, a complaint, or what they told us of harm', (lang) => {
    const words = WEB_MESSAGES[lang].confirmation;
    const heading = (details: Partial<Parameters<typeof renderConfirmation>[1]>) =>
      /<h1 class="panel__title">([^<]*)<\/h1>/.exec(
        renderConfirmation(pageText(lang), { lang, site, kind: 'parent', reference: 'ABCD-EFGH', status: 'open', level: 'keyPerson', ...details }),
      )?.[1];

    expect(heading({ recordedAs: 'concern' })).toBe(escape(words.concernTitle));
    expect(heading({})).toBe(escape(words.title));
    expect(heading({ status: 'referred', level: undefined })).toBe(escape(words.allegationTitle));
    expect(words.concernTitle).not.toBe(words.title);
  });

  it('P2: the link carries a concern as such, and a complaint as the default', () => {
    expect(confirmationUrl({ lang: 'cy', kind: 'parent', reference: 'ABCD-EFGH', status: 'open', recordedAs: 'concern' })).toContain('as=concern');
    expect(confirmationUrl({ lang: 'cy', kind: 'parent', reference: 'ABCD-EFGH', status: 'open', recordedAs: 'complaint' })).not.toContain('as=');
  });
});
