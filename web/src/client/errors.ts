/// <reference lib="dom.iterable" />
/**
 * Errors shown by the enhancement scripts exactly as the server renders them: a summary at
 * the top of <main> that links to each field, focused, and each message beside its field,
 * tied to it; the messages in the page's language, from each field's data-error-* attributes
 * (or the form's, for errors about the whole form). Shared by the complaint forms and the
 * status page's reply.
 */
import { errorKind, fieldId, FORM_LEVEL_FIELD, maxLengthOf, type FieldError } from '../../../lambdas/templates/site/form/fields';

interface Shown {
  field: string;
  text: string;
  /** The field's container, for ordering; none for errors about the whole form. */
  group?: HTMLElement;
}

export function showErrors(form: HTMLFormElement, errors: FieldError[], values: Map<string, string>, formLevel?: string): void {
  clearErrors(form);
  const shown: Shown[] = [];
  for (const error of errors) {
    const group = form.querySelector<HTMLElement>(`[data-field="${error.field}"]`) ?? undefined;
    const field = group ? error.field : FORM_LEVEL_FIELD;
    if (shown.some((s) => s.field === field)) continue;
    const text = group ? messageFor(group, error, values.get(error.field)) : (formLevel ?? form.dataset.errorRejected ?? '');
    if (group) markField(form, group, error.field, text);
    shown.push({ field, text, group });
  }
  shown.sort((a, b) => position(a) - position(b) || order(a, b));
  const main = form.closest('main') ?? document.body;
  const summary = summaryElement(form, shown);
  main.insertBefore(summary, main.firstChild);
  const prefix = form.dataset.errorPrefix ?? '';
  if (!document.title.startsWith(prefix)) document.title = `${prefix} ${document.title}`;
  summary.focus();
}

const position = (shown: Shown) => (shown.group ? 1 : 0);
const order = (a: Shown, b: Shown) =>
  a.group && b.group && a.group.compareDocumentPosition(b.group) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1;

function messageFor(group: HTMLElement, error: FieldError, submitted: string | undefined): string {
  const kind = errorKind(error, submitted);
  if (kind === 'tooLong') return (group.dataset.errorTooLong ?? '').replace('{max}', maxLengthOf(error) ?? '');
  return (kind === 'required' ? group.dataset.errorRequired : group.dataset.errorInvalid) ?? '';
}

/** The same markup the server renders: the message before the control, tied to it. */
function markField(form: HTMLFormElement, group: HTMLElement, name: string, text: string): void {
  const id = fieldId(name);
  group.classList.add('field--error');
  const message = document.createElement('p');
  message.className = 'error-message';
  message.id = `${id}-error`;
  const prefix = document.createElement('span');
  prefix.className = 'visually-hidden';
  prefix.textContent = form.dataset.errorPrefix ?? '';
  message.append(prefix, ` ${text}`);
  const before = group.querySelector('.choices, .choice, input:not([type="hidden"]), select, textarea');
  before?.parentNode?.insertBefore(message, before);

  const radios = group.querySelector('.choices');
  const described = radios ? group.querySelector('fieldset') : group.querySelector('input, select, textarea');
  if (!described) return;
  const ids = (described.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  described.setAttribute('aria-describedby', [...ids, message.id].join(' '));
  if (!radios) described.setAttribute('aria-invalid', 'true');
}

export function clearErrors(form: HTMLFormElement): void {
  document.querySelectorAll('[data-error-summary]').forEach((summary) => summary.remove());
  form.querySelectorAll('.error-message').forEach((message) => message.remove());
  form.querySelectorAll('.field--error').forEach((group) => group.classList.remove('field--error'));
  form.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
  form.querySelectorAll('[aria-describedby]').forEach((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (ids.length > 0) element.setAttribute('aria-describedby', ids.join(' '));
    else element.removeAttribute('aria-describedby');
  });
}

function summaryElement(form: HTMLFormElement, shown: Shown[]): HTMLElement {
  const summary = document.createElement('div');
  summary.className = 'error-summary';
  summary.setAttribute('role', 'alert');
  summary.setAttribute('tabindex', '-1');
  summary.setAttribute('aria-labelledby', 'error-summary-title');
  summary.setAttribute('data-error-summary', '');
  const title = document.createElement('h2');
  title.className = 'error-summary__title';
  title.id = 'error-summary-title';
  title.textContent = form.dataset.errorTitle ?? '';
  const list = document.createElement('ul');
  list.className = 'error-summary__list';
  for (const error of shown) {
    const item = document.createElement('li');
    if (error.field === FORM_LEVEL_FIELD) {
      item.textContent = error.text;
    } else {
      const link = document.createElement('a');
      link.href = `#${fieldId(error.field)}`;
      link.textContent = error.text;
      item.append(link);
    }
    list.append(item);
  }
  summary.append(title, list);
  return summary;
}

/** A link in the error summary puts focus in the field, with its question in view. */
export function focusErrorTarget(event: MouseEvent): void {
  const link = event.target instanceof Element ? event.target.closest('[data-error-summary] a[href^="#"]') : null;
  if (!link) return;
  const target = document.getElementById((link.getAttribute('href') ?? '').slice(1));
  if (!target) return;
  event.preventDefault();
  const question = target.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${target.id}"]`);
  (question ?? target).scrollIntoView();
  target.focus({ preventScroll: true });
}

export function setBusy(button: HTMLButtonElement | null, busy: boolean): void {
  if (!button) return;
  button.dataset.label ??= button.textContent ?? '';
  button.textContent = busy ? (button.dataset.sending ?? button.dataset.label) : button.dataset.label;
  if (busy) button.setAttribute('aria-disabled', 'true');
  else button.removeAttribute('aria-disabled');
}

