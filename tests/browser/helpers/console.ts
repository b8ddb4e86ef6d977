/**
 * What the console's browser tests share: one stack and one Chromium per file, a member of
 * staff signed in through the embedded default's sign-in, and axe's WCAG 2.2 AA findings.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_INSTALL_TIMEOUT_MS, launchChromium } from './chromium';
import { collectPageErrors, startWebStack, withSecurityHeaders, type WebStack } from './web-stack';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface StackAndBrowser {
  readonly stack: WebStack;
  readonly browser: Browser;
  /** A new browser context signed in as this member of staff, on the dashboard (signedIn below). */
  signedIn(name: string): Promise<{ page: Page; errors: string[] }>;
}

/** Starts the stack and Chromium before the file's tests and stops them after; read them inside a test. */
export function useStackAndBrowser(): StackAndBrowser {
  const started: { stack?: WebStack; browser?: Browser } = {};
  beforeAll(async () => {
    [started.stack, started.browser] = await Promise.all([startWebStack(), launchChromium()]);
  }, CHROMIUM_INSTALL_TIMEOUT_MS);
  afterAll(async () => {
    await started.browser?.close();
    await started.stack?.stop();
  });
  return {
    get stack() {
      return started.stack!;
    },
    get browser() {
      return started.browser!;
    },
    signedIn: (name) => signedIn(started.browser!, started.stack!, name),
  };
}

/** A new browser context with the security headers, as the pages are served through CloudFront. */
export async function securedPage(
  browser: Browser,
  options: { javaScriptEnabled?: boolean; width?: number; height?: number } = {},
): Promise<{ page: Page; errors: string[] }> {
  const viewport = { width: options.width ?? 1280, height: options.height ?? 900 };
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport });
  await withSecurityHeaders(context);
  const page = await context.newPage();
  return { page, errors: collectPageErrors(page) };
}

/** A new browser context with the security headers, signed in as this member of staff, on the dashboard. */
export async function signedIn(browser: Browser, stack: WebStack, name: string): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await securedPage(browser);
  await signInOn(page, stack, name);
  return { page, errors };
}

/** Signs this page in as a member of staff through the sign-in page, and waits for the dashboard. */
export async function signInOn(page: Page, stack: WebStack, name: string): Promise<void> {
  await page.goto(`${stack.webUrl}/staff/index.html`);
  await page.getByRole('button', { name: new RegExp(`Sign in as ${name}`) }).click();
  await page.waitForURL('**/staff/complaints.html');
}

/** Opens a complaint's page in the console and waits until the script has shown it. */
export async function openComplaint(page: Page, stack: WebStack, reference: string): Promise<void> {
  await page.goto(`${stack.webUrl}/staff/complaint.html?id=${reference}`);
  await page.locator('h1', { hasText: reference }).waitFor();
}

/**
 * A day in England as a date field takes it ('YYYY-MM-DD'), and days counted on from it,
 * worked out apart from the calendar module the console uses, so that a test's expected day
 * does not share its bugs.
 */
export { addCalendarDays, londonDay } from '../../helpers/london-days';

/** axe's WCAG 2.2 AA violations on the page as it is now, each with where it is. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The size of the first sheet the page prints on, in points, as Chromium lays it out for
 * print with the page's own `@page` rules (A4 portrait is about 595 × 842).
 */
export async function printedSheet(page: Page): Promise<{ width: number; height: number }> {
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  if (!box) throw new Error('no MediaBox in the printed PDF');
  return { width: Number(box[1]), height: Number(box[2]) };
}
