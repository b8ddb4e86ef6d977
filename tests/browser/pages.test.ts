/**
 * Every page in a real browser (Debian's Chromium): no axe-core violations of WCAG 2.2 AA in
 * English and in Arabic (right to left) for the public pages and the complainant's status
 * page, in English for the staff console; nothing blocked by the Content-Security-Policy, no
 * horizontal scrolling at 320 px or at 200% zoom, and screenshots at 320 and 1280 px in
 * test-artifacts/screenshots/ for people to look at.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../lambdas/domain/language';
import { WEB_MESSAGES } from '../../lambdas/templates/site/i18n';
import { pageUrl } from '../../lambdas/templates/site/paths';
import { SESSION_KEY } from '../../web/src/staff/session';
import { recordStaffAction, statusLinkFor, submitParentComplaint } from './helpers/complaints';
import { axeViolations, securedPage, signInOn, useStackAndBrowser } from './helpers/console';
import { timingToken } from '../helpers/form-token';

const SCREENSHOTS = path.resolve('test-artifacts', 'screenshots');

interface PageUnderTest {
  name: string;
  /** A path, or how to reach the page in a given language. */
  open: (page: Page, lang: Language) => Promise<void>;
  /** Pages that exist once, not per language. */
  languages?: readonly Language[];
}

const env = useStackAndBrowser();
/** Confirmation links from real submissions (a complaint, and an allegation of harm). */
const confirmations: Record<'complaint' | 'concern' | 'allegation', string> = { complaint: '', concern: '', allegation: '' };
/** Status links from the emails: a complaint being looked into, one that has its answer, a concern. */
const statusLinks: Record<'waiting' | 'answered' | 'concern', string> = { waiting: '', answered: '', concern: '' };
let answeredReference = '';
let waitingReference = '';

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  confirmations.complaint = await submitPlainForm({ classification: 'complaint', about: 'keyPerson', keyPersonId: 'amira-khan' });
  confirmations.allegation = await submitPlainForm({ allegationOfHarm: 'yes' });
  confirmations.concern = await submitPlainForm({ classification: 'concern', about: 'service', keyPersonId: 'amira-khan' });
  await submitParentComplaint(env.stack, { email: 'pages.concern@example.com', classification: 'concern', keyPersonId: 'amira-khan' });
  statusLinks.concern = await statusLinkFor(env.stack, 'pages.concern@example.com');
  waitingReference = await submitParentComplaint(env.stack, { email: 'pages.waiting@example.com' });
  statusLinks.waiting = await statusLinkFor(env.stack, 'pages.waiting@example.com');
  answeredReference = await submitParentComplaint(env.stack, { email: 'pages.answered@example.com', interpreterLanguage: 'Polski (Polish)' });
  const outcome = await recordStaffAction(env.stack, 'chloe-evans', answeredReference, {
    type: 'outcome',
    outcome: 'partlyUpheld',
    summary: 'We are sorry. From Monday, lunchboxes are checked against the register at pick-up.',
    confidentialReport: 'Spoke with the room staff.',
  });
  expect(outcome.status).toBe(200);
  statusLinks.answered = await statusLinkFor(env.stack, 'pages.answered@example.com');
});

/** Posts the parent's form as a browser without JavaScript would, and returns where it redirects. */
async function submitPlainForm(answers: Record<string, string>): Promise<string> {
  const response = await fetch(`${env.stack.webUrl}/api/forms/parent`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({
      pageLanguage: 'en',
      settingId: 'oak-street',
      description: 'My son came home with a bruise and nobody told me how it happened.',
      'contact.name': 'Sam Taylor',
      'contact.email': 'sam.taylor@example.com',
      consentToContact: 'yes',
      language: 'en',
      formToken: await timingToken(`${env.stack.webUrl}/api`),
      ...answers,
    }),
  });
  expect(response.status).toBe(303);
  return response.headers.get('location') ?? '';
}

const inLanguage = (link: string, lang: Language) => link.replace(/([?&]lang=)[a-z]+/, `$1${lang}`);

const staticPage = (file: string) => async (page: Page, lang: Language) => {
  await page.goto(`${env.stack.webUrl}/${lang}/${file}`);
};

/** The forms are the API's, rendered with the directory as it is now (paths.ts `pageUrl`). */
const formPage = (kind: 'parent' | 'agency') => async (page: Page, lang: Language) => {
  await page.goto(`${env.stack.webUrl}${pageUrl(lang, kind)}`);
};

const PAGES: PageUnderTest[] = [
  {
    name: 'language-chooser',
    open: async (page) => {
      await page.goto(`${env.stack.webUrl}/`);
    },
    languages: ['en'],
  },
  { name: 'home', open: staticPage('index.html') },
  { name: 'parent-form', open: formPage('parent') },
  { name: 'agency-form', open: formPage('agency') },
  { name: 'allegation', open: staticPage('allegation.html') },
  {
    name: 'parent-form-errors',
    // The form sent empty: the enhanced page shows the summary and the messages in place.
    open: async (page, lang) => {
      await formPage('parent')(page, lang);
      await page.locator('button[type="submit"]').press('Enter');
      await page.locator('.error-summary').waitFor();
    },
  },
  {
    name: 'agency-form-errors-server',
    // Without JavaScript the server answers with the form again: the same markup, rendered there.
    open: async (page, lang) => {
      await formPage('agency')(page, lang);
      await page.evaluate(() => document.querySelector('form')?.submit());
      await page.waitForURL('**/api/forms/agency');
      await page.locator('.error-summary').waitFor();
    },
  },
  {
    name: 'confirmation',
    open: async (page, lang) => {
      await page.goto(`${env.stack.webUrl}${inLanguage(confirmations.complaint, lang)}`);
    },
  },
  {
    name: 'confirmation-concern',
    open: async (page, lang) => {
      await page.goto(`${env.stack.webUrl}${inLanguage(confirmations.concern, lang)}`);
    },
  },
  {
    name: 'confirmation-allegation',
    open: async (page, lang) => {
      await page.goto(`${env.stack.webUrl}${inLanguage(confirmations.allegation, lang)}`);
    },
  },
];

/** The console keeps its token in this tab's sessionStorage: sign in once per tab, as Chloe Evans. */
async function signedIn(page: Page): Promise<void> {
  await page.goto(`${env.stack.webUrl}/en/index.html`);
  if (await page.evaluate((key) => sessionStorage.getItem(key) !== null, SESSION_KEY)) return;
  await signInOn(page, env.stack, 'Chloe Evans');
}

const STAFF_PAGES_UNDER_TEST: readonly PageUnderTest[] = [
  {
    name: 'staff-sign-in',
    open: async (page) => {
      await page.goto(`${env.stack.webUrl}/en/index.html`);
      await page.evaluate(() => sessionStorage.clear());
      await page.goto(`${env.stack.webUrl}/staff/index.html`);
      await page.locator('button[data-staff-id]').first().waitFor();
    },
    languages: ['en'],
  },
  {
    name: 'staff-dashboard',
    open: async (page) => {
      await signedIn(page);
      await page.goto(`${env.stack.webUrl}/staff/complaints.html`);
      await page.locator('tbody tr').first().waitFor();
    },
    languages: ['en'],
  },
  {
    name: 'staff-complaint',
    open: async (page) => {
      await signedIn(page);
      await page.goto(`${env.stack.webUrl}/staff/complaint.html?id=${answeredReference}`);
      await page.locator('h1', { hasText: answeredReference }).waitFor();
    },
    languages: ['en'],
  },
  {
    name: 'staff-complaint-not-offered',
    // What the manager may not record now, and why, opened.
    open: async (page) => {
      await signedIn(page);
      await page.goto(`${env.stack.webUrl}/staff/complaint.html?id=${answeredReference}`);
      await page.locator('details[data-not-offered] > summary').click();
      await page.locator('details[data-not-offered][open] li').first().waitFor();
    },
    languages: ['en'],
  },
  {
    name: 'staff-complaint-errors',
    // The outcome sent empty: the summary in the form, each message beside its field.
    open: async (page) => {
      await signedIn(page);
      await page.goto(`${env.stack.webUrl}/staff/complaint.html?id=${waitingReference}`);
      await page.locator('details[data-action-panel="outcome"] > summary').click();
      await page.getByRole('button', { name: 'Record the outcome' }).click();
      await page.locator('#action-outcome .error-summary').waitFor();
    },
    languages: ['en'],
  },
];

PAGES.push(
  {
    name: 'status',
    open: async (page, lang) => {
      await page.goto(`${env.stack.webUrl}${inLanguage(statusLinks.waiting, lang)}`);
    },
  },
  {
    name: 'status-concern',
    open: async (page, lang) => {
      await page.goto(`${env.stack.webUrl}${inLanguage(statusLinks.concern, lang)}`);
    },
  },
  {
    name: 'status-withdraw-unconfirmed',
    // Withdrawing ends it: sent without the box that confirms it, the server asks for it.
    open: async (page, lang) => {
      await page.goto(`${env.stack.webUrl}${inLanguage(statusLinks.concern, lang)}`);
      await page.locator('input[type="radio"][value="withdraw"]').check();
      await page.evaluate(() => document.querySelector<HTMLFormElement>('form[data-enhance="status"]')?.submit());
      await page.locator('.error-summary').waitFor();
      expect(await page.locator('.error-summary').textContent()).toContain(WEB_MESSAGES[lang].errors.required.confirmWithdrawal);
    },
  },
  {
    name: 'status-answered',
    open: async (page, lang) => {
      await page.goto(`${env.stack.webUrl}${inLanguage(statusLinks.answered, lang)}`);
      await page.locator('form[data-enhance="status"]').waitFor();
    },
  },
  ...STAFF_PAGES_UNDER_TEST,
);

const AXE_LANGUAGES: readonly Language[] = ['en', 'ar'];

/** Pages are reused across tests: opening one costs seconds on a busy machine. */
async function openPage(width: number): Promise<Page> {
  return (await env.browser.newContext({ viewport: { width, height: 800 } })).newPage();
}

describe('Public pages: accessibility (axe-core, WCAG 2.2 AA) and the security headers', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await securedPage(env.browser, { width: 1280, height: 800 }));
  });

  afterAll(() => page?.context().close());

  for (const pageUnderTest of PAGES) {
    for (const lang of pageUnderTest.languages ?? AXE_LANGUAGES) {
      it(`F1: ${pageUnderTest.name} (${lang}) has no axe violations and nothing blocked`, async () => {
        // Prepare
        errors.length = 0;

        // Act
        await pageUnderTest.open(page, lang);
        const violations = await axeViolations(page);

        // Assess
        expect(violations).toEqual([]);
        expect(errors).toEqual([]);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      });
    }
  }
});

describe('Public pages: the forms’ old addresses', () => {
  it('a form’s old file leads at once to the form the API renders, in the same language', async () => {
    const { page } = await securedPage(env.browser, { width: 1280, height: 800 });
    try {
      for (const [lang, kind] of [['cy', 'parent'], ['ar', 'agency']] as const) {
        await page.goto(`${env.stack.webUrl}/${lang}/${kind}.html`);
        await page.waitForURL(`**${pageUrl(lang, kind)}`);
        await page.locator('form button[type="submit"]').waitFor();
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
      }
    } finally {
      await page.context().close();
    }
  });
});

describe('Public pages: reflow, and screenshots at 320 and 1280 px', () => {
  // 320 CSS px is WCAG's reflow width; 640 px is a 1280 px screen at 200% zoom.
  const REFLOW_WIDTHS = [320, 640];
  const pages = new Map<number, Page>();

  beforeAll(async () => {
    for (const width of [320, 640, 1280]) pages.set(width, await openPage(width));
  });

  afterAll(async () => {
    for (const page of pages.values()) await page.context().close();
  });

  for (const pageUnderTest of PAGES) {
    it(`F1: ${pageUnderTest.name} does not scroll sideways at 320 px or 200% zoom, in any language (screenshots at 320 and 1280 px)`, async () => {
      const overflowing: string[] = [];
      for (const width of REFLOW_WIDTHS) {
        const page = pages.get(width)!;
        for (const lang of pageUnderTest.languages ?? LANGUAGES) {
          await pageUnderTest.open(page, lang);
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth > width) overflowing.push(`${lang} at ${width} px: ${scrollWidth} px wide`);
          if (width === 320 && AXE_LANGUAGES.includes(lang)) await screenshot(page, pageUnderTest.name, lang, width);
        }
      }
      for (const lang of pageUnderTest.languages ?? AXE_LANGUAGES) {
        const page = pages.get(1280)!;
        await pageUnderTest.open(page, lang);
        await screenshot(page, pageUnderTest.name, lang, 1280);
      }
      expect(overflowing).toEqual([]);
    });
  }
});

function screenshot(page: Page, name: string, lang: Language, width: number) {
  return page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${lang}-${width}.png`), fullPage: true });
}
