/**
 * The console's letters for complainants without email (P5): the list of those waiting to be
 * printed and posted (GET /staff/letters), each with a way to record the day it was posted,
 * and the print view of one letter, in the complainant's language and direction (F2), where
 * only the letter is printed. Pure: from what the API answers to escaped HTML.
 */
import { LANGUAGE_NAMES } from '../../../lambdas/domain/language';
import type { LetterView } from '../../../lambdas/use-cases/list-letters';
import type { PaperMessages } from '../i18n/staff-paper-en';
import { attributes, html, type Html } from '../../../lambdas/templates/site/pages/html';
import { STAFF_PAGES, staffComplaintUrl } from '../../../lambdas/templates/site/paths';
import type { Named } from './views';

const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium' });
const day = (iso: string) => html`<time datetime="${iso}">${dayFormat.format(new Date(iso))}</time>`;

/** Today in England, as a date input wants it: the default day a letter was posted. */
export const londonToday = (now: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

/** The print view of one letter: where it is, as a link of the letters page. */
export const letterPrintUrl = (reference: string, key: string): string =>
  `${STAFF_PAGES.letters}?${new URLSearchParams({ ref: reference, key }).toString()}`;

export interface LettersInput {
  p: PaperMessages;
  letters: readonly LetterView[];
  settings: readonly Named[];
  settingId?: string;
  today: string;
  notice?: Html;
  /** A row whose "posted" form came back with a mistake: its key and the message. */
  problem?: { key: string; message: string };
}

export function renderLetters({ p, letters, settings, settingId, today, notice, problem }: LettersInput): Html {
  const l = p.letters;
  const c = l.columns;
  const option = (value: string, label: string) => html`<option value="${value}"${attributes({ selected: value === (settingId ?? '') })}>${label}</option>`;
  const filter =
    settings.length > 1
      ? html`<form class="filters" method="get"${attributes({ action: STAFF_PAGES.letters, 'aria-label': l.setting })}>
<div class="field"><label class="label" for="letters-setting">${l.setting}</label>
<select class="select" id="letters-setting" name="settingId">${option('', l.anySetting)}${settings.map((s) => option(s.id, s.name))}</select></div>
<button type="submit" class="button button--secondary">${l.apply}</button>
</form>`
      : '';
  const table =
    letters.length === 0
      ? html`<p class="inset">${l.none}</p>`
      : html`<table class="table table--cards">
<caption>${l.caption}</caption>
<thead><tr><th scope="col">${c.reference}</th><th scope="col">${c.to}</th><th scope="col">${c.what}</th><th scope="col">${c.language}</th><th scope="col">${c.written}</th><th scope="col">${c.post}</th></tr></thead>
<tbody>
${letters.map((letter, index) => {
  const id = `posted-${index}`;
  const error = problem?.key === letter.key ? problem.message : undefined;
  return html`<tr>
<td data-label="${c.reference}"><a class="reference-inline" href="${staffComplaintUrl(letter.reference)}">${letter.reference}</a></td>
<td data-label="${c.to}"><span class="written">${[letter.recipient.name, letter.recipient.organisation, letter.recipient.postalAddress].filter(Boolean).join('\n')}</span>${letter.canBePosted ? '' : html`<br><span class="hint">${l.noAddress}</span>`}</td>
<td data-label="${c.what}">${l.kinds[letter.kind]}</td>
<td data-label="${c.language}">${LANGUAGE_NAMES[letter.letter.language]}</td>
<td data-label="${c.written}">${day(letter.writtenAt)}</td>
<td data-label="${c.post}">
<p><a href="${letterPrintUrl(letter.reference, letter.key)}">${l.print(letter.reference)}</a></p>
<form class="letter-posted" novalidate${attributes({ 'data-reference': letter.reference, 'data-letter-key': letter.key })}>
<div${attributes({ class: error ? 'field field--error' : 'field' })}><label class="label" for="${id}">${l.postedOn}</label>
<div class="hint" id="${id}-hint">${l.postedOnHint}</div>
${error ? html`<p class="error-message" id="${id}-error" data-focus tabindex="-1">${error}</p>` : ''}
<input${attributes({ class: 'input input--date', id, name: 'postedOn', type: 'date', value: today, max: today, 'aria-describedby': error ? `${id}-hint ${id}-error` : `${id}-hint`, 'aria-invalid': error ? 'true' : undefined })}></div>
<button type="submit" class="button">${l.record}</button>
</form>
</td>
</tr>`;
})}
</tbody>
</table>`;
  return html`${notice ?? ''}
<h1 class="heading-xl">${l.title}</h1>
<p class="lead">${l.intro}</p>
${filter}
${table}`;
}

/**
 * One letter as it is printed: the text in the complainant's language, marked with that
 * language and direction so it is read (and printed) the right way round; the page's own
 * words around it are not printed.
 */
export function renderLetterPrint(p: PaperMessages, letter: LetterView): Html {
  const l = p.letters;
  return html`<div class="no-print">
<p><a href="${STAFF_PAGES.letters}">${l.back}</a></p>
<h1 class="heading-xl">${l.printTitle(letter.reference)}</h1>
<p>${l.printIntro}</p>
${letter.postedOn ? html`<p class="inset">${l.postedAlready(dayFormat.format(new Date(letter.postedOn.length === 10 ? `${letter.postedOn}T12:00:00Z` : letter.postedOn)))}</p>` : ''}
<p><button type="button" class="button" data-print>${l.printButton}</button></p>
</div>
<article class="letter written"${attributes({ lang: letter.letter.language, dir: letter.letter.direction, 'aria-label': letter.letter.subject })}>${letter.letter.text}</article>`;
}
