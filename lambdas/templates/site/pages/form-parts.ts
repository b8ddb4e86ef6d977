/**
 * Form controls in the manner of the GOV.UK Design System: a label (or legend) and hint tied
 * to each field with `for` and `aria-describedby`; on an error, a summary at the top that
 * links to each field, and the message beside the field, tied the same way. Whatever was
 * typed is put back.
 *
 * Each field's container carries its error messages in `data-error-*` attributes, so the
 * enhancement script shows the very same messages without shipping any translations.
 */
import type { PageText } from '../i18n/page-text';
import { errorKind, fieldId, isTicked, maxLengthOf, FORM_LEVEL_FIELD, type FieldError } from '../form/fields';
import { attributes, html, Html } from './html';

type RequiredKey = keyof PageText['errors']['required'];
type InvalidKey = keyof PageText['errors']['invalid'];
export type ErrorKey = RequiredKey | InvalidKey;

interface FieldBase {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  /** Which messages this field's errors use; fields without one can only be too long. */
  errorKey?: ErrorKey;
}

export interface TextField extends FieldBase {
  control: 'text';
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  width?: 'full' | 'medium' | 'short';
  spellcheck?: boolean;
}

export interface TextareaField extends FieldBase {
  control: 'textarea';
  rows?: number;
}

export interface SelectOption {
  value: string;
  label: string;
  lang?: string;
}

export interface SelectField extends FieldBase {
  control: 'select';
  /** The first option, with an empty value. */
  none: string;
  options?: readonly SelectOption[];
  groups?: readonly { label: string; options: readonly SelectOption[] }[];
  autocomplete?: string;
}

export interface RadiosField extends FieldBase {
  control: 'radios';
  options: readonly { value: string; label: string; hint?: string }[];
}

export interface CheckboxField extends FieldBase {
  control: 'checkbox';
  /** When set, the checkbox sits in its own fieldset, after `intro`. */
  legend?: string;
  intro?: Html;
}

export type FieldSpec = TextField | TextareaField | SelectField | RadiosField | CheckboxField;
export type FormBlock = FieldSpec | Html;

export interface FormState {
  t: PageText;
  values: ReadonlyMap<string, string>;
  errors: readonly FieldError[];
  /** What to say about errors that are about the whole form; "could not accept" by default. */
  formLevelText?: string;
}

interface ShownError {
  field: string;
  text: string;
}

const isField = (block: FormBlock): block is FieldSpec => !(block instanceof Html);

/** The localized message for an error the API named, in the words of the field it is about. */
export function errorText(
  t: PageText,
  field: FieldSpec | undefined,
  error: FieldError,
  submitted: string | undefined,
  formLevelText = t.errors.rejected,
): string {
  if (!field) return formLevelText;
  const kind = errorKind(error, submitted);
  if (kind === 'tooLong') return t.errors.tooLong(field.label, maxLengthOf(error) ?? '');
  const required = t.errors.required as Record<string, string>;
  const invalid = t.errors.invalid as Record<string, string>;
  const key = field.errorKey ?? '';
  const text = kind === 'required' ? (required[key] ?? invalid[key]) : (invalid[key] ?? required[key]);
  return text ?? t.errors.rejected;
}

/** The messages the enhancement script may need for this field. */
function errorAttributes(t: PageText, field: FieldSpec): Html {
  const key = field.errorKey ?? '';
  const required = (t.errors.required as Record<string, string>)[key];
  const invalid = (t.errors.invalid as Record<string, string>)[key];
  const canBeTooLong = field.control === 'text' || field.control === 'textarea';
  return attributes({
    'data-field': field.name,
    'data-error-required': required ?? invalid,
    'data-error-invalid': invalid ?? required,
    'data-error-too-long': canBeTooLong ? t.errors.tooLong(field.label, '{max}') : undefined,
  });
}

/**
 * The errors to show, in the order of the fields on the page; errors about no field on the
 * page (the spam checks' `body`) come first and link nowhere.
 */
function shownErrors(state: FormState, fields: readonly FieldSpec[]): ShownError[] {
  const byName = new Map(fields.map((field) => [field.name, field]));
  const seen = new Set<string>();
  const shown: ShownError[] = [];
  for (const error of state.errors) {
    const field = byName.get(error.field);
    const key = field ? field.name : FORM_LEVEL_FIELD;
    if (seen.has(key)) continue;
    seen.add(key);
    shown.push({ field: key, text: errorText(state.t, field, error, state.values.get(error.field), state.formLevelText) });
  }
  const order = (name: string) => (name === FORM_LEVEL_FIELD ? -1 : fields.findIndex((field) => field.name === name));
  return shown.sort((a, b) => order(a.field) - order(b.field));
}

export function errorSummary(t: PageText, errors: readonly ShownError[]): Html {
  if (errors.length === 0) return html``;
  // autofocus: without JavaScript too, the summary is where the reader lands.
  return html`<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title" data-error-summary>
<h2 class="error-summary__title" id="error-summary-title">${t.errors.summaryTitle}</h2>
<ul class="error-summary__list">
${errors.map((error) =>
  error.field === FORM_LEVEL_FIELD
    ? html`<li>${error.text}</li>`
    : html`<li><a href="#${fieldId(error.field)}">${error.text}</a></li>`,
)}
</ul>
</div>`;
}

export interface RenderedForm {
  /** The error summary, to go first in `<main>`, above the heading. */
  summary: Html;
  /** The fields, in order. */
  fields: Html;
  hasErrors: boolean;
}

export function renderFields(state: FormState, blocks: readonly FormBlock[]): RenderedForm {
  const fields = blocks.filter(isField);
  const shown = shownErrors(state, fields);
  const errorOf = new Map(shown.map((error) => [error.field, error.text]));
  return {
    summary: errorSummary(state.t, shown),
    fields: html`${blocks.map((block) => (isField(block) ? renderField(state, block, errorOf.get(block.name)) : block))}`,
    hasErrors: shown.length > 0,
  };
}

function renderField(state: FormState, field: FieldSpec, error: string | undefined): Html {
  switch (field.control) {
    case 'text':
    case 'textarea':
    case 'select':
      return single(state, field, error);
    case 'radios':
      return radios(state, field, error);
    case 'checkbox':
      return checkbox(state, field, error);
  }
}

function labelText(state: FormState, field: FieldBase): Html {
  return field.optional ? html`${field.label} <span class="optional">${state.t.form.optional}</span>` : html`${field.label}`;
}

function hintOf(field: FieldBase, id: string): Html {
  return field.hint ? html`<div class="hint" id="${id}-hint">${field.hint}</div>` : html``;
}

function errorMessage(state: FormState, id: string, error: string | undefined): Html {
  return error
    ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${state.t.errors.prefix}</span> ${error}</p>`
    : html``;
}

const describedBy = (id: string, field: FieldBase, error: string | undefined) =>
  [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

function groupClass(error: string | undefined): string {
  return error ? 'field field--error' : 'field';
}

function single(state: FormState, field: TextField | TextareaField | SelectField, error: string | undefined): Html {
  const id = fieldId(field.name);
  const value = state.values.get(field.name) ?? '';
  const common = {
    id,
    name: field.name,
    'aria-describedby': describedBy(id, field, error),
    'aria-invalid': error ? 'true' : undefined,
  };
  let control: Html;
  if (field.control === 'textarea') {
    control = html`<textarea class="textarea"${attributes({ ...common, rows: field.rows ?? 6 })}>${value}</textarea>`;
  } else if (field.control === 'select') {
    const option = (o: SelectOption) =>
      html`<option${attributes({ value: o.value, lang: o.lang, selected: o.value === value })}>${o.label}</option>`;
    control = html`<select class="select"${attributes({ ...common, autocomplete: field.autocomplete })}>
<option value="">${field.none}</option>
${(field.options ?? []).map(option)}
${(field.groups ?? []).map((group) => html`<optgroup label="${group.label}">${group.options.map(option)}</optgroup>`)}
</select>`;
  } else {
    control = html`<input${attributes({
      ...common,
      class: `input input--${field.width ?? 'full'}`,
      type: field.type ?? 'text',
      value,
      autocomplete: field.autocomplete,
      spellcheck: field.spellcheck === false ? 'false' : undefined,
      dir: field.type === 'email' || field.type === 'tel' ? 'ltr' : undefined,
    })}>`;
  }
  return html`<div class="${groupClass(error)}"${errorAttributes(state.t, field)}>
<label class="label" for="${id}">${labelText(state, field)}</label>
${hintOf(field, id)}
${errorMessage(state, id, error)}
${control}
</div>`;
}

function radios(state: FormState, field: RadiosField, error: string | undefined): Html {
  const id = fieldId(field.name);
  const chosen = state.values.get(field.name);
  return html`<div class="${groupClass(error)}"${errorAttributes(state.t, field)}>
<fieldset class="fieldset"${attributes({ 'aria-describedby': describedBy(id, field, error) })}>
<legend class="legend">${labelText(state, field)}</legend>
${hintOf(field, id)}
${errorMessage(state, id, error)}
<div class="choices">
${field.options.map((option, index) => {
  const optionId = index === 0 ? id : `${id}-${index + 1}`;
  return html`<div class="choice">
<input class="choice__input"${attributes({
    id: optionId,
    name: field.name,
    type: 'radio',
    value: option.value,
    checked: chosen === option.value,
    'aria-describedby': option.hint ? `${optionId}-hint` : undefined,
  })}>
<label class="choice__label" for="${optionId}">${option.label}</label>
${option.hint ? html`<div class="hint choice__hint" id="${optionId}-hint">${option.hint}</div>` : ''}
</div>`;
})}
</div>
</fieldset>
</div>`;
}

function checkbox(state: FormState, field: CheckboxField, error: string | undefined): Html {
  const id = fieldId(field.name);
  const box = html`${errorMessage(state, id, error)}
<div class="choice">
<input class="choice__input"${attributes({
    id,
    name: field.name,
    type: 'checkbox',
    value: 'yes',
    checked: isTicked(state.values.get(field.name)),
    'aria-describedby': describedBy(id, field, error),
    'aria-invalid': error ? 'true' : undefined,
  })}>
<label class="choice__label" for="${id}">${field.label}</label>
${field.hint ? html`<div class="hint choice__hint" id="${id}-hint">${field.hint}</div>` : ''}
</div>`;
  if (!field.legend) return html`<div class="${groupClass(error)}"${errorAttributes(state.t, field)}>${box}</div>`;
  return html`<div class="${groupClass(error)}"${errorAttributes(state.t, field)}>
<fieldset class="fieldset">
<legend class="legend legend--heading">${field.legend}</legend>
${field.intro ?? ''}
${box}
</fieldset>
</div>`;
}
