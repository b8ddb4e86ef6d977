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

/** Starts the stack and Chromium before the file's tests and stops them after; read them inside a test. */
export function useStackAndBrowser(): { readonly stack: WebStack; readonly browser: Browser } {
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
  };
}

/** A new browser context with the security headers, signed in as this member of staff, on the dashboard. */
export async function signedIn(browser: Browser, stack: WebStack, name: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await withSecurityHeaders(context);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${stack.webUrl}/staff/index.html`);
  await page.getByRole('button', { name: new RegExp(`Sign in as ${name}`) }).click();
  await page.waitForURL('**/staff/complaints.html');
  return { page, errors };
}

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
