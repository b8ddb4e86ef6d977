/**
 * The console's directory page for administrators (issue 12): pure functions from what the
 * /admin routes answer to escaped HTML. Every change is a form of its own inside a
 * <details>, so the page stays short, works with the keyboard, and each form can be shown
 * again with its errors beside its fields.
 */
import { LANGUAGE_NAMES, LANGUAGES } from '../../../lambdas/domain/language';
import { ROLES } from '../../../lambdas/domain/procedure';
import type { DirectoryChangeRecord, MemberRecord } from '../../../lambdas/domain/staff-directory';
import type { SettingView } from '../../../lambdas/use-cases/view-directory';
import type { AdminMessages } from '../i18n/staff-admin-en';
import type { StaffMessages } from '../i18n/staff';
import { attributes, html, type Html } from '../../../lambdas/templates/site/pages/html';
import { formatDateTime, renderNotice } from './views';

export type AdminFormKind = 'addMember' | 'changeMember' | 'handOver' | 'addSetting' | 'changeSetting';

export interface AdminData {
  members: readonly MemberRecord[];
  settings: readonly SettingView[];
  changes: readonly DirectoryChangeRecord[];
}

export interface FormProblem {
  /** Field errors from a 400, by the request's field names (`roles.0` is the roles group). */
  errors?: readonly { field: string; message: string }[];
  /** The reasons of a refused change (409), or one message. */
  problems?: readonly string[];
}

interface FormTarget {
  kind: AdminFormKind;
  /** The member's or setting's id; absent for the add forms. */
  id?: string;
}

export const formKey = ({ kind, id }: FormTarget): string => (id ? `${kind}-${id}` : kind);

const fieldId = (target: FormTarget, name: string) => `${formKey(target)}-${name}`;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function renderAdminPage(t: StaffMessages, a: AdminMessages, data: AdminData, notice?: Html): Html {
  return html`<h1 class="heading-xl">${a.title}</h1>
<p class="lead">${a.intro}</p>
<div id="admin-notice">${notice ?? ''}</div>
${settingsSection(a, data)}
${membersSection(t, a, data)}
${changesSection(a, data)}`;
}

export function renderSaved(a: AdminMessages, text = a.saved): Html {
  return renderNotice(text, 'success');
}

// ── Settings ────────────────────────────────────────────────────────────────────────

function settingsSection(a: AdminMessages, data: AdminData): Html {
  const s = a.settings;
  return html`<h2 class="heading-l" id="settings">${s.heading}</h2>
<table class="table table--cards">
<caption>${s.caption}</caption>
<thead><tr><th scope="col">${s.name}</th><th scope="col">${s.address}</th><th scope="col">${s.ofstedUrn}</th><th scope="col">${s.needs}</th></tr></thead>
<tbody>
${data.settings.map(
  (setting) => html`<tr>
<th scope="row" data-label="${s.name}">${setting.name}</th>
<td data-label="${s.address}">${setting.address ?? ''}</td>
<td data-label="${s.ofstedUrn}">${setting.ofstedUrn ?? ''}</td>
<td data-label="${s.needs}">${setting.needs.length === 0 ? s.complete : html`<strong class="tag tag--overdue">${setting.needs.map((need) => a.needs[need]).join(', ')}</strong>`}</td>
</tr>`,
)}
</tbody>
</table>
${data.settings.map((setting) =>
  panel(s.change(setting.name), renderAdminForm(a, data, { kind: 'changeSetting', id: setting.id }, {})),
)}
${panel(s.add, renderAdminForm(a, data, { kind: 'addSetting' }, {}))}`;
}

// ── Members ─────────────────────────────────────────────────────────────────────────

function membersSection(t: StaffMessages, a: AdminMessages, data: AdminData): Html {
  const m = a.members;
  const settingName = (id: string) => data.settings.find((s) => s.id === id)?.name ?? id;
  return html`<h2 class="heading-l" id="members">${m.heading}</h2>
<table class="table table--cards">
<caption>${m.caption}</caption>
<thead><tr><th scope="col">${m.name}</th><th scope="col">${m.email}</th><th scope="col">${m.roles}</th><th scope="col">${m.settings}</th><th scope="col">${m.status}</th></tr></thead>
<tbody>
${data.members.map(
  (member) => html`<tr>
<th scope="row" data-label="${m.name}">${member.name}</th>
<td data-label="${m.email}">${member.email}</td>
<td data-label="${m.roles}">${member.roles.map((role) => capitalise(t.roles[role])).join(', ')}</td>
<td data-label="${m.settings}">${member.settings.map(settingName).join(', ')}</td>
<td data-label="${m.status}">${member.active ? html`<strong class="tag tag--on">${m.active}</strong>` : html`<strong class="tag tag--closed">${m.inactive}</strong>`}</td>
</tr>`,
)}
</tbody>
</table>
${data.members.map((member) =>
  panel(
    m.change(member.name),
    html`${renderAdminForm(a, data, { kind: 'changeMember', id: member.id }, {}, t)}
<h3 class="heading-s">${m.handOver(member.name)}</h3>
${renderAdminForm(a, data, { kind: 'handOver', id: member.id }, {}, t)}`,
  ),
)}
${panel(m.add, renderAdminForm(a, data, { kind: 'addMember' }, {}, t))}`;
}

// ── Changes ─────────────────────────────────────────────────────────────────────────

function changesSection(a: AdminMessages, data: AdminData): Html {
  const c = a.changes;
  const nameOf = (id: string) => data.members.find((m) => m.id === id)?.name ?? id;
  const describe = (values: Record<string, unknown> | undefined) =>
    values ? Object.entries(values).map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`).join('; ') : '';
  return html`<h2 class="heading-l" id="changes">${c.heading}</h2>
<p>${c.intro}</p>
${
  data.changes.length === 0
    ? html`<p class="inset">${c.none}</p>`
    : html`<ol class="timeline">
${data.changes.map(
  (change) => html`<li class="timeline__item">
<p class="timeline__what"><strong>${c.kinds[change.kind]}</strong>: ${change.kind === 'seeded' ? '' : nameOf(change.target)}</p>
<p class="timeline__meta"><time datetime="${change.at}">${formatDateTime(change.at)}</time> ${c.by(change.by === 'configuration' ? 'the configuration' : nameOf(change.by))}</p>
${change.before ? html`<p class="timeline__detail written">Before: ${describe(change.before)}</p>` : ''}
${change.after && change.kind !== 'seeded' ? html`<p class="timeline__detail written">After: ${describe(change.after)}</p>` : ''}
</li>`,
)}
</ol>`
}`;
}

// ── Forms ───────────────────────────────────────────────────────────────────────────

function panel(summary: string, body: Html): Html {
  return html`<details class="action"><summary>${summary}</summary><div class="action__body">${body}</div></details>`;
}

interface Field {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  control: 'text' | 'email' | 'checkboxes' | 'select' | 'checkbox';
  options?: readonly { value: string; label: string }[];
  /** The value shown: a string, or the values ticked. */
  value?: string | readonly string[] | boolean;
  /** The API's name for it where the request nests it (`lado.phone`), for the API's errors. */
  apiField?: string;
}

/** P3: the setting's LADO, three plain fields for the request's `lado` object. */
const LADO_FIELDS = [
  ['ladoName', 'name'],
  ['ladoPhone', 'phone'],
  ['ladoEmail', 'email'],
] as const;

function ladoFields(s: AdminMessages['settings'], setting?: SettingView): Field[] {
  return [
    { name: 'ladoName', apiField: 'lado.name', label: s.ladoName, hint: s.ladoHint, control: 'text', optional: true, value: setting?.lado?.name ?? '' },
    { name: 'ladoPhone', apiField: 'lado.phone', label: s.ladoPhone, control: 'text', optional: true, value: setting?.lado?.phone ?? '' },
    { name: 'ladoEmail', apiField: 'lado.email', label: s.ladoEmail, control: 'email', optional: true, value: setting?.lado?.email ?? '' },
  ];
}

function fieldsOf(a: AdminMessages, data: AdminData, target: FormTarget, t?: StaffMessages): Field[] {
  const m = a.members;
  const s = a.settings;
  const roleOptions = ROLES.map((role) => ({ value: role, label: capitalise(t?.roles[role] ?? role) }));
  const settingOptions = data.settings.map((setting) => ({ value: setting.id, label: setting.name }));
  const languageOptions = LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }));
  const member = data.members.find((candidate) => candidate.id === target.id);
  const setting = data.settings.find((candidate) => candidate.id === target.id);
  switch (target.kind) {
    case 'addMember':
      return [
        { name: 'id', label: m.id, hint: m.idHint, control: 'text' },
        { name: 'name', label: m.name, control: 'text' },
        { name: 'email', label: m.email, hint: m.emailHint, control: 'email' },
        { name: 'roles', label: m.roles, control: 'checkboxes', options: roleOptions, value: [] },
        { name: 'settings', label: m.settings, hint: m.settingsHint, control: 'checkboxes', options: settingOptions, value: [] },
        { name: 'language', label: m.language, control: 'select', options: languageOptions, value: 'en' },
      ];
    case 'changeMember':
      return [
        { name: 'name', label: m.name, control: 'text', value: member?.name ?? '' },
        { name: 'email', label: m.email, control: 'email', value: member?.email ?? '' },
        { name: 'roles', label: m.roles, control: 'checkboxes', options: roleOptions, value: member?.roles ?? [] },
        { name: 'settings', label: m.settings, hint: m.settingsHint, control: 'checkboxes', options: settingOptions, value: member?.settings ?? [] },
        { name: 'language', label: m.language, control: 'select', options: languageOptions, value: member?.language ?? 'en' },
        { name: 'active', label: m.activeChoice, hint: m.activeHint, control: 'checkbox', value: member?.active ?? true },
      ];
    case 'handOver': {
      const candidates = data.members.filter((other) => other.active && other.id !== target.id && other.roles.includes('keyPerson'));
      return [{ name: 'toStaffId', label: m.handOverTo, control: 'select', options: candidates.map((c) => ({ value: c.id, label: c.name })) }];
    }
    case 'addSetting':
      return [
        { name: 'id', label: s.id, hint: s.idHint, control: 'text' },
        { name: 'name', label: s.name, control: 'text' },
        { name: 'address', label: s.address, control: 'text', optional: true },
        { name: 'ofstedUrn', label: s.ofstedUrn, control: 'text', optional: true },
        ...ladoFields(s),
      ];
    case 'changeSetting':
      return [
        { name: 'name', label: s.name, control: 'text', value: setting?.name ?? '' },
        { name: 'address', label: s.address, control: 'text', optional: true, value: setting?.address ?? '' },
        { name: 'ofstedUrn', label: s.ofstedUrn, control: 'text', optional: true, value: setting?.ofstedUrn ?? '' },
        ...ladoFields(s, setting),
      ];
  }
}

const SUBMIT: Record<AdminFormKind, (a: AdminMessages) => string> = {
  addMember: (a) => a.members.addSubmit,
  changeMember: (a) => a.members.changeSubmit,
  handOver: (a) => a.members.handOverSubmit,
  addSetting: (a) => a.settings.addSubmit,
  changeSetting: (a) => a.settings.changeSubmit,
};

/** One form, with its errors when it was refused. */
export function renderAdminForm(a: AdminMessages, data: AdminData, target: FormTarget, problem: FormProblem, t?: StaffMessages): Html {
  const fields = fieldsOf(a, data, target, t);
  const messages = new Map<string, string>();
  for (const error of problem.errors ?? []) {
    const name = error.field.split('.')[0] ?? '';
    const field = fields.find((candidate) => candidate.apiField === error.field) ?? fields.find((candidate) => candidate.name === name);
    const key = field ? field.name : '';
    if (!messages.has(key)) messages.set(key, field ? `${field.label}: ${error.message}` : error.message);
  }
  const key = formKey(target);
  const summary =
    messages.size === 0
      ? ''
      : html`<div class="error-summary" role="alert" tabindex="-1" data-focus aria-labelledby="${key}-error-title">
<h3 class="error-summary__title" id="${key}-error-title">${a.errorsTitle}</h3>
<ul class="error-summary__list">
${[...messages].map(([name, text]) => (name ? html`<li><a href="#${fieldId(target, name)}">${text}</a></li>` : html`<li>${text}</li>`))}
</ul>
</div>`;
  const refused =
    problem.problems && problem.problems.length > 0
      ? html`<div class="notification notification--error" role="alert" tabindex="-1" data-focus>
<h3 class="notification__title">${a.refusedTitle}</h3>
<ul class="list list--bullet">${problem.problems.map((text) => html`<li>${text}</li>`)}</ul>
</div>`
      : '';
  const intro = target.kind === 'handOver' ? html`<p>${a.members.handOverIntro}</p>` : '';
  return html`<div id="form-${key}">${summary}${refused}${intro}
<form class="form" novalidate${attributes({ 'data-admin-form': target.kind, 'data-id': target.id })}>
${fields.map((field) => renderField(a, target, field, messages.get(field.name)))}
<button type="submit" class="button">${SUBMIT[target.kind](a)}</button>
</form></div>`;
}

function renderField(a: AdminMessages, target: FormTarget, field: Field, error: string | undefined): Html {
  const id = fieldId(target, field.name);
  const describedBy = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const label = html`${field.label}${field.optional ? html` <span class="optional">${a.optional}</span>` : ''}`;
  const hint = field.hint ? html`<div class="hint" id="${id}-hint">${field.hint}</div>` : '';
  const message = error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${a.errorPrefix}</span> ${error}</p>` : '';
  const group = error ? 'field field--error' : 'field';
  if (field.control === 'checkboxes') {
    const ticked = new Set(Array.isArray(field.value) ? field.value : []);
    return html`<div class="${group}"><fieldset class="fieldset" id="${id}"${attributes({ 'aria-describedby': describedBy, tabindex: '-1' })}>
<legend class="legend">${label}</legend>
${hint}${message}
<div class="choices">
${(field.options ?? []).map((option) => {
  const optionId = `${id}-${option.value}`;
  return html`<div class="choice"><input class="choice__input" type="checkbox"${attributes({ id: optionId, name: field.name, value: option.value, checked: ticked.has(option.value) })}>
<label class="choice__label" for="${optionId}">${option.label}</label></div>`;
})}
</div>
</fieldset></div>`;
  }
  if (field.control === 'checkbox') {
    return html`<div class="${group}"><div class="choice"><input class="choice__input" type="checkbox"${attributes({
      id,
      name: field.name,
      value: 'true',
      checked: field.value === true,
      'aria-describedby': describedBy,
    })}>
<label class="choice__label" for="${id}">${field.label}</label></div>${hint}${message}</div>`;
  }
  const common = { id, name: field.name, 'aria-describedby': describedBy, 'aria-invalid': error ? 'true' : undefined };
  const control =
    field.control === 'select'
      ? html`<select class="select"${attributes(common)}>${(field.options ?? []).map(
          (option) => html`<option${attributes({ value: option.value, selected: option.value === field.value })}>${option.label}</option>`,
        )}</select>`
      : html`<input${attributes({
          ...common,
          class: 'input input--medium',
          type: field.control === 'email' ? 'email' : 'text',
          value: typeof field.value === 'string' ? field.value : '',
          autocomplete: 'off',
          spellcheck: field.control === 'email' ? 'false' : undefined,
        })}>`;
  return html`<div class="${group}">
<label class="label" for="${id}">${label}</label>
${hint}${message}
${control}
</div>`;
}

/** The JSON request a submitted form stands for: only what changed, for a change. */
export function adminRequestFromForm(
  kind: AdminFormKind,
  form: { get(name: string): string | undefined; getAll(name: string): string[] },
  before?: MemberRecord | SettingView,
): Record<string, unknown> {
  const text = (name: string) => (form.get(name) ?? '').trim();
  const optional = (name: string) => (text(name) === '' ? {} : { [name]: text(name) });
  // The LADO as typed; when nothing is typed there is none to send (the organisation's stands).
  const lado = (): Record<string, string> | undefined => {
    const typed = Object.fromEntries(LADO_FIELDS.filter(([field]) => text(field) !== '').map(([field, key]) => [key, text(field)]));
    return Object.keys(typed).length > 0 ? typed : undefined;
  };
  switch (kind) {
    case 'addMember':
      return { id: text('id'), name: text('name'), email: text('email'), roles: form.getAll('roles'), settings: form.getAll('settings'), language: text('language') };
    case 'changeMember': {
      const next: Record<string, unknown> = {
        name: text('name'),
        email: text('email'),
        roles: form.getAll('roles'),
        settings: form.getAll('settings'),
        language: text('language'),
        active: form.get('active') === 'true',
      };
      const was = (before ?? {}) as Record<string, unknown>;
      return Object.fromEntries(Object.entries(next).filter(([key, value]) => JSON.stringify(was[key]) !== JSON.stringify(value)));
    }
    case 'handOver':
      return { toStaffId: text('toStaffId') };
    case 'addSetting':
      return { id: text('id'), name: text('name'), ...optional('address'), ...optional('ofstedUrn'), ...(lado() ? { lado: lado() } : {}) };
    case 'changeSetting': {
      const next: Record<string, unknown> = { name: text('name'), ...optional('address'), ...optional('ofstedUrn'), ...(lado() ? { lado: lado() } : {}) };
      const was = (before ?? {}) as Record<string, unknown>;
      return Object.fromEntries(Object.entries(next).filter(([key, value]) => JSON.stringify(was[key]) !== JSON.stringify(value)));
    }
  }
}
