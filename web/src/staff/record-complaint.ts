/**
 * A complaint's part in the record of complaints, on its page in the console: what staff
 * wrote for the record (R2) and the form to write or update it, with any name the API found
 * marked where it was written; the owners' practice review (R4); and for administrators the
 * legal hold (R3), who looked at the complaint (F3) and the subject access document.
 *
 * Forms are offered by role for convenience only: the API decides, and its refusal is said
 * on the form. Pure: from what the API answers to escaped HTML.
 */
import type { ComplaintView } from '../../../lambdas/use-cases/get-complaint';
import { EYFS_AREAS, EYFS_AREA_NAMES } from '../../../lambdas/domain/eyfs';
import type { Role } from '../../../lambdas/domain/procedure';
import type { AccessKind } from '../../../lambdas/domain/record-ports';
import { en as emailWords } from '../../../lambdas/templates/messages/en';
import { attributes, html, Html } from '../../../lambdas/templates/site/pages/html';
import type { StaffMessages } from '../i18n/staff';
import type { RecordMessages } from '../i18n/staff-record-en';
import { mergeAdjacentMatches, splitAtMatches, type NameMatch } from './record-forms';
import {
  fieldId,
  fieldMessages,
  formatDateTime,
  problemNotice,
  renderStaffField,
  type ActionFormState,
  type Named,
  type StaffField,
} from './views';

export const RECORD_FORMS = ['summative', 'review', 'hold', 'lift'] as const;
export type RecordForm = (typeof RECORD_FORMS)[number];

export interface RecordFormState extends ActionFormState {
  /** R2: the names the API found in what was written. */
  matches?: readonly NameMatch[];
  /** The EYFS areas ticked, when the form is shown again. */
  eyfsAreas?: readonly string[];
}

export interface RecordSectionsInput {
  t: StaffMessages;
  r: RecordMessages;
  view: ComplaintView;
  roles: readonly Role[];
  staff: readonly Named[];
  forms?: Partial<Record<RecordForm, RecordFormState>>;
}

const nameOf = (staff: readonly Named[], id: string | undefined) => (id ? (staff.find((member) => member.id === id)?.name ?? id) : '');
const time = (iso: string) => html`<time datetime="${iso}">${formatDateTime(iso)}</time>`;

/** Who may write the record (managers and the safeguarding lead), review practice (owners), keep it (administrators). */
const WRITERS: readonly Role[] = ['settingManager', 'lineManager', 'owner', 'administrator', 'safeguardingLead'];

/** The people of this complaint as the record names them, beside the names staff know them by. */
function labelsOf(view: ComplaintView, staff: readonly Named[]): { name: string; label: string }[] {
  const { complaint } = view;
  const pseudonyms = complaint.pseudonyms ?? {};
  const known = (person: string): string | undefined => {
    if (person === 'child') return complaint.childName;
    if (person === 'complainant') return complaint.contact.name;
    if (person === 'agency') return complaint.contact.organisation ?? complaint.contact.name;
    if (person.startsWith('staff:')) return nameOf(staff, person.slice('staff:'.length));
    return undefined;
  };
  return Object.entries(pseudonyms).flatMap(([person, label]) => {
    const name = known(person);
    return name ? [{ name, label }] : [];
  });
}

function summativeFields(r: RecordMessages): StaffField[] {
  const s = r.summative;
  return [
    { name: 'eyfsAreas', label: s.eyfsAreas, hint: s.eyfsAreasHint, control: 'radios' },
    { name: 'raised', label: s.raised, hint: s.raisedHint, control: 'textarea', rows: 3 },
    { name: 'investigation', label: s.investigation, control: 'textarea', rows: 4 },
    { name: 'actionTaken', label: s.actionTaken, control: 'textarea', rows: 4 },
  ];
}

/**
 * What was written, with each name the API found marked — in words as well as in colour, for
 * those who do not see the marking — and what to write instead.
 */
function namesFound(r: RecordMessages, id: string, text: string, found: readonly NameMatch[]): Html {
  const matches = mergeAdjacentMatches(text, found);
  const parts = splitAtMatches(text, matches);
  const instead = [...new Map(matches.map((match) => [`${match.text}\u0000${match.suggestion}`, match])).values()];
  return html`<div class="name-check" id="${id}">
<p class="name-check__title">${r.summative.namedIn}</p>
<p class="name-check__text written">${parts.map((part) => (part.marked ? html`<mark><span class="visually-hidden">[</span>${part.text}<span class="visually-hidden">]</span></mark>` : part.text))}</p>
<ul class="list list--bullet">${instead.map((match) => html`<li>“${match.text}”: write “${match.suggestion}”</li>`)}</ul>
</div>`;
}

/** A text field, with what the API found in it marked below and read with the field. */
function textField(t: StaffMessages, r: RecordMessages, prefix: string, field: StaffField, value: string, error: string | undefined, matches: readonly NameMatch[]): Html {
  const found = matches.filter((match) => match.field === field.name);
  if (found.length === 0) return renderStaffField(prefix, field, value, error, t);
  const id = fieldId(prefix, field.name);
  // The marked text is part of the field's description, so a screen reader reads it there.
  const rendered = renderStaffField(prefix, field, value, error, t).value.replace(
    `aria-describedby="${[field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')}"`,
    `aria-describedby="${[field.hint ? `${id}-hint` : '', error ? `${id}-error` : '', `${id}-names`].filter(Boolean).join(' ')}"`,
  );
  return html`${new Html(rendered)}${namesFound(r, `${id}-names`, value, found)}`;
}

export function renderSummativeForm(t: StaffMessages, r: RecordMessages, view: ComplaintView, state: RecordFormState): Html {
  const s = r.summative;
  const written = view.complaint.summativeRecord;
  const fields = summativeFields(r);
  const values = new Map<string, string>(
    state.values ?? [
      ['raised', written?.raised ?? ''],
      ['investigation', written?.investigation ?? ''],
      ['actionTaken', written?.actionTaken ?? ''],
    ],
  );
  const ticked = state.eyfsAreas ?? written?.eyfsAreas ?? [];
  if (ticked.length > 0) values.set('eyfsAreas', ticked.join(','));
  const { summary, messages } = fieldMessages(t, 'summative', fields, { ...state, values }, s.required);
  const areasError = messages.get('eyfsAreas');
  const describedBy = ['summative-eyfsAreas-hint', areasError ? 'summative-eyfsAreas-error' : ''].filter(Boolean).join(' ');
  const matches = state.matches ?? [];
  return html`${summary}${state.problem ? problemNotice(t, state.problem) : ''}
<form class="form" novalidate data-record-form="summative">
<div${attributes({ class: areasError ? 'field field--error' : 'field' })}><fieldset class="fieldset"${attributes({ 'aria-describedby': describedBy })}>
<legend class="legend">${s.eyfsAreas}</legend>
<div class="hint" id="summative-eyfsAreas-hint">${s.eyfsAreasHint}</div>
${areasError ? html`<p class="error-message" id="summative-eyfsAreas-error"><span class="visually-hidden">${t.errors.prefix}</span> ${areasError}</p>` : ''}
<div class="choices">
${EYFS_AREAS.map((area, index) => {
  const id = index === 0 ? 'summative-eyfsAreas' : `summative-eyfsAreas-${index + 1}`;
  return html`<div class="choice"><input class="choice__input"${attributes({ id, type: 'checkbox', name: 'eyfsAreas', value: area, checked: ticked.includes(area) })}>
<label class="choice__label" for="${id}">${EYFS_AREA_NAMES[area]}</label></div>`;
})}
</div>
</fieldset></div>
${fields.slice(1).map((field) => textField(t, r, 'summative', field, values.get(field.name) ?? '', messages.get(field.name), matches))}
<button type="submit" class="button">${written ? s.update : s.submit}</button>
</form>`;
}

function summativeSection(input: RecordSectionsInput): Html {
  const { t, r, view, roles, staff } = input;
  const s = r.summative;
  const written = view.complaint.summativeRecord;
  const labels = labelsOf(view, staff);
  const state = input.forms?.summative;
  const row = (key: string, value: Html | string) =>
    html`<div class="summary-list__row"><dt class="summary-list__key">${key}</dt><dd class="summary-list__value">${value}</dd></div>`;
  const mayWrite = roles.some((role) => WRITERS.includes(role));
  return html`<h3 class="heading-m" id="summative">${s.heading}</h3>
<p>${s.intro}</p>
${labels.length > 0 ? html`<p>${s.labels}:</p><ul class="list list--bullet" data-record-labels>${labels.map(({ name, label }) => html`<li>${name}: “${label}”</li>`)}</ul>` : ''}
${
  written
    ? html`<dl class="summary-list">
${row(s.eyfsAreas, written.eyfsAreas.map((area) => EYFS_AREA_NAMES[area]).join('; '))}
${row(s.raised, html`<span class="written">${written.raised}</span>`)}
${row(s.investigation, html`<span class="written">${written.investigation}</span>`)}
${row(s.actionTaken, html`<span class="written">${written.actionTaken}</span>`)}
</dl>
<p class="hint">${s.written(formatDateTime(written.writtenAt), nameOf(staff, written.writtenBy))}</p>`
    : html`<p class="inset">${s.notYet}</p>`
}
${
  mayWrite
    ? html`<details class="action"${attributes({ open: Boolean(state?.errors?.length || state?.problem), 'data-record-panel': 'summative' })}>
<summary>${written ? s.update : s.submit}</summary>
<div class="action__body" id="record-form-summative">${renderSummativeForm(t, r, view, state ?? {})}</div>
</details>`
    : html`<p class="hint">${s.forbidden}</p>`
}`;
}

export function renderReviewForm(t: StaffMessages, r: RecordMessages, state: RecordFormState): Html {
  const v = r.review;
  const fields: StaffField[] = [
    { name: 'findings', label: v.findings, hint: v.hint, control: 'textarea', rows: 4 },
    { name: 'actions', label: v.actions, hint: v.hint, control: 'textarea', rows: 4 },
  ];
  const values = state.values ?? new Map<string, string>();
  const { summary, messages } = fieldMessages(t, 'review', fields, state, v.required);
  const matches = state.matches ?? [];
  return html`${summary}${state.problem ? problemNotice(t, state.problem) : ''}
<form class="form" novalidate data-record-form="review">
${fields.map((field) => textField(t, r, 'review', field, values.get(field.name) ?? '', messages.get(field.name), matches))}
<button type="submit" class="button">${v.submit}</button>
</form>`;
}

function reviewSection(input: RecordSectionsInput): Html {
  const { t, r, view, roles, staff } = input;
  const review = view.complaint.practiceReview;
  if (!review) return html``;
  const v = r.review;
  const state = input.forms?.review;
  const outcome = emailWords.common.outcomes[review.outcome];
  return html`<h3 class="heading-m" id="practice-review">${v.heading}</h3>
<p>${v.intro}</p>
<p>${v.opened(outcome, formatDateTime(review.openedAt))} ${review.completedAt ? v.done(formatDateTime(review.completedAt), nameOf(staff, review.completedBy)) : v.due(formatDateTime(review.dueAt))}</p>
${
  review.completedAt
    ? html`<dl class="summary-list">
<div class="summary-list__row"><dt class="summary-list__key">${v.findings}</dt><dd class="summary-list__value written">${review.findings ?? ''}</dd></div>
<div class="summary-list__row"><dt class="summary-list__key">${v.actions}</dt><dd class="summary-list__value written">${review.actions ?? ''}</dd></div>
</dl>`
    : roles.includes('owner')
      ? html`<details class="action"${attributes({ open: Boolean(state?.errors?.length || state?.problem), 'data-record-panel': 'review' })}>
<summary>${v.submit}</summary>
<div class="action__body" id="record-form-review">${renderReviewForm(t, r, state ?? {})}</div>
</details>`
      : html`<p class="hint">${v.ownersOnly}</p>`
}`;
}

export function renderHoldForm(t: StaffMessages, r: RecordMessages, type: 'hold' | 'lift', state: RecordFormState): Html {
  const a = r.admin;
  const fields: StaffField[] = [{ name: 'reason', label: a.reason, hint: type === 'hold' ? a.holdHint : a.liftHint, control: 'textarea', rows: 3 }];
  const values = state.values ?? new Map<string, string>();
  const { summary, messages } = fieldMessages(t, type, fields, state, a.required);
  return html`${summary}${state.problem ? problemNotice(t, state.problem) : ''}
<form class="form" novalidate${attributes({ 'data-record-form': type })}>
${renderStaffField(type, fields[0]!, values.get('reason') ?? '', messages.get('reason'), t)}
<button type="submit"${attributes({ class: type === 'hold' ? 'button button--warning' : 'button' })}>${type === 'hold' ? a.place : a.lift}</button>
</form>`;
}

function adminSection(input: RecordSectionsInput): Html {
  const { t, r, view, roles, staff } = input;
  if (!roles.includes('administrator')) return html``;
  const a = r.admin;
  const hold = view.complaint.legalHold;
  const type = hold ? 'lift' : 'hold';
  const state = input.forms?.[type];
  return html`<h3 class="heading-m" id="keeping">${a.heading}</h3>
<h4 class="heading-s">${a.holdHeading}</h4>
<p data-legal-hold>${hold ? html`<strong class="tag tag--strong">${r.held}</strong> ${a.held(formatDateTime(hold.at), nameOf(staff, hold.by), hold.reason)}` : a.notHeld}</p>
<details class="action"${attributes({ open: Boolean(state?.errors?.length || state?.problem), 'data-record-panel': type })}>
<summary>${hold ? a.lift : a.place}</summary>
<div class="action__body"${attributes({ id: `record-form-${type}` })}>${renderHoldForm(t, r, type, state ?? {})}</div>
</details>
<h4 class="heading-s">${a.accessHeading}</h4>
<p><button type="button" class="button button--secondary" data-access-log aria-controls="access-log">${a.showAccess}</button></p>
<div id="access-log" aria-live="polite"></div>
<h4 class="heading-s">${a.subjectHeading}</h4>
<p>${a.subjectIntro}</p>
<p><button type="button" class="button button--secondary" data-subject-access>${a.subject}</button></p>`;
}

/** Everything of the record of complaints on a complaint's page. */
export function renderRecordSections(input: RecordSectionsInput): Html {
  return html`<section class="record-of-complaint" aria-labelledby="record-of-complaint">
<h2 class="heading-l" id="record-of-complaint">${input.r.title}</h2>
${summativeSection(input)}
${reviewSection(input)}
${adminSection(input)}
</section>`;
}

export interface AccessLogEntry {
  at: string;
  kind: AccessKind;
  by: string;
}

/** F3: who looked at the complaint and when, newest first; an inspector's link by its id. */
export function renderAccessLog(r: RecordMessages, entries: readonly AccessLogEntry[], staff: readonly Named[]): Html {
  const a = r.admin;
  if (entries.length === 0) return html`<p class="inset">${a.accessNone}</p>`;
  const who = (by: string) => (by.startsWith('link:') ? a.link(by.slice('link:'.length)) : nameOf(staff, by));
  return html`<table class="table">
<caption>${a.accessCaption}</caption>
<thead><tr><th scope="col">${a.accessColumns.at}</th><th scope="col">${a.accessColumns.who}</th><th scope="col">${a.accessColumns.what}</th></tr></thead>
<tbody>${entries.map((entry) => html`<tr><td>${time(entry.at)}</td><td>${who(entry.by)}</td><td>${a.accessKinds[entry.kind] ?? entry.kind}</td></tr>`)}</tbody>
</table>`;
}
