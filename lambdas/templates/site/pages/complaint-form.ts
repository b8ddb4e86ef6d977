/**
 * The two public forms: a parent's (P1–P8) and an agency's (A1). One page renders both the
 * blank form (GET, by the API for each visit, with the directory as it is now) and the form
 * again with its errors (the no-JavaScript handlers' 400), so the two can never differ.
 */
import { LANGUAGE_NAMES, LANGUAGES } from '../../../domain/language';
import type { PageText } from '../i18n/page-text';
import { FORM_LEVEL_FIELD, FORM_TOKEN_FIELD, HONEYPOT_FIELD, PAGE_LANGUAGE_FIELD, type FieldError } from '../form/fields';
import { formAction, pageUrl, staticPageUrl, type FormKind } from '../paths';
import { renderFields, type FormBlock, type SelectField } from './form-parts';
import { attributes, html, type Html } from './html';
import { renderPage } from './layout';
import type { Site } from './site';

export interface FormPageInput {
  site: Site;
  /** What was posted, to put back; blank when absent. */
  values?: ReadonlyMap<string, string>;
  /** The API's errors, shown in the reader's language. */
  errors?: readonly FieldError[];
  /**
   * Said at the top: the form could not be sent for a reason of ours (`server`), was too
   * large to read (`tooLarge`), or must be sent once more to prove a person sent it (`confirm`).
   */
  problem?: FormProblem;
}

export type FormProblem = 'server' | 'tooLarge' | 'confirm';

export const renderParentForm = (t: PageText, input: FormPageInput): string => renderComplaintForm('parent', t, input);
export const renderAgencyForm = (t: PageText, input: FormPageInput): string => renderComplaintForm('agency', t, input);

/** `t`: the page's language (i18n/load.ts for the API's pages, i18n/index.ts for the build). */
export function renderComplaintForm(kind: FormKind, t: PageText, { site, values, errors = [], problem }: FormPageInput): string {
  const answers = values ?? new Map([['language', t.lang]]);
  const blocks = kind === 'parent' ? parentBlocks(t, site) : agencyBlocks(t, site);
  const form = renderFields(
    {
      t,
      values: answers,
      errors: problem ? [{ field: FORM_LEVEL_FIELD, message: problem }, ...errors] : errors,
      formLevelText: problem ? t.errors[problem] : undefined,
    },
    blocks,
  );
  const words = kind === 'parent' ? t.parent : t.agency;
  const title = form.hasErrors ? `${t.errors.prefix} ${words.title}` : words.title;

  const body = html`${form.summary}
<h1 class="heading-xl">${words.title}</h1>
<p class="lead">${words.intro}</p>
<p>${t.form.requiredNote}</p>
<form class="form" method="post" novalidate${attributes({
    action: formAction(kind),
    'accept-charset': 'utf-8',
    'data-enhance': kind,
    'data-error-title': t.errors.summaryTitle,
    'data-error-prefix': t.errors.prefix,
    'data-error-rejected': t.errors.rejected,
    'data-error-network': t.errors.network,
    'data-error-server': t.errors.server,
    'data-error-too-many': t.errors.tooMany,
  })}>
<input type="hidden" name="${PAGE_LANGUAGE_FIELD}" value="${t.lang}">
${formTokenField(answers.get(FORM_TOKEN_FIELD))}
${settingBlock(site)}
${form.fields}
${honeypot(t)}
<button type="submit" class="button"${attributes({ 'data-sending': t.form.sending })}>${t.form.submit}</button>
</form>`;

  return renderPage({ t, site, title, body, hrefIn: (other) => pageUrl(other, kind), enhanced: true });
}

/**
 * The timing token, on a form the server sends back (the published page has none: its
 * script asks for one, and without a script the first post brings the form back with one).
 */
function formTokenField(token: string | undefined): Html {
  return token ? html`<input type="hidden" name="${FORM_TOKEN_FIELD}" value="${token}">` : html``;
}

/** With one setting there is nothing to ask: it is sent as it is. */
function settingBlock(site: Site): Html {
  const [only] = site.settings;
  if (site.settings.length !== 1 || !only) return html``;
  return html`<input type="hidden" name="settingId" value="${only.id}">`;
}

function settingField(t: PageText, site: Site): FormBlock[] {
  if (site.settings.length === 1) return [];
  return [
    {
      control: 'select',
      name: 'settingId',
      label: t.form.setting,
      none: t.form.choose,
      errorKey: 'settingId',
      options: site.settings.map((setting) => ({ value: setting.id, label: setting.name })),
    },
  ];
}

/** P3: first, and set apart, the question that takes a report out of the complaints procedure. */
function harmField(t: PageText): FormBlock {
  return {
    control: 'checkbox',
    name: 'allegationOfHarm',
    legend: t.form.harmLegend,
    intro: html`<div class="warning">
<p class="warning__text"><strong>${t.form.harmWarning}</strong></p>
<p><a href="${pageUrl(t.lang, 'allegation')}">${t.form.harmMore}</a></p>
</div>`,
    label: t.form.harmCheckbox,
  };
}

/** People a complaint may be about, by setting when there is more than one. */
function staffSelect(
  site: Site,
  field: Omit<SelectField, 'options' | 'groups'>,
  include: (member: Site['staff'][number]) => boolean,
): SelectField {
  const members = site.staff.filter(include);
  const option = (member: Site['staff'][number]) => ({ value: member.id, label: member.name });
  if (site.settings.length === 1) return { ...field, options: members.map(option) };
  return {
    ...field,
    groups: site.settings
      .map((setting) => ({
        label: setting.name,
        options: members.filter((member) => member.settings.includes(setting.id)).map(option),
      }))
      .filter((group) => group.options.length > 0),
  };
}

/** Whom the complaint is about, when it names a member of staff: any of them, on both forms. */
function subjectStaffField(t: PageText, site: Site): SelectField {
  return staffSelect(
    site,
    {
      control: 'select',
      name: 'subjectStaffId',
      label: t.form.subjectStaff,
      hint: t.form.subjectStaffHint,
      none: t.form.subjectStaffNone,
      optional: true,
      errorKey: 'subjectStaffId',
    },
    () => true,
  );
}

function detailsHeading(t: PageText): Html {
  return html`<h2 class="heading-m">${t.form.detailsHeading}</h2>`;
}

function languageBlocks(t: PageText): FormBlock[] {
  return [
    html`<h2 class="heading-m">${t.form.languageHeading}</h2>`,
    {
      control: 'select',
      name: 'language',
      label: t.form.language,
      none: t.form.choose,
      errorKey: 'language',
      options: LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang], lang })),
    },
    { control: 'checkbox', name: 'interpreterNeeded', label: t.form.interpreter, hint: t.form.interpreterHint },
    {
      control: 'text',
      name: 'interpreterLanguage',
      label: t.form.interpreterLanguage,
      hint: t.form.interpreterLanguageHint,
      optional: true,
      width: 'medium',
    },
  ];
}

function parentBlocks(t: PageText, site: Site): FormBlock[] {
  const p = t.parent;
  return [
    ...settingField(t, site),
    harmField(t),
    {
      control: 'radios',
      name: 'classification',
      label: p.classification,
      hint: p.classificationHint,
      errorKey: 'classification',
      options: [
        { value: 'concern', label: p.concern, hint: p.concernHint },
        { value: 'complaint', label: p.complaint, hint: p.complaintHint },
      ],
    },
    {
      control: 'radios',
      name: 'about',
      label: p.about,
      hint: p.aboutHint,
      errorKey: 'about',
      options: [
        { value: 'service', label: p.aboutService },
        { value: 'keyPerson', label: p.aboutKeyPerson, hint: p.aboutKeyPersonHint },
        { value: 'otherStaff', label: p.aboutOtherStaff, hint: p.aboutOtherStaffHint },
        { value: 'manager', label: p.aboutManager, hint: p.aboutManagerHint },
      ],
    },
    staffSelect(
      site,
      { control: 'select', name: 'keyPersonId', label: p.keyPerson, none: p.keyPersonNone, optional: true, errorKey: 'keyPersonId' },
      (member) => member.isKeyPerson,
    ),
    subjectStaffField(t, site),
    { control: 'text', name: 'childName', label: p.childName, optional: true, width: 'medium', spellcheck: false },
    { control: 'textarea', name: 'description', label: t.form.description, hint: p.descriptionHint, errorKey: 'description', rows: 8 },
    { control: 'textarea', name: 'desiredOutcome', label: t.form.desiredOutcome, hint: t.form.desiredOutcomeHint, optional: true, rows: 4 },
    detailsHeading(t),
    { control: 'text', name: 'contact.name', label: t.form.name, autocomplete: 'name', errorKey: 'name', spellcheck: false },
    { control: 'text', name: 'contact.email', label: t.form.email, hint: t.form.emailHint, type: 'email', autocomplete: 'email', errorKey: 'email', spellcheck: false },
    { control: 'text', name: 'contact.phone', label: t.form.phone, hint: t.form.phoneHint, type: 'tel', autocomplete: 'tel', optional: true, errorKey: 'phone', width: 'medium' },
    ...languageBlocks(t),
    { control: 'checkbox', name: 'consentToContact', label: p.consent, hint: p.consentHint, errorKey: 'consentToContact' },
  ];
}

function agencyBlocks(t: PageText, site: Site): FormBlock[] {
  const a = t.agency;
  return [
    ...settingField(t, site),
    harmField(t),
    {
      control: 'radios',
      name: 'about',
      label: a.about,
      errorKey: 'about',
      options: [
        { value: 'practice', label: a.aboutPractice },
        { value: 'staff', label: a.aboutStaff, hint: a.aboutStaffHint },
        { value: 'manager', label: a.aboutManager, hint: a.aboutManagerHint },
      ],
    },
    subjectStaffField(t, site),
    { control: 'textarea', name: 'description', label: t.form.description, hint: a.descriptionHint, errorKey: 'description', rows: 10 },
    { control: 'textarea', name: 'desiredOutcome', label: t.form.desiredOutcome, hint: t.form.desiredOutcomeHint, optional: true, rows: 4 },
    detailsHeading(t),
    { control: 'text', name: 'agency.organisation', label: a.organisation, autocomplete: 'organization', errorKey: 'organisation' },
    { control: 'text', name: 'agency.name', label: t.form.name, autocomplete: 'name', errorKey: 'name', spellcheck: false },
    { control: 'text', name: 'agency.role', label: a.role, autocomplete: 'organization-title', optional: true, width: 'medium' },
    { control: 'text', name: 'agency.email', label: t.form.email, hint: t.form.emailHint, type: 'email', autocomplete: 'email', errorKey: 'email', spellcheck: false },
    { control: 'text', name: 'agency.phone', label: t.form.phone, hint: t.form.phoneHint, type: 'tel', autocomplete: 'tel', optional: true, errorKey: 'phone', width: 'medium' },
    ...languageBlocks(t),
  ];
}

/** Visually hidden and out of the tab order; people who reach it are told to leave it empty. */
function honeypot(t: PageText): Html {
  return html`<div class="honeypot">
<label for="${HONEYPOT_FIELD}">${t.form.honeypot}</label>
<input type="text" id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off">
</div>`;
}

/**
 * What is left where a form's file once was (`/<lang>/<form>.html`): the form itself is
 * rendered by the API with the directory as it is now, and this page sends the browser there
 * at once (a link says where, for anyone whose browser does not follow). A deployment writes
 * it over the old copy, which would otherwise list the settings as they were at its build.
 */
export function renderFormMoved(kind: FormKind, t: PageText, { site }: Pick<FormPageInput, 'site'>): string {
  const label = kind === 'parent' ? t.home.startParent : t.home.agencyLink;
  const target = pageUrl(t.lang, kind);
  return renderPage({
    t,
    site,
    title: label,
    body: html`<p><a href="${target}">${label}</a></p>`,
    hrefIn: (other) => staticPageUrl(other, kind),
    leadsTo: target,
  });
}
