/**
 * The record of complaints in the staff console, in a real browser against the embedded
 * default: the record from the header, open and finished complaints filtered and paged, each
 * linking to its complaint (R1); the record of a period produced for Ofsted as the printable
 * page (with its print stylesheet), CSV and JSON, fetched with the bearer token and logged as
 * productions (R1); a complaint written up with no one named (R2), its practice review (R4), a
 * legal hold (R3), who looked at it (F3) and the subject access document; an inspector's
 * link made, opened, copied and revoked (R1). Each page, and each state of each form, has no WCAG 2.2 AA violation (axe).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordStaffAction, staffGet, staffPost, submitParentComplaint } from './helpers/complaints';
import { axeViolations, londonDay, openComplaint, printedSheet, useStackAndBrowser } from './helpers/console';
import { withSecurityHeaders } from './helpers/web-stack';

const env = useStackAndBrowser();
const SCREENSHOTS = path.resolve('test-artifacts', 'screenshots');

/** A complaint answered, written up for the record and closed, as the record shows most of them. */
async function finishedComplaint(email: string, outcome: 'upheld' | 'notUpheld'): Promise<string> {
  const reference = await submitParentComplaint(env.stack, { email });
  expect((await recordStaffAction(env.stack, 'chloe-evans', reference, { type: 'outcome', outcome, summary: 'We looked into it.' })).status).toBe(200);
  const written = await staffPost(env.stack, 'chloe-evans', `/staff/complaints/${reference}/record`, {
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
    const { page, errors } = await env.signedIn('Chloe Evans');

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
    // Prepare: an upheld complaint written up for the record, and the period of the day it
    // came (London's day, before and after: two days if midnight passed while it was made)
    const firstDay = londonDay(new Date());
    const reference = await finishedComplaint('record.produced@example.com', 'upheld');
    const lastDay = londonDay(new Date());
    const { page, errors } = await env.signedIn('Chloe Evans');
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
    await page.fill('#produce-from', firstDay);
    await page.fill('#produce-to', '2020-01-01');
    await page.getByRole('button', { name: 'Download JSON' }).click();

    // Assess: the API's words, against the field it names
    await summary.locator('a', { hasText: 'must not be before from' }).waitFor();
    expect(await summary.locator('a').getAttribute('href')).toBe('#produce-to');
    expect(await axeViolations(page)).toEqual([]);

    // Act: the spreadsheet, then the JSON, of that period
    await page.fill('#produce-from', firstDay);
    await page.fill('#produce-to', lastDay);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a spreadsheet (CSV)' }).click()]);
    await page.locator('[data-record-produce-section] .notification--success').waitFor();
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);

    // Assess: the browser's own downloads, named by the API, holding the complaint
    expect(csv.suggestedFilename()).toBe(`record-of-complaints-${firstDay}-to-${lastDay}.csv`);
    expect(readFileSync((await csv.path())!, 'utf8')).toContain(reference);
    expect(json.suggestedFilename()).toBe(`record-of-complaints-${firstDay}-to-${lastDay}.json`);
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
    const sheet = await printedSheet(page);
    expect(sheet.width, 'the record prints on landscape A4').toBeGreaterThan(sheet.height);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize), 'the record prints at 9pt').toBe('12px');
    await page.emulateMedia({ media: 'screen' });

    // Act: the printable page's own address, opened again (a reload, a bookmark)
    await page.reload();
    await page.locator('article.record').waitFor();
    expect(await page.locator('article.record').textContent()).toContain(reference);

    // Assess: every production logged with who, the period and its form
    const { items } = await staffGet<{ items: { by: { staffId?: string }; scope: { from: string; to: string }; format: string }[] }>(
      env.stack,
      'ian-murray',
      '/staff/record/productions',
    );
    const chloe = items.filter((item) => item.by.staffId === 'chloe-evans' && item.scope.from === firstDay && item.scope.to === lastDay);
    expect(chloe.map((item) => item.format).sort()).toEqual(['csv', 'html', 'html', 'json']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('R2: a manager writes a complaint up for the record on its page — nothing chosen is named, a summary naming someone is refused with the field’s error and the name marked, then it is saved and the record shows it', async () => {
    // Prepare: a complaint answered by the manager
    const reference = await submitParentComplaint(env.stack, { email: 'record.write@example.com' });
    expect((await recordStaffAction(env.stack, 'chloe-evans', reference, { type: 'outcome', outcome: 'notUpheld', summary: 'We checked the rota.' })).status).toBe(200);
    const { page, errors } = await env.signedIn('Chloe Evans');
    await openComplaint(page, env.stack, reference);

    // Assess: not written up yet; the people's labels are shown
    const section = page.locator('section.record-of-complaint');
    expect(await section.textContent()).toContain('Not written up yet.');
    expect(await axeViolations(page)).toEqual([]);

    // Act: sent empty
    await page.locator('details[data-record-panel="summative"] > summary').click();
    await page.getByRole('button', { name: 'Save for the record' }).click();

    // Assess: each missing answer named and linked; focus on the summary; accessible
    const summary = page.locator('#record-form-summative .error-summary');
    await summary.waitFor();
    expect(await summary.locator('a').allTextContents()).toEqual([
      'Choose at least one EYFS requirement',
      'Enter what was raised',
      'Enter how it was investigated',
      'Enter what was done',
    ]);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Act: a summary that names the parent and a member of staff
    await page.getByLabel('Safeguarding and welfare').check();
    await page.fill('#summative-raised', 'sam taylor said her lunchbox went home with another child.');
    await page.fill('#summative-investigation', 'The manager asked Amira Khan about pick-up.');
    await page.fill('#summative-actionTaken', 'Lunchboxes are checked at the door.');
    await page.getByRole('button', { name: 'Save for the record' }).click();

    // Assess: refused; each field says what to write instead; the names marked and read with the field
    await page.locator('#record-form-summative .error-summary a', { hasText: 'names someone' }).first().waitFor();
    expect(await page.locator('#record-form-summative .error-summary a').allTextContents()).toEqual([
      'What was raised: names someone: write "parent A" instead',
      'How it was investigated: names someone: write "staff member A" instead',
    ]);
    expect(await page.locator('#summative-raised-names mark').allTextContents()).toEqual(['[sam taylor]']);
    expect(await page.locator('#summative-investigation-names mark').allTextContents()).toEqual(['[Amira Khan]']);
    expect(await page.locator('#summative-raised').getAttribute('aria-describedby')).toContain('summative-raised-names');
    expect(await page.locator('#summative-raised').inputValue()).toBe('sam taylor said her lunchbox went home with another child.');
    expect(await page.getByLabel('Safeguarding and welfare').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    const stillNot = await staffGet<{ complaint: { summativeRecord?: unknown } }>(env.stack, 'chloe-evans', `/staff/complaints/${reference}`);
    expect(stillNot.complaint.summativeRecord).toBeUndefined();

    // Act: with the labels instead
    await page.fill('#summative-raised', 'Parent A said child A’s lunchbox went home with another child.');
    await page.fill('#summative-investigation', 'The manager asked staff member A about pick-up.');
    await page.getByRole('button', { name: 'Save for the record' }).click();

    // Assess: saved, shown, and in the record list
    await page.locator('.notification--success', { hasText: 'Saved in the record of complaints.' }).waitFor();
    expect(await section.textContent()).toContain('Parent A said child A’s lunchbox');
    expect(await page.locator('[data-record-labels]').textContent()).toContain('Sam Taylor: “parent A”');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${env.stack.webUrl}/staff/record.html`);
    await rowOf(page, reference).waitFor();
    expect(await rowOf(page, reference).textContent()).toContain('Safeguarding and welfare');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('R4: an owner records the practice review of an upheld complaint on its page; a manager is told it is the owners’', async () => {
    // Prepare: an upheld outcome opens the review
    const reference = await submitParentComplaint(env.stack, { email: 'record.review@example.com' });
    expect((await recordStaffAction(env.stack, 'chloe-evans', reference, { type: 'outcome', outcome: 'upheld', summary: 'We agree.' })).status).toBe(200);
    const manager = await env.signedIn('Chloe Evans');
    await manager.page.goto(`${env.stack.webUrl}/staff/complaint.html?id=${reference}`);
    await manager.page.locator('#practice-review').waitFor();
    expect(await manager.page.locator('section.record-of-complaint').textContent()).toContain('Only the owners or trustees record a practice review.');
    expect(await manager.page.locator('form[data-record-form="review"]').count()).toBe(0);
    await manager.page.context().close();
    const { page, errors } = await env.signedIn('Helen Okafor');
    await page.goto(`${env.stack.webUrl}/staff/complaint.html?id=${reference}`);
    await page.locator('#practice-review').waitFor();

    // Act: sent empty
    await page.locator('details[data-record-panel="review"] > summary').click();
    await page.getByRole('button', { name: 'Record the practice review' }).click();

    // Assess
    const summary = page.locator('#record-form-review .error-summary');
    await summary.waitFor();
    expect(await summary.locator('a').allTextContents()).toEqual(['Enter what the review found', 'Enter what will be done']);
    expect(await axeViolations(page)).toEqual([]);

    // Act: a finding that names the key person's manager, then without
    await page.fill('#review-findings', 'Chloe Evans was alone at the door at pick-up.');
    await page.fill('#review-actions', 'A second member of staff at the door from 17:30.');
    await page.getByRole('button', { name: 'Record the practice review' }).click();
    await page.locator('#review-findings-names mark').waitFor();
    expect(await page.locator('#review-findings-names mark').allTextContents()).toEqual(['[Chloe Evans]']);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#review-findings', 'The manager was alone at the door at pick-up.');
    await page.getByRole('button', { name: 'Record the practice review' }).click();

    // Assess: recorded, shown as done, in the record list
    await page.locator('.notification--success', { hasText: 'The practice review was recorded.' }).waitFor();
    expect(await page.locator('section.record-of-complaint').textContent()).toContain('The manager was alone at the door');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${env.stack.webUrl}/staff/record.html`);
    await rowOf(page, reference).waitFor();
    expect(await rowOf(page, reference).textContent()).toMatch(/Done \d/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('R3, F3: an administrator places a legal hold with a reason and lifts it, sees who looked at the complaint, and produces the subject access document', async () => {
    // Prepare: a closed complaint the manager has read
    const reference = await submitParentComplaint(env.stack, { email: 'record.hold@example.com' });
    expect((await recordStaffAction(env.stack, 'chloe-evans', reference, { type: 'close', reason: 'Answered by phone.' })).status).toBe(200);
    await staffGet(env.stack, 'chloe-evans', `/staff/complaints/${reference}`);
    const { page, errors } = await env.signedIn('Ian Murray');
    await page.goto(`${env.stack.webUrl}/staff/complaint.html?id=${reference}`);
    await page.locator('#keeping').waitFor();
    expect(await page.locator('[data-legal-hold]').textContent()).toContain('Not held');

    // Act: a hold without its reason
    await page.locator('details[data-record-panel="hold"] > summary').click();
    await page.getByRole('button', { name: 'Place a legal hold' }).click();

    // Assess
    await page.locator('#record-form-hold .error-summary a', { hasText: 'Enter the reason' }).waitFor();
    expect(await page.locator('#hold-reason').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    // Act: with its reason
    await page.fill('#hold-reason', 'A claim has been made; the insurer asked us to keep the record.');
    await page.getByRole('button', { name: 'Place a legal hold' }).click();

    // Assess: held, in words, and on the record row
    await page.locator('.notification--success', { hasText: 'The legal hold was placed' }).waitFor();
    expect(await page.locator('[data-legal-hold]').textContent()).toContain('the insurer asked us to keep the record');
    const held = await staffGet<{ complaint: { legalHold?: { reason: string } } }>(env.stack, 'ian-murray', `/staff/complaints/${reference}`);
    expect(held.complaint.legalHold?.reason).toContain('insurer');
    expect(await axeViolations(page)).toEqual([]);

    // Act: lifted
    await page.locator('details[data-record-panel="lift"] > summary').click();
    await page.fill('#lift-reason', 'The claim was settled.');
    await page.getByRole('button', { name: 'Lift the legal hold' }).click();
    await page.locator('.notification--success', { hasText: 'The legal hold was lifted' }).waitFor();
    expect(await page.locator('[data-legal-hold]').textContent()).toContain('Not held');

    // Act: who looked at it
    await page.getByRole('button', { name: 'Show who looked at it' }).click();
    const log = page.locator('#access-log table');
    await log.waitFor();

    // Assess: the manager's read and the administrator's, by name
    const rows = await log.locator('tbody tr').allTextContents();
    expect(rows.some((row) => row.includes('Chloe Evans') && row.includes('Opened it in the console'))).toBe(true);
    expect(rows.some((row) => row.includes('Ian Murray'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Act: the subject access document
    await page.getByRole('button', { name: 'Produce the subject access document' }).click();
    const document_ = page.locator('#app .sar');
    await document_.waitFor();

    // Assess: everything held about the complainant, in their language; printed alone
    expect(await document_.getAttribute('lang')).toBe('en');
    expect(await document_.textContent()).toContain('Sam Taylor');
    expect(await document_.textContent()).toContain(reference);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print this document' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('R1: an administrator makes an inspector’s link (7 days unless changed), copies it and sees it listed; the inspector’s page opens without signing in, accessible, printing without its download links; revoked, it no longer opens; who produced the record is listed', async () => {
    // Prepare: a complaint of today (London's day, before and after: two days if midnight
    // passed while it was made), and the administrator on the record page
    const firstDay = londonDay(new Date());
    const reference = await finishedComplaint('record.inspector@example.com', 'notUpheld');
    const lastDay = londonDay(new Date());
    const { page, errors } = await env.signedIn('Ian Murray');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.stack.webUrl });
    await page.goto(`${env.stack.webUrl}/staff/record.html`);
    await page.getByRole('link', { name: 'Inspectors’ links and who produced the record' }).click();
    await page.waitForURL('**/staff/record-links.html');
    await page.getByRole('heading', { level: 1, name: 'Inspectors’ links to the record' }).waitFor();
    expect(await page.locator('#link-days').inputValue()).toBe('7');
    expect(await axeViolations(page)).toEqual([]);

    // Act: nothing chosen, and days that are not a number
    for (const box of await page.locator('form[data-link-form] input[name="settingIds"]').all()) await box.uncheck();
    await page.fill('#link-from', '');
    await page.fill('#link-days', 'a week');
    await page.getByRole('button', { name: 'Make the link' }).click();

    // Assess
    const summary = page.locator('#link-form .error-summary');
    await summary.waitFor();
    expect(await summary.locator('a').allTextContents()).toEqual([
      'Choose at least one setting',
      'Enter the first day of the period',
      'Days until it expires: must be a whole number of days from 1 to 90',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // Act: a number of days the API refuses
    await page.check('#link-settingIds');
    await page.fill('#link-from', firstDay);
    await page.fill('#link-to', lastDay);
    await page.fill('#link-days', '0');
    await page.getByRole('button', { name: 'Make the link' }).click();

    // Assess: the API's refusal against the field it names
    await summary.locator('a[href="#link-days"]').waitFor();
    expect(await page.locator('#link-days').getAttribute('aria-invalid')).toBe('true');

    // Act: seven days, for an inspection
    await page.fill('#link-days', '7');
    await page.fill('#link-note', 'Ofsted inspection');
    const askedAt = Date.now();
    await page.getByRole('button', { name: 'Make the link' }).click();
    const made = page.locator('#made-link');
    await made.waitFor();
    await page.getByRole('button', { name: 'Copy the link' }).click();
    await page.locator('#copy-status', { hasText: 'Copied' }).waitFor();

    // Assess: its address, copied; listed as working, expiring in seven days
    const url = await made.inputValue();
    expect(url).toMatch(/\/api\/record\/shared\?token=/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    const row = page.locator('tbody tr', { hasText: 'Ofsted inspection' });
    expect(await row.textContent()).toContain('Works');
    // Seven days from when it was made, which was between asking and now: either moment's
    // day, if London's midnight fell in between.
    const expiresIfMadeAt = (moment: number) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium' }).format(new Date(moment + 7 * 86_400_000));
    const expiresCell = (await row.locator('td').nth(4).textContent()) ?? '';
    expect([expiresIfMadeAt(askedAt), expiresIfMadeAt(Date.now())].some((day) => expiresCell.includes(day)), expiresCell).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Act: the inspector opens it, not signed in
    const shared = `${env.stack.webUrl}${new URL(url).pathname}${new URL(url).search}`;
    const inspector = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await withSecurityHeaders(inspector);
    const inspectorPage = await inspector.newPage();
    await inspectorPage.goto(shared);
    const record = inspectorPage.locator('article.record');
    await record.waitFor();

    // Assess: the record, accessible; printed without the download links
    expect(await record.textContent()).toContain(reference);
    expect(await record.textContent()).toContain('EY123456');
    expect(await axeViolations(inspectorPage)).toEqual([]);
    await inspectorPage.emulateMedia({ media: 'print' });
    expect(await inspectorPage.locator('.no-print').isVisible()).toBe(false);
    expect(await record.isVisible()).toBe(true);
    await inspectorPage.emulateMedia({ media: 'screen' });

    // Act: revoke it, first without a reason
    await page.reload();
    const listed = page.locator('tbody tr', { hasText: 'Ofsted inspection' });
    await listed.getByRole('button', { name: 'Revoke this link' }).click();
    await page.locator('tbody tr', { hasText: 'Ofsted inspection' }).locator('.error-summary a', { hasText: 'Enter why it is revoked' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('tbody tr', { hasText: 'Ofsted inspection' }).getByLabel('Why revoke it').fill('The inspection is over.');
    await page.locator('tbody tr', { hasText: 'Ofsted inspection' }).getByRole('button', { name: 'Revoke this link' }).click();

    // Assess: revoked, said, and the inspector's link no longer opens
    await page.locator('.notification--success', { hasText: 'The link was revoked' }).waitFor();
    expect(await page.locator('tbody tr', { hasText: 'Ofsted inspection' }).textContent()).toContain('Revoked');
    expect(await page.locator('tbody tr', { hasText: 'Ofsted inspection' }).textContent()).toContain('The inspection is over.');
    const gone = await inspectorPage.goto(shared);
    expect(gone?.status()).toBe(404);
    expect(await inspectorPage.locator('h1').textContent()).toBe('This link does not work');
    await inspector.close();

    // Assess: the inspector's opening among the productions
    const productions = page.locator('table', { has: page.locator('caption', { hasText: 'Productions of the record' }) });
    expect(await productions.locator('tbody tr', { hasText: 'Inspector’s link' }).first().textContent()).toContain('Printable page');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('R1: a setting manager is not offered the inspectors’ links, and their page says it is for administrators', async () => {
    const { page, errors } = await env.signedIn('Chloe Evans');
    await page.goto(`${env.stack.webUrl}/staff/record.html`);
    await page.getByRole('heading', { level: 1, name: 'Record of complaints' }).waitFor();
    expect(await page.getByRole('link', { name: 'Inspectors’ links and who produced the record' }).count()).toBe(0);
    await page.goto(`${env.stack.webUrl}/staff/record-links.html`);
    await page.locator('.notification--error', { hasText: 'Only administrators can see this page.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors.filter((error) => !error.includes('403'))).toEqual([]);
    await page.context().close();
  });
});
