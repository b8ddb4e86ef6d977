/**
 * The record of complaints in the console (R1–R4): the one mapping from each form's answers to
 * the API's request or query (the list's filters, a production for Ofsted, the summative
 * record, the practice review, a legal hold, an inspector's link), and from a refused name
 * back to where it was written. Field names are the request's, so a 400 that names a field
 * maps straight back to it. The API decides what is allowed; this only leaves out what is
 * empty and says what is missing before a round trip. Pure: no DOM, no fetch.
 */
import { COMPLAINT_STATUSES, OUTCOMES, type ComplaintStatus } from '../../../lambdas/domain/complaint-types';
import { EYFS_AREAS, type EyfsArea } from '../../../lambdas/domain/eyfs';
import { TRACKS, type Track } from '../../../lambdas/domain/procedure';
import type { FieldError } from '../../../lambdas/templates/site/form/fields';
import { API_BASE, STAFF_PAGES } from '../../../lambdas/templates/site/paths';

/** A form's answers with every value of each name (checkboxes send several). */
export type Entries = Iterable<readonly [string, FormDataEntryValue | string]>;

export const OUTCOME_FILTERS = [...OUTCOMES, 'none'] as const;
export type OutcomeFilter = (typeof OUTCOME_FILTERS)[number];

export interface RecordFilters {
  settingId?: string;
  from?: string;
  to?: string;
  track?: Track;
  status?: ComplaintStatus;
  outcome?: OutcomeFilter;
  /** Rows a page (the API's default, 25, when absent). */
  limit?: string;
  after?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
const oneOf = <T extends string>(list: readonly T[], value: string | null | undefined): T | undefined =>
  (list as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

function stringsOf(entries: Entries): [string, string][] {
  return [...entries].flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as [string, string]] : []));
}

const FILTER_KEYS = ['settingId', 'from', 'to', 'track', 'status', 'outcome', 'limit', 'after'] as const;

/**
 * The record page's filters from its address (what the filter form sends with GET). Values
 * the API would not take for a choice are dropped; the dates go as typed, so that the API
 * names one that is not a date.
 */
export function recordFiltersFromQuery(params: URLSearchParams): RecordFilters {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const filters: RecordFilters = {};
  const settingId = text('settingId');
  if (settingId) filters.settingId = settingId;
  const from = text('from');
  if (from) filters.from = from;
  const to = text('to');
  if (to) filters.to = to;
  const track = oneOf(TRACKS, text('track'));
  if (track) filters.track = track;
  const status = oneOf(COMPLAINT_STATUSES, text('status'));
  if (status) filters.status = status;
  const outcome = oneOf(OUTCOME_FILTERS, text('outcome'));
  if (outcome) filters.outcome = outcome;
  const limit = text('limit');
  if (limit && /^\d{1,3}$/.test(limit)) filters.limit = limit;
  const after = text('after');
  if (after) filters.after = after;
  return filters;
}

function queryOf(filters: RecordFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  return query;
}

const withQuery = (path: string, query: URLSearchParams) => (query.size > 0 ? `${path}?${query.toString()}` : path);

/** GET /staff/record with these filters (the API's own names). */
export const recordListPath = (filters: RecordFilters): string => withQuery('/staff/record', queryOf(filters));

/** The console's record page with these filters. */
export const recordPageUrl = (filters: RecordFilters): string => withQuery(STAFF_PAGES.record, queryOf(filters));

// ── A production for Ofsted ─────────────────────────────────────────────────────────

export const RECORD_FORMATS = ['html', 'csv', 'json'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

export interface RecordScope {
  settingIds: string[];
  from: string;
  to: string;
}

export type Mapping<T> = { request: T; errors: [] } | { request?: undefined; errors: FieldError[] };

const done = <T>(request: T, errors: FieldError[]): Mapping<T> => (errors.length > 0 ? { errors } : { request, errors: [] });

/** The period and settings chosen on the production form (or in the printable page's address). */
export function recordScopeFromForm(entries: Entries): Mapping<RecordScope> {
  const pairs = stringsOf(entries);
  const all = (name: string) => pairs.filter(([key]) => key === name).map(([, value]) => value.trim());
  const settingIds = [...new Set(all('settingIds').flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean))];
  const from = all('from')[0] ?? '';
  const to = all('to')[0] ?? '';
  const errors: FieldError[] = [];
  if (settingIds.length === 0) errors.push({ field: 'settingIds', message: 'is required' });
  if (!from) errors.push({ field: 'from', message: 'is required' });
  else if (!isDate(from)) errors.push({ field: 'from', message: 'must be a date (YYYY-MM-DD)' });
  if (!to) errors.push({ field: 'to', message: 'is required' });
  else if (!isDate(to)) errors.push({ field: 'to', message: 'must be a date (YYYY-MM-DD)' });
  return done({ settingIds, from, to }, errors);
}

const scopeQuery = (scope: RecordScope) => new URLSearchParams({ settingIds: scope.settingIds.join(','), from: scope.from, to: scope.to });

/** GET /staff/record/export of a period and settings, in one form. */
export function recordExportPath(scope: RecordScope, format: RecordFormat): string {
  const query = scopeQuery(scope);
  query.set('format', format);
  return `/staff/record/export?${query.toString()}`;
}

/** The console's printable page of a period and settings. */
export const recordPrintUrl = (scope: RecordScope): string => `${STAFF_PAGES.recordPrint}?${scopeQuery(scope).toString()}`;

/** The file name the API gives in Content-Disposition, or one of ours. */
export function downloadName(contentDisposition: string | null, scope: RecordScope, format: 'csv' | 'json'): string {
  const named = /filename="([^"]+)"/.exec(contentDisposition ?? '')?.[1];
  return named && /^[\w.-]+$/.test(named) ? named : `record-of-complaints-${scope.from}-to-${scope.to}.${format}`;
}

/** The subject access document of a complaint, as the printable page (the API's HTML). */
export const subjectAccessPath = (complaintId: string): string => `/staff/complaints/${encodeURIComponent(complaintId)}/subject-access`;

/** Where the console's script fetches from: the API under the same origin. */
export const apiUrl = (path: string): string => `${API_BASE}${path}`;

// ── On a complaint's page ───────────────────────────────────────────────────────────

export interface SummativeRecordRequest {
  eyfsAreas: EyfsArea[];
  raised: string;
  investigation: string;
  actionTaken: string;
}

/** The longest answer the API takes for each of the record's texts (its request schemas). */
export const RECORD_MAX_LENGTHS: Readonly<Record<string, number>> = {
  raised: 2_000,
  investigation: 4_000,
  actionTaken: 4_000,
  findings: 8_000,
  actions: 8_000,
  reason: 1_000,
};

function texts<K extends string>(pairs: [string, string][], names: readonly K[], errors: FieldError[]): Record<K, string> {
  const result = {} as Record<K, string>;
  for (const name of names) {
    const value = pairs.find(([key]) => key === name)?.[1].trim() ?? '';
    if (!value) errors.push({ field: name, message: 'is required' });
    else if (value.length > (RECORD_MAX_LENGTHS[name] ?? Infinity)) {
      errors.push({ field: name, message: `must be at most ${RECORD_MAX_LENGTHS[name]} characters` });
    }
    result[name] = value;
  }
  return result;
}

/** R2: the EYFS areas ticked (only those the API knows) and the three summaries. */
export function summativeRecordFromForm(entries: Entries): Mapping<SummativeRecordRequest> {
  const pairs = stringsOf(entries);
  const errors: FieldError[] = [];
  const eyfsAreas = [
    ...new Set(pairs.filter(([key]) => key === 'eyfsAreas').flatMap(([, value]) => oneOf(EYFS_AREAS, value.trim()) ?? [])),
  ];
  if (eyfsAreas.length === 0) errors.push({ field: 'eyfsAreas', message: 'is required' });
  const written = texts(pairs, ['raised', 'investigation', 'actionTaken'] as const, errors);
  return done({ eyfsAreas, ...written }, errors);
}

/** R4: what the owners' review found and the actions it leads to. */
export function practiceReviewFromForm(entries: Entries): Mapping<{ findings: string; actions: string }> {
  const errors: FieldError[] = [];
  const written = texts(stringsOf(entries), ['findings', 'actions'] as const, errors);
  return done(written, errors);
}

/** R3: the reason for placing or lifting a legal hold. */
export function legalHoldFromForm(entries: Entries): Mapping<{ reason: string }> {
  const errors: FieldError[] = [];
  const written = texts(stringsOf(entries), ['reason'] as const, errors);
  return done(written, errors);
}

/** One name the API found in a summary: where (UTF-16 offsets, as the browser counts) and what to write instead. */
export interface NameMatch {
  field: string;
  start: number;
  end: number;
  text: string;
  suggestion: string;
}

/** The matches of a refused summary (the 400's `matches`), only those that make sense. */
export function nameMatchesOf(body: unknown): NameMatch[] {
  const matches = (body as { matches?: unknown } | null)?.matches;
  if (!Array.isArray(matches)) return [];
  return matches.flatMap((match): NameMatch[] => {
    const m = match as Partial<NameMatch>;
    return typeof m.field === 'string' &&
      typeof m.start === 'number' &&
      typeof m.end === 'number' &&
      m.end > m.start &&
      typeof m.text === 'string' &&
      typeof m.suggestion === 'string'
      ? [{ field: m.field, start: m.start, end: m.end, text: m.text, suggestion: m.suggestion }]
      : [];
  });
}

/**
 * The API finds a name word by word ("Sam", "Taylor"): the words of one person's name that
 * follow one another with only spaces between are shown as one match ("Sam Taylor").
 */
export function mergeAdjacentMatches(text: string, matches: readonly NameMatch[]): NameMatch[] {
  const merged: NameMatch[] = [];
  for (const match of [...matches].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && last.field === match.field && last.suggestion === match.suggestion && match.start >= last.end && /^\s+$/.test(text.slice(last.end, match.start))) {
      merged[merged.length - 1] = { ...last, end: match.end, text: text.slice(last.start, match.end) };
    } else {
      merged.push({ ...match });
    }
  }
  return merged;
}

/** A text cut at the matches found in it: plain parts and marked parts, in order. */
export function splitAtMatches(text: string, matches: readonly Pick<NameMatch, 'start' | 'end'>[]): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const match of [...matches].sort((a, b) => a.start - b.start)) {
    const start = Math.max(match.start, at);
    const end = Math.min(match.end, text.length);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

// ── Inspectors' links ───────────────────────────────────────────────────────────────

export interface InspectorLinkRequest extends RecordScope {
  /** Days until it expires; absent, the organisation's default (7). */
  days?: number;
  note?: string;
}

/** R1: an inspector's link: the period and settings, the days until it expires, who it is for. */
export function inspectorLinkFromForm(entries: Entries): Mapping<InspectorLinkRequest> {
  const pairs = stringsOf(entries);
  const scope = recordScopeFromForm(pairs);
  const errors: FieldError[] = [...scope.errors];
  const typed = (name: string) => pairs.find(([key]) => key === name)?.[1].trim() ?? '';
  const days = typed('days');
  if (days && !/^\d{1,3}$/.test(days)) errors.push({ field: 'days', message: 'must be a whole number of days from 1 to 90' });
  const note = typed('note');
  if (note.length > 200) errors.push({ field: 'note', message: 'must be at most 200 characters' });
  if (!scope.request || errors.length > 0) return { errors };
  return { request: { ...scope.request, ...(days ? { days: Number(days) } : {}), ...(note ? { note } : {}) }, errors: [] };
}

/** R1: why a link is revoked. */
export function revokeLinkFromForm(entries: Entries): Mapping<{ reason: string }> {
  const errors: FieldError[] = [];
  const pairs = stringsOf(entries);
  const reason = pairs.find(([key]) => key === 'reason')?.[1].trim() ?? '';
  if (!reason) errors.push({ field: 'reason', message: 'is required' });
  else if (reason.length > 500) errors.push({ field: 'reason', message: 'must be at most 500 characters' });
  return done({ reason }, errors);
}
