/// <reference lib="dom.iterable" />
/**
 * The administrators' page of inspectors' links and the record's productions (R1): loads the
 * links and the productions, makes a link (its address shown once, with a button that copies
 * it), revokes one with a reason, and shows the page as it is then.
 */
import type { RecordProduction } from '../../../lambdas/domain/record-ports';
import { formValues, type FieldError } from '../../../lambdas/templates/site/form/fields';
import type { StaffMessages } from '../i18n/staff';
import { recordEn } from '../i18n/staff-record-en';
import { londonDay } from '../staff/record';
import { inspectorLinkFromForm, revokeLinkFromForm } from '../staff/record-forms';
import { linksForbidden, renderLinkForm, renderLinksPage, type LinkFormState, type LinksPageInput, type LinkView } from '../staff/record-links';
import { renderNotice, type ActionFormState, type Named } from '../staff/views';
import type { ConsolePage } from './console-page';
import { setBusy } from './errors';

export interface LinksPageDeps extends ConsolePage {
  t: StaffMessages;
  settings: readonly Named[];
  staff: readonly Named[];
}

const r = recordEn;
type ErrorBody = { message?: string; errors?: FieldError[] };

type Extra = Pick<LinksPageInput, 'made' | 'revoke' | 'notice'> & { form?: LinkFormState };

export async function linksPage(deps: LinksPageDeps): Promise<void> {
  deps.setTitle(r.links.title);
  await load(deps, {});
  deps.app.addEventListener('submit', (event) => {
    const form = event.target instanceof HTMLFormElement ? event.target : null;
    if (form?.matches('form[data-link-form]')) {
      event.preventDefault();
      void makeLink(deps, form);
    } else if (form?.dataset.revokeLink) {
      event.preventDefault();
      void revokeLink(deps, form);
    }
  });
  deps.app.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-copy-link]') : null;
    if (button) void copyLink(deps);
  });
}

function firstForm(deps: LinksPageDeps): LinkFormState {
  const today = londonDay(new Date());
  return {
    settingIds: deps.settings.map((setting) => setting.id),
    values: new Map([
      ['from', `${Number(today.slice(0, 4)) - 1}-09-01`],
      ['to', today],
      ['days', '7'],
    ]),
  };
}

async function load(deps: LinksPageDeps, extra: Extra): Promise<void> {
  const [links, productions] = await Promise.all([deps.api('/staff/record/links'), deps.api('/staff/record/productions')]);
  if (links.status === 403 || productions.status === 403) return deps.show(linksForbidden(r));
  if (!links.ok || !productions.ok) return deps.show(renderNotice(r.links.failed, 'error'));
  const { items } = (await links.json()) as { items: LinkView[] };
  const produced = (await productions.json()) as { items: RecordProduction[] };
  deps.show(
    renderLinksPage({
      t: deps.t,
      r,
      settings: deps.settings,
      staff: deps.staff,
      links: items,
      productions: produced.items,
      now: new Date(),
      form: extra.form ?? firstForm(deps),
      ...(extra.made ? { made: extra.made } : {}),
      ...(extra.revoke ? { revoke: extra.revoke } : {}),
      ...(extra.notice ? { notice: extra.notice } : {}),
    }),
  );
}

function showLinkForm(deps: LinksPageDeps, state: LinkFormState): void {
  const body = document.getElementById('link-form');
  if (!body) return;
  body.innerHTML = renderLinkForm(deps.t, r, deps.settings, state).value;
  body.querySelector<HTMLElement>('[data-focus]')?.focus();
}

async function post(form: HTMLFormElement, deps: LinksPageDeps, path: string, request: unknown): Promise<{ response: Response; body: unknown } | undefined> {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (button?.getAttribute('aria-disabled') === 'true') return undefined;
  setBusy(button, true);
  try {
    const response = await deps.api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
    return { response, body: await response.json().catch(() => ({})) };
  } catch {
    return undefined;
  } finally {
    setBusy(button, false);
  }
}

function problemOf(response: Response | undefined, body: ErrorBody): Pick<ActionFormState, 'errors' | 'problem'> {
  if (!response) return { problem: { kind: 'network' } };
  if (response.status === 400) return { errors: body.errors ?? [{ field: 'body', message: body.message ?? '' }] };
  if (response.status === 403) return { problem: { kind: 'forbidden', message: body.message ?? r.links.forbidden } };
  if (response.status === 404) return { problem: { kind: 'notFound' } };
  return { problem: { kind: 'server' } };
}

async function makeLink(deps: LinksPageDeps, form: HTMLFormElement): Promise<void> {
  const data = new FormData(form);
  const state: LinkFormState = {
    values: formValues(data),
    settingIds: data.getAll('settingIds').filter((value): value is string => typeof value === 'string'),
  };
  const mapped = inspectorLinkFromForm(data);
  if (!mapped.request) return showLinkForm(deps, { ...state, errors: mapped.errors });
  const sent = await post(form, deps, '/staff/record/links', mapped.request);
  if (sent?.response.status === 201) {
    const made = sent.body as { link: LinkView; url: string };
    return load(deps, { made: { url: made.url, link: made.link } });
  }
  showLinkForm(deps, { ...state, ...problemOf(sent?.response, (sent?.body ?? {}) as ErrorBody) });
}

async function revokeLink(deps: LinksPageDeps, form: HTMLFormElement): Promise<void> {
  const id = form.dataset.revokeLink ?? '';
  const data = new FormData(form);
  const values = formValues(data);
  const mapped = revokeLinkFromForm(data);
  if (!mapped.request) return load(deps, { revoke: { id, state: { values, errors: mapped.errors } } }).then(focusFirstError(deps));
  const sent = await post(form, deps, `/staff/record/links/${encodeURIComponent(id)}/revoke`, mapped.request);
  if (sent?.response.ok) return load(deps, { notice: renderNotice(r.links.revoked, 'success') });
  await load(deps, { revoke: { id, state: { values, ...problemOf(sent?.response, (sent?.body ?? {}) as ErrorBody) } } });
  focusFirstError(deps)();
}

const focusFirstError = (deps: LinksPageDeps) => () => {
  deps.app.querySelector<HTMLElement>('tr [data-focus]')?.focus();
};

/** The clipboard where the browser allows it; otherwise the address selected, to copy by hand. */
async function copyLink(deps: LinksPageDeps): Promise<void> {
  const input = deps.app.querySelector<HTMLInputElement>('#made-link');
  const status = deps.app.querySelector('#copy-status');
  if (!input || !status) return;
  try {
    await navigator.clipboard.writeText(input.value);
    status.textContent = r.links.copied;
  } catch {
    input.focus();
    input.select();
    status.textContent = r.links.copyFailed;
  }
}
