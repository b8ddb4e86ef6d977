/**
 * The console's page of parked effects (administrators): what could not be carried out, and
 * for each a way to try again or to record that it was done by hand. Plain words only.
 */
import type { ParkedEffectView } from '../../../lambdas/use-cases/parked-effects';
import type { ParkedMessages } from '../i18n/staff-parked-en';
import { html, type Html } from '../../../lambdas/templates/site/pages/html';
import { staffComplaintUrl } from '../../../lambdas/templates/site/paths';

const time = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });

/** What the email was, in words staff know. */
const MESSAGE_NAMES: Record<string, string> = {
  complaintAcknowledgement: 'Acknowledgement to the complainant',
  allegationReceived: 'Allegation received, to the complainant',
  allegationAlert: 'Allegation alert to staff',
  levelAssigned: 'New complaint for a member of staff',
  deadlineReminder: 'Deadline reminder',
  overdueReminder: 'Overdue reminder',
  deadlineMissed: 'Deadline missed, to the complainant',
  levelOpened: 'Next stage, to the complainant',
  outcomeGiven: 'Outcome, to the complainant',
  deadlineExtended: 'New date, to the complainant',
  complaintClosed: 'Complaint closed, to the complainant',
};

export function renderParked(p: ParkedMessages, rows: readonly ParkedEffectView[], notice?: Html): Html {
  const c = p.columns;
  const what = (row: ParkedEffectView) => (row.kind === 'email' ? (MESSAGE_NAMES[row.what] ?? row.what) : (p.kinds[row.kind] ?? row.kind));
  const table =
    rows.length === 0
      ? html`<p class="inset">${p.none}</p>`
      : html`<table class="table table--cards">
<caption>${p.caption}</caption>
<thead><tr><th scope="col">${c.reference}</th><th scope="col">${c.what}</th><th scope="col">${c.to}</th><th scope="col">${c.attempts}</th><th scope="col">${c.lastError}</th><th scope="col">${c.parkedAt}</th><th scope="col">${c.resolve}</th></tr></thead>
<tbody>
${rows.map(
  (row, index) => html`<tr>
<td data-label="${c.reference}"><a class="reference-inline" href="${staffComplaintUrl(row.reference)}">${row.reference}</a></td>
<td data-label="${c.what}">${what(row)}</td>
<td data-label="${c.to}">${row.to}</td>
<td data-label="${c.attempts}">${row.attempts}</td>
<td data-label="${c.lastError}"><code>${row.lastError}</code></td>
<td data-label="${c.parkedAt}">${time(row.parkedAt)}</td>
<td data-label="${c.resolve}">
<form class="parked-action" data-parked-id="${row.id}" data-action="retry"><button type="submit" class="button button--secondary">${p.retry}</button></form>
<form class="parked-action" data-parked-id="${row.id}" data-action="handled">
<div class="field"><label class="label" for="note-${index}">${p.note}</label>
<div class="hint" id="note-${index}-hint">${p.noteHint}</div>
<input class="input" id="note-${index}" name="note" type="text" maxlength="500" aria-describedby="note-${index}-hint" autocomplete="off"></div>
<button type="submit" class="button">${p.handled}</button>
</form>
</td>
</tr>`,
)}
</tbody>
</table>`;
  return html`<h1 class="heading-xl">${p.title}</h1>
${notice ?? ''}
<p class="lead">${p.intro}</p>
${table}`;
}
