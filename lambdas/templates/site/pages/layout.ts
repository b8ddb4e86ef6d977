/**
 * The frame of every page: `<html lang dir>`, the language switcher, the emergency line and
 * Ofsted's contact details (P10: at any time, so on every page). No inline script or style
 * anywhere, so the Content-Security-Policy can forbid both.
 */
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../domain/language';
import type { PageText } from '../i18n/page-text';
import { pageUrl } from '../paths';
import { attributes, html, type Html } from './html';
import type { Site } from './site';

export interface PageFrame {
  t: PageText;
  site: Site;
  title: string;
  body: Html;
  /** The same page in another language. */
  hrefIn: (lang: Language) => string;
  /** Forms load the enhancement script; other pages need none. */
  enhanced?: boolean;
  /** A page that only leads elsewhere (where a page once was): the browser goes there at once. */
  leadsTo?: string;
}

export function renderPage({ t, site, title, body, hrefIn, enhanced = false, leadsTo }: PageFrame): string {
  const page = html`<!doctype html>
<html${attributes({ lang: t.lang, dir: t.dir })}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${documentTitle(title, t.serviceName, site.organisationName)}</title>
${leadsTo ? html`<meta http-equiv="refresh"${attributes({ content: `0; url=${leadsTo}` })}>` : ''}
<link rel="stylesheet" href="${site.assets.css}">
${enhanced ? html`<script type="module" src="${site.assets.js}"></script>` : ''}
</head>
<body>
<a class="skip-link" href="#main">${t.layout.skipLink}</a>
<header class="header">
<div class="width header__inner">
<a class="header__organisation" href="${pageUrl(t.lang, 'index')}">${site.organisationName}</a>
<span class="header__service">${t.serviceName}</span>
</div>
</header>
${languageSwitcher(t, hrefIn)}
<div class="width">
<main id="main" class="main" tabindex="-1">
${body}
</main>
</div>
${footer(t, site)}
</body>
</html>
`;
  return page.value;
}

function languageSwitcher(t: PageText, hrefIn: (lang: Language) => string): Html {
  return html`<nav class="languages" aria-label="${t.layout.languages}">
<ul class="width languages__list">
${LANGUAGES.map(
  (lang) =>
    html`<li><a class="languages__link"${attributes({
      href: hrefIn(lang),
      lang,
      hreflang: lang,
      'aria-current': lang === t.lang ? 'true' : undefined,
    })}>${LANGUAGE_NAMES[lang]}</a></li>`,
)}
</ul>
</nav>`;
}

function footer(t: PageText, site: Site): Html {
  return html`<footer class="footer">
<div class="width">
<p class="footer__emergency">${t.layout.emergency}</p>
${ofstedContact(t, site, 'h2', 'ofsted')}
<p><a href="${pageUrl(t.lang, 'index')}">${t.layout.home}</a></p>
</div>
</footer>`;
}

/** P10: Ofsted's contact details, and that they can be used at any time. */
export function ofstedContact(t: PageText, site: Site, heading: 'h2' | 'h3', id?: string): Html {
  const { ofsted } = site;
  const words = t.common.ofsted;
  const title = heading === 'h2' ? html`<h2 class="heading-m">${words.heading}</h2>` : html`<h3 class="heading-s">${words.heading}</h3>`;
  return html`<section class="ofsted"${attributes({ id })}>
${title}
<p>${words.atAnyTime}</p>
<p class="ofsted__address"><bdi>${ofsted.name}</bdi><br><bdi>${ofsted.address}</bdi></p>
<ul class="list">
<li>${words.phone}: <a href="tel:${ofsted.phone.replace(/[^+0-9]/g, '')}" dir="ltr">${ofsted.phone}</a></li>
${ofsted.email ? html`<li>${words.email}: <a href="mailto:${ofsted.email}" dir="ltr">${ofsted.email}</a></li>` : ''}
${ofsted.web ? html`<li>${words.web}: <a href="${ofsted.web}" dir="ltr">${ofsted.web.replace(/^https?:\/\//, '')}</a></li>` : ''}
</ul>
</section>`;
}

/** Level names are written for the middle of a sentence; a heading or a value starts with a capital. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The page, the service, the organisation — each said once (the root page is the service itself). */
export function documentTitle(...parts: string[]): string {
  return parts.filter((part, index) => parts.indexOf(part) === index).join(' – ');
}
