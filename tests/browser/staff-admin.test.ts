/**
 * The console's staff and settings page (issue 12), in a real browser against the embedded
 * default: an administrator finds it from the header, adds a member of staff with the
 * keyboard-reachable forms, sees a refused change explained beside its form, and every state
 * of the page has no WCAG 2.2 AA violation (axe). Someone else is told it is not for them.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, useStackAndBrowser } from './helpers/console';

const env = useStackAndBrowser();

describe('Staff console: staff and settings (administrators)', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await env.signedIn('Ian Murray'));
  });

  afterAll(() => page?.context().close());

  it('F1: an administrator reaches the page from the header; it lists staff, settings and the record, with no axe violation', async () => {
    // Act
    await page.getByRole('link', { name: 'Staff and settings' }).click();
    await page.waitForURL('**/staff/admin.html');
    await page.getByRole('heading', { level: 1, name: 'Staff and settings' }).waitFor();

    // Assess
    expect(await page.locator('table').nth(1).locator('tbody tr').count()).toBe(9);
    expect(await page.locator('table').first().textContent()).toContain('Oak Street Nursery');
    expect(await page.locator('#changes ~ ol li').first().textContent()).toContain('Directory stored from the configuration');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('F1: adds a member of staff through the form; the table and the record show them', async () => {
    // Act
    await page.locator('details summary', { hasText: 'Add a member of staff' }).click();
    const form = page.locator('form[data-admin-form="addMember"]');
    await form.getByLabel('Short id').fill('jo-bloggs');
    await form.getByLabel('Name', { exact: true }).fill('Jo Bloggs');
    await form.getByLabel('Email', { exact: true }).fill('jo.bloggs@example.org');
    await form.getByLabel('Key person').check();
    await form.getByLabel('Willow Lane Pre-school').check();
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Add member of staff' }).click();

    // Assess
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await page.locator('table').nth(1).locator('tbody tr').count()).toBe(10);
    expect(await page.locator('#changes ~ ol li').first().textContent()).toContain('Member of staff added');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('P4: a refused change says why beside its form, takes focus, and has no axe violation', async () => {
    // Act: deactivate the only manager of Oak Street
    await page.locator('details summary', { hasText: 'Change Chloe Evans' }).click();
    const form = page.locator('form[data-admin-form="changeMember"][data-id="chloe-evans"]');
    await form.getByLabel('Can sign in (active)').uncheck();
    await form.getByRole('button', { name: 'Save changes' }).click();

    // Assess
    const alert = page.locator('#form-changeMember-chloe-evans [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Oak Street Nursery would be left without a setting manager');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    // What was typed is kept, so it can be corrected.
    expect(await page.locator('#changeMember-chloe-evans-active').isChecked()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('bad input is named beside its field, with no axe violation', async () => {
    await page.locator('details summary', { hasText: 'Add a setting' }).click();
    const form = page.locator('form[data-admin-form="addSetting"]');
    await form.getByLabel('Short id').fill('Not An Id');
    await form.getByRole('button', { name: 'Add setting' }).click();

    const summary = page.locator('#form-addSetting .error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/Short id:/);
    expect(await summary.textContent()).toMatch(/Name:/);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('Staff console and public form: a setting added is named at once (issue 12)', () => {
  it('R5: a setting added in the console is on the dashboard’s filter and on the public form with no rebuild, and neither page has an axe violation', async () => {
    // Prepare
    const { page, errors } = await env.signedIn('Ian Murray');
    try {
      await page.goto(`${env.stack.webUrl}/staff/admin.html`);
      await page.getByRole('heading', { level: 1, name: 'Staff and settings' }).waitFor();

      // Act: add a setting through the page
      await page.locator('details summary', { hasText: 'Add a setting' }).click();
      const form = page.locator('form[data-admin-form="addSetting"]');
      await form.getByLabel('Short id').fill('elm-road');
      await form.getByLabel('Name', { exact: true }).fill('Elm Road Nursery');
      await form.getByRole('button', { name: 'Add setting' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

      // Assess: the dashboard's filter names it (read from the directory, not built in)
      await page.goto(`${env.stack.webUrl}/staff/complaints.html`);
      const filter = page.locator('#filter-setting');
      await filter.locator('option', { hasText: 'Elm Road Nursery' }).waitFor({ state: 'attached' });
      expect(await axeViolations(page)).toEqual([]);

      // Assess: so does the parent's form
      await page.goto(`${env.stack.webUrl}/api/forms/parent?lang=en`);
      expect(await page.locator('select[name="settingId"] option', { hasText: 'Elm Road Nursery' }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('Staff console: staff and settings (anyone else)', () => {
  it('a setting manager sees no link to it, and the page says it is for administrators', async () => {
    const { page } = await env.signedIn('Chloe Evans');

    expect(await page.getByRole('link', { name: 'Staff and settings' }).isVisible()).toBe(false);
    await page.goto(`${env.stack.webUrl}/staff/admin.html`);
    await page.getByText('Only administrators can see and change the staff and settings.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
