/**
 * The page renderers: what they write is escaped, needs no inline script or style (so the
 * Content-Security-Policy can forbid both), ties every label and hint to its field, and says
 * which language and direction it is in (F1, F2).
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../lambdas/domain/language';
import { pageText } from '../../lambdas/templates/site/i18n';
import { attributes, html } from '../../lambdas/templates/site/pages/html';
import { renderAllegation } from '../../lambdas/templates/site/pages/allegation';
import { renderAgencyForm, renderFormMoved, renderParentForm } from '../../lambdas/templates/site/pages/complaint-form';
import { renderConfirmation } from '../../lambdas/templates/site/pages/confirmation';
import { renderHome } from '../../lambdas/templates/site/pages/home';
import { renderLanguageChooser } from '../../lambdas/templates/site/pages/language-chooser';
import { renderStatus, renderStatusNotFound } from '../../lambdas/templates/site/pages/status';
import { siteFromOrganisation } from '../../lambdas/templates/site/pages/site';
import { exampleOrg } from '../helpers/use-case-context';

const site = siteFromOrganisation(exampleOrg, { css: '/assets/site.css', js: '/assets/site.js' });

const PAGES: Record<string, (lang: Language) => string> = {
  home: (lang) => renderHome({ lang, site }),
  parent: (lang) => renderParentForm(pageText(lang), { site }),
  agency: (lang) => renderAgencyForm(pageText(lang), { site }),
  allegation: (lang) => renderAllegation({ lang, site }),
  parentWithErrors: (lang) =>
    renderParentForm(pageText(lang), {
      site,
      values: new Map([['description', 'x']]),
      errors: [
        { field: 'classification', message: 'Invalid option' },
        { field: 'contact.email', message: 'must be an email address' },
        { field: 'consentToContact', message: 'must be true' },
        { field: 'description', message: 'must be at most 10000 characters' },
        { field: 'body', message: 'could not be accepted' },
      ],
    }),
  confirmation: (lang) =>
    renderConfirmation(pageText(lang), { lang, site, kind: 'parent', reference: 'ABCD-EFGH', status: 'open', level: 'keyPerson', respondBy: '2026-12-01T23:59:59Z' }),
  chooser: () => renderLanguageChooser({ site }),
  statusWithErrors: (lang) =>
    renderStatus(pageText(lang), {
      site,
      token: 'token-1',
      view: {
        reference: 'ABCD-EFGH',
        track: 'parent',
        classification: 'complaint',
        status: 'open',
        language: lang,
        settingName: 'Oak Street Nursery',
        receivedAt: '2026-03-02T10:00:00Z',
        level: 'settingManager',
        lastOutcome: { level: 'settingManager', outcome: 'notUpheld', summary: 'We looked into it.', at: '2026-03-10T12:00:00Z' },
        canRespond: { satisfied: true, notSatisfied: true, noAgreement: false, withdraw: true },
        nextLevel: 'lineManager',
        timeline: [{ type: 'received', at: '2026-03-02T10:00:00Z' }],
        ofsted: exampleOrg.ofsted,
      },
      values: new Map([['type', 'notSatisfied']]),
      errors: [{ field: 'reason', message: 'is required' }],
    }),
  statusNotFound: (lang) => renderStatusNotFound(pageText(lang), { site }),
};

const tags = (page: string, names: string) => [...page.matchAll(new RegExp(`<(?:${names})\\b([^>]*)>`, 'g'))].map((m) => m[1] ?? '');
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe('Page renderers', () => {
  it('html`` escapes every value it is given, and attributes() every attribute', () => {
    const name = '<img src=x onerror="alert(1)">';
    expect(html`<p>${name}</p>`.value).toBe('<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>');
    expect(html`<ul>${['<a>', html`<li>ok</li>`]}</ul>`.value).toBe('<ul>&lt;a&gt;<li>ok</li></ul>');
    expect(attributes({ value: '"><script>', checked: true, hidden: false }).value).toBe(' value="&quot;&gt;&lt;script&gt;" checked');
  });

  it('escapes what a person typed when the form is shown again, and the organisation’s names', () => {
    // Prepare
    const hostile = '</textarea><script>alert("x")</script>';
    const hostileSite = { ...site, organisationName: 'Acorn <b>Trust</b>' };

    // Act
    const page = renderParentForm(pageText('en'), {
      site: hostileSite,
      values: new Map([
        ['description', hostile],
        ['contact.name', '" autofocus onfocus="alert(1)'],
      ]),
      errors: [{ field: 'contact.email', message: 'is required' }],
    });

    // Assess
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<b>Trust</b>');
    expect(page).toContain('&lt;/textarea&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</textarea>');
    expect(page).toContain('value="&quot; autofocus onfocus=&quot;alert(1)"');
  });

  it('both forms ask whom it is about with the same list: every member of the settings’ staff, by setting', () => {
    // Act
    const subjectSelect = (page: string) => /<select[^>]*name="subjectStaffId"[\s\S]*?<\/select>/.exec(page)?.[0] ?? '';
    const parent = subjectSelect(renderParentForm(pageText('en'), { site }));
    const agency = subjectSelect(renderAgencyForm(pageText('en'), { site }));

    // Assess
    expect(parent).not.toBe('');
    expect(agency).toBe(parent);
    expect(site.staff.length).toBeGreaterThan(1);
    for (const member of site.staff) expect(parent).toContain(`<option value="${member.id}">${member.name}</option>`);
    expect(tags(parent, 'optgroup').map((group) => attribute(group, 'label'))).toEqual(exampleOrg.settings.map((setting) => setting.name));
  });

  for (const [name, render] of Object.entries(PAGES)) {
    it(`${name}: no inline script, style or event handler, in any language`, () => {
      for (const lang of LANGUAGES) {
        const page = render(lang);
        for (const script of tags(page, 'script')) expect(attribute(script, 'src'), `${name} ${lang}`).toMatch(/^\/assets\//);
        expect(page).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
      }
    });

    it(`${name}: <html lang dir> for each language, right to left for Urdu and Arabic`, () => {
      for (const lang of LANGUAGES) {
        const [root] = tags(render(lang), 'html');
        const expected = name === 'chooser' ? 'en' : lang;
        expect(attribute(root ?? '', 'lang')).toBe(expected);
        expect(attribute(root ?? '', 'dir')).toBe(expected === 'ur' || expected === 'ar' ? 'rtl' : 'ltr');
      }
    });

    it(`${name}: every field has a label, and every hint or error it points to exists`, () => {
      for (const lang of LANGUAGES) {
        const page = render(lang);
        const ids = new Set(tags(page, '[a-z0-9]+').map((tag) => attribute(tag, 'id')).filter(Boolean));
        const labelled = new Set(tags(page, 'label').map((tag) => attribute(tag, 'for')));
        for (const field of tags(page, 'input|select|textarea')) {
          if (attribute(field, 'type') === 'hidden') continue;
          expect(labelled.has(attribute(field, 'id')), `${name} ${lang}: ${field}`).toBe(true);
        }
        for (const tag of tags(page, '[a-z]+')) {
          for (const id of (attribute(tag, 'aria-describedby') ?? '').split(' ').filter(Boolean)) {
            expect(ids.has(id), `${name} ${lang}: #${id}`).toBe(true);
          }
        }
        for (const link of tags(page, 'a')) {
          const href = attribute(link, 'href') ?? '';
          if (href.startsWith('#')) expect(ids.has(href.slice(1)), `${name} ${lang}: ${href}`).toBe(true);
        }
      }
    });
  }

  it('the error summary comes first, above the heading, and every error is beside its field', () => {
    const page = PAGES.parentWithErrors!('en');
    const main = page.slice(page.indexOf('<main'));
    expect(main.indexOf('class="error-summary"')).toBeLessThan(main.indexOf('<h1'));
    expect(main).toContain('<li>We could not accept the form.');
    expect(main).toContain('<a href="#description">Your answer to “What happened?” must be 10000 characters or fewer</a>');
    expect(main).toContain('id="consentToContact-error"');
    expect(page).toContain('<title>Error: ');
  });

  it('P10: every page gives Ofsted’s contact details and says they can be used at any time', () => {
    for (const [name, render] of Object.entries(PAGES)) {
      const page = render('en');
      expect(page, name).toContain('0300 123 1231');
      expect(page, name).toContain('Piccadilly Gate, Store Street, Manchester M1 2WD');
      expect(page, name).toContain('at any time');
    }
  });

  it('the language switcher links to the same page in each language, each link in its own language', () => {
    const page = renderAgencyForm(pageText('ro'), { site });
    for (const lang of LANGUAGES) {
      expect(page).toMatch(new RegExp(`<a class="languages__link" href="/api/forms/agency\\?lang=${lang}" lang="${lang}" hreflang="${lang}"`));
    }
    expect(page).toContain('href="/api/forms/agency?lang=ro" lang="ro" hreflang="ro" aria-current="true"');
  });

  it('the forms are the API’s (they list the directory as it is now); their old files lead there at once, in their language', () => {
    expect(renderHome({ lang: 'cy', site })).toContain('href="/api/forms/parent?lang=cy"');
    for (const lang of LANGUAGES) {
      const moved = renderFormMoved('agency', pageText(lang), { site });
      expect(moved).toContain(`<meta http-equiv="refresh" content="0; url=/api/forms/agency?lang=${lang}">`);
      expect(moved).toContain(`<a href="/api/forms/agency?lang=${lang}">`);
      expect(moved).toMatch(new RegExp(`<html lang="${lang}"`));
    }
  });
});
