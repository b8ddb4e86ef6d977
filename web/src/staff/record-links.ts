/**
 * The administrators' page of the record's sharing (R1): making a read-only link for an
 * inspector to the record of a period (expiring after a number of days, 7 unless chosen
 * otherwise), the links made with their expiry and state, revoking one with a reason; and who
 * produced the record, when, for which period, in which form. Pure: from what the API answers
 * to escaped HTML.
 */
import type { InspectorLink, RecordProduction } from '../../../lambdas/domain/record-ports';
import { attributes, html, type Html } from '../../../lambdas/templates/site/pages/html';
import { STAFF_PAGES } from '../../../lambdas/templates/site/paths';
import type { StaffMessages } from '../i18n/staff';
import type { RecordMessages } from '../i18n/staff-record-en';
import { formatDay } from './record';
import { fieldId, fieldMessages, problemNotice, renderNotice, renderStaffField, type ActionFormState, type Named, type StaffField } from './views';

export type LinkView = Omit<InspectorLink, 'tokenHash'>;

export interface LinkFormState extends ActionFormState {
  settingIds: readonly string[];
}

export interface LinksPageInput {
  t: StaffMessages;
  r: RecordMessages;
  settings: readonly Named[];
  staff: readonly Named[];
  links: readonly LinkView[];
  productions: readonly RecordProduction[];
  now: Date;
  form: LinkFormState;
  /** The link just made: its address is shown once, to copy. */
  made?: { url: string; link: LinkView };
  /** The revoke form of one link shown again with what was wrong. */
  revoke?: { id: string; state: ActionFormState };
  notice?: Html;
}

const nameOf = (list: readonly Named[], id: string) => list.find((item) => item.id === id)?.name ?? id;
const dateTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });
const time = (iso: string) => html`<time datetime="${iso}">${dateTime.format(new Date(iso))}</time>`;

export type LinkState = 'active' | 'expired' | 'revoked';

export function linkState(link: LinkView, now: Date): LinkState {
  if (link.revokedAt) return 'revoked';
  return new Date(link.expiresAt) <= now ? 'expired' : 'active';
}

function linkFields(r: RecordMessages): StaffField[] {
  const l = r.links;
  return [
    { name: 'settingIds', label: l.settings, control: 'radios' },
    { name: 'from', label: l.from, hint: l.dateHint, control: 'date' },
    { name: 'to', label: l.to, hint: l.dateHint, control: 'date' },
    { name: 'days', label: l.days, hint: l.daysHint, control: 'text' },
    { name: 'note', label: l.note, hint: l.noteHint, control: 'text', optional: true },
  ];
}

export function renderLinkForm(t: StaffMessages, r: RecordMessages, settings: readonly Named[], state: LinkFormState): Html {
  const l = r.links;
  const fields = linkFields(r);
  const values = new Map(state.values ?? []);
  if (state.settingIds.length > 0) values.set('settingIds', state.settingIds.join(','));
  const { summary, messages } = fieldMessages(t, 'link', fields, { ...state, values }, l.required);
  const settingsError = messages.get('settingIds');
  return html`${summary}${state.problem ? problemNotice(t, state.problem) : ''}
<form class="form" novalidate data-link-form>
<div${attributes({ class: settingsError ? 'field field--error' : 'field' })}><fieldset class="fieldset"${attributes({ 'aria-describedby': settingsError ? 'link-settingIds-error' : undefined })}>
<legend class="legend">${l.settings}</legend>
${settingsError ? html`<p class="error-message" id="link-settingIds-error"><span class="visually-hidden">${t.errors.prefix}</span> ${settingsError}</p>` : ''}
<div class="choices">
${settings.map((setting, index) => {
  const id = index === 0 ? fieldId('link', 'settingIds') : `${fieldId('link', 'settingIds')}-${index + 1}`;
  return html`<div class="choice"><input class="choice__input"${attributes({ id, type: 'checkbox', name: 'settingIds', value: setting.id, checked: state.settingIds.includes(setting.id) })}>
<label class="choice__label" for="${id}">${setting.name}</label></div>`;
})}
</div>
</fieldset></div>
${fields.slice(1).map((field) => renderStaffField('link', field, values.get(field.name) ?? '', messages.get(field.name), t))}
<button type="submit" class="button">${l.submit}</button>
</form>`;
}

/** The link just made, once: its address to copy, and a button that copies it. */
function madeLink(r: RecordMessages, made: NonNullable<LinksPageInput['made']>): Html {
  const l = r.links;
  return html`<div class="notification notification--success" role="status" tabindex="-1" data-focus>
<h2 class="notification__title">${l.made(formatDay(made.link.expiresAt))}</h2>
<p class="notification__text">${l.madeOnce}</p>
<div class="field"><label class="label" for="made-link">${l.address}</label>
<input class="input" id="made-link" type="text" readonly${attributes({ value: made.url })}></div>
<p><button type="button" class="button button--secondary" data-copy-link aria-describedby="copy-status">${l.copy}</button></p>
<p id="copy-status" class="hint" aria-live="polite"></p>
</div>`;
}

function linksTable(input: LinksPageInput): Html {
  const { t, r, links, now, settings, staff } = input;
  const l = r.links;
  if (links.length === 0) return html`<p class="inset">${l.none}</p>`;
  const c = l.columns;
  return html`<table class="table table--cards">
<caption>${l.caption}</caption>
<thead><tr><th scope="col">${c.made}</th><th scope="col">${c.period}</th><th scope="col">${c.settings}</th><th scope="col">${c.note}</th><th scope="col">${c.expires}</th><th scope="col">${c.state}</th><th scope="col">${c.revoke}</th></tr></thead>
<tbody>
${links.map((link, index) => {
  const state = linkState(link, now);
  const revoke = input.revoke?.id === link.id ? input.revoke.state : {};
  const prefix = `revoke-${index + 1}`;
  const field: StaffField = { name: 'reason', label: l.reason, hint: l.reasonHint, control: 'text' };
  const { summary, messages } = fieldMessages(t, prefix, [field], revoke, l.required);
  return html`<tr${attributes({ 'data-link-id': link.id })}>
<td data-label="${c.made}">${time(link.createdAt)}<br><span class="hint">${nameOf(staff, link.createdBy)}</span></td>
<td data-label="${c.period}">${formatDay(link.scope.from)} – ${formatDay(link.scope.to)}</td>
<td data-label="${c.settings}">${link.scope.settingIds.map((id) => nameOf(settings, id)).join(', ')}</td>
<td data-label="${c.note}">${link.note ?? ''}</td>
<td data-label="${c.expires}">${time(link.expiresAt)}</td>
<td data-label="${c.state}"><strong${attributes({ class: `tag tag--${state === 'active' ? 'open' : 'closed'}` })}>${l.states[state]}</strong>${link.revokedAt ? html`<br><span class="hint">${l.revokedBy(dateTime.format(new Date(link.revokedAt)), nameOf(staff, link.revokedBy ?? ''), link.revokedReason ?? '')}</span>` : ''}</td>
<td data-label="${c.revoke}">${
    state === 'active'
      ? html`${summary}${revoke.problem ? problemNotice(t, revoke.problem) : ''}<form class="form" novalidate${attributes({ 'data-revoke-link': link.id, 'data-prefix': prefix })}>
${renderStaffField(prefix, field, revoke.values?.get('reason') ?? '', messages.get('reason'), t)}
<button type="submit" class="button button--warning">${l.revoke}</button>
</form>`
      : ''
  }</td>
</tr>`;
})}
</tbody>
</table>`;
}

function productionsTable(input: LinksPageInput): Html {
  const { r, productions, settings, staff } = input;
  const p = r.productions;
  if (productions.length === 0) return html`<p class="inset">${p.none}</p>`;
  const c = p.columns;
  return html`<table class="table table--cards">
<caption>${p.caption}</caption>
<thead><tr><th scope="col">${c.at}</th><th scope="col">${c.by}</th><th scope="col">${c.period}</th><th scope="col">${c.settings}</th><th scope="col">${c.format}</th><th scope="col">${c.complaints}</th></tr></thead>
<tbody>
${productions.map(
  (production) => html`<tr>
<td data-label="${c.at}">${time(production.at)}</td>
<td data-label="${c.by}">${production.by.kind === 'staff' ? nameOf(staff, production.by.staffId) : r.admin.link(production.by.linkId)}</td>
<td data-label="${c.period}">${formatDay(production.scope.from)} – ${formatDay(production.scope.to)}</td>
<td data-label="${c.settings}">${production.scope.settingIds.map((id) => nameOf(settings, id)).join(', ')}</td>
<td data-label="${c.format}">${p.formats[production.format]}</td>
<td data-label="${c.complaints}">${production.complaints}</td>
</tr>`,
)}
</tbody>
</table>`;
}

export function renderLinksPage(input: LinksPageInput): Html {
  const { t, r } = input;
  const l = r.links;
  return html`<p><a href="${STAFF_PAGES.record}">${r.print.back}</a></p>
<h1 class="heading-xl">${l.title}</h1>
${input.notice ?? ''}
<p class="lead">${l.intro}</p>
${input.made ? madeLink(r, input.made) : ''}
<h2 class="heading-l" id="make-link">${l.makeHeading}</h2>
<div id="link-form">${renderLinkForm(t, r, input.settings, input.form)}</div>
<h2 class="heading-l" id="links">${l.listHeading}</h2>
${linksTable(input)}
<h2 class="heading-l" id="productions">${r.productions.heading}</h2>
<p>${r.productions.intro}</p>
${productionsTable(input)}`;
}

export const linksForbidden = (r: RecordMessages): Html => renderNotice(r.links.forbidden, 'error');
