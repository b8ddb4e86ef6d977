/**
 * The pages as people get them: built from source into a temporary folder and served by the
 * embedded default (the real API, DynamoDB Local, the SES emulator), with nothing kept and
 * days of a minute.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { parseOrganisationConfig, type OrganisationConfig } from '../../../lib/config/organisation';
import { startEmbedded, type Embedded } from '../../../local/embedded';
import { buildWeb, DEFAULT_CONFIG_FILE, type BuildReport } from '../../../web/build';
import { SECURITY_HEADERS } from '../../../web/security-headers';

export interface WebStack {
  webUrl: string;
  inboxUrl: string;
  config: OrganisationConfig;
  build: BuildReport;
  embedded: Embedded;
  stop(): Promise<void>;
}

export async function startWebStack(): Promise<WebStack> {
  const webRoot = mkdtempSync(path.join(tmpdir(), 'web-dist-'));
  const build = await buildWeb({ outDir: webRoot, quiet: true });
  const config = parseOrganisationConfig(JSON.parse(readFileSync(DEFAULT_CONFIG_FILE, 'utf8')));
  // One browser opens every public page in six languages at two widths from one address in a
  // minute or two: the complainant's routes' limit (60 a minute, proven in the e2e status
  // tests) would answer them 429. Here it is ten times that.
  const embedded = await startEmbedded({ config, inMemory: true, port: 0, daySeconds: 60, webRoot, complainantRequestsPerMinute: 600 });
  return {
    webUrl: embedded.webUrl,
    inboxUrl: embedded.inboxUrl,
    config,
    build,
    embedded,
    stop: async () => {
      await embedded.stop();
      rmSync(webRoot, { recursive: true, force: true });
    },
  };
}

/**
 * Answers as CloudFront does, with the security headers (the local server sends none), so
 * that a page needing 'unsafe-inline' or another origin fails here.
 */
export async function withSecurityHeaders(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route) => {
    const response = await route.fetch({ maxRedirects: 0 });
    await route.fulfill({ response, headers: { ...response.headers(), ...SECURITY_HEADERS } });
  });
}

/**
 * Console errors and uncaught exceptions of a page (a CSP violation is a console error). A
 * 400 is how a form with errors is answered, so Chromium's note of it is no error here.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !text.includes('status of 400')) errors.push(text);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Moves focus with the Tab key alone until it reaches the element with this id. */
export async function tabTo(page: Page, id: string, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if ((await page.evaluate(() => document.activeElement?.id ?? '')) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

export const activeElementId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
