/**
 * The complainant's status page (R6, P10) and its reply (P4, P7, P8, A5, A6): what it says at
 * each point of a complaint, only the replies the complaint allows, the same mapping of the
 * reply for the plain form and the script, the link's format, in every language (F2).
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../lambdas/domain/language';
import { MESSAGES } from '../../lambdas/templates/messages';
import type { StatusView } from '../../lambdas/use-cases/get-complaint-status';
import { responseFromForm } from '../../web/src/form/status-response';
import { WEB_MESSAGES } from '../../web/src/i18n';
import { siteFromOrganisation } from '../../web/src/pages/site';
import { renderStatus, renderStatusNotFound } from '../../web/src/pages/status';
import { staffComplaintUrl, statusPageUrl } from '../../web/src/paths';
import { exampleOrg } from '../helpers/use-case-context';

const site = siteFromOrganisation(exampleOrg, { css: '/assets/site.css', js: '/assets/site.js' });
const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz0123456789ABCDE';

const waiting: StatusView = {
  reference: 'K7QM-4XRT',
  track: 'parent',
  status: 'open',
  language: 'en',
  settingName: 'Oak Street Nursery',
  receivedAt: '2026-03-02T10:00:00Z',
  level: 'settingManager',
  respondBy: '2026-03-30T22:59:59Z',
  canRespond: { satisfied: false, notSatisfied: false, withdraw: true },
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
  canRespond: { satisfied: true, notSatisfied: true, withdraw: true },
  timeline: [...waiting.timeline, { type: 'outcomeGiven', at: '2026-03-10T12:00:00Z', level: 'settingManager' }],
};

const render = (view: StatusView, extra: Partial<Parameters<typeof renderStatus>[0]> = {}) =>
  renderStatus({ lang: 'en', site, token: TOKEN, view, ...extra });

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
    expect(page).toContain('We received your complaint');
    expect(page).toContain('Stage: the setting manager');
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

    expect(main(render(agency))).toContain("The next stage is: the setting manager&#39;s line manager (acknowledgement).");
  });

  it('P8, P9: after the owners’ answer there is no further stage inside the setting: no "not satisfied", Ofsted instead', () => {
    const last: StatusView = { ...answered, level: 'owners', nextLevel: undefined, canRespond: { satisfied: true, notSatisfied: false, withdraw: true } };

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
    const closed: StatusView = { ...answered, status: 'closed', canRespond: { satisfied: false, notSatisfied: false, withdraw: false } };

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
      const page = renderStatus({ lang, site, token: TOKEN, view: answered });
      expect(page).toMatch(new RegExp(`<html lang="${lang}" dir="${lang === 'ar' || lang === 'ur' ? 'rtl' : 'ltr'}">`));
      expect(page).toContain(WEB_MESSAGES[lang].status.respondLegend);
      expect(page).toContain(`href="/api/forms/status?lang=cy&amp;ref=K7QM-4XRT&amp;token=${TOKEN}"`);
      expect(page).toContain('<a href="#ofsted">');
      expect(page).toContain('<section class="ofsted" id="ofsted">');
      expect(page).toContain('0300 123 1231');
    }
  });

  it('a link that matches nothing gets a page that says what to do, in the language asked', () => {
    const page = renderStatusNotFound({ lang: 'ar', site });

    expect(page).toContain(WEB_MESSAGES.ar.status.notFoundTitle);
    expect(page).not.toContain('<form');
  });
});

describe('Mapping: the reply as the API takes it', () => {
  it.each([
    [[['type', 'satisfied'], ['reason', 'ignored']], { request: { type: 'satisfied' }, errors: [] }],
    [[['type', 'notSatisfied'], ['reason', '  It happened again.  ']], { request: { type: 'notSatisfied', reason: 'It happened again.' }, errors: [] }],
    [[['type', 'withdraw'], ['reason', '']], { request: { type: 'withdraw' }, errors: [] }],
    [[['type', 'withdraw'], ['reason', 'Moved away']], { request: { type: 'withdraw', reason: 'Moved away' }, errors: [] }],
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
