/**
 * The console's pure parts for the record of complaints: the filters as the API takes them
 * (R1), a production's period and settings (R1), the summative record and its refused names
 * (R2), the practice review (R4) and a legal hold's reason (R3), each from a form's answers to
 * the API's request; and the record list rendered from what the API answers.
 */
import { describe, expect, it } from 'vitest';
import type { ComplaintAggregate } from '../../lambdas/domain/complaint';
import type { ComplaintView } from '../../lambdas/use-cases/get-complaint';
import type { RecordListItem } from '../../lambdas/use-cases/list-record';
import { renderAccessLog, renderRecordSections, renderSummativeForm } from '../../web/src/staff/record-complaint';
import { linkState } from '../../web/src/staff/record-links';
import { staffText } from '../../web/src/i18n/staff';
import { recordEn } from '../../web/src/i18n/staff-record-en';
import { initialProduceState, renderProduceForm, renderRecordList } from '../../web/src/staff/record';
import {
  downloadName,
  inspectorLinkFromForm,
  legalHoldFromForm,
  revokeLinkFromForm,
  mergeAdjacentMatches,
  nameMatchesOf,
  practiceReviewFromForm,
  recordExportPath,
  recordFiltersFromQuery,
  recordListPath,
  recordPageUrl,
  recordPrintUrl,
  recordScopeFromForm,
  splitAtMatches,
  summativeRecordFromForm,
} from '../../web/src/staff/record-forms';

const t = staffText('en');
const settings = [
  { id: 'oak-street', name: 'Oak Street Nursery' },
  { id: 'willow-lane', name: 'Willow Lane Pre-school' },
];

const item = (changes: Partial<RecordListItem> = {}): RecordListItem => ({
  reference: 'K7QM-4XRT',
  settingId: 'oak-street',
  settingName: 'Oak Street Nursery',
  track: 'parent',
  classification: 'complaint',
  status: 'closed',
  receivedAt: '2026-03-02T10:00:00.000Z',
  closedAt: '2026-03-20T10:00:00.000Z',
  outcome: 'upheld',
  outcomeAt: '2026-03-10T10:00:00.000Z',
  eyfsAreas: ['safeguardingAndWelfare'],
  allegationReferred: false,
  legalHold: false,
  tombstone: false,
  ...changes,
});

describe('The record list’s filters (R1)', () => {
  it('R1: takes the filters the API knows from the address, drops choices it would refuse, and keeps dates as typed for the API to judge', () => {
    const filters = recordFiltersFromQuery(
      new URLSearchParams('settingId=oak-street&from=2026-01-01&to=not-a-date&track=agency&status=closed&outcome=none&limit=2&after=abc&x=1'),
    );
    expect(filters).toEqual({ settingId: 'oak-street', from: '2026-01-01', to: 'not-a-date', track: 'agency', status: 'closed', outcome: 'none', limit: '2', after: 'abc' });
    expect(recordFiltersFromQuery(new URLSearchParams('track=bus&status=lost&outcome=maybe&limit=many'))).toEqual({});
  });

  it('R1: the API query and the console page carry the same filters, and nothing when there is none', () => {
    expect(recordListPath({ status: 'closed', after: 'c1' })).toBe('/staff/record?status=closed&after=c1');
    expect(recordListPath({})).toBe('/staff/record');
    expect(recordPageUrl({ settingId: 'oak-street', outcome: 'upheld' })).toBe('/staff/record.html?settingId=oak-street&outcome=upheld');
  });
});

describe('A production of the record (R1)', () => {
  it('R1: every ticked setting, the period, as the export and the printable page take them', () => {
    const mapped = recordScopeFromForm([
      ['settingIds', 'oak-street'],
      ['settingIds', 'willow-lane'],
      ['from', '2026-01-01'],
      ['to', '2026-03-31'],
    ]);
    expect(mapped).toEqual({ request: { settingIds: ['oak-street', 'willow-lane'], from: '2026-01-01', to: '2026-03-31' }, errors: [] });
    expect(recordExportPath(mapped.request!, 'csv')).toBe('/staff/record/export?settingIds=oak-street%2Cwillow-lane&from=2026-01-01&to=2026-03-31&format=csv');
    expect(recordPrintUrl(mapped.request!)).toBe('/staff/record-print.html?settingIds=oak-street%2Cwillow-lane&from=2026-01-01&to=2026-03-31');
    // The printable page's own address reads back to the same scope.
    expect(recordScopeFromForm(new URLSearchParams(recordPrintUrl(mapped.request!).split('?')[1])).request).toEqual(mapped.request);
  });

  it('R1: no setting, no period, or a day that is not a date is named, field by field', () => {
    expect(recordScopeFromForm([['from', '2026-02-30x']]).errors).toEqual([
      { field: 'settingIds', message: 'is required' },
      { field: 'from', message: 'must be a date (YYYY-MM-DD)' },
      { field: 'to', message: 'is required' },
    ]);
  });

  it('R1: a download keeps the name the API gives it, and never a name that could be a path', () => {
    const scope = { settingIds: ['oak-street'], from: '2026-01-01', to: '2026-03-31' };
    expect(downloadName('attachment; filename="record-of-complaints-2026-01-01-to-2026-03-31.csv"', scope, 'csv')).toBe(
      'record-of-complaints-2026-01-01-to-2026-03-31.csv',
    );
    expect(downloadName('attachment; filename="../x.csv"', scope, 'csv')).toBe('record-of-complaints-2026-01-01-to-2026-03-31.csv');
    expect(downloadName(null, scope, 'json')).toBe('record-of-complaints-2026-01-01-to-2026-03-31.json');
  });

  it('R1: the form starts with the filters’ period and setting, or the last twelve months of every setting', () => {
    expect(initialProduceState({}, settings, '2026-11-30')).toEqual({ settingIds: ['oak-street', 'willow-lane'], from: '2025-11-30', to: '2026-11-30' });
    expect(initialProduceState({ settingId: 'willow-lane', from: '2026-01-01' }, settings, '2028-02-29')).toEqual({
      settingIds: ['willow-lane'],
      from: '2026-01-01',
      to: '2028-02-29',
    });
    expect(initialProduceState({}, settings, '2028-02-29').from).toBe('2027-02-28');
  });

  it('R1: its errors link to the first setting’s box and to each date', () => {
    const page = renderProduceForm(t, recordEn, settings, {
      settingIds: [],
      from: '',
      to: '2026-01-01',
      errors: [
        { field: 'settingIds', message: 'is required' },
        { field: 'from', message: 'is required' },
      ],
    }).value;
    expect(page).toContain('href="#produce-settingIds">Choose at least one setting');
    expect(page).toContain('href="#produce-from">Enter the first day of the period');
    expect(page).toContain('id="produce-settingIds" type="checkbox" name="settingIds" value="oak-street"');
    expect(page).toContain('aria-invalid="true"');
  });
});

describe('The record list (R1, R3)', () => {
  it('R1: each row links to its complaint; a complaint whose details are gone is listed without a link; a hold is said in words', () => {
    const page = renderRecordList({
      t,
      r: recordEn,
      items: [item(), item({ reference: 'ABCD-EFGH', tombstone: true, eyfsAreas: [], outcome: 'none', legalHold: true })],
      next: 'cursor',
      filters: { status: 'closed' },
      settings,
      produce: initialProduceState({}, settings, '2026-11-30'),
    }).value;
    expect(page).toContain('href="/staff/complaint.html?id=K7QM-4XRT"');
    expect(page).not.toContain('href="/staff/complaint.html?id=ABCD-EFGH"');
    expect(page).toContain(recordEn.gone);
    expect(page).toContain(recordEn.held);
    expect(page).toContain('Safeguarding and welfare');
    expect(page).toContain('href="/staff/record.html?status=closed&amp;after=cursor"');
  });

  it('R1: a 400 on the filters names the field it is about and shows no rows', () => {
    const page = renderRecordList({
      t,
      r: recordEn,
      items: [item()],
      filters: { from: '2026-05-01', to: '2026-04-01' },
      settings,
      filterErrors: [{ field: 'to', message: 'must not be before from' }],
      produce: initialProduceState({}, settings, '2026-11-30'),
    }).value;
    expect(page).toContain('href="#filter-to">Received up to: must not be before from');
    expect(page).not.toContain('K7QM-4XRT');
  });
});

describe('Written for the record, reviewed, held (R2, R3, R4)', () => {
  it('R2: the EYFS areas the API knows, each once, and the three summaries trimmed', () => {
    expect(
      summativeRecordFromForm([
        ['eyfsAreas', 'staffing'],
        ['eyfsAreas', 'staffing'],
        ['eyfsAreas', 'madeUp'],
        ['raised', ' Lunchboxes. '],
        ['investigation', 'Watched pick-up.'],
        ['actionTaken', 'A labelled shelf.'],
      ]),
    ).toEqual({ request: { eyfsAreas: ['staffing'], raised: 'Lunchboxes.', investigation: 'Watched pick-up.', actionTaken: 'A labelled shelf.' }, errors: [] });
  });

  it('R2: nothing chosen or written is named, field by field, and a summary past its length too', () => {
    expect(summativeRecordFromForm([['raised', 'x'.repeat(2_001)]]).errors).toEqual([
      { field: 'eyfsAreas', message: 'is required' },
      { field: 'raised', message: 'must be at most 2000 characters' },
      { field: 'investigation', message: 'is required' },
      { field: 'actionTaken', message: 'is required' },
    ]);
  });

  it('R2: a refused name is cut out of the text where the API found it (UTF-16 offsets), in any script', () => {
    const text = 'وأحمد came with Łukasza';
    const matches = nameMatchesOf({
      matches: [
        { field: 'raised', start: 16, end: 23, text: 'Łukasza', kind: 'staff', person: 'staff:x', suggestion: 'staff member A' },
        { field: 'raised', start: 0, end: 5, text: 'وأحمد', kind: 'child', person: 'child', suggestion: 'child A' },
        { field: 'raised', start: 3, end: 1, text: 'bad', suggestion: 'x' },
        'nonsense',
      ],
    });
    expect(matches).toHaveLength(2);
    expect(splitAtMatches(text, matches)).toEqual([
      { text: 'وأحمد', marked: true },
      { text: ' came with ', marked: false },
      { text: 'Łukasza', marked: true },
    ]);
    expect(nameMatchesOf({ message: 'no matches' })).toEqual([]);
  });

  it('R2: the words of one person’s name found one by one are marked as one name', () => {
    const text = 'sam  taylor and Sam.';
    const parent = { field: 'raised', suggestion: 'parent A' };
    expect(
      mergeAdjacentMatches(text, [
        { ...parent, start: 5, end: 11, text: 'taylor' },
        { ...parent, start: 0, end: 3, text: 'sam' },
        { ...parent, start: 16, end: 19, text: 'Sam' },
      ]),
    ).toEqual([
      { ...parent, start: 0, end: 11, text: 'sam  taylor' },
      { ...parent, start: 16, end: 19, text: 'Sam' },
    ]);
  });

  it('R4: the findings and the actions, both needed', () => {
    expect(practiceReviewFromForm([['findings', 'Rushed pick-up.'], ['actions', 'Two at the door.']])).toEqual({
      request: { findings: 'Rushed pick-up.', actions: 'Two at the door.' },
      errors: [],
    });
    expect(practiceReviewFromForm([['findings', ' ']]).errors.map((error) => error.field)).toEqual(['findings', 'actions']);
  });

  it('R3: a legal hold needs its reason', () => {
    expect(legalHoldFromForm([['reason', 'A claim.']])).toEqual({ request: { reason: 'A claim.' }, errors: [] });
    expect(legalHoldFromForm([]).errors).toEqual([{ field: 'reason', message: 'is required' }]);
  });
});

const aggregate: ComplaintAggregate = {
  complaint: {
    id: 'K7QM-4XRT',
    track: 'parent',
    settingId: 'oak-street',
    status: 'closed',
    classification: 'complaint',
    about: 'keyPerson',
    keyPersonId: 'amira-khan',
    allegationOfHarm: false,
    channel: 'online',
    language: 'en',
    contact: { name: 'Sam Taylor', email: 'sam@example.com' },
    childName: 'Ava',
    description: 'Lunchboxes.',
    receivedAt: '2026-03-02T10:00:00Z',
    pseudonyms: { child: 'child A', complainant: 'parent A', 'staff:amira-khan': 'staff member A' },
    practiceReview: { openedAt: '2026-03-10T10:00:00Z', dueAt: '2026-04-07T22:59:59Z', outcome: 'upheld' },
    version: 5,
  },
  levels: {},
};
const complaintView: ComplaintView = { ...aggregate, record: [], availableActions: [], unavailableActions: [], availableResponses: [], unavailableResponses: [] };
const staffNames = [{ id: 'amira-khan', name: 'Amira Khan' }, { id: 'ian-murray', name: 'Ian Murray' }];

describe('A complaint’s part in the record (R2, R3, R4, F3)', () => {
  it('R2: a refused name is said against its field and marked where it was written, the marking read with the field', () => {
    const text = 'Sam Taylor said Ava was upset.';
    const page = renderSummativeForm(t, recordEn, complaintView, {
      values: new Map([['raised', text], ['investigation', 'Asked.'], ['actionTaken', 'Changed.']]),
      eyfsAreas: ['staffing'],
      errors: [{ field: 'raised', message: 'names someone: write "parent A", "child A" instead' }],
      matches: [
        { field: 'raised', start: 0, end: 10, text: 'Sam Taylor', suggestion: 'parent A' },
        { field: 'raised', start: 16, end: 19, text: 'Ava', suggestion: 'child A' },
      ],
    }).value;
    expect(page).toContain('href="#summative-raised">What was raised: names someone: write &quot;parent A&quot;, &quot;child A&quot; instead');
    expect(page).toContain('aria-describedby="summative-raised-hint summative-raised-error summative-raised-names"');
    expect(page).toContain('<mark><span class="visually-hidden">[</span>Sam Taylor<span class="visually-hidden">]</span></mark> said <mark>');
    expect(page).toContain('<li>“Ava”: write “child A”</li>');
    expect(page).toContain('value="staffing" checked');
    expect(page).not.toContain('summative-investigation-names');
  });

  it('R2, R4: the labels the record gives this complaint’s people, the record form for a manager, the review form for an owner only', () => {
    const manager = renderRecordSections({ t, r: recordEn, view: complaintView, roles: ['settingManager'], staff: staffNames }).value;
    expect(manager).toContain('<li>Ava: “child A”</li>');
    expect(manager).toContain('<li>Amira Khan: “staff member A”</li>');
    expect(manager).toContain('data-record-form="summative"');
    expect(manager).not.toContain('data-record-form="review"');
    expect(manager).toContain(recordEn.review.ownersOnly);
    expect(manager).not.toContain('data-record-form="hold"');
    const owner = renderRecordSections({ t, r: recordEn, view: complaintView, roles: ['owner'], staff: staffNames }).value;
    expect(owner).toContain('data-record-form="review"');
    const keyPerson = renderRecordSections({ t, r: recordEn, view: complaintView, roles: ['keyPerson'], staff: staffNames }).value;
    expect(keyPerson).not.toContain('data-record-form="summative"');
  });

  it('R3, F3: an administrator places a hold, or lifts the one in place; the access log names staff and an inspector’s link', () => {
    const admin = renderRecordSections({ t, r: recordEn, view: complaintView, roles: ['administrator'], staff: staffNames }).value;
    expect(admin).toContain('data-record-form="hold"');
    expect(admin).toContain('data-access-log');
    expect(admin).toContain('data-subject-access');
    const held: ComplaintView = { ...complaintView, complaint: { ...complaintView.complaint, legalHold: { reason: 'A claim.', by: 'ian-murray', at: '2026-03-11T10:00:00Z' } } };
    const holding = renderRecordSections({ t, r: recordEn, view: held, roles: ['administrator'], staff: staffNames }).value;
    expect(holding).toContain('data-record-form="lift"');
    expect(holding).toContain('by Ian Murray: A claim.');
    const log = renderAccessLog(recordEn, [
      { at: '2026-03-11T10:00:00Z', kind: 'read', by: 'ian-murray' },
      { at: '2026-03-12T10:00:00Z', kind: 'inspectorLink', by: 'link:abc123' },
    ], staffNames).value;
    expect(log).toContain('Ian Murray</td><td>Opened it in the console');
    expect(log).toContain('Inspector’s link abc123');
  });
});

describe('Inspectors’ links (R1)', () => {
  it('R1: the period, the settings, the days as a number (absent: the organisation’s default) and who it is for', () => {
    const base: [string, string][] = [['settingIds', 'oak-street'], ['from', '2026-01-01'], ['to', '2026-03-31']];
    expect(inspectorLinkFromForm([...base, ['days', ' 14 '], ['note', 'Ofsted, April']])).toEqual({
      request: { settingIds: ['oak-street'], from: '2026-01-01', to: '2026-03-31', days: 14, note: 'Ofsted, April' },
      errors: [],
    });
    expect(inspectorLinkFromForm([...base, ['days', ''], ['note', '']]).request).toEqual({ settingIds: ['oak-street'], from: '2026-01-01', to: '2026-03-31' });
    // Zero goes to the API, which decides and names the field.
    expect(inspectorLinkFromForm([...base, ['days', '0']]).request?.days).toBe(0);
    expect(inspectorLinkFromForm([['days', 'a week']]).errors.map((error) => error.field)).toEqual(['settingIds', 'from', 'to', 'days']);
  });

  it('R1: a revocation needs its reason; a link works until it expires or is revoked', () => {
    expect(revokeLinkFromForm([['reason', ' Over. ']])).toEqual({ request: { reason: 'Over.' }, errors: [] });
    expect(revokeLinkFromForm([]).errors).toEqual([{ field: 'reason', message: 'is required' }]);
    const link = { id: 'a', scope: { settingIds: ['oak-street'], from: '2026-01-01', to: '2026-01-31' }, createdAt: '2026-02-01T10:00:00Z', createdBy: 'ian-murray', expiresAt: '2026-02-08T10:00:00Z' };
    expect(linkState(link, new Date('2026-02-08T09:59:59Z'))).toBe('active');
    expect(linkState(link, new Date('2026-02-08T10:00:00Z'))).toBe('expired');
    expect(linkState({ ...link, revokedAt: '2026-02-02T10:00:00Z' }, new Date('2026-02-03T10:00:00Z'))).toBe('revoked');
  });
});
