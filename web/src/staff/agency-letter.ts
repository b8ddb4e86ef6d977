/**
 * The console's form for another agency's written complaint received by post or email (A1),
 * entered by staff on the agency track with the day it reached the setting. Field names are
 * the API's (agency-on-behalf-request.ts), so an error it names maps back to its field.
 */
import { LANGUAGE_NAMES, LANGUAGES } from '../../../lambdas/domain/language';
import type { StaffMessages } from '../i18n/staff';
import type { PaperMessages } from '../i18n/staff-paper-en';
import { html, type Html } from '../../../lambdas/templates/site/pages/html';
import { staffComplaintUrl, STAFF_PAGES } from '../../../lambdas/templates/site/paths';
import { fieldMessages, problemNotice, renderNotice, renderStaffField, type ActionFormState, type Named, type StaffField } from './views';

const PREFIX = 'agency-letter';

function fields(p: PaperMessages, settings: readonly Named[], staff: readonly Named[]): { main: StaffField[]; agency: StaffField[]; arrival: StaffField[] } {
  const a = p.agencyLetter;
  return {
    main: [
      { name: 'settingId', label: a.setting, control: 'select', options: settings.map(({ id, name }) => ({ value: id, label: name })) },
      {
        name: 'about',
        label: a.about,
        control: 'radios',
        options: (['practice', 'staff', 'manager'] as const).map((value) => ({ value, label: a.aboutOptions[value] })),
      },
      {
        name: 'subjectStaffId',
        label: a.subjectStaff,
        hint: a.subjectStaffHint,
        control: 'select',
        optional: true,
        options: [{ value: '', label: a.noStaff }, ...staff.map(({ id, name }) => ({ value: id, label: name }))],
      },
      {
        name: 'allegationOfHarm',
        label: a.allegation,
        hint: a.allegationHint,
        control: 'radios',
        options: [
          { value: 'no', label: a.no },
          { value: 'yes', label: a.yes },
        ],
      },
      { name: 'description', label: a.description, hint: a.descriptionHint, control: 'textarea', rows: 8 },
      { name: 'desiredOutcome', label: a.desiredOutcome, control: 'textarea', rows: 3, optional: true },
    ],
    agency: [
      { name: 'agency.organisation', label: a.organisation, control: 'text', autocomplete: 'organization' },
      { name: 'agency.name', label: a.name, control: 'text', autocomplete: 'name' },
      { name: 'agency.role', label: a.role, control: 'text', optional: true, autocomplete: 'organization-title' },
      { name: 'agency.email', label: a.email, control: 'email', optional: true, autocomplete: 'email' },
      { name: 'agency.phone', label: a.phone, control: 'tel', optional: true, autocomplete: 'tel' },
      { name: 'agency.postalAddress', label: a.postalAddress, control: 'textarea', rows: 3, optional: true, autocomplete: 'street-address' },
      { name: 'language', label: a.language, control: 'select', options: LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] })) },
    ],
    arrival: [
      {
        name: 'channel',
        label: a.channel,
        control: 'radios',
        options: (['letter', 'email'] as const).map((value) => ({ value, label: a.channels[value] })),
      },
      { name: 'receivedAt', label: a.receivedAt, hint: a.receivedAtHint, control: 'date' },
    ],
  };
}

export interface AgencyLetterInput {
  t: StaffMessages;
  p: PaperMessages;
  settings: readonly Named[];
  staff: readonly Named[];
  state: ActionFormState;
  /** The reference of the complaint just entered. */
  entered?: string;
}

export function renderAgencyLetter({ t, p, settings, staff, state, entered }: AgencyLetterInput): Html {
  const a = p.agencyLetter;
  const groups = fields(p, settings, staff);
  const all = [...groups.main, ...groups.agency, ...groups.arrival];
  const values = state.values ?? new Map<string, string>([['allegationOfHarm', 'no']]);
  const { summary, messages } = fieldMessages(t, PREFIX, all, state, a.required);
  const field = (f: StaffField) => renderStaffField(PREFIX, f, values.get(f.name) ?? '', messages.get(f.name), t);
  const done = entered
    ? html`${renderNotice(a.entered(entered), 'success')}
<p><a href="${staffComplaintUrl(entered)}">${a.open}</a> · <a href="${STAFF_PAGES.agencyLetter}">${a.another}</a></p>`
    : '';
  return html`${done}
<h1 class="heading-xl">${a.title}</h1>
<p class="lead">${a.intro}</p>
${summary}${state.problem ? problemNotice(t, state.problem) : ''}
<form class="form" novalidate data-agency-letter>
${groups.main.map(field)}
<fieldset class="fieldset">
<legend class="legend">${a.agencyHeading}</legend>
<p class="hint">${a.contactHint}</p>
${groups.agency.map(field)}
</fieldset>
${groups.arrival.map(field)}
<button type="submit" class="button">${a.submit}</button>
</form>`;
}
