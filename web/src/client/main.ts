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
import { FORM_LEVEL_FIELD, FORM_TOKEN_FIELD, formValues, isLanguage, PAGE_LANGUAGE_FIELD, requestFromForm, type FieldError } from '../../../lambdas/templates/site/form/fields';
import { complaintEndpoint, confirmationUrl, FORM_TOKEN_ENDPOINT, type FormKind } from '../../../lambdas/templates/site/paths';
import { focusErrorTarget, setBusy, showErrors } from './errors';
import { enhanceStatusReply } from './status';

/**
 * The server's signed timing token, asked for when the page opens. The server refuses a
 * token younger than a few seconds or older than a day; a person never notices either.
 */
const MIN_TOKEN_AGE_MS = 3_500;
const MAX_TOKEN_AGE_MS = 20 * 60 * 60 * 1000;
let formToken: Promise<{ token: string; receivedAt: number } | undefined> | undefined;

function fetchFormToken() {
  formToken = fetch(FORM_TOKEN_ENDPOINT, { headers: { accept: 'application/json' }, credentials: 'same-origin' })
    .then(async (response): Promise<{ token?: unknown }> => (response.ok ? ((await response.json()) as { token?: unknown }) : {}))
    .then((body) => (typeof body.token === 'string' ? { token: body.token, receivedAt: Date.now() } : undefined))
    .catch(() => undefined);
  return formToken;
}

/** A token old enough to be accepted: a fresh one if there is none, waiting out the rest of its first seconds. */
async function usableFormToken(): Promise<string | undefined> {
  let current = await (formToken ?? fetchFormToken());
  if (!current || Date.now() - current.receivedAt > MAX_TOKEN_AGE_MS) current = await fetchFormToken();
  if (!current) return undefined;
  const wait = current.receivedAt + MIN_TOKEN_AGE_MS - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return current.token;
}

if (document.querySelector('form[data-enhance="parent"], form[data-enhance="agency"]')) void fetchFormToken();

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
    const { [FORM_TOKEN_FIELD]: tokenInPage, ...answers } = requestFromForm(kind, entries);
    // The same answers sent again are a retry and keep their key; changed answers are not.
    const signature = JSON.stringify(answers);
    if (attempt?.signature !== signature) attempt = { signature, key: newIdempotencyKey() };
    const key = attempt.key;

    sending = true;
    setBusy(button, true);
    usableFormToken()
      .then((token) => token ?? (typeof tokenInPage === 'string' ? tokenInPage : undefined))
      .then((token) => send(form, kind, token ? { ...answers, [FORM_TOKEN_FIELD]: token } : answers, key, values))
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
