/**
 * The record of complaints in the staff console, in a real browser against the embedded
 * default: the record from the header, open and finished complaints filtered and paged, each
 * linking to its complaint (R1); the record of a period produced for Ofsted as the printable
 * page (with its print stylesheet), CSV and JSON, fetched with the bearer token and logged as
 * productions (R1). Each page, and each state of each form, has no WCAG 2.2 AA violation (axe).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordStaffAction, submitParentComplaint } from './helpers/complaints';
import { axeViolations, signedIn as signInAs, useStackAndBrowser } from './helpers/console';

const env = useStackAndBrowser();
const signedIn = (name: string) => signInAs(env.browser, env.stack, name);
const SCREENSHOTS = path.resolve('test-artifacts', 'screenshots');

/** A day in England, as a date field takes it. */
const londonDay = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

async function staffPost(staffId: string, path: string, body: unknown): Promise<Response> {
  const token = await env.stack.embedded.signIn(staffId);
  return fetch(`${env.stack.webUrl}/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

async function staffGet<T>(staffId: string, path: string): Promise<T> {
  const token = await env.stack.embedded.signIn(staffId);
  return (await (await fetch(`${env.stack.webUrl}/api${path}`, { headers: { authorization: `Bearer ${token}` } })).json()) as T;
}

/** A complaint answered, written up for the record and closed, as the record shows most of them. */
async function finishedComplaint(email: string, outcome: 'upheld' | 'notUpheld'): Promise<string> {
  const reference = await submitParentComplaint(env.stack, { email });
  expect((await recordStaffAction(env.stack, 'chloe-evans', reference, { type: 'outcome', outcome, summary: 'We looked into it.' })).status).toBe(200);
  const written = await staffPost('chloe-evans', `/staff/complaints/${reference}/record`, {
    eyfsAreas: ['safeguardingAndWelfare', 'premisesAndEquipment'],
    raised: 'Child A came home with another child’s lunchbox three times in a week.',
    investigation: 'The manager spoke with staff member A and watched pick-up on two days.',
    actionTaken: 'Lunchboxes are now checked against a labelled shelf at pick-up.',
  });
  expect(written.status, await written.clone().text()).toBe(200);
  expect((await recordStaffAction(env.stack, 'chloe-evans', reference, { type: 'close', reason: 'Answered.' })).status).toBe(200);
  return reference;
}

const rowOf = (page: Page, reference: string) => page.locator('tbody tr', { hasText: reference });

describe('Staff console: the record of complaints', () => {
  it('R1: from the header, every complaint — open, closed, withdrawn — newest first, filtered by status and outcome, paged, each linking to its complaint', async () => {
    // Prepare: one open, one closed with an outcome, one closed without (withdrawn by phone)
    const open = await submitParentComplaint(env.stack, { email: 'record.open@example.com' });
    const closed = await finishedComplaint('record.closed@example.com', 'notUpheld');
    const ended = await submitParentComplaint(env.stack, { email: 'record.ended@example.com' });
    expect((await recordStaffAction(env.stack, 'chloe-evans', ended, { type: 'close', reason: 'Withdrawn by phone.' })).status).toBe(200);
    const { page, errors } = await signedIn('Chloe Evans');

    // Act: from the header
    await page.getByRole('link', { name: 'Record of complaints' }).click();
    await page.waitForURL('**/staff/record.html');
    await page.getByRole('heading', { level: 1, name: 'Record of complaints' }).waitFor();
    await rowOf(page, closed).waitFor();

    // Assess: all three, newest first, in words; no axe violation
    const references = await page.locator('tbody tr td:first-child').allTextContents();
    const at = (reference: string) => references.findIndex((text) => text.includes(reference));
    expect(at(ended)).toBeGreaterThanOrEqual(0);
    expect(at(ended)).toBeLessThan(at(closed));
    expect(at(closed)).toBeLessThan(at(open));
    expect(await rowOf(page, closed).textContent()).toContain('Not upheld');
    expect(await rowOf(page, closed).textContent()).toContain('Safeguarding and welfare; Premises and equipment');
    expect(await rowOf(page, open).textContent()).toContain('Not yet');
    expect(await axeViolations(page)).toEqual([]);

    // Act: closed complaints with no outcome
    await page.selectOption('#filter-status', 'closed');
    await page.selectOption('#filter-outcome', 'none');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL('**/staff/record.html?**status=closed**');
    await rowOf(page, ended).waitFor();

    // Assess: only those
    expect(await rowOf(page, closed).count()).toBe(0);
    expect(await rowOf(page, open).count()).toBe(0);
    expect(await page.locator('#filter-status').inputValue()).toBe('closed');

    // Act: a period that ends before it starts
    await page.goto(`${env.stack.webUrl}/staff/record.html?from=2026-05-01&to=2026-04-01`);
    const summary = page.locator('.error-summary');
    await summary.waitFor();

    // Assess: the API's refusal is said against the field it names, linked from the summary
    expect(await summary.locator('a').allTextContents()).toEqual(['Received up to: must not be before from']);
    expect(await summary.locator('a').getAttribute('href')).toBe('#filter-to');
    expect(await page.locator('#filter-to').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('tbody tr').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Act: two a page, then the next page
    await page.goto(`${env.stack.webUrl}/staff/record.html?limit=2`);
    await page.locator('tbody tr').first().waitFor();
    const first = await page.locator('tbody tr td:first-child').allTextContents();
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL('**after=**');
    await page.getByRole('link', { name: 'First page' }).waitFor();
    const second = await page.locator('tbody tr td:first-child').allTextContents();

    // Assess: two each, none twice
    expect(first).toHaveLength(2);
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((row) => first.includes(row))).toEqual([]);

    // Act: a row leads to its complaint
    await page.goto(`${env.stack.webUrl}/staff/record.html`);
    await rowOf(page, closed).getByRole('link', { name: closed }).click();
    await page.locator('h1', { hasText: closed }).waitFor();
    expect(page.url()).toContain(`/staff/complaint.html?id=${closed}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('R1: the record of a period is produced for Ofsted — its form says what is missing, the API’s refusal is said against its field, the CSV and JSON download, and the printable page prints alone; each production is logged', async () => {
    // Prepare: an upheld complaint written up for the record, and the day's period
    const reference = await finishedComplaint('record.produced@example.com', 'upheld');
    const today = londonDay(new Date());
    const { page, errors } = await signedIn('Chloe Evans');
    await page.goto(`${env.stack.webUrl}/staff/record.html`);
    const form = page.locator('form[data-record-produce]');
    await form.waitFor();

    // Act: nothing chosen
    for (const box of await form.locator('input[name="settingIds"]').all()) await box.uncheck();
    await page.fill('#produce-from', '');
    await page.fill('#produce-to', '');
    await page.getByRole('button', { name: 'Download JSON' }).click();

    // Assess: each missing answer named and linked; focus on the summary; no axe violation
    const summary = page.locator('[data-record-produce-section] .error-summary');
    await summary.waitFor();
    expect(await summary.locator('a').allTextContents()).toEqual([
      'Choose at least one setting',
      'Enter the first day of the period',
      'Enter the last day of the period',
    ]);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Act: a period the API refuses (it ends before it starts)
    await page.check('#produce-settingIds');
    await page.fill('#produce-from', today);
    await page.fill('#produce-to', '2020-01-01');
    await page.getByRole('button', { name: 'Download JSON' }).click();

    // Assess: the API's words, against the field it names
    await summary.locator('a', { hasText: 'must not be before from' }).waitFor();
    expect(await summary.locator('a').getAttribute('href')).toBe('#produce-to');
    expect(await axeViolations(page)).toEqual([]);

    // Act: the spreadsheet, then the JSON, of today
    await page.fill('#produce-from', today);
    await page.fill('#produce-to', today);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a spreadsheet (CSV)' }).click()]);
    await page.locator('[data-record-produce-section] .notification--success').waitFor();
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);

    // Assess: the browser's own downloads, named by the API, holding the complaint
    expect(csv.suggestedFilename()).toBe(`record-of-complaints-${today}-to-${today}.csv`);
    expect(readFileSync((await csv.path())!, 'utf8')).toContain(reference);
    expect(json.suggestedFilename()).toBe(`record-of-complaints-${today}-to-${today}.json`);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { entries: { reference: string }[] };
    expect(exported.entries.map((entry) => entry.reference)).toContain(reference);
    expect(await page.locator('[data-record-produce-section] .notification--success').textContent()).toContain(json.suggestedFilename());
    expect(await axeViolations(page)).toEqual([]);

    // Act: the printable page
    await page.getByRole('button', { name: 'Open the printable page' }).click();
    await page.waitForURL('**/staff/record-print.html?**');
    const record = page.locator('article.record');
    await record.waitFor();

    // Assess: headed with the organisation, the settings' URNs and the period; no one named; accessible
    const text = (await record.textContent()) ?? '';
    expect(text).toContain('Acorn Early Years Trust');
    expect(text).toContain('EY123456');
    expect(text).toContain(reference);
    expect(text).toContain('Child A came home');
    expect(text).not.toContain('Sam Taylor');
    expect(await axeViolations(page)).toEqual([]);

    // Assess: printed, the record alone (no header, footer, buttons); the README's picture of it
    await page.emulateMedia({ media: 'print' });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'readme-record-1280.png') });
    expect(await page.locator('header.header').isVisible()).toBe(false);
    expect(await page.locator('footer.footer').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print this record' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Back to the record of complaints' }).isVisible()).toBe(false);
    expect(await record.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'screen' });

    // Act: the printable page's own address, opened again (a reload, a bookmark)
    await page.reload();
    await page.locator('article.record').waitFor();
    expect(await page.locator('article.record').textContent()).toContain(reference);

    // Assess: every production logged with who, the period and its form
    const { items } = await staffGet<{ items: { by: { staffId?: string }; scope: { from: string; to: string }; format: string }[] }>(
      'ian-murray',
      '/staff/record/productions',
    );
    const chloe = items.filter((item) => item.by.staffId === 'chloe-evans' && item.scope.from === today && item.scope.to === today);
    expect(chloe.map((item) => item.format).sort()).toEqual(['csv', 'html', 'html', 'json']);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
