/**
 * The subject access document: everything held about a complainant, in their language and
 * its direction, printable. Staff-only entries and another agency's information (F4) carry
 * a visible label and a border, and are explained at the top, so staff can withhold them
 * where the law allows.
 */
import { formatDate } from '../../messages/format';
import type { Marking, SubjectAccessDocument } from '../../../use-cases/subject-access';
import type { PageText } from '../i18n/page-text';
import type { SubjectAccessText } from '../i18n/subject-access';
import { html, type Html } from './html';

/** `t` and `s`: the pages' words and the document's own, in the complainant's language (`doc.language`). */
export function renderSubjectAccessPage(text: { t: PageText; s: SubjectAccessText }, doc: SubjectAccessDocument, stylesheet: string): string {
  const { t, s } = text;
  const date = (iso: string) => formatDate(iso, doc.language);
  const mark = (marking: Marking): Html =>
    marking === 'shared'
      ? html``
      : html`<strong class="sar__mark sar__mark--${marking}">${marking === 'staffOnly' ? s.staffOnly : s.thirdParty}</strong> `;
  const row = (label: string, value: string | undefined, marking: Marking = 'shared') =>
    value ? html`<div class="summary-list__row"><dt class="summary-list__key">${label}</dt><dd class="summary-list__value">${mark(marking)}${value}</dd></div>` : '';
  const { complaint } = doc;
  const agency: Marking = doc.agencyInformation ? 'thirdParty' : 'shared';
  const retention = doc.legalHold
    ? s.retentionHeld
    : complaint.expiresAt !== undefined
      ? s.retention(date(new Date(complaint.expiresAt * 1000).toISOString()))
      : s.retentionOpen;
  return html`<!doctype html>
<html lang="${doc.language}" dir="${t.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${s.title} – ${complaint.id}</title>
<link rel="stylesheet" href="${stylesheet}">
</head>
<body class="record-page">
<main id="main" class="width main sar">
<h1 class="heading-xl">${s.title}</h1>
<p>${s.intro(doc.organisation, complaint.id, date(doc.producedAt))}</p>
<section class="sar__legend" aria-labelledby="sar-legend">
<h2 class="heading-m" id="sar-legend">${s.legendHeading}</h2>
<p>${mark('staffOnly')}${s.staffOnlyLegend}</p>
<p>${mark('thirdParty')}${s.thirdPartyLegend}</p>
</section>
<h2 class="heading-l">${s.yourDetails}</h2>
<dl class="summary-list">
${row(s.name, complaint.contact.name, agency)}
${row(s.email, complaint.contact.email, agency)}
${row(s.phone, complaint.contact.phone, agency)}
${row(s.organisation, complaint.contact.organisation, agency)}
${row(s.role, complaint.contact.role, agency)}
</dl>
<h2 class="heading-l">${s.complaintHeading}</h2>
<dl class="summary-list">
${row(s.reference, complaint.id)}
${row(s.setting, doc.settingName)}
${row(s.received, date(complaint.receivedAt))}
${row(s.recordedAs, t.common.classifications[complaint.classification])}
${row(t.status.state, t.status.states[complaint.status])}
${row(s.interpreter, complaint.interpreterLanguage)}
${row(s.child, complaint.childName)}
${row(s.whatYouTold, complaint.description, agency)}
${row(s.desiredOutcome, complaint.desiredOutcome, agency)}
</dl>
${
  complaint.lastOutcome
    ? html`<h2 class="heading-l">${s.outcomeHeading}</h2>
<p>${t.common.levels[complaint.lastOutcome.level]}: ${t.common.outcomes[complaint.lastOutcome.outcome]} (${date(complaint.lastOutcome.at)})</p>
<p>${complaint.lastOutcome.summary}</p>`
    : ''
}
<h2 class="heading-l">${s.historyHeading}</h2>
<ol class="sar__history">
${doc.entries.map(
  (entry) => html`<li class="sar__entry sar__entry--${entry.marking}">
<p><strong>${date(entry.at)}</strong> – ${t.status.events[entry.type]}</p>
<p>${mark(entry.marking)}${entry.text}</p>
${
  Object.keys(entry.details).length > 0
    ? html`<ul>${Object.entries(entry.details).map(([key, value]) => html`<li>${key}: ${String(value)}</li>`)}</ul>`
    : ''
}
</li>`,
)}
</ol>
${
  doc.summativeRecord
    ? html`<h2 class="heading-l">${s.recordHeading}</h2>
<div class="sar__entry sar__entry--staffOnly">${doc.summativeRecord.text.map((text) => html`<p>${mark('staffOnly')}${text}</p>`)}</div>`
    : ''
}
<p>${retention}</p>
</main>
</body>
</html>
`.value;
}
