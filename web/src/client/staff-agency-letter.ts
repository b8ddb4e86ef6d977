/// <reference lib="dom.iterable" />
/**
 * The console's page for another agency's written complaint (A1): checks the day it arrived,
 * sends the form to POST /staff/agency-complaints, and shows the new reference or what the
 * API refused, field by field.
 */
import { formValues, type FieldError } from '../../../lambdas/templates/site/form/fields';
import type { StaffMessages } from '../i18n/staff';
import { paperEn } from '../i18n/staff-paper-en';
import { agencyLetterRequestFromForm } from '../staff/actions';
import { renderAgencyLetter } from '../staff/agency-letter';
import type { ActionFormState, Named } from '../staff/views';
import type { ConsolePage } from './console-page';
import { setBusy } from './errors';

export interface AgencyLetterPageDeps extends ConsolePage {
  t: StaffMessages;
  /** The settings this person may enter a complaint for. */
  settings: readonly Named[];
  staff: readonly Named[];
}

export function agencyLetterPage(deps: AgencyLetterPageDeps): void {
  deps.setTitle(paperEn.agencyLetter.title);
  show(deps, {});
  deps.app.addEventListener('submit', (event) => {
    const form = event.target instanceof HTMLFormElement && event.target.matches('form[data-agency-letter]') ? event.target : null;
    if (!form) return;
    event.preventDefault();
    void submit(deps, form);
  });
}

function show(deps: AgencyLetterPageDeps, state: ActionFormState, entered?: string): void {
  deps.show(renderAgencyLetter({ t: deps.t, p: paperEn, settings: deps.settings, staff: deps.staff, state, ...(entered ? { entered } : {}) }));
}

async function submit(deps: AgencyLetterPageDeps, form: HTMLFormElement): Promise<void> {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (button?.getAttribute('aria-disabled') === 'true') return;
  const values = formValues(new FormData(form));
  const mapped = agencyLetterRequestFromForm(values);
  if (mapped.errors.length > 0) return show(deps, { values, errors: mapped.errors });
  setBusy(button, true);
  const response = await deps
    .api('/staff/agency-complaints', {
      method: 'POST',
      // One entry per press: a retried request is answered with the same complaint.
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify(mapped.request),
    })
    .catch(() => undefined);
  setBusy(button, false);
  const body = (await response?.json().catch(() => ({}))) as { reference?: string; message?: string; errors?: FieldError[] } | undefined;
  if (response?.ok && body?.reference) return show(deps, {}, body.reference);
  if (response?.status === 400) return show(deps, { values, errors: body?.errors ?? [{ field: 'body', message: body?.message ?? '' }] });
  const kind = !response ? 'network' : response.status === 403 ? 'forbidden' : 'server';
  show(deps, { values, problem: { kind, ...(body?.message ? { message: body.message } : {}) } });
}
