/**
 * The staff console's views: pure functions from what the API answers to escaped HTML
 * (html`` escapes every value), which the console script puts on the page. Unit-tested
 * without a browser; no inline script, style or event handler, so the CSP holds.
 *
 * Colour never carries a meaning alone: every state is a word in a tag (WCAG 1.4.1).
 */
import type { ComplaintAggregate, LevelClock, RecordEvent } from '../../../lambdas/domain/complaint';
import type { Classification } from '../../../lambdas/domain/complaint-types';
import type { ClockDisplayState } from '../../../lambdas/domain/levels';
import { displayStateOf } from '../../../lambdas/domain/levels';
import { waitingOf } from '../../../lambdas/domain/waiting';
import { levelsOwing } from '../../../lambdas/domain/lifecycle';
import { LEVEL_IDS, LEVELS, type LevelId, type Track } from '../../../lambdas/domain/procedure';
import type { ResponseType } from '../../../lambdas/domain/available-responses';
import { LANGUAGE_NAMES } from '../../../lambdas/domain/language';
import { en as emailWords } from '../../../lambdas/templates/messages/en';
import type { DashboardRow } from '../../../lambdas/use-cases/list-complaints';
import type { ComplaintView } from '../../../lambdas/use-cases/get-complaint';
import { errorKind, maxLengthOf, type FieldError } from '../../../lambdas/templates/site/form/fields';
import type { StaffMessages } from '../i18n/staff';
import { paperEn, type PaperMessages } from '../i18n/staff-paper-en';
import { attributes, html, type Html } from '../../../lambdas/templates/site/pages/html';
import { STAFF_PAGES, staffComplaintUrl } from '../../../lambdas/templates/site/paths';
import type { StaffActionType } from './actions';

const common = emailWords.common;

export interface Named {
  id: string;
  name: string;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });

/** Deadlines end at 23:59:59 London time: staff read them as a day and a time in London. */
export const formatDateTime = (iso: string): string => dateTimeFormat.format(new Date(iso));

const time = (iso: string, className?: string) => html`<time${attributes({ class: className, datetime: iso })}>${formatDateTime(iso)}</time>`;

export function stateTag(t: StaffMessages, state: ClockDisplayState): Html {
  return html`<strong class="tag tag--${state}">${t.states[state]}</strong>`;
}

const nameOf = (list: readonly Named[], id: string | undefined) => (id ? (list.find((item) => item.id === id)?.name ?? id) : undefined);

// ── Sign-in ────────────────────────────────────────────────────────────────────────

export interface LocalStaffMember {
  id: string;
  name: string;
  roles: readonly string[];
  settings: readonly string[];
}

/** The embedded default's sign-in: clearly a demo, one button per member of staff. */
export function renderLocalSignIn(t: StaffMessages, staff: readonly LocalStaffMember[], settings: readonly Named[]): Html {
  const roles = (member: LocalStaffMember) =>
    member.roles.map((role) => capitalise((t.roles as Record<string, string>)[role] ?? role)).join(', ');
  const where = (member: LocalStaffMember) =>
    member.settings.length === 0 ? t.signIn.allSettings : member.settings.map((id) => nameOf(settings, id)).join(', ');
  return html`<div class="warning"><p class="warning__text"><strong>${t.signIn.localBanner}</strong></p></div>
<p>${t.signIn.localIntro}</p>
<ul class="staff-list" aria-label="${t.signIn.localList}">
${staff.map(
  (member) => html`<li><button type="button" class="button button--secondary"${attributes({ 'data-staff-id': member.id })}>${t.signIn.signInAs(member.name)}
<span class="staff-list__roles">${roles(member)} · ${where(member)}</span></button></li>`,
)}
</ul>`;
}

export function renderCognitoSignIn(t: StaffMessages): Html {
  return html`<p>${t.signIn.cognitoIntro}</p>
<p><button type="button" class="button" data-cognito-sign-in>${t.signIn.cognitoButton}</button></p>`;
}

export function renderNotice(text: string, kind: 'success' | 'error' | 'info', title?: string): Html {
  const role = kind === 'error' ? 'alert' : 'status';
  return html`<div class="notification notification--${kind}" role="${role}" tabindex="-1" data-focus>
${title ? html`<h2 class="notification__title">${title}</h2>` : ''}
<p class="notification__text">${text}</p>
</div>`;
}

// ── Dashboard ─────────────────────────────────────────────────────────────────────

export interface DashboardFilters {
  settingId?: string;
  track?: Track;
  after?: string;
  limit?: number;
}

export interface DashboardInput {
  t: StaffMessages;
  rows: readonly DashboardRow[];
  next?: string;
  filters: DashboardFilters;
  /** The settings this person may see, for the filter. */
  settings: readonly Named[];
}

export function dashboardUrl(filters: DashboardFilters): string {
  const query = new URLSearchParams();
  if (filters.settingId) query.set('settingId', filters.settingId);
  if (filters.track) query.set('track', filters.track);
  if (filters.limit) query.set('limit', String(filters.limit));
  if (filters.after) query.set('after', filters.after);
  const search = query.toString();
  return search ? `${STAFF_PAGES.dashboard}?${search}` : STAFF_PAGES.dashboard;
}

export function renderDashboard({ t, rows, next, filters, settings }: DashboardInput): Html {
  const d = t.dashboard;
  // value="" written out: attributes() leaves empty values out, and an option without one sends its text.
  const option = (value: string, label: string, chosen: string | undefined) =>
    html`<option value="${value}"${attributes({ selected: value === (chosen ?? '') })}>${label}</option>`;
  const filterForm = html`<form class="filters" method="get"${attributes({ action: STAFF_PAGES.dashboard, 'aria-label': d.filters })}>
${settings.length > 1
  ? html`<div class="field"><label class="label" for="filter-setting">${d.setting}</label>
<select class="select" id="filter-setting" name="settingId">${option('', d.anySetting, filters.settingId)}${settings.map((s) => option(s.id, s.name, filters.settingId))}</select></div>`
  : ''}
<div class="field"><label class="label" for="filter-track">${d.track}</label>
<select class="select" id="filter-track" name="track">${option('', d.anyTrack, filters.track)}${(['parent', 'agency'] as const).map((track) => option(track, t.tracks[track], filters.track))}</select></div>
${filters.limit ? html`<input type="hidden" name="limit" value="${filters.limit}">` : ''}
<button type="submit" class="button button--secondary">${d.apply}</button>
</form>`;

  const c = d.columns;
  const table =
    rows.length === 0
      ? html`<p class="inset">${d.none}</p>`
      : html`<table class="table table--cards">
<caption>${d.caption}</caption>
<thead><tr><th scope="col">${c.reference}</th><th scope="col">${c.setting}</th><th scope="col">${c.track}</th><th scope="col">${c.stage}</th><th scope="col">${c.recordedAs}</th><th scope="col">${c.waitingFor}</th><th scope="col">${c.deadline}</th><th scope="col">${c.state}</th><th scope="col">${c.interpreter}</th></tr></thead>
<tbody>
${rows.map(
  (row) => html`<tr>
<td data-label="${c.reference}"><a class="reference-inline" href="${staffComplaintUrl(row.reference)}">${row.reference}</a></td>
<td data-label="${c.setting}">${nameOf(settings, row.settingId) ?? row.settingId}</td>
<td data-label="${c.track}">${t.tracks[row.track]}</td>
<td data-label="${c.stage}">${LEVELS[row.level].title}</td>
<td data-label="${c.recordedAs}">${capitalise(common.classifications[row.classification])}</td>
<td data-label="${c.waitingFor}">${waitingFor(t, row)}</td>
<td data-label="${c.deadline}">${row.deadlineAt ? time(row.deadlineAt) : d.noDeadline}</td>
<td data-label="${c.state}">${row.state ? stateTag(t, row.state) : row.waitingOn === 'complainant' ? html`<strong class="tag tag--waiting">${d.withComplainant}</strong>` : html`<strong class="tag tag--dueSoon">${d.awaitingStaff}</strong>`}</td>
<td data-label="${c.interpreter}">${row.interpreterLanguage ? html`<strong>${row.interpreterLanguage}</strong>` : d.interpreterNone}</td>
</tr>`,
)}
</tbody>
</table>`;

  const pages = [
    ...(filters.after ? [html`<li><a href="${dashboardUrl({ ...filters, after: undefined })}">${d.firstPage}</a></li>`] : []),
    ...(next ? [html`<li><a rel="next" href="${dashboardUrl({ ...filters, after: next })}">${d.nextPage}</a></li>`] : []),
  ];
  return html`<h1 class="heading-xl">${d.title}</h1>
<p class="lead">${d.intro}</p>
${filterForm}
${table}
${pages.length > 0 ? html`<nav aria-label="${d.pages}"><ul class="pagination">${pages}</ul></nav>` : ''}`;
}

/** What a row waits for and on whom: the staff role who owes it, or the complainant since when. */
function waitingFor(t: StaffMessages, row: DashboardRow): Html {
  const d = t.dashboard;
  const who = row.waitingOn === 'staff' && row.responsible ? html`<br><span class="hint">${d.from(t.roles[row.responsible])}</span>` : '';
  const since = row.waitingSince ? html`<br><span class="hint">${d.since(formatDateTime(row.waitingSince))}</span>` : '';
  return html`${d.waitingFor[row.waitingFor]}${who}${since}`;
}

/** What an open complaint waits for and on whom, as the dashboard says it (lambdas/domain/waiting.ts). */
function waitingOnPage(t: StaffMessages, view: ComplaintView): Html | undefined {
  const waiting = waitingOf(view);
  if (!waiting) return undefined;
  const d = t.dashboard;
  const when = 'clock' in waiting ? d.by(formatDateTime(waiting.clock.deadlineAt)) : d.since(formatDateTime(waiting.since));
  // The reply is the complainant's by its name; a duty says whose it is.
  const who = waiting.on === 'staff' ? `, ${d.from(t.roles[LEVELS[waiting.level].responsible])}` : '';
  return html`${d.waitingFor[waiting.for]}${who}, ${when}`;
}

// ── One complaint ─────────────────────────────────────────────────────────────────

/** An action form's state: what was typed, and what the API or the form found wrong. */
export interface ActionFormState {
  values?: ReadonlyMap<string, string>;
  errors?: readonly FieldError[];
  /** A refusal (403) or a conflict (409), with the API's reason. */
  problem?: { kind: 'forbidden' | 'conflict' | 'notFound' | 'server' | 'network'; message?: string };
}

export interface ComplaintPageInput {
  t: StaffMessages;
  view: ComplaintView;
  now: Date;
  settings: readonly Named[];
  /** Names of staff, for the record; an id shows where no name is known. */
  staff: readonly Named[];
  /** Said at the top after an action was recorded. */
  notice?: string;
  forms?: Partial<Record<StaffActionType, ActionFormState>>;
  responseForms?: Partial<Record<ResponseType, ActionFormState>>;
  /** The complaint's part in the record of complaints (./record-complaint.ts), before its history. */
  recordSections?: Html;
}

export function renderComplaint(input: ComplaintPageInput): Html {
  const { t, view, now } = input;
  const { complaint } = view;
  const c = t.complaint;
  const f = c.fields;
  const row = (key: string, value: Html | string | undefined) =>
    value === undefined || value === '' ? '' : html`<div class="summary-list__row"><dt class="summary-list__key">${key}</dt><dd class="summary-list__value">${value}</dd></div>`;
  const classification = capitalise(common.classifications[complaint.classification]);
  const last = complaint.lastOutcome;

  return html`${input.notice ? renderNotice(input.notice, 'success') : ''}
<p><a href="${STAFF_PAGES.dashboard}">${c.back}</a></p>
<h1 class="heading-xl">${c.title(complaint.id)}</h1>
<p class="tags"><strong class="tag tag--${complaint.status}">${t.statuses[complaint.status]}</strong> <strong class="tag tag--strong">${classification}</strong></p>
${complaint.interpreterLanguage ? html`<div class="interpreter" role="note"><p>${c.interpreter(complaint.interpreterLanguage)}</p></div>` : ''}

<h2 class="heading-l">${c.detailsHeading}</h2>
<dl class="summary-list">
${row(f.classification, classification)}
${row(f.status, t.statuses[complaint.status])}
${row(f.track, t.tracks[complaint.track])}
${row(f.setting, nameOf(input.settings, complaint.settingId))}
${row(f.stage, complaint.currentLevel ? LEVELS[complaint.currentLevel].title : undefined)}
${row(f.waitingFor, waitingOnPage(t, view))}
${row(f.about, t.subjects[complaint.about])}
${row(f.subjectStaff, nameOf(input.staff, complaint.subjectStaffId))}
${row(f.keyPerson, nameOf(input.staff, complaint.keyPersonId))}
${row(f.child, complaint.childName)}
${row(f.received, time(complaint.receivedAt))}
${row(f.channel, t.channels[complaint.channel])}
${row(f.language, LANGUAGE_NAMES[complaint.language])}
${row(f.description, html`<span class="written">${complaint.description}</span>`)}
${row(f.desiredOutcome, complaint.desiredOutcome ? html`<span class="written">${complaint.desiredOutcome}</span>` : undefined)}
${row(f.lastOutcome, last ? html`${capitalise(common.outcomes[last.outcome])} (${LEVELS[last.level].title}, ${time(last.at)}): <span class="written">${last.summary}</span>` : undefined)}
</dl>

<h2 class="heading-m">${c.contactHeading}</h2>
<p class="hint">${c.confidential}</p>
<dl class="summary-list">
${row(c.contact.name, complaint.contact.name)}
${row(c.contact.email, complaint.contact.email ? html`<a href="mailto:${complaint.contact.email}">${complaint.contact.email}</a>` : undefined)}
${row(c.contact.phone, complaint.contact.phone)}
${row(c.contact.postalAddress, complaint.contact.postalAddress ? html`<span class="written">${complaint.contact.postalAddress}</span>` : undefined)}
${row(c.contact.organisation, complaint.contact.organisation)}
${row(c.contact.role, complaint.contact.role)}
</dl>

${levelsSection(t, view, now)}
${actionsSection(t, view, input.forms ?? {})}
${responsesSection(t, paperEn, view, input.responseForms ?? {})}
${input.recordSections ?? ''}
${recordSection(t, view.record, input.staff)}`;
}

function levelsSection(t: StaffMessages, view: ComplaintAggregate, now: Date): Html {
  const clocks = LEVEL_IDS.map((id) => view.levels[id]).filter((clock): clock is LevelClock => clock !== undefined);
  if (clocks.length === 0) return html``;
  const l = t.complaint.level;
  return html`<h2 class="heading-l">${t.complaint.levelsHeading}</h2>
<p>${t.complaint.levelsIntro}</p>
<ul class="levels">
${clocks.map((clock) => {
  const definition = LEVELS[clock.level];
  const state =
    clock.endedAt && !clock.doneAt ? html`<strong class="tag tag--withdrawn">${l.ended}</strong>` : stateTag(t, displayStateOf(clock, now));
  return html`<li>
<h3 class="heading-s">${definition.title}</h3>
<p class="hint">${l.responsible}: ${t.roles[definition.responsible]}</p>
<dl class="summary-list">
<div class="summary-list__row"><dt class="summary-list__key">${l.state}</dt><dd class="summary-list__value">${state}</dd></div>
<div class="summary-list__row"><dt class="summary-list__key">${l.entered}</dt><dd class="summary-list__value">${time(clock.enteredAt)}</dd></div>
<div class="summary-list__row"><dt class="summary-list__key">${l.statutory}</dt><dd class="summary-list__value">${time(clock.statutoryDeadlineAt)}</dd></div>
<div class="summary-list__row"><dt class="summary-list__key">${l.deadline}</dt><dd class="summary-list__value">${time(clock.deadlineAt)}</dd></div>
${clock.doneAt ? html`<div class="summary-list__row"><dt class="summary-list__key">${l.done}</dt><dd class="summary-list__value">${time(clock.doneAt)}</dd></div>` : ''}
${clock.lapsedAt ? html`<div class="summary-list__row"><dt class="summary-list__key">${l.lapsed}</dt><dd class="summary-list__value">${time(clock.lapsedAt)}</dd></div>` : ''}
</dl>
${clock.extension ? html`<p class="written">${l.extended(clock.extension.reason)}</p>` : ''}
</li>`;
})}
</ul>`;
}

/** Only what the API says this person may do now (available-actions.ts), and why not the rest. */
function actionsSection(t: StaffMessages, view: ComplaintView, forms: Partial<Record<StaffActionType, ActionFormState>>): Html {
  const actions = view.availableActions;
  const c = t.complaint;
  const intro = actions.length === 0 ? c.actionsNone : view.complaint.status === 'open' ? c.actionsIntro : c.actionsClosed;
  const notOffered =
    view.unavailableActions.length === 0
      ? ''
      : html`<details class="action" data-not-offered>
<summary>${c.notOfferedHeading}</summary>
<div class="action__body"><p>${c.notOfferedIntro}</p>
<ul class="list list--bullet">${view.unavailableActions.map(({ type, reason }) => html`<li><strong>${t.actions[type].title}</strong>: ${reason}.</li>`)}</ul></div>
</details>`;
  return html`<h2 class="heading-l" id="actions">${c.actionsHeading}</h2>
<p>${intro}</p>
<div class="actions">
${actions.map((type) => {
  const state = forms[type];
  const open = Boolean(state?.errors?.length || state?.problem);
  return html`<details class="action"${attributes({ open, 'data-action-panel': type })}>
<summary>${t.actions[type].title}</summary>
<div class="action__body" id="action-${type}">${renderActionForm(t, type, state ?? {}, actionFormContext(view))}</div>
</details>`;
})}
</div>
${notOffered}`;
}

export interface StaffField {
  /** The request's field name (a dotted path for a nested one: `agency.email`). */
  name: string;
  label: string;
  hint?: string;
  control: 'text' | 'email' | 'tel' | 'textarea' | 'date' | 'radios' | 'select';
  options?: readonly { value: string; label: string }[];
  optional?: boolean;
  rows?: number;
  autocomplete?: string;
}

/** What an action's form needs to know of the complaint shown. */
export interface ActionFormContext {
  /** P2: a concern's outcome is said of a concern. */
  raised: Classification;
  /** Levels still owing each duty; with more than one, the form asks which (A3, P6). */
  owing: Partial<Record<'acknowledgement' | 'outcome', readonly LevelId[]>>;
}

export const actionFormContext = (view: ComplaintAggregate): ActionFormContext => ({
  raised: view.complaint.classification,
  owing: { acknowledgement: levelsOwing(view, 'acknowledgement'), outcome: levelsOwing(view, 'outcome') },
});

/** The day a duty really happened, and which stage it was for where more than one waits (A3, P6). */
function lateFields(type: 'acknowledgement' | 'outcome', context: ActionFormContext): StaffField[] {
  const late = paperEn.late;
  const owing = context.owing[type] ?? [];
  return [
    { name: 'occurredAt', label: late.occurredAt, hint: late.occurredAtHint, control: 'date', optional: true },
    ...(owing.length > 1
      ? [{ name: 'level', label: late.level, hint: late.levelHint, control: 'radios' as const, options: owing.map((level) => ({ value: level, label: LEVELS[level].title })) }]
      : []),
  ];
}

function fieldsOf(t: StaffMessages, type: StaffActionType, context: ActionFormContext): StaffField[] {
  const a = t.actions;
  switch (type) {
    case 'acknowledgement':
      return [
        ...lateFields(type, context),
        { name: 'note', label: a.acknowledgement.note, hint: a.acknowledgement.noteHint, control: 'textarea', optional: true, rows: 3 },
      ];
    case 'meeting':
      return [
        { name: 'heldOn', label: a.meeting.heldOn, hint: a.meeting.heldOnHint, control: 'date' },
        { name: 'summary', label: paperEn.late.meetingSummary, hint: paperEn.late.meetingSummaryHint, control: 'textarea', optional: true, rows: 4 },
        { name: 'note', label: a.meeting.note, control: 'textarea', optional: true, rows: 3 },
      ];
    case 'outcome':
      return [
        {
          name: 'outcome',
          label: a.outcome.outcome,
          control: 'radios',
          options: (['upheld', 'partlyUpheld', 'notUpheld'] as const).map((value) => ({
            value,
            label: `${capitalise(common.outcomes[value])}: ${common.outcomeMeanings[context.raised][value]}`,
          })),
        },
        { name: 'summary', label: a.outcome.summary, hint: a.outcome.summaryHint, control: 'textarea', rows: 6 },
        { name: 'confidentialReport', label: a.outcome.report, hint: a.outcome.reportHint, control: 'textarea', optional: true, rows: 6 },
        ...lateFields(type, context),
      ];
    case 'agreement':
      return [
        {
          name: 'reached',
          label: a.agreement.reached,
          control: 'radios',
          options: [
            { value: 'yes', label: a.agreement.yes },
            { value: 'no', label: a.agreement.no },
          ],
        },
        { name: 'note', label: a.agreement.note, control: 'textarea', optional: true, rows: 3 },
      ];
    case 'extension':
      return [
        { name: 'newDeadlineAt', label: a.extension.newDeadline, hint: a.extension.newDeadlineHint, control: 'date' },
        { name: 'reason', label: a.extension.reason, hint: a.extension.reasonHint, control: 'textarea', rows: 3 },
        { name: 'complainantAgreedOn', label: a.extension.agreedOn, hint: a.extension.agreedOnHint, control: 'date', optional: true },
      ];
    case 'referral':
      return [{ name: 'reason', label: a.referral.reason, control: 'textarea', rows: 3 }];
    case 'ofsted':
      return [
        { name: 'ofstedReference', label: a.ofsted.reference, control: 'text' },
        { name: 'note', label: a.ofsted.note, control: 'textarea', optional: true, rows: 3 },
      ];
    case 'note':
      return [{ name: 'text', label: a.note.text, hint: a.note.textHint, control: 'textarea', rows: 4 }];
    case 'renewStatusLink':
      return [{ name: 'reason', label: a.renewStatusLink.reason, control: 'textarea', optional: true, rows: 2 }];
    case 'close':
      return [{ name: 'reason', label: a.close.reason, control: 'textarea', rows: 3 }];
    case 'letterPosted':
      return [
        { name: 'letterKey', label: a.letterPosted.letterKey, control: 'text' },
        { name: 'postedOn', label: a.letterPosted.postedOn, hint: a.letterPosted.postedOnHint, control: 'date' },
      ];
  }
}

/** A detail of the record in words: names for codes, London times for timestamps. */
function detailValue(t: StaffMessages, key: string, value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? t.record.yes : t.record.no;
  if (typeof value !== 'string') return String(value);
  const words: Record<string, Record<string, string> | undefined> = {
    outcome: common.outcomes,
    classification: common.classifications,
    track: t.tracks,
    channel: t.channels,
  };
  const word = words[key]?.[value];
  if (word) return capitalise(word);
  return /^\d{4}-\d{2}-\d{2}T/.test(value) ? formatDateTime(value) : value;
}

/** Ids are unique on the page, which holds every form: `<form>-<field>` (a dotted field with dashes). */
export const fieldId = (prefix: string, name: string): string => `${prefix}-${name.replace(/\./g, '-')}`;
export const actionFieldId = (type: StaffActionType, name: string): string => fieldId(type, name);

function errorMessage(
  t: StaffMessages,
  field: StaffField | undefined,
  error: FieldError,
  submitted: string | undefined,
  required: Readonly<Record<string, string>> = t.errors.required,
): string {
  if (!field) return t.errors.invalid(error.field, error.message);
  const kind = errorKind(error, submitted);
  if (kind === 'tooLong') return t.errors.tooLong(field.label, maxLengthOf(error) ?? '');
  if (kind === 'required') return required[field.name] ?? t.errors.invalid(field.label, error.message);
  return t.errors.invalid(field.label, error.message);
}

/**
 * A form's error summary and the message of each field, from what the form or the API found
 * wrong (an error naming no field of the form is listed without a link). Ids are `<prefix>-<field>`.
 */
export function fieldMessages(
  t: StaffMessages,
  prefix: string,
  fields: readonly StaffField[],
  state: ActionFormState,
  required?: Readonly<Record<string, string>>,
): { summary: Html; messages: Map<string, string> } {
  const values = state.values ?? new Map<string, string>();
  const messages = new Map<string, string>();
  for (const error of state.errors ?? []) {
    const field = fields.find((candidate) => candidate.name === error.field);
    const key = field ? field.name : '';
    if (!messages.has(key)) messages.set(key, errorMessage(t, field, error, values.get(error.field), required));
  }
  const summary =
    messages.size === 0
      ? html``
      : html`<div class="error-summary" role="alert" tabindex="-1" data-focus aria-labelledby="${prefix}-error-title">
<h3 class="error-summary__title" id="${prefix}-error-title">${t.errors.summaryTitle}</h3>
<ul class="error-summary__list">
${[...messages].map(([name, text]) => (name ? html`<li><a href="#${fieldId(prefix, name)}">${text}</a></li>` : html`<li>${text}</li>`))}
</ul>
</div>`;
  return { summary, messages };
}

const NO_CONTEXT: ActionFormContext = { raised: 'complaint', owing: {} };

export function renderActionForm(t: StaffMessages, type: StaffActionType, state: ActionFormState, context: ActionFormContext = NO_CONTEXT): Html {
  const fields = fieldsOf(t, type, context);
  const values = state.values ?? new Map<string, string>();
  const { summary, messages } = fieldMessages(t, type, fields, state);
  const problem = state.problem ? problemNotice(t, state.problem) : html``;
  const warning =
    type === 'referral' ? t.actions.referral.warning : type === 'close' ? t.actions.close.warning : type === 'renewStatusLink' ? t.actions.renewStatusLink.warning : undefined;
  return html`${summary}${problem}
<form class="form" novalidate${attributes({ 'data-action': type })}>
${warning ? html`<div class="warning"><p class="warning__text"><strong>${warning}</strong></p></div>` : ''}
${fields.map((field) => renderStaffField(type, field, values.get(field.name) ?? '', messages.get(field.name), t))}
<button type="submit"${attributes({ class: warning ? 'button button--warning' : 'button' })}>${t.actions[type].submit}</button>
</form>`;
}

// ── The complainant's answer, recorded by staff (P8, A4, A5) ──────────────────────

/** The answers staff may record now (the API's availableResponses), and why not the rest. */
function responsesSection(t: StaffMessages, p: PaperMessages, view: ComplaintView, forms: Partial<Record<ResponseType, ActionFormState>>): Html {
  const r = p.responses;
  if (view.complaint.status !== 'open') return html``;
  const notOffered =
    view.unavailableResponses.length === 0
      ? ''
      : html`<details class="action" data-responses-not-offered>
<summary>${r.notOfferedHeading}</summary>
<div class="action__body"><ul class="list list--bullet">${view.unavailableResponses.map(({ type, reason }) => html`<li><strong>${r.types[type].title}</strong>: ${reason}.</li>`)}</ul></div>
</details>`;
  return html`<h2 class="heading-l" id="responses">${r.heading}</h2>
<p>${view.availableResponses.length === 0 ? r.none : r.intro}</p>
<div class="actions">
${view.availableResponses.map((type) => {
  const state = forms[type];
  const open = Boolean(state?.errors?.length || state?.problem);
  return html`<details class="action"${attributes({ open, 'data-response-panel': type })}>
<summary>${r.types[type].title}</summary>
<div class="action__body" id="response-${type}">${renderResponseForm(t, p, type, state ?? {})}</div>
</details>`;
})}
</div>
${notOffered}`;
}

function responseFields(p: PaperMessages, type: ResponseType): StaffField[] {
  const r = p.responses;
  const reason: StaffField[] =
    type === 'satisfied' ? [] : [{ name: 'reason', label: r.types[type].reason, control: 'textarea', rows: 3, optional: type === 'withdraw' }];
  return [
    ...reason,
    {
      name: 'channel',
      label: r.channel,
      control: 'radios',
      options: (['inPerson', 'phone', 'letter', 'email'] as const).map((value) => ({ value, label: r.channels[value] })),
    },
    { name: 'receivedAt', label: r.receivedAt, hint: r.receivedAtHint, control: 'date', optional: true },
  ];
}

export function renderResponseForm(t: StaffMessages, p: PaperMessages, type: ResponseType, state: ActionFormState): Html {
  const prefix = `response-${type}`;
  const fields = responseFields(p, type);
  const values = state.values ?? new Map<string, string>();
  const { summary, messages } = fieldMessages(t, prefix, fields, state, p.responses.required);
  const problem = state.problem ? problemNotice(t, state.problem) : html``;
  return html`${summary}${problem}
<form class="form" novalidate${attributes({ 'data-response': type })}>
${fields.map((field) => renderStaffField(prefix, field, values.get(field.name) ?? '', messages.get(field.name), t))}
<button type="submit" class="button">${p.responses.types[type].submit}</button>
</form>`;
}

export function problemNotice(t: StaffMessages, problem: NonNullable<ActionFormState['problem']>): Html {
  const e = t.errors;
  switch (problem.kind) {
    case 'forbidden':
      return renderNotice(problem.message ?? '', 'error', e.forbiddenTitle);
    case 'conflict':
      return renderNotice(problem.message ?? '', 'error', e.conflictTitle);
    case 'notFound':
      return renderNotice(e.notFound, 'error', e.summaryTitle);
    case 'network':
      return renderNotice(e.network, 'error', e.summaryTitle);
    case 'server':
      return renderNotice(e.server, 'error', e.summaryTitle);
  }
}

export function renderStaffField(prefix: string, field: StaffField, value: string, error: string | undefined, t: StaffMessages): Html {
  const id = fieldId(prefix, field.name);
  const describedBy = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const label = html`${field.label}${field.optional ? html` <span class="optional">(optional)</span>` : ''}`;
  const hint = field.hint ? html`<div class="hint" id="${id}-hint">${field.hint}</div>` : '';
  const message = error
    ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${t.errors.prefix}</span> ${error}</p>`
    : '';
  const group = error ? 'field field--error' : 'field';
  if (field.control === 'radios') {
    return html`<div class="${group}"><fieldset class="fieldset"${attributes({ 'aria-describedby': describedBy })}>
<legend class="legend">${label}</legend>
${hint}${message}
<div class="choices">
${(field.options ?? []).map((option, index) => {
  const optionId = index === 0 ? id : `${id}-${index + 1}`;
  return html`<div class="choice"><input class="choice__input"${attributes({ id: optionId, type: 'radio', name: field.name, value: option.value, checked: option.value === value })}>
<label class="choice__label" for="${optionId}">${option.label}</label></div>`;
})}
</div>
</fieldset></div>`;
  }
  const common = { id, name: field.name, 'aria-describedby': describedBy, 'aria-invalid': error ? 'true' : undefined };
  const control =
    field.control === 'textarea'
      ? html`<textarea class="textarea"${attributes({ ...common, rows: field.rows ?? 4 })}>${value}</textarea>`
      : field.control === 'select'
        ? html`<select class="select"${attributes(common)}>${(field.options ?? []).map(
            (option) => html`<option value="${option.value}"${attributes({ selected: option.value === value })}>${option.label}</option>`,
          )}</select>`
        : html`<input${attributes({
            ...common,
            class: field.control === 'date' ? 'input input--date' : 'input input--medium',
            type: field.control,
            value,
            autocomplete: field.autocomplete ?? 'off',
          })}>`;
  return html`<div class="${group}">
<label class="label" for="${id}">${label}</label>
${hint}${message}
${control}
</div>`;
}

function recordSection(t: StaffMessages, record: readonly RecordEvent[], staff: readonly Named[]): Html {
  const r = t.record;
  const actor = (event: RecordEvent): string => {
    if (event.actor.kind === 'complainant') return t.complaint.actors.complainant;
    if (event.actor.kind === 'system') return t.complaint.actors.system;
    return `${nameOf(staff, event.actor.staffId)} (${t.roles[event.actor.role]})`;
  };
  const detail = (key: string, value: string | number | boolean) =>
    html`<div class="summary-list__row"><dt class="summary-list__key">${r.details[key] ?? key}</dt><dd class="summary-list__value written">${detailValue(t, key, value)}</dd></div>`;
  return html`<h2 class="heading-l">${t.complaint.recordHeading}</h2>
<p>${t.complaint.recordIntro}</p>
<ol class="timeline">
${record.map(
  (event) => html`<li class="timeline__item">
${time(event.at, 'timeline__date')}
<span class="timeline__what">${r.events[event.type]}${event.level ? html` · ${LEVELS[event.level].title}` : ''}</span>
<span class="timeline__meta">${actor(event)}${event.visibleToComplainant ? '' : html` · <strong>${t.complaint.notShown}</strong>`}</span>
<p class="timeline__detail written">${event.summary}</p>
${event.details && Object.keys(event.details).length > 0 ? html`<dl class="summary-list">${Object.entries(event.details).map(([key, value]) => detail(key, value))}</dl>` : ''}
</li>`,
)}
</ol>`;
}

