/// <reference lib="dom.iterable" />
/**
 * The console's letters to print and post (P5): the list for the settings this person may
 * see, a "posted on" form per letter (POST …/actions, letterPosted, the day as typed), and the
 * print view of one letter (`?ref=&key=`), where the Print button opens the browser's dialog.
 */
import type { LetterView } from '../../../lambdas/use-cases/list-letters';
import { paperEn } from '../i18n/staff-paper-en';
import type { Html } from '../../../lambdas/templates/site/pages/html';
import { actionRequestFromForm } from '../staff/actions';
import { londonToday, renderLetterPrint, renderLetters } from '../staff/letters';
import { renderNotice, type Named } from '../staff/views';
import { formValues } from '../../../lambdas/templates/site/form/fields';
import type { ConsolePage } from './console-page';
import { setBusy } from './errors';

export interface LettersPageDeps extends ConsolePage {
  /** The settings this person may see, for the filter. */
  settings: readonly Named[];
  params: URLSearchParams;
}

const l = paperEn.letters;

export async function lettersPage(deps: LettersPageDeps): Promise<void> {
  const reference = deps.params.get('ref');
  const key = deps.params.get('key');
  if (reference && key) return printView(deps, reference, key);
  deps.setTitle(l.title);
  await load(deps);
  deps.app.addEventListener('submit', (event) => {
    const form = event.target instanceof HTMLFormElement && event.target.matches('form.letter-posted') ? event.target : null;
    if (!form) return;
    event.preventDefault();
    void recordPosted(deps, form);
  });
}

const settingId = (deps: LettersPageDeps) => deps.params.get('settingId') ?? undefined;

async function load(deps: LettersPageDeps, notice?: Html, problem?: { key: string; message: string }): Promise<void> {
  const query = new URLSearchParams();
  const chosen = settingId(deps);
  if (chosen) query.set('settingId', chosen);
  const response = await deps.api(`/staff/letters${query.size > 0 ? `?${query.toString()}` : ''}`);
  if (!response.ok) return deps.show(renderNotice(l.failed, 'error'));
  const { items } = (await response.json()) as { items: LetterView[] };
  deps.show(
    renderLetters({
      p: paperEn,
      letters: items,
      settings: deps.settings,
      today: londonToday(new Date()),
      ...(chosen ? { settingId: chosen } : {}),
      ...(notice ? { notice } : {}),
      ...(problem ? { problem } : {}),
    }),
  );
}

async function recordPosted(deps: LettersPageDeps, form: HTMLFormElement): Promise<void> {
  const reference = form.dataset.reference ?? '';
  const letterKey = form.dataset.letterKey ?? '';
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (button?.getAttribute('aria-disabled') === 'true') return;
  const values = formValues(new FormData(form));
  values.set('letterKey', letterKey);
  const mapped = actionRequestFromForm('letterPosted', values);
  if (!mapped.request) return load(deps, undefined, { key: letterKey, message: l.postedOnMissing });
  setBusy(button, true);
  const response = await deps
    .api(`/staff/complaints/${encodeURIComponent(reference)}/actions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(mapped.request),
    })
    .catch(() => undefined);
  setBusy(button, false);
  if (response?.status === 400) {
    const body = (await response.json().catch(() => ({}))) as { errors?: { field: string; message: string }[] };
    const error = body.errors?.find((e) => e.field === 'postedOn');
    return load(deps, undefined, { key: letterKey, message: error ? `${l.postedOn}: ${error.message}` : l.postedOnMissing });
  }
  await load(deps, response?.ok ? renderNotice(l.recorded(reference), 'success') : renderNotice(l.failed, 'error'));
}

async function printView(deps: LettersPageDeps, reference: string, key: string): Promise<void> {
  deps.setTitle(l.printTitle(reference));
  const response = await deps.api(`/staff/complaints/${encodeURIComponent(reference)}/letters`);
  const items = response.ok ? ((await response.json()) as { items: LetterView[] }).items : [];
  const letter = items.find((item) => item.key === key);
  if (!letter) return deps.show(renderNotice(l.notFound, 'error'));
  deps.show(renderLetterPrint(paperEn, letter));
  deps.app.querySelector('[data-print]')?.addEventListener('click', () => window.print());
}
