/**
 * The record of complaints as a printable page (R1, R2): headed with the organisation, its
 * settings and their Ofsted URNs, the period and the date it was produced; one row a
 * complaint, people named only by their labels; a print stylesheet (styles/record.css) lays
 * it out on landscape A4. Rendered by the API for an inspector's link, and in the staff
 * console's printable page from the same JSON, so the two never differ.
 */
import type { RecordDocument, RecordEntry } from '../../../use-cases/produce-record';
import { EYFS_AREA_NAMES } from '../../../use-cases/produce-record';
import { formatDate, formatDateTime } from '../../messages/format';
import { html, type Html } from './html';

const OUTCOMES: Record<RecordEntry['outcome'], string> = {
  upheld: 'Upheld',
  partlyUpheld: 'Partly upheld',
  notUpheld: 'Not upheld',
  none: 'No outcome',
};

const STATUSES: Record<RecordEntry['status'], string> = {
  open: 'Open',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
  referred: 'Referred to the allegations procedure',
};

const date = (iso: string | undefined) => (iso ? formatDate(iso, 'en') : '');

function entryRow(entry: RecordEntry): Html {
  const kind = entry.classification === 'concern' ? 'Concern about the quality of the service or practice' : 'Complaint';
  const from = entry.track === 'agency' ? 'from another agency' : 'from a parent';
  const missing = entry.tombstone
    ? html`<span class="record__gone">Details removed at the end of the retention period</span>`
    : html`<span class="record__missing">Not yet written up</span>`;
  const review = entry.practiceReview;
  return html`<tr>
<th scope="row"><span class="record__reference">${entry.reference}</span><br>${date(entry.receivedAt)}<br>${entry.settingName}</th>
<td>${kind} ${from}<br>${entry.eyfsAreas.length > 0 ? entry.eyfsAreas.map((area) => EYFS_AREA_NAMES[area]).join('; ') : ''}</td>
<td>${entry.summary ? entry.summary.raised : missing}</td>
<td>${entry.summary ? entry.summary.investigation : ''}</td>
<td>${entry.summary ? entry.summary.actionTaken : ''}</td>
<td>${OUTCOMES[entry.outcome]}${entry.outcomeAt ? html`, ${date(entry.outcomeAt)}` : ''}<br>${STATUSES[entry.status]}${entry.closedAt ? html`, ${date(entry.closedAt)}` : ''}<br>${entry.complainantToldAt ? `Told: ${date(entry.complainantToldAt)}` : 'Not yet told of an outcome'}</td>
<td>${entry.ofstedInvolvedAt ? `Ofsted: ${date(entry.ofstedInvolvedAt)}` : 'Ofsted: no'}<br>${entry.allegationReferred ? 'Allegations procedure: yes' : 'Allegations procedure: no'}</td>
<td>${review ? html`${review.status === 'done' ? `Done ${date(review.completedAt)}` : `Due ${date(review.dueAt)}`}${entry.practiceReviewFindings ? html`<br>Found: ${entry.practiceReviewFindings.findings}<br>Actions: ${entry.practiceReviewFindings.actions}` : ''}` : 'None'}</td>
</tr>`;
}

/** The record itself, for the body of a page. */
export function renderRecordBody(record: RecordDocument): Html {
  const settings = record.settings.map(
    (setting) => html`<li>${setting.name}${setting.ofstedUrn ? html` (Ofsted URN <span class="record__urn">${setting.ofstedUrn}</span>)` : ''}</li>`,
  );
  return html`<article class="record" aria-labelledby="record-title">
<header class="record__head">
<h1 class="heading-xl" id="record-title">Record of complaints</h1>
<dl class="record__facts">
<div><dt>Organisation</dt><dd>${record.organisation}</dd></div>
<div><dt>Settings</dt><dd><ul class="record__settings">${settings}</ul></dd></div>
<div><dt>Period</dt><dd>${date(record.period.from)} to ${date(record.period.to)}</dd></div>
<div><dt>Produced</dt><dd>${formatDateTime(record.producedAt, 'en')}</dd></div>
<div><dt>Complaints</dt><dd>${record.entries.length}</dd></div>
</dl>
<p class="record__note">People are not named in this record: “child A”, “parent A” and “staff member B” stand for the people of each complaint.</p>
${record.withheld > 0 ? html`<p class="record__note">${record.withheld} complaint(s) about the person who produced this record are left out. An administrator can produce the complete record.</p>` : ''}
</header>
${
  record.entries.length === 0
    ? html`<p>No complaints were received in this period.</p>`
    : html`<div class="record__scroll" role="region" aria-labelledby="record-caption" tabindex="0">
<table class="table record__table">
<caption id="record-caption">Complaints received from ${date(record.period.from)} to ${date(record.period.to)}, newest first</caption>
<thead><tr>
<th scope="col">Reference, received, setting</th>
<th scope="col">Concern or complaint; EYFS requirements</th>
<th scope="col">What was raised</th>
<th scope="col">How it was investigated</th>
<th scope="col">What was done</th>
<th scope="col">Outcome; whether and when the complainant was told</th>
<th scope="col">Referrals</th>
<th scope="col">Practice review</th>
</tr></thead>
<tbody>
${record.entries.map(entryRow)}
</tbody>
</table>
</div>`
}
</article>`;
}

/** The whole page, as the API serves it for an inspector's read-only link. */
export function renderRecordPage(record: RecordDocument, stylesheet: string, links?: { csv: string; json: string }): string {
  return html`<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Record of complaints – ${record.organisation}</title>
<link rel="stylesheet" href="${stylesheet}">
</head>
<body class="record-page">
<main id="main" class="width width--wide main">
${renderRecordBody(record)}
${links ? html`<p class="no-print">Download: <a href="${links.csv}">CSV (spreadsheet)</a> · <a href="${links.json}">JSON</a>. To print, use your browser’s Print.</p>` : ''}
</main>
</body>
</html>
`.value;
}
