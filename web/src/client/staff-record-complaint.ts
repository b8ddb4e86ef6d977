/// <reference lib="dom.iterable" />
/**
 * A complaint's part in the record of complaints, on its page: sends the summative record
 * (R2), the practice review (R4) and a legal hold's placing or lifting (R3); shows who looked
 * at the complaint (F3) and the subject access document. A refused name comes back as a 400
 * with where it was found: the form is shown again with the field's error and the name marked.
 *
 * The subject access document is the API's own HTML (it needs the bearer token), shown in this
 * page with its language and direction, to print or save: a new tab would have no session.
 */
import { formValues, type FieldError } from '../../../lambdas/templates/site/form/fields';
import { html } from '../../../lambdas/templates/site/pages/html';
import type { ComplaintView } from '../../../lambdas/use-cases/get-complaint';
import { staffComplaintUrl } from '../../../lambdas/templates/site/paths';
import type { StaffMessages } from '../i18n/staff';
import { recordEn } from '../i18n/staff-record-en';
import {
  renderAccessLog,
  renderHoldForm,
  renderReviewForm,
  renderSummativeForm,
  RECORD_FORMS,
  type AccessLogEntry,
  type RecordForm,
  type RecordFormState,
} from '../staff/record-complaint';
import {
  legalHoldFromForm,
  nameMatchesOf,
  practiceReviewFromForm,
  subjectAccessPath,
  summativeRecordFromForm,
  type Mapping,
} from '../staff/record-forms';
import { renderNotice, type Named } from '../staff/views';

const r = recordEn;

type ErrorBody = { message?: string; errors?: FieldError[] };
type Sent = { response: Response; body: ErrorBody } | { network: true } | undefined;

export interface RecordComplaintDeps {
  t: StaffMessages;
  app: HTMLElement;
  api(path: string, init?: RequestInit): Promise<Response>;
  /** Posts JSON with the form's button busy (staff.ts). */
  send(form: HTMLFormElement, path: string, request: unknown): Promise<Sent>;
  /** The complaint as shown now. */
  view(): ComplaintView | undefined;
  /** Loads the complaint again and shows it with this notice. */
  reload(notice: string): Promise<void>;
  setTitle(title: string): void;
  staff: () => readonly Named[];
}

const isRecordForm = (value: string | undefined): value is RecordForm => (RECORD_FORMS as readonly string[]).includes(value ?? '');

function mappingOf(type: RecordForm, data: FormData): Mapping<unknown> {
  if (type === 'summative') return summativeRecordFromForm(data);
  if (type === 'review') return practiceReviewFromForm(data);
  return legalHoldFromForm(data);
}

function pathOf(type: RecordForm, id: string): string {
  const base = `/staff/complaints/${encodeURIComponent(id)}`;
  return { summative: `${base}/record`, review: `${base}/practice-review`, hold: `${base}/legal-hold`, lift: `${base}/legal-hold/lift` }[type];
}

const SAVED: Record<RecordForm, string> = {
  summative: r.summative.saved,
  review: r.review.saved,
  hold: r.admin.placed,
  lift: r.admin.lifted,
};

function showForm(deps: RecordComplaintDeps, type: RecordForm, state: RecordFormState): void {
  const body = document.getElementById(`record-form-${type}`);
  const view = deps.view();
  if (!body || !view) return;
  const rendered =
    type === 'summative'
      ? renderSummativeForm(deps.t, r, view, state)
      : type === 'review'
        ? renderReviewForm(deps.t, r, state)
        : renderHoldForm(deps.t, r, type, state);
  body.innerHTML = rendered.value;
  body.closest('details')?.setAttribute('open', '');
  body.querySelector<HTMLElement>('[data-focus]')?.focus();
}

export async function submitRecordForm(deps: RecordComplaintDeps, id: string, form: HTMLFormElement): Promise<void> {
  const type = form.dataset.recordForm;
  if (!isRecordForm(type)) return;
  const data = new FormData(form);
  const values = formValues(data);
  const eyfsAreas = data.getAll('eyfsAreas').filter((value): value is string => typeof value === 'string');
  const typed: RecordFormState = { values, ...(type === 'summative' ? { eyfsAreas } : {}) };
  const mapped = mappingOf(type, data);
  if (!mapped.request) return showForm(deps, type, { ...typed, errors: mapped.errors });
  const sent = await deps.send(form, pathOf(type, id), mapped.request);
  if (!sent) return;
  if ('network' in sent) return showForm(deps, type, { ...typed, problem: { kind: 'network' } });
  if (sent.response.ok) return deps.reload(SAVED[type]);
  const { response, body } = sent;
  if (response.status === 400) {
    return showForm(deps, type, { ...typed, errors: body.errors ?? [{ field: 'body', message: body.message ?? '' }], matches: nameMatchesOf(body) });
  }
  const kind = response.status === 403 ? 'forbidden' : response.status === 409 ? 'conflict' : response.status === 404 ? 'notFound' : 'server';
  showForm(deps, type, { ...typed, problem: { kind, message: body.message ?? r.problem.forbidden } });
}

/** F3: who looked at the complaint, below its button. */
export async function showAccessLog(deps: RecordComplaintDeps, id: string): Promise<void> {
  const target = document.getElementById('access-log');
  if (!target) return;
  const response = await deps.api(`/staff/complaints/${encodeURIComponent(id)}/access-log`).catch(() => undefined);
  if (!response?.ok) {
    target.innerHTML = renderNotice(response?.status === 403 ? r.problem.forbidden : r.problem.server, 'error').value;
    return;
  }
  const { items } = (await response.json()) as { items: AccessLogEntry[] };
  target.innerHTML = renderAccessLog(r, items, deps.staff()).value;
}

/** The subject access document as the API renders it, in its language and direction, in this page. */
export async function showSubjectAccess(deps: RecordComplaintDeps, id: string, button: HTMLButtonElement | null): Promise<void> {
  button?.setAttribute('aria-disabled', 'true');
  const response = await deps.api(subjectAccessPath(id), { headers: { accept: 'text/html' } }).catch(() => undefined);
  button?.removeAttribute('aria-disabled');
  if (!response?.ok) {
    button?.insertAdjacentHTML('afterend', renderNotice(response?.status === 403 ? r.problem.forbidden : r.problem.server, 'error').value);
    return;
  }
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const main = page.querySelector('main');
  if (!main) return;
  deps.setTitle(`${r.admin.subjectHeading} – ${id}`);
  const document_ = deps.app.ownerDocument;
  const a = r.admin;
  deps.app.innerHTML = html`<div class="record-controls">
<p><a href="${staffComplaintUrl(id)}">${a.subjectBack}</a></p>
<p><button type="button" class="button" data-print>${a.subjectPrint}</button></p>
</div>`.value;
  const documentBody = document_.createElement('div');
  documentBody.className = 'sar';
  documentBody.lang = page.documentElement.lang;
  documentBody.dir = page.documentElement.dir;
  documentBody.append(...[...main.childNodes].map((node) => document_.importNode(node, true)));
  deps.app.append(documentBody);
  deps.app.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  const heading = documentBody.querySelector<HTMLElement>('h1');
  heading?.setAttribute('tabindex', '-1');
  heading?.focus();
}
