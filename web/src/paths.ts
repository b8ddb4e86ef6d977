/**
 * Where things are on the one origin the pages and the API share (CloudFront in AWS, the
 * local server in the embedded default): pages at `/<lang>/<page>.html`, the API under
 * `/api`. Shared by the pages, the enhancement script and the form handlers.
 */
import type { Language } from '../../lambdas/domain/language';

export const API_BASE = '/api';

/** The pre-rendered pages of each language. */
export const PAGES = ['index', 'parent', 'agency', 'allegation'] as const;
export type PageName = (typeof PAGES)[number];

export type FormKind = 'parent' | 'agency';

export const pageUrl = (lang: Language, page: PageName): string => `/${lang}/${page}.html`;

/** Where each form posts without JavaScript (answered with a redirect or the form again). */
export const formAction = (kind: FormKind): string => `${API_BASE}/forms/${kind}`;

/** Where the enhancement script posts the same answers as JSON. */
export const complaintEndpoint = (kind: FormKind): string => `${API_BASE}/complaints/${kind}`;

export const CONFIRMATION_PATH = `${API_BASE}/forms/confirmation`;

/** What the confirmation page shows: all of it from the submission's answer. */
export interface ConfirmationDetails {
  lang: Language;
  kind: FormKind;
  reference: string;
  status: string;
  level?: string;
  respondBy?: string;
}

export function confirmationUrl(details: ConfirmationDetails): string {
  const query = new URLSearchParams({ lang: details.lang, form: details.kind, ref: details.reference, status: details.status });
  if (details.level) query.set('level', details.level);
  if (details.respondBy) query.set('by', details.respondBy);
  return `${CONFIRMATION_PATH}?${query.toString()}`;
}
