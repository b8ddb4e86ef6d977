/** P3: an allegation of harm to a child leaves the complaints procedure; this says what happens instead. */
import type { Language } from '../../../domain/language';
import { pageText } from '../i18n';
import { pageUrl } from '../paths';
import { html } from './html';
import { renderPage } from './layout';
import type { Site } from './site';

export function renderAllegation({ lang, site }: { lang: Language; site: Site }): string {
  const t = pageText(lang);
  const a = t.allegation;
  const body = html`<h1 class="heading-xl">${a.title}</h1>
<div class="warning"><p class="warning__text"><strong>${t.layout.emergency}</strong></p></div>
<p class="lead">${a.intro}</p>

<h2 class="heading-l">${a.insteadHeading}</h2>
<ul class="list list--bullet">
${a.instead.map((point) => html`<li>${point}</li>`)}
</ul>

<h2 class="heading-l">${a.howHeading}</h2>
<p>${a.how}</p>
<p><a class="button" href="${pageUrl(lang, 'parent')}">${a.parentForm}</a></p>
<p><a href="${pageUrl(lang, 'agency')}">${a.agencyForm}</a></p>

<h2 class="heading-l">${a.othersHeading}</h2>
<ul class="list list--bullet">
<li>${a.lado}</li>
<li>${a.police}</li>
</ul>`;
  return renderPage({ t, site, title: a.title, body, hrefIn: (other) => pageUrl(other, 'allegation') });
}
