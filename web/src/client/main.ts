/// <reference lib="dom.iterable" />
/**
 * The forms' enhancement: with JavaScript, the form is sent as JSON to the same API the
 * plain form reaches, with an Idempotency-Key kept across retries of the same answers (a
 * double click or a retry after a lost connection makes one complaint, not two). Errors come
 * back as the same summary the server renders, in the page's language (the messages are in
 * each field's data-error-* attributes), and focus moves to it. Nothing typed is touched.
 *
 * Without this script, or if it fails, the form posts itself and the server answers.
 */
import { FILL_TIME_FIELD, FORM_LEVEL_FIELD, formValues, isLanguage, PAGE_LANGUAGE_FIELD, requestFromForm, type FieldError } from '../form/fields';
import { complaintEndpoint, confirmationUrl, type FormKind } from '../paths';
import { focusErrorTarget, setBusy, showErrors } from './errors';
import { enhanceStatusReply } from './status';

/** When the page opened: the time taken to fill the form in is a spam signal. */
const openedAt = Date.now();

document.querySelectorAll<HTMLFormElement>('form[data-enhance="parent"], form[data-enhance="agency"]').forEach(enhance);
document.querySelectorAll<HTMLFormElement>('form[data-enhance="status"]').forEach(enhanceStatusReply);
document.addEventListener('click', focusErrorTarget);

function enhance(form: HTMLFormElement): void {
  const kind = form.dataset.enhance === 'agency' ? 'agency' : 'parent';
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  let attempt: { signature: string; key: string } | undefined;
  let sending = false;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    const entries = [...new FormData(form)];
    const values = formValues(entries);
    const request = requestFromForm(kind, [...entries, [FILL_TIME_FIELD, String(Date.now() - openedAt)]]);
    // The same answers sent again are a retry and keep their key; changed answers are not.
    const { [FILL_TIME_FIELD]: _fillTime, ...answers } = request;
    const signature = JSON.stringify(answers);
    if (attempt?.signature !== signature) attempt = { signature, key: newIdempotencyKey() };

    sending = true;
    setBusy(button, true);
    send(form, kind, request, attempt.key, values)
      .catch(() => showErrors(form, [{ field: FORM_LEVEL_FIELD, message: '' }], values, form.dataset.errorNetwork))
      .finally(() => {
        sending = false;
        setBusy(button, false);
      });
  });
}

async function send(
  form: HTMLFormElement,
  kind: FormKind,
  request: Record<string, unknown>,
  idempotencyKey: string,
  values: Map<string, string>,
): Promise<void> {
  const response = await fetch(complaintEndpoint(kind), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': idempotencyKey },
    body: JSON.stringify(request),
    credentials: 'same-origin',
  });
  if (response.status === 201) {
    const result = (await response.json()) as { reference: string; status: string; level?: string; respondBy?: string };
    const pageLanguage = values.get(PAGE_LANGUAGE_FIELD);
    window.location.assign(
      confirmationUrl({
        lang: isLanguage(pageLanguage) ? pageLanguage : 'en',
        kind,
        reference: result.reference,
        status: result.status,
        ...(request.classification === 'concern' ? { recordedAs: 'concern' as const } : {}),
        level: result.level,
        respondBy: result.respondBy,
      }),
    );
    return;
  }
  if (response.status === 400) {
    const body = (await response.json().catch(() => ({}))) as { errors?: FieldError[] };
    const errors = body.errors?.length ? body.errors : [{ field: FORM_LEVEL_FIELD, message: '' }];
    showErrors(form, errors, values);
    return;
  }
  const message = response.status === 429 ? form.dataset.errorTooMany : form.dataset.errorServer;
  showErrors(form, [{ field: FORM_LEVEL_FIELD, message: '' }], values, message);
}

function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
