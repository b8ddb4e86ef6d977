/// <reference lib="dom.iterable" />
/**
 * The status page's reply, enhanced: checked here first (a missing choice or reason is shown
 * at once, in the page's language), then sent as JSON to the complainant API with the link's
 * token in the X-Status-Token header. Once recorded, the page is opened again as the server
 * renders it, which says so and shows where the complaint went. A conflict (answered in
 * another tab, or moved on meanwhile) is left to the plain form post, whose answer shows the
 * complaint as it is now with the reason; anything else is shown as the same error summary
 * the server would render.
 *
 * Without this script, the form posts itself to /api/forms/status-response and the server
 * answers with a redirect, or the page again.
 */
import { FORM_LEVEL_FIELD, formValues, isLanguage, PAGE_LANGUAGE_FIELD, type FieldError } from '../../../lambdas/templates/site/form/fields';
import { REFERENCE_FIELD, responseFromForm, TOKEN_FIELD, type ComplainantResponseRequest } from '../../../lambdas/templates/site/form/status-response';
import { statusPageUrl, statusResponseEndpoint } from '../../../lambdas/templates/site/paths';
import { setBusy, showErrors } from './errors';

export function enhanceStatusReply(form: HTMLFormElement): void {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  let sending = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    const entries = [...new FormData(form)];
    const values = formValues(entries);
    const mapped = responseFromForm(entries);
    if (!mapped.request) {
      showErrors(form, mapped.errors, values);
      return;
    }
    sending = true;
    setBusy(button, true);
    send(form, mapped.request, values)
      .catch(() => showErrors(form, [formLevel], values, form.dataset.errorNetwork))
      .finally(() => {
        sending = false;
        setBusy(button, false);
      });
  });
}

const formLevel: FieldError = { field: FORM_LEVEL_FIELD, message: '' };

async function send(form: HTMLFormElement, request: ComplainantResponseRequest, values: Map<string, string>): Promise<void> {
  const ref = values.get(REFERENCE_FIELD) ?? '';
  const token = values.get(TOKEN_FIELD) ?? '';
  const response = await fetch(statusResponseEndpoint(ref), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-status-token': token },
    body: JSON.stringify(request),
    credentials: 'same-origin',
  });
  if (response.ok) {
    const pageLanguage = values.get(PAGE_LANGUAGE_FIELD);
    const lang = isLanguage(pageLanguage) ? pageLanguage : 'en';
    window.location.assign(statusPageUrl({ lang, ref, token, done: request.type }));
    return;
  }
  if (response.status === 400) {
    const body = (await response.json().catch(() => ({}))) as { errors?: FieldError[] };
    showErrors(form, body.errors?.length ? body.errors : [formLevel], values);
    return;
  }
  if (response.status === 409) {
    form.submit();
    return;
  }
  const message =
    response.status === 404 ? form.dataset.errorNotFound : response.status === 429 ? form.dataset.errorTooMany : form.dataset.errorServer;
  showErrors(form, [formLevel], values, message);
}
