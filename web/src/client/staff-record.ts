/// <reference lib="dom.iterable" />
/**
 * The console's record of complaints (R1): the list with its filters and pages, and the
 * production of the record of a period for Ofsted.
 *
 * The exports need the bearer token, which a plain link cannot carry, so the script fetches
 * them itself:
 * - CSV and JSON arrive as a Blob and are saved through a temporary `<a download>` of an
 *   object URL: the browser's own download, named as the API names the file, in every
 *   current browser, with no new tab for the token to be missing from.
 * - The printable page is the API's own HTML (format=html, so the production is logged as
 *   the printable page), parsed, and its record shown inside this console page, whose
 *   stylesheet prints it alone on landscape A4. Not a new tab or a blob: URL, because a new
 *   tab has no session (the token lives in this tab's sessionStorage) and a blob: document
 *   resolves no `/assets/…` stylesheet. The page has an address of its own
 *   (/staff/record-print.html?settingIds=&from=&to=), so a reload or a bookmark produces it again.
 */
import { formValues, type FieldError } from '../../../lambdas/templates/site/form/fields';
import type { RecordListItem } from '../../../lambdas/use-cases/list-record';
import type { StaffMessages } from '../i18n/staff';
import { recordEn } from '../i18n/staff-record-en';
import {
  initialProduceState,
  londonDay,
  renderPrintControls,
  renderProduceForm,
  renderRecordList,
  type ProduceFormState,
} from '../staff/record';
import {
  downloadName,
  recordExportPath,
  recordFiltersFromQuery,
  recordListPath,
  recordPrintUrl,
  recordScopeFromForm,
  RECORD_FORMATS,
  type RecordFormat,
  type RecordScope,
} from '../staff/record-forms';
import { renderNotice, type Named } from '../staff/views';
import type { ConsolePage } from './console-page';
import { setBusy } from './errors';

export interface RecordPageDeps extends ConsolePage {
  t: StaffMessages;
  /** The settings this person may see. */
  settings: readonly Named[];
  params: URLSearchParams;
  /** Offered the inspectors' links (the API decides in any case). */
  administrator?: boolean;
}

const r = recordEn;

type ErrorBody = { message?: string; errors?: FieldError[] };

export async function recordPage(deps: RecordPageDeps): Promise<void> {
  deps.setTitle(r.title);
  const filters = recordFiltersFromQuery(deps.params);
  const produce = initialProduceState(filters, deps.settings, londonDay(new Date()));
  const response = await deps.api(recordListPath(filters));
  const body = (await response.json().catch(() => ({}))) as { items?: RecordListItem[]; next?: string } & ErrorBody;
  if (response.status === 400) {
    deps.show(
      renderRecordList({ t: deps.t, r, items: [], filters, settings: deps.settings, filterErrors: body.errors ?? [], produce, administrator: deps.administrator === true }),
    );
  } else if (!response.ok) {
    return deps.show(renderNotice(r.failed, 'error'));
  } else {
    deps.show(
      renderRecordList({
        t: deps.t,
        r,
        items: body.items ?? [],
        ...(body.next ? { next: body.next } : {}),
        filters,
        settings: deps.settings,
        produce,
        administrator: deps.administrator === true,
      }),
    );
  }
  deps.app.addEventListener('submit', (event) => {
    const form = event.target instanceof HTMLFormElement && event.target.matches('form[data-record-produce]') ? event.target : null;
    if (!form) return;
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter;
    const format = RECORD_FORMATS.find((candidate) => candidate === submitter?.getAttribute('value')) ?? 'html';
    void produceRecord(deps, form, format, submitter instanceof HTMLButtonElement ? submitter : null);
  });
}

function showProduceForm(deps: RecordPageDeps, state: ProduceFormState): void {
  const section = deps.app.querySelector('[data-record-produce-section]');
  if (!section) return;
  section.outerHTML = renderProduceForm(deps.t, r, deps.settings, state).value;
  deps.app.querySelector<HTMLElement>('[data-record-produce-section] [data-focus]')?.focus();
}

async function produceRecord(deps: RecordPageDeps, form: HTMLFormElement, format: RecordFormat, button: HTMLButtonElement | null): Promise<void> {
  const data = new FormData(form);
  const mapped = recordScopeFromForm(data);
  const typed = formValues(data);
  const state: ProduceFormState = {
    settingIds: data.getAll('settingIds').filter((value): value is string => typeof value === 'string'),
    from: typed.get('from') ?? '',
    to: typed.get('to') ?? '',
  };
  if (!mapped.request) return showProduceForm(deps, { ...state, errors: mapped.errors });
  if (button?.getAttribute('aria-disabled') === 'true') return;
  setBusy(button, true);
  const response = await deps
    .api(recordExportPath(mapped.request, format), { headers: { accept: format === 'html' ? 'text/html' : format === 'csv' ? 'text/csv' : 'application/json' } })
    .catch(() => undefined);
  setBusy(button, false);
  if (!response) return showProduceForm(deps, { ...state, problem: { kind: 'network', message: r.problem.network } });
  if (!response.ok) return showProduceForm(deps, { ...state, ...(await refusal(response)) });
  if (format === 'html') {
    window.history.pushState({}, '', recordPrintUrl(mapped.request));
    return showPrintable(deps, await response.text(), mapped.request);
  }
  const file = downloadName(response.headers.get('content-disposition'), mapped.request, format);
  download(await response.blob(), file);
  showProduceForm(deps, { ...state, notice: renderNotice(r.produce.downloaded(file), 'success') });
}

async function refusal(response: Response): Promise<Pick<ProduceFormState, 'errors' | 'problem'>> {
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  if (response.status === 400) return { errors: body.errors ?? [{ field: 'body', message: body.message ?? '' }] };
  if (response.status === 403) return { problem: { kind: 'forbidden', message: r.produce.forbidden } };
  return { problem: { kind: 'server', message: r.problem.server } };
}

/** The browser's own download of what the script fetched. */
function download(blob: Blob, file: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the browser to have read it; the object URL then goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The record the API rendered, inside this page: its own markup, never re-rendered here. */
function showPrintable(deps: Pick<RecordPageDeps, 'app' | 'show' | 'setTitle'>, page: string, scope: RecordScope): void {
  deps.setTitle(r.print.title);
  const record = new DOMParser().parseFromString(page, 'text/html').querySelector('article.record');
  deps.show(renderPrintControls(r, record ? scope : undefined));
  if (!record) {
    deps.app.insertAdjacentHTML('beforeend', renderNotice(r.failed, 'error').value);
    return;
  }
  deps.app.append(document.importNode(record, true));
  deps.app.querySelector<HTMLElement>('#record-title')?.setAttribute('tabindex', '-1');
  deps.app.querySelector<HTMLElement>('#record-title')?.focus();
  deps.app.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  // Back from the printable page to the form it came from: the list as it was.
  window.addEventListener('popstate', () => window.location.reload(), { once: true });
}

/** /staff/record-print.html?settingIds=&from=&to=: the record of that period, produced again. */
export async function recordPrintPage(deps: Omit<RecordPageDeps, 'settings'>): Promise<void> {
  deps.setTitle(r.print.title);
  const mapped = recordScopeFromForm(deps.params);
  if (!mapped.request) {
    deps.show(renderPrintControls(r, undefined));
    deps.app.insertAdjacentHTML('beforeend', renderNotice(r.print.missing, 'error').value);
    return;
  }
  const response = await deps.api(recordExportPath(mapped.request, 'html'), { headers: { accept: 'text/html' } });
  if (!response.ok) {
    const { errors, problem } = await refusal(response);
    const message = problem?.message ?? (errors ?? []).map((error) => `${error.field}: ${error.message}`).join('; ');
    deps.show(renderPrintControls(r, undefined));
    deps.app.insertAdjacentHTML('beforeend', renderNotice(message, 'error', deps.t.errors.summaryTitle).value);
    return;
  }
  showPrintable(deps, await response.text(), mapped.request);
}
