/** The site's root: each language's pages, named in that language. */
import { LANGUAGE_NAMES, LANGUAGES } from '../../../domain/language';
import { pageText } from '../i18n';
import { pageUrl } from '../paths';
import { attributes, html } from './html';
import { renderPage } from './layout';
import type { Site } from './site';

export function renderLanguageChooser({ site }: { site: Site }): string {
  const t = pageText('en');
  const body = html`<h1 class="heading-xl">${site.organisationName}: ${t.serviceName}</h1>
<p class="lead">${LANGUAGES.map((lang, index) => html`${index > 0 ? ' · ' : ''}<span${attributes({ lang, dir: pageText(lang).dir })}>${pageText(lang).chooser.choose}</span>`)}</p>
<ul class="chooser">
${LANGUAGES.map((lang) => {
  const own = pageText(lang);
  return html`<li${attributes({ lang, dir: own.dir })}>
<a class="chooser__link" hreflang="${lang}" href="${pageUrl(lang, 'index')}"><span class="chooser__language">${LANGUAGE_NAMES[lang]}</span>
<span class="chooser__title">${own.home.title}</span></a>
</li>`;
})}
</ul>`;
  return renderPage({ t, site, title: t.serviceName, body, hrefIn: (lang) => pageUrl(lang, 'index') });
}
