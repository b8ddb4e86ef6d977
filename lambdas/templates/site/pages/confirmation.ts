/**
 * After a form is sent: the reference, the date they will hear by, and what happens next; or,
 * for an allegation of harm (P3), what happens instead. Rendered by the API for both the
 * enhanced and the plain form, from the submission's answer carried in the link.
 */
import type { LevelId } from '../../../domain/procedure';
import { levelStep } from '../../messages/level-step';
import type { PageText } from '../i18n/page-text';
import { confirmationUrl, pageUrl, type ConfirmationDetails } from '../paths';
import { html } from './html';
import { renderPage } from './layout';
import type { Site } from './site';

export interface ConfirmationInput extends ConfirmationDetails {
  level?: LevelId;
  site: Site;
}

/** `t`: the page in the language of the link (`details.lang`), loaded by the caller. */
export function renderConfirmation(t: PageText, { site, ...details }: ConfirmationInput): string {
  const allegation = details.status === 'referred';
  // Each says what it is (P2, P3): what they told us of harm, a concern, or a complaint.
  const title = allegation
    ? t.confirmation.allegationTitle
    : details.recordedAs === 'concern'
      ? t.confirmation.concernTitle
      : t.confirmation.title;
  const panel = html`<div class="panel">
<h1 class="panel__title">${title}</h1>
<div class="panel__body">${t.common.referenceLabel}<br><strong class="reference" dir="ltr">${details.reference}</strong></div>
</div>`;
  const next = allegation
    ? html`<p>${t.complainant.allegationReceived.procedure}</p>
<p>${t.complainant.allegationReceived.contact}</p>
<div class="warning"><p class="warning__text"><strong>${t.complainant.allegationReceived.emergency}</strong></p></div>`
    : html`${details.respondBy ? html`<p class="lead">${t.common.respondBy(t.formatDate(details.respondBy))}</p>` : ''}
${details.level ? html`<h2 class="heading-m">${t.complainant.whatNextHeading}</h2><p>${levelStep(t.common, details.level, details.recordedAs)}</p>` : ''}`;
  const body = html`${panel}
${next}
<p>${t.confirmation.emailSent}</p>
<p>${t.common.referenceHint}</p>
<p><a href="${pageUrl(details.lang, 'index')}">${t.confirmation.home}</a></p>`;
  return renderPage({ t, site, title, body, hrefIn: (lang) => confirmationUrl({ ...details, lang }) });
}
