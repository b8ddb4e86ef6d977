/**
 * The staff console's pages as pre-rendered shells (web/dist/staff/*.html): the frame, a
 * <noscript> message (the console is an authenticated app on the JSON API and needs
 * JavaScript), and an empty #app the console script fills. The settings' and staff's names
 * are not built in: the script reads them from the directory as it is now (GET /staff/names),
 * so that they follow the administrators' changes. No inline script (CSP). English, the
 * staff's language, from web/src/i18n/staff.
 */
import { staffText } from '../i18n/staff';
import { adminEn } from '../i18n/staff-admin-en';
import { parkedEn } from '../i18n/staff-parked-en';
import { paperEn } from '../i18n/staff-paper-en';
import { recordEn } from '../i18n/staff-record-en';
import { attributes, html } from '../../../lambdas/templates/site/pages/html';
import type { Site } from '../../../lambdas/templates/site/pages/site';
import { STAFF_PAGES, type StaffPage } from '../../../lambdas/templates/site/paths';

export function renderStaffPage(site: Site, page: StaffPage): string {
  const t = staffText('en');
  const titles: Record<StaffPage, string> = {
    signIn: t.signIn.title,
    signedIn: t.signIn.signingIn,
    dashboard: t.dashboard.title,
    complaint: t.complaint.detailsHeading,
    admin: adminEn.title,
    parked: parkedEn.title,
    letters: paperEn.letters.title,
    agencyLetter: paperEn.agencyLetter.title,
    record: recordEn.title,
    recordPrint: recordEn.print.title,
    recordLinks: recordEn.links.title,
  };
  const heading = page === 'signIn' || page === 'signedIn' ? html`<h1 class="heading-xl">${titles[page]}</h1>` : '';
  const document = html`<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${titles[page]} – ${t.consoleName} – ${site.organisationName}</title>
<link rel="stylesheet" href="${site.assets.css}">
${site.assets.staffJs ? html`<script type="module" src="${site.assets.staffJs}"></script>` : ''}
</head>
<body>
<a class="skip-link" href="#main">${t.skipLink}</a>
<header class="header">
<div class="width width--wide header__inner">
<a class="header__organisation" href="${STAFF_PAGES.dashboard}">${site.organisationName}</a>
<span class="header__service">${t.consoleName}</span>
<nav class="header__nav" id="session" aria-label="${t.navigation}" hidden>
<span id="session-name"></span>
<a href="${STAFF_PAGES.dashboard}">${t.dashboardLink}</a>
<a href="${STAFF_PAGES.letters}">${paperEn.letters.navLink}</a>
<a href="${STAFF_PAGES.agencyLetter}">${paperEn.agencyLetter.navLink}</a>
<a href="${STAFF_PAGES.record}">${recordEn.navLink}</a>
<a href="${STAFF_PAGES.admin}" id="admin-link" hidden>${adminEn.navLink}</a>
<a href="${STAFF_PAGES.parked}" id="parked-link" hidden>${parkedEn.navLink}</a>
<button type="button" class="header__link" id="sign-out">${t.signOut}</button>
</nav>
</div>
</header>
<div class="width width--wide">
<main id="main" class="main" tabindex="-1">
${heading}
<noscript><div class="notification notification--error"><p class="notification__text">${t.noScript}</p></div></noscript>
<div id="app"${attributes({ 'data-page': page })}>
<p class="loading">${t.loading}</p>
</div>
</main>
</div>
<footer class="footer">
<div class="width width--wide">
<p><a href="/">${t.publicSite}</a></p>
</div>
</footer>
</body>
</html>
`;
  return document.value;
}
