/// <reference lib="dom.iterable" />
/**
 * The console's page of parked emails and clock starts (administrators): loads the list,
 * and sends "try again" or "done by hand" for one of them, then shows the list as it is now.
 */
import type { ParkedEffectView } from '../../../lambdas/use-cases/parked-effects';
import { parkedEn } from '../i18n/staff-parked-en';
import type { Html } from '../../../lambdas/templates/site/pages/html';
import type { ConsolePage } from './console-page';
import { renderParked } from '../staff/parked';
import { renderNotice } from '../staff/views';

export interface ParkedPageDeps extends ConsolePage {
}

const p = parkedEn;

export async function parkedPage(deps: ParkedPageDeps): Promise<void> {
  deps.setTitle(p.title);
  await load(deps);
  deps.app.addEventListener('submit', (event) => {
    const form = event.target instanceof HTMLFormElement ? event.target : null;
    if (!form?.dataset.parkedId) return;
    event.preventDefault();
    void resolve(deps, form);
  });
}

async function load(deps: ParkedPageDeps, notice?: Html): Promise<void> {
  const response = await deps.api('/admin/outbox/parked');
  if (response.status === 403) return deps.show(renderNotice(p.forbidden, 'error'));
  if (!response.ok) return deps.show(renderNotice(p.failed, 'error'));
  const { parked } = (await response.json()) as { parked: ParkedEffectView[] };
  deps.show(renderParked(p, parked, notice));
}

async function resolve(deps: ParkedPageDeps, form: HTMLFormElement): Promise<void> {
  const action = form.dataset.action === 'handled' ? 'handled' : 'retry';
  const note = new FormData(form).get('note');
  if (action === 'handled' && (typeof note !== 'string' || note.trim().length < 2)) {
    form.querySelector('.error-message')?.remove();
    form.querySelector('.field')?.insertAdjacentHTML('beforeend', `<p class="error-message">${p.noteMissing}</p>`);
    form.querySelector<HTMLInputElement>('input[name="note"]')?.focus();
    return;
  }
  const response = await deps
    .api(`/admin/outbox/parked/${encodeURIComponent(form.dataset.parkedId ?? '')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(action === 'handled' ? { action, note } : { action }),
    })
    .catch(() => undefined);
  const resolved = response?.ok ? ((await response.json()) as ParkedEffectView) : undefined;
  await load(
    deps,
    resolved
      ? renderNotice(action === 'handled' ? p.settled(resolved.reference) : p.retried(resolved.reference), 'success')
      : renderNotice(p.failed, 'error'),
  );
}
