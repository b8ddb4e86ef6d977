/** R5, R6: the procedure, displayed to parents in plain words, with the ways in. */
import type { Language } from '../../../domain/language';
import { pageText } from '../i18n';
import { pageUrl } from '../paths';
import { html } from './html';
import { capitalise, renderPage } from './layout';
import type { Site } from './site';

export function renderHome({ lang, site }: { lang: Language; site: Site }): string {
  const t = pageText(lang);
  const h = t.home;
  const body = html`<h1 class="heading-xl">${h.title}</h1>
<p class="lead">${h.intro(site.organisationName)}</p>
<p><a class="button button--start" href="${pageUrl(lang, 'parent')}">${h.startParent}</a></p>
<p><a href="${pageUrl(lang, 'agency')}">${h.agencyLink}</a></p>

<section class="warning" aria-labelledby="harm-heading">
<h2 class="heading-m" id="harm-heading">${h.harmHeading}</h2>
<p>${h.harmText}</p>
<p><a href="${pageUrl(lang, 'allegation')}">${h.harmLink}</a></p>
<p><strong>${t.layout.emergency}</strong></p>
</section>

<h2 class="heading-l">${h.kindsHeading}</h2>
<p>${h.concern}</p>
<p>${h.complaint}</p>
<p>${h.kindsChoice}</p>

<h2 class="heading-l">${h.stepsHeading}</h2>
<ol class="steps">
<li><h3 class="heading-s">${capitalise(t.common.levels.keyPerson)}</h3><p>${h.steps.keyPerson}</p></li>
<li><h3 class="heading-s">${capitalise(t.common.levels.settingManager)}</h3><p>${h.steps.settingManager}</p></li>
<li><h3 class="heading-s">${capitalise(t.common.levels.lineManager)}</h3><p>${h.steps.lineManager}</p></li>
<li><h3 class="heading-s">${capitalise(t.common.levels.owners)}</h3><p>${h.steps.owners}</p></li>
<li><h3 class="heading-s">Ofsted</h3><p>${h.steps.ofsted}</p></li>
</ol>

<h2 class="heading-l">${h.timesHeading}</h2>
<p>${h.times}</p>

<h2 class="heading-l">${h.languageHeading}</h2>
<p>${h.language}</p>

<h2 class="heading-l">${h.agencyHeading}</h2>
<p>${h.agency}</p>
<p><a href="${pageUrl(lang, 'agency')}">${h.agencyStart}</a></p>`;
  return renderPage({ t, site, title: h.title, body, hrefIn: (other) => pageUrl(other, 'index') });
}
