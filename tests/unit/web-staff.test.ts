/**
 * The staff console's pure parts: only the actions the API offers, the mapping of each
 * action form to the API's request (dates as days in England), the session read from the ID
 * token, and the views (states in words, P2 and F2 shown, labels tied, nothing inline).
 */
import { describe, expect, it } from 'vitest';
import { levelClock } from '../helpers/level-clock';
import type { ComplaintAggregate, LevelClock } from '../../lambdas/domain/complaint';
import type { ComplaintView } from '../../lambdas/use-cases/get-complaint';
import type { DashboardRow } from '../../lambdas/use-cases/list-complaints';
import { staffText } from '../../web/src/i18n/staff';
import { siteFromOrganisation } from '../../lambdas/templates/site/pages/site';
import { actionRequestFromForm, STAFF_ACTION_TYPES } from '../../web/src/staff/actions';
import { actionsOffered } from '../../lambdas/domain/available-actions';
import { responsesOffered } from '../../lambdas/domain/available-responses';
import { principal } from '../helpers/submissions';
import { renderStaffPage } from '../../web/src/staff/pages';
import { isCurrent, safeNext, sessionFromIdToken } from '../../web/src/staff/session';
import { dashboardUrl, renderActionForm, renderComplaint, renderDashboard, renderLocalSignIn } from '../../web/src/staff/views';
import { exampleOrg } from '../helpers/use-case-context';

const t = staffText('en');
const settings = exampleOrg.settings.map(({ id, name }) => ({ id, name }));
const staff = exampleOrg.staff.map(({ id, name }) => ({ id, name }));
const NOW = new Date('2026-03-10T10:00:00Z');

const clock = levelClock;

const parentComplaint: ComplaintAggregate = {
  complaint: {
    id: 'K7QM-4XRT',
    track: 'parent',
    settingId: 'oak-street',
    status: 'open',
    currentLevel: 'settingManager',
    classification: 'concern',
    about: 'keyPerson',
    keyPersonId: 'amira-khan',
    subjectStaffId: 'amira-khan',
    allegationOfHarm: false,
    channel: 'online',
    language: 'pl',
    interpreterLanguage: 'Polski (Polish)',
    contact: { name: 'Ola <b>Nowak</b>', email: 'ola@example.com' },
    description: 'Line one\nline two',
    receivedAt: '2026-03-02T10:00:00Z',
    version: 3,
  },
  levels: { settingManager: clock('settingManager') },
};

const view: ComplaintView = {
  ...parentComplaint,
  ...actionsOffered(principal('chloe-evans'), parentComplaint),
  ...responsesOffered(principal('chloe-evans'), parentComplaint),
  record: [
    {
      complaintId: 'K7QM-4XRT',
      at: '2026-03-02T10:00:00Z',
      seq: 0,
      type: 'received',
      actor: { kind: 'complainant' },
      summary: 'A concern about the quality of the service, received online.',
      visibleToComplainant: true,
    },
    {
      complaintId: 'K7QM-4XRT',
      at: '2026-03-05T10:00:00Z',
      seq: 0,
      type: 'note',
      actor: { kind: 'staff', staffId: 'chloe-evans', role: 'settingManager' },
      level: 'settingManager',
      summary: "Confidential report kept on the child's file.",
      visibleToComplainant: false,
      details: { report: 'Spoke with room staff.' },
    },
  ],
};

describe('Staff actions: the form as the API takes it', () => {
  const values = (entries: Record<string, string>) => new Map(Object.entries(entries));

  it('P6: an outcome with its summary and the confidential report', () => {
    expect(
      actionRequestFromForm('outcome', values({ outcome: 'upheld', summary: ' We apologise. ', confidentialReport: 'Report' })),
    ).toEqual({ request: { type: 'outcome', outcome: 'upheld', summary: 'We apologise.', confidentialReport: 'Report' }, errors: [] });
  });

  it('names every missing answer by the request’s field', () => {
    expect(actionRequestFromForm('outcome', values({ confidentialReport: 'x' })).errors).toEqual([
      { field: 'outcome', message: 'is required' },
      { field: 'summary', message: 'is required' },
    ]);
    expect(actionRequestFromForm('extension', values({ newDeadlineAt: '31/03/2026' })).errors).toEqual([
      { field: 'newDeadlineAt', message: 'is not a date' },
      { field: 'reason', message: 'is required' },
    ]);
    expect(actionRequestFromForm('note', values({ text: 'x'.repeat(8_001) })).errors).toEqual([
      { field: 'text', message: 'must be at most 8000 characters' },
    ]);
  });

  it('an extension runs to the end of its day in London, summer or winter', () => {
    expect(actionRequestFromForm('extension', values({ newDeadlineAt: '2026-07-01', reason: 'Leave' })).request).toEqual({
      type: 'extension',
      newDeadlineAt: '2026-07-01T23:59:59+01:00',
      reason: 'Leave',
    });
    expect(actionRequestFromForm('extension', values({ newDeadlineAt: '2026-12-01', reason: 'Leave' })).request).toMatchObject({
      newDeadlineAt: '2026-12-01T23:59:59+00:00',
    });
  });

  it('A3, A4: a meeting on its day, and agreement as yes or no', () => {
    expect(actionRequestFromForm('meeting', values({ heldOn: '2026-06-02' })).request).toEqual({ type: 'meeting', heldOn: '2026-06-02T00:00:00+01:00' });
    expect(actionRequestFromForm('agreement', values({ reached: 'no', note: 'Minutes sent' })).request).toEqual({
      type: 'agreement',
      reached: false,
      note: 'Minutes sent',
    });
    expect(actionRequestFromForm('agreement', values({})).errors).toEqual([{ field: 'reached', message: 'is required' }]);
  });

  it.each(['2026-07-01', '2026-03-29', '2026-10-25', '2026-12-01'])(
    'P5: a letter posted on %s (summer, both clock changes, winter) is sent as that very day, wherever the browser is',
    (postedOn) => {
      const zone = process.env.TZ;
      try {
        // London's midnight in summer is 23:00 UTC the day before: the day typed must not slip.
        for (const tz of ['Europe/London', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
          process.env.TZ = tz;
          expect(actionRequestFromForm('letterPosted', values({ letterKey: 'letter#1', postedOn })).request).toEqual({
            type: 'letterPosted',
            letterKey: 'letter#1',
            postedOn,
          });
        }
      } finally {
        if (zone === undefined) delete process.env.TZ;
        else process.env.TZ = zone;
      }
      expect(actionRequestFromForm('letterPosted', values({ letterKey: 'letter#1', postedOn: '1/7/2026' })).errors).toEqual([
        { field: 'postedOn', message: 'is not a date' },
      ]);
    },
  );

  it.each([
    ['acknowledgement', {}, { type: 'acknowledgement' }],
    ['referral', { reason: 'Bruise seen' }, { type: 'referral', reason: 'Bruise seen' }],
    ['ofsted', { ofstedReference: 'ABC123' }, { type: 'ofsted', ofstedReference: 'ABC123' }],
    ['note', { text: 'Called back' }, { type: 'note', text: 'Called back' }],
    ['close', { reason: 'Resolved by phone' }, { type: 'close', reason: 'Resolved by phone' }],
  ] as const)('%s', (type, entries, request) => {
    expect(actionRequestFromForm(type, values(entries)).request).toEqual(request);
  });
});

describe('Staff session', () => {
  const token = (claims: Record<string, unknown>) =>
    `h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.s`;

  it('reads the same claims as the API: staff id, Cognito groups, settings, name', () => {
    const session = sessionFromIdToken(
      token({ 'custom:staffId': 'chloe-evans', 'cognito:groups': ['settingManager', 'other'], 'custom:settings': 'oak-street', name: 'Chloë Evans', exp: 2_000_000_000 }),
    );
    expect(session).toEqual({ staffId: 'chloe-evans', name: 'Chloë Evans', roles: ['settingManager'], settings: ['oak-street'], expiresAt: 2_000_000_000 });
    expect(isCurrent(session, NOW)).toBe(true);
    expect(isCurrent({ ...session!, expiresAt: NOW.getTime() / 1000 }, NOW)).toBe(false);
    expect(sessionFromIdToken('not a token')).toBeUndefined();
  });

  it('goes back only to a page of the console after signing in', () => {
    expect(safeNext('/staff/complaint.html?id=K7QM-4XRT', '/staff/complaints.html')).toBe('/staff/complaint.html?id=K7QM-4XRT');
    expect(safeNext('https://evil.example/staff/x.html', '/staff/complaints.html')).toBe('/staff/complaints.html');
    expect(safeNext('//evil.example/staff/x.html', '/staff/complaints.html')).toBe('/staff/complaints.html');
  });
});

const noInline = (page: string) => expect(page).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=|<script(?![^>]*\ssrc="\/assets\/)/i);

describe('Staff views', () => {
  const rows: DashboardRow[] = [
    { reference: 'AAAA-2222', settingId: 'oak-street', track: 'parent', level: 'settingManager', classification: 'complaint', waitingOn: 'staff', waitingFor: 'outcome', responsible: 'settingManager', state: 'overdue', deadlineAt: '2026-03-09T23:59:59Z', statutoryDeadlineAt: '2026-03-09T23:59:59Z', receivedAt: '2026-02-09T10:00:00Z' },
    { reference: 'BBBB-3333', settingId: 'willow-lane', track: 'agency', level: 'agencyMeeting', classification: 'complaint', waitingOn: 'staff', waitingFor: 'meeting', responsible: 'settingManager', state: 'extended', deadlineAt: '2026-04-09T22:59:59Z', statutoryDeadlineAt: '2026-03-20T23:59:59Z', receivedAt: '2026-02-20T10:00:00Z', interpreterLanguage: 'Arabic' },
  ];

  it('the dashboard gives every state in words, in the order the API gave, with the interpreter and P2 shown', () => {
    const page = renderDashboard({ t, rows, next: 'cursor-1', filters: { track: 'agency' }, settings }).value;

    expect(page.indexOf('AAAA-2222')).toBeLessThan(page.indexOf('BBBB-3333'));
    expect(page).toContain('<strong class="tag tag--overdue">Overdue</strong>');
    expect(page).toContain('<strong class="tag tag--extended">Extended</strong>');
    expect(page).toContain('<strong>Arabic</strong>');
    expect(page).toContain('Feedback or an outcome<br><span class="hint">from the setting manager</span>');
    expect(page).toContain('<a rel="next" href="/staff/complaints.html?track=agency&amp;after=cursor-1">Next page</a>');
    expect(page).toMatch(/<option value="agency" selected>/);
    expect(page).toContain('<label class="label" for="filter-setting">');
    noInline(page);
  });

  it('P6, A4: a complaint waiting on the complainant, or on the agreement, is listed with on whom and since when', () => {
    const waiting: DashboardRow[] = [
      { reference: 'CCCC-4444', settingId: 'oak-street', track: 'parent', level: 'settingManager', classification: 'concern', waitingOn: 'complainant', waitingFor: 'reply', waitingSince: '2026-03-05T10:00:00Z', receivedAt: '2026-02-20T10:00:00Z' },
      { reference: 'DDDD-5555', settingId: 'oak-street', track: 'agency', level: 'agencyMeeting', classification: 'complaint', waitingOn: 'staff', waitingFor: 'agreement', responsible: 'settingManager', waitingSince: '2026-03-06T10:00:00Z', receivedAt: '2026-02-20T10:00:00Z' },
    ];
    const page = renderDashboard({ t, rows: waiting, filters: {}, settings }).value;

    expect(page).toContain("The complainant&#39;s reply to the answer they were given<br><span class=\"hint\">since 5 Mar 2026, 10:00</span>");
    expect(page).toContain('<strong class="tag tag--waiting">With the complainant</strong>');
    expect(page).toContain('Whether agreement was reached after the meeting<br><span class="hint">from the setting manager</span>');
    expect(page).toContain('No deadline');
    noInline(page);
  });

  it('an empty page says so; the first page link appears once paging', () => {
    const page = renderDashboard({ t, rows: [], filters: { after: 'c' }, settings }).value;
    expect(page).toContain(t.dashboard.none);
    expect(page).toContain(`<a href="${dashboardUrl({})}">First page</a>`);
  });

  it('F2, P2: a complaint shows the interpreter needed and what it was recorded as, first; its clocks and its record', () => {
    const page = renderComplaint({ t, view, now: NOW, settings, staff }).value;
    const h1 = page.indexOf('<h1');

    expect(page.indexOf('Interpreter needed: Polski (Polish).')).toBeGreaterThan(h1);
    expect(page.indexOf('Interpreter needed')).toBeLessThan(page.indexOf('<h2'));
    expect(page).toContain('<strong class="tag tag--strong">Concern about the quality of the service or practice</strong>');
    expect(page).toContain('Statutory date');
    expect(page).toContain('<dt class="summary-list__key">Waiting for</dt><dd class="summary-list__value">Feedback or an outcome, from the setting manager, by 30 Mar 2026, 23:59</dd>');
    expect(page).toContain('<strong class="tag tag--onTrack">On track</strong>');
    expect(page).toContain('Chloe Evans (setting manager)');
    expect(page).toContain('<strong>Not shown to the complainant</strong>');
    expect(page).toContain("Confidential report (child&#39;s file)");
    expect(page).toContain('Ola &lt;b&gt;Nowak&lt;/b&gt;');
    noInline(page);
  });

  it('P6: a complaint whose answer was given says it waits for the complainant’s reply, and since when', () => {
    const answered = { ...view, levels: { settingManager: clock('settingManager', { doneAt: '2026-03-09T10:00:00Z' }) } };
    const page = renderComplaint({ t, view: answered, now: NOW, settings, staff }).value;

    expect(page).toContain("Waiting for</dt><dd class=\"summary-list__value\">The complainant&#39;s reply to the answer they were given, since 9 Mar 2026, 10:00</dd>");
  });

  it('offers only the actions the API lists for this person, and says in words why not the others', () => {
    const asKeyPerson = { ...view, ...actionsOffered(principal('amira-khan'), { ...parentComplaint, complaint: { ...parentComplaint.complaint, subjectStaffId: undefined } }) };
    const page = renderComplaint({ t, view: asKeyPerson, now: NOW, settings, staff }).value;
    const panels = [...page.matchAll(/data-action-panel="(\w+)"/g)].map((match) => match[1]);

    expect(panels).toEqual(['note', 'ofsted']);
    expect(page).toContain('What you cannot record now, and why');
    expect(page).toContain('<strong>Close the complaint</strong>: Only the setting manager');
    expect(page).not.toMatch(/\((?:[PAFR]\d+(?:, )?)+\)/);
  });

  it('every action form’s fields are labelled, ids unique on the page, hints and errors tied to their field', () => {
    const agencyAggregate: ComplaintAggregate = {
      complaint: { ...view.complaint, track: 'agency', currentLevel: 'agencyAcknowledgement' },
      levels: { agencyAcknowledgement: clock('agencyAcknowledgement'), agencyMeeting: clock('agencyMeeting') },
    };
    const agencyView: ComplaintView = { ...view, ...agencyAggregate, ...actionsOffered(principal('chloe-evans'), agencyAggregate) };
    const page = renderComplaint({
      t,
      view: agencyView,
      now: NOW,
      settings,
      staff,
      forms: { meeting: { values: new Map([['heldOn', '2030-01-01']]), errors: [{ field: 'heldOn', message: 'cannot be in the future' }] } },
    }).value;
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const labelled = new Set([...page.matchAll(/<label[^>]* for="([^"]+)"/g)].map((m) => m[1]));

    expect(new Set(ids).size).toBe(ids.length);
    for (const [, id] of page.matchAll(/<(?:input|textarea|select)[^>]*\sid="([^"]+)"/g)) expect(labelled.has(id), id).toBe(true);
    for (const [, list] of page.matchAll(/aria-describedby="([^"]+)"/g)) for (const id of list!.split(' ')) expect(ids, id).toContain(id);
    expect(page).toContain('<a href="#meeting-heldOn">Date of the meeting: cannot be in the future</a>');
    expect(page).toMatch(/<details class="action" open data-action-panel="meeting">/);
  });

  it.each(STAFF_ACTION_TYPES)('%s: a refusal (403) or a conflict (409) is said with the API’s reason, focused', (type) => {
    const forbidden = renderActionForm(t, type, { problem: { kind: 'forbidden', message: 'Only the owner may record this at this stage' } }).value;
    const conflict = renderActionForm(t, type, { problem: { kind: 'conflict', message: 'Nothing is waiting for an outcome' } }).value;

    expect(forbidden).toMatch(/role="alert" tabindex="-1" data-focus>\s*<h2 class="notification__title">You may not do this<\/h2>/);
    expect(forbidden).toContain('Only the owner may record this at this stage');
    expect(conflict).toContain('This could not be recorded');
  });

  it('the local sign-in says it is a demo, and each person’s roles and settings', () => {
    const page = renderLocalSignIn(t, [{ id: 'gareth-price', name: 'Gareth Price', roles: ['lineManager'], settings: ['oak-street', 'willow-lane'] }], settings).value;

    expect(page).toContain('Local demo sign-in.');
    expect(page).toContain('data-staff-id="gareth-price">Sign in as Gareth Price');
    expect(page).toContain('Line manager · Oak Street Nursery, Willow Lane Pre-school');
  });

  it('the console’s pages: English, a <noscript> message, its own script, no names built in (they follow the directory), nothing inline', () => {
    const site = siteFromOrganisation({ ...exampleOrg, name: 'Acorn "<Trust>"' }, { css: '/assets/s.css', js: '/assets/site.js', staffJs: '/assets/staff.js' });
    for (const page of ['signIn', 'signedIn', 'dashboard', 'complaint'] as const) {
      const shell = renderStaffPage(site, page);
      expect(shell).toMatch(/<html lang="en" dir="ltr">/);
      expect(shell).toContain(`<noscript><div class="notification notification--error"><p class="notification__text">${t.noScript}</p></div></noscript>`);
      expect(shell).toContain('<script type="module" src="/assets/staff.js"></script>');
      expect(shell).not.toContain('/assets/site.js');
      expect(shell).not.toMatch(/data-settings|data-staff=|Oak Street Nursery|Chloe Evans/);
      expect(shell).toContain('Acorn &quot;&lt;Trust&gt;&quot;');
      noInline(shell);
    }
  });
});
