/**
 * The console's record of complaints (R1): every complaint the person may see, filtered and
 * paged, newest first, each linking to its page; and the form that produces the record of a
 * period and settings for Ofsted (the printable page, CSV, JSON). Pure: from what the API
 * answers to escaped HTML.
 */
import { COMPLAINT_STATUSES } from '../../../lambdas/domain/complaint-types';
import { EYFS_AREA_NAMES } from '../../../lambdas/domain/eyfs';
import { TRACKS } from '../../../lambdas/domain/procedure';
import { en as emailWords } from '../../../lambdas/templates/messages/en';
import type { FieldError } from '../../../lambdas/templates/site/form/fields';
import { attributes, html, type Html } from '../../../lambdas/templates/site/pages/html';
import { STAFF_PAGES, staffComplaintUrl } from '../../../lambdas/templates/site/paths';
import type { RecordListItem } from '../../../lambdas/use-cases/list-record';
import type { StaffMessages } from '../i18n/staff';
import type { RecordMessages } from '../i18n/staff-record-en';
import { OUTCOME_FILTERS, recordPageUrl, type RecordFilters, type RecordScope } from './record-forms';
import { fieldId, fieldMessages, renderNotice, renderStaffField, type ActionFormState, type Named, type StaffField } from './views';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium' });
export const formatDay = (iso: string): string => dayFormat.format(new Date(iso));
const day = (iso: string) => html`<time datetime="${iso}">${formatDay(iso)}</time>`;

/** A day in England, as a date field takes it. */
export const londonDay = (at: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

const option = (value: string, label: string, chosen: string | undefined) =>
  html`<option value="${value}"${attributes({ selected: value === (chosen ?? '') })}>${label}</option>`;

export const outcomeName = (r: RecordMessages, outcome: RecordListItem['outcome']): string =>
  outcome === 'none' ? r.noOutcome : capitalise(emailWords.common.outcomes[outcome]);

export interface RecordListInput {
  t: StaffMessages;
  r: RecordMessages;
  items: readonly RecordListItem[];
  next?: string;
  filters: RecordFilters;
  /** The settings this person may see. */
  settings: readonly Named[];
  /** What the API found wrong with the filters (a 400). */
  filterErrors?: readonly FieldError[];
  /** The production form's state. */
  produce: ProduceFormState;
  notice?: Html;
  /** Administrators are offered the inspectors' links and the productions. */
  administrator?: boolean;
}

export interface ProduceFormState extends ActionFormState {
  /** The settings ticked (all of those the person may see, at first). */
  settingIds: readonly string[];
  from: string;
  to: string;
  /** Said above the form: a download done. */
  notice?: Html;
}

/** The filter form's fields, for its error messages. */
function filterFields(r: RecordMessages): StaffField[] {
  const f = r.filters;
  return [
    { name: 'settingId', label: f.setting, control: 'select' },
    { name: 'from', label: f.from, hint: f.dateHint, control: 'date', optional: true },
    { name: 'to', label: f.to, hint: f.dateHint, control: 'date', optional: true },
    { name: 'track', label: f.track, control: 'select' },
    { name: 'status', label: f.status, control: 'select' },
    { name: 'outcome', label: f.outcome, control: 'select' },
  ];
}

function filterForm(t: StaffMessages, r: RecordMessages, filters: RecordFilters, settings: readonly Named[], errors: readonly FieldError[]): Html {
  const f = r.filters;
  const values = new Map(Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  const { summary, messages } = fieldMessages(t, 'filter', filterFields(r), { values, errors });
  const select = (name: string, label: string, options: Html[]) => {
    const message = messages.get(name);
    return html`<div${attributes({ class: message ? 'field field--error' : 'field' })}><label class="label" for="${fieldId('filter', name)}">${label}</label>
${message ? html`<p class="error-message" id="${fieldId('filter', name)}-error"><span class="visually-hidden">${t.errors.prefix}</span> ${message}</p>` : ''}
<select class="select"${attributes({ id: fieldId('filter', name), name, 'aria-describedby': message ? `${fieldId('filter', name)}-error` : undefined })}>${options}</select></div>`;
  };
  const [, from, to] = filterFields(r);
  return html`${summary}
<form class="filters" method="get" novalidate${attributes({ action: STAFF_PAGES.record, 'aria-label': f.label })}>
${settings.length > 1 ? select('settingId', f.setting, [option('', f.anySetting, filters.settingId), ...settings.map((s) => option(s.id, s.name, filters.settingId))]) : ''}
${renderStaffField('filter', from!, filters.from ?? '', messages.get('from'), t)}
${renderStaffField('filter', to!, filters.to ?? '', messages.get('to'), t)}
${select('track', f.track, [option('', f.anyTrack, filters.track), ...TRACKS.map((track) => option(track, t.tracks[track], filters.track))])}
${select('status', f.status, [option('', f.anyStatus, filters.status), ...COMPLAINT_STATUSES.map((status) => option(status, r.statuses[status], filters.status))])}
${select('outcome', f.outcome, [option('', f.anyOutcome, filters.outcome), ...OUTCOME_FILTERS.map((outcome) => option(outcome, outcome === 'none' ? f.noOutcome : capitalise(emailWords.common.outcomes[outcome]), filters.outcome))])}
${filters.limit ? html`<input type="hidden" name="limit" value="${filters.limit}">` : ''}
<button type="submit" class="button button--secondary">${f.apply}</button>
</form>
${Object.keys(filters).length > 0 ? html`<p><a href="${STAFF_PAGES.record}">${f.clear}</a></p>` : ''}`;
}

function recordTable(t: StaffMessages, r: RecordMessages, items: readonly RecordListItem[]): Html {
  if (items.length === 0) return html`<p class="inset">${r.none}</p>`;
  const c = r.columns;
  const review = (item: RecordListItem) =>
    !item.practiceReview
      ? r.noReview
      : item.practiceReview.status === 'done' && item.practiceReview.completedAt
        ? r.reviewDone(formatDay(item.practiceReview.completedAt))
        : r.reviewOpen(formatDay(item.practiceReview.dueAt));
  return html`<table class="table table--cards">
<caption>${r.caption}</caption>
<thead><tr><th scope="col">${c.reference}</th><th scope="col">${c.received}</th><th scope="col">${c.setting}</th><th scope="col">${c.track}</th><th scope="col">${c.recordedAs}</th><th scope="col">${c.status}</th><th scope="col">${c.outcome}</th><th scope="col">${c.writtenUp}</th><th scope="col">${c.review}</th></tr></thead>
<tbody>
${items.map(
  (item) => html`<tr>
<td data-label="${c.reference}">${item.tombstone ? html`<span class="reference-inline">${item.reference}</span><br><span class="hint">${r.gone}</span>` : html`<a class="reference-inline" href="${staffComplaintUrl(item.reference)}">${item.reference}</a>`}${item.legalHold ? html`<br><strong class="tag tag--strong">${r.held}</strong>` : ''}</td>
<td data-label="${c.received}">${day(item.receivedAt)}</td>
<td data-label="${c.setting}">${item.settingName}</td>
<td data-label="${c.track}">${t.tracks[item.track]}</td>
<td data-label="${c.recordedAs}">${capitalise(emailWords.common.classifications[item.classification])}</td>
<td data-label="${c.status}"><strong class="tag tag--${item.status}">${r.statuses[item.status]}</strong>${item.closedAt ? html`<br>${day(item.closedAt)}` : ''}</td>
<td data-label="${c.outcome}">${outcomeName(r, item.outcome)}${item.outcomeAt ? html`<br>${day(item.outcomeAt)}` : ''}</td>
<td data-label="${c.writtenUp}">${item.eyfsAreas.length > 0 ? item.eyfsAreas.map((area) => EYFS_AREA_NAMES[area]).join('; ') : r.notWrittenUp}</td>
<td data-label="${c.review}">${review(item)}</td>
</tr>`,
)}
</tbody>
</table>`;
}

/** The production form: which settings, which period, which form. */
export function renderProduceForm(t: StaffMessages, r: RecordMessages, settings: readonly Named[], state: ProduceFormState): Html {
  const p = r.produce;
  const fields: StaffField[] = [
    { name: 'settingIds', label: p.settings, hint: p.settingsHint, control: 'radios' },
    { name: 'from', label: p.from, hint: p.dateHint, control: 'date' },
    { name: 'to', label: p.to, hint: p.dateHint, control: 'date' },
  ];
  const values = new Map<string, string>([
    ['from', state.from],
    ['to', state.to],
    ...(state.settingIds.length > 0 ? [['settingIds', state.settingIds.join(',')] as [string, string]] : []),
  ]);
  const { summary, messages } = fieldMessages(t, 'produce', fields, { ...state, values }, p.required);
  const settingsError = messages.get('settingIds');
  const hintId = 'produce-settingIds-hint';
  const describedBy = [hintId, settingsError ? 'produce-settingIds-error' : ''].filter(Boolean).join(' ');
  const problem = state.problem ? renderNotice(state.problem.message ?? '', 'error', t.errors.summaryTitle) : '';
  return html`<section class="record-produce" aria-labelledby="produce" data-record-produce-section>
<h2 class="heading-l" id="produce">${p.heading}</h2>
<p>${p.intro}</p>
${state.notice ?? ''}${summary}${problem}
<form class="form" novalidate data-record-produce>
<div${attributes({ class: settingsError ? 'field field--error' : 'field' })}><fieldset class="fieldset"${attributes({ 'aria-describedby': describedBy })}>
<legend class="legend">${p.settings}</legend>
<div class="hint" id="${hintId}">${p.settingsHint}</div>
${settingsError ? html`<p class="error-message" id="produce-settingIds-error"><span class="visually-hidden">${t.errors.prefix}</span> ${settingsError}</p>` : ''}
<div class="choices">
${settings.map((setting, index) => {
  const id = index === 0 ? fieldId('produce', 'settingIds') : `${fieldId('produce', 'settingIds')}-${index + 1}`;
  return html`<div class="choice"><input class="choice__input"${attributes({ id, type: 'checkbox', name: 'settingIds', value: setting.id, checked: state.settingIds.includes(setting.id) })}>
<label class="choice__label" for="${id}">${setting.name}</label></div>`;
})}
</div>
</fieldset></div>
${renderStaffField('produce', fields[1]!, state.from, messages.get('from'), t)}
${renderStaffField('produce', fields[2]!, state.to, messages.get('to'), t)}
<div class="button-row">
<button type="submit" class="button" name="format" value="html">${p.printable}</button>
<button type="submit" class="button button--secondary" name="format" value="csv">${p.csv}</button>
<button type="submit" class="button button--secondary" name="format" value="json">${p.json}</button>
</div>
</form>
</section>`;
}

export function renderRecordList(input: RecordListInput): Html {
  const { t, r, filters } = input;
  const pages = [
    ...(filters.after ? [html`<li><a href="${recordPageUrl({ ...filters, after: undefined })}">${r.firstPage}</a></li>`] : []),
    ...(input.next ? [html`<li><a rel="next" href="${recordPageUrl({ ...filters, after: input.next })}">${r.nextPage}</a></li>`] : []),
  ];
  return html`<h1 class="heading-xl">${r.title}</h1>
${input.notice ?? ''}
<p class="lead">${r.intro}</p>
${input.administrator ? html`<p><a href="${STAFF_PAGES.recordLinks}">${r.links.navLink}</a></p>` : ''}
${filterForm(t, r, filters, input.settings, input.filterErrors ?? [])}
${input.filterErrors && input.filterErrors.length > 0 ? '' : recordTable(t, r, input.items)}
${pages.length > 0 ? html`<nav aria-label="${r.pages}"><ul class="pagination">${pages}</ul></nav>` : ''}
${renderProduceForm(t, r, input.settings, input.produce)}`;
}

/** The first state of the production form: the filters' period and setting, or the last twelve months of every setting. */
export function initialProduceState(filters: RecordFilters, settings: readonly Named[], today: string): ProduceFormState {
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  return {
    settingIds: filters.settingId ? [filters.settingId] : settings.map((setting) => setting.id),
    from: filters.from ?? (yearAgo.endsWith('02-29') ? yearAgo.replace('02-29', '02-28') : yearAgo),
    to: filters.to ?? today,
  };
}

/** The printable page's own words, around the record the API rendered; none of it is printed. */
export function renderPrintControls(r: RecordMessages, scope: RecordScope | undefined): Html {
  return html`<div class="record-controls">
<p><a href="${STAFF_PAGES.record}">${r.print.back}</a></p>
${scope ? html`<p><button type="button" class="button" data-print aria-describedby="print-hint">${r.print.print}</button></p><p class="hint" id="print-hint">${r.print.printHint}</p>` : ''}
</div>`;
}
