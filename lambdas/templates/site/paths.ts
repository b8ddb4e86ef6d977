/**
 * Where things are on the one origin the pages and the API share (CloudFront in AWS, the
 * local server in the embedded default): pages at `/<lang>/<page>.html`, the staff console
 * at `/staff/<page>.html`, the API under `/api`. Every page is a real file (or an API
 * route), never a folder: CloudFront's default root object only works at `/`. Shared by the
 * pages, the scripts, the form handlers and the links in emails.
 */
import type { Language } from '../../domain/language';

export const API_BASE = '/api';

/** The pages of each language. */
export const PAGES = ['index', 'parent', 'agency', 'allegation'] as const;
export type PageName = (typeof PAGES)[number];

export type FormKind = 'parent' | 'agency';

const isForm = (page: PageName): page is FormKind => page === 'parent' || page === 'agency';

/**
 * Where a page is. The forms are rendered by the API (GET, the same path they post to), since
 * they list the settings and staff as the directory has them now; the other pages are
 * pre-rendered files. `/<lang>/<form>.html`, where the forms once were, leads to them.
 */
export const pageUrl = (lang: Language, page: PageName): string =>
  isForm(page) ? `${formAction(page)}?lang=${lang}` : staticPageUrl(lang, page);

/** The file a page is pre-rendered to (for a form: the page that leads to it). */
export const staticPageUrl = (lang: Language, page: PageName): string => `/${lang}/${page}.html`;

/** Where each form is shown, and posts without JavaScript (answered with a redirect or the form again). */
export const formAction = (kind: FormKind): string => `${API_BASE}/forms/${kind}`;

/** Where the enhancement script posts the same answers as JSON. */
export const complaintEndpoint = (kind: FormKind): string => `${API_BASE}/complaints/${kind}`;

/** Where a form gets its signed timing token (the API route GET /forms/token). */
export const FORM_TOKEN_ENDPOINT = `${API_BASE}/forms/token`;

export const CONFIRMATION_PATH = `${API_BASE}/forms/confirmation`;

/** What the confirmation page shows: all of it from the submission's answer. */
export interface ConfirmationDetails {
  lang: Language;
  kind: FormKind;
  reference: string;
  status: string;
  /** P2: what was sent, so the heading names it (absent: a complaint). */
  recordedAs?: 'concern' | 'complaint';
  level?: string;
  respondBy?: string;
}

export function confirmationUrl(details: ConfirmationDetails): string {
  const query = new URLSearchParams({ lang: details.lang, form: details.kind, ref: details.reference, status: details.status });
  if (details.recordedAs === 'concern') query.set('as', details.recordedAs);
  if (details.level) query.set('level', details.level);
  if (details.respondBy) query.set('by', details.respondBy);
  return `${CONFIRMATION_PATH}?${query.toString()}`;
}

/** The complainant's status page: rendered by the API, so it works without JavaScript. */
export const STATUS_PATH = `${API_BASE}/forms/status`;
/** Where the status page's answer form posts without JavaScript (answered with a 303). */
export const STATUS_RESPONSE_PATH = `${API_BASE}/forms/status-response`;

export type ResponseType = 'satisfied' | 'notSatisfied' | 'noAgreement' | 'withdraw';

export interface StatusLink {
  lang: Language;
  ref: string;
  token: string;
  /** Just answered: the page says the answer was recorded. */
  done?: ResponseType;
}

/**
 * The private status link, as emails carry it (with the site's origin in front) and as the
 * page links to itself in another language. The token is in the query: the page must work
 * without JavaScript, which a fragment would not allow.
 */
export function statusPageUrl({ lang, ref, token, done }: StatusLink): string {
  const query = new URLSearchParams({ lang, ref, token });
  if (done) query.set('done', done);
  return `${STATUS_PATH}?${query.toString()}`;
}

/** The JSON API of the same page, for the enhancement script (token in X-Status-Token). */
export const statusEndpoint = (reference: string): string => `${API_BASE}/status/${encodeURIComponent(reference)}`;
export const statusResponseEndpoint = (reference: string): string => `${statusEndpoint(reference)}/response`;

/** The staff console (English; needs JavaScript): pre-rendered shells the console script fills. */
export const STAFF_PAGES = {
  signIn: '/staff/index.html',
  /** Cognito's redirect after sign-in (lib/constructs/auth.ts callbackUrls). */
  signedIn: '/staff/signed-in.html',
  dashboard: '/staff/complaints.html',
  complaint: '/staff/complaint.html',
  /** The directory: staff and settings, for administrators (issue 12). */
  admin: '/staff/admin.html',
  /** Emails and clock starts that failed every attempt (administrators). */
  parked: '/staff/parked.html',
  /** Letters to print and post for complainants without email (P5); `?ref=&key=` prints one. */
  letters: '/staff/letters.html',
  /** Another agency's written complaint, received by post or email, entered by staff (A1). */
  agencyLetter: '/staff/agency-letter.html',
  /** The record of complaints (R1): every complaint, filtered and paged, and its productions. */
  record: '/staff/record.html',
  /** The record of a period and settings as a page to print (`?settingIds=&from=&to=`). */
  recordPrint: '/staff/record-print.html',
  /** Inspectors' read-only links to the record, and who produced it (administrators). */
  recordLinks: '/staff/record-links.html',
} as const;
export type StaffPage = keyof typeof STAFF_PAGES;

/** One complaint in the console: the link staff emails carry (with the origin in front). */
export const staffComplaintUrl = (complaintId: string): string =>
  `${STAFF_PAGES.complaint}?id=${encodeURIComponent(complaintId)}`;

/** How staff sign in here, written by web/build.ts (local) or the web construct (Cognito). */
export const CONSOLE_CONFIG_PATH = '/config.json';

export type ConsoleConfig =
  | { signIn: 'local' }
  | { signIn: 'cognito'; domain: string; clientId: string; region: string };

