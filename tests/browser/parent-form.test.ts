/**
 * A parent sends the form in a real browser (Debian's Chromium) against the embedded default:
 * with the keyboard alone, with and without JavaScript; and a form with mistakes keeps what
 * was typed and puts focus on the error summary.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REFERENCE_PATTERN } from '../../lambdas/adapters/secrets';
import { MESSAGES } from '../../lambdas/templates/messages';
import { emailsTo, eventually } from './helpers/complaints';
import { securedPage, useStackAndBrowser } from './helpers/console';
import { activeElementId, tabTo } from './helpers/web-stack';

const env = useStackAndBrowser();

async function openForm(javaScriptEnabled: boolean, path = '/api/forms/parent?lang=en'): Promise<{ page: Page; errors: string[] }> {
  const opened = await securedPage(env.browser, { javaScriptEnabled });
  await opened.page.goto(`${env.stack.webUrl}${path}`);
  return opened;
}

/** Nobody honest fills the form in less (the spam check's minimum is 3 s). */
async function atLeastThreeSecondsSince(openedAt: number): Promise<void> {
  const wait = openedAt + 3_200 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

async function tabToSubmit(page: Page): Promise<void> {
  for (let presses = 0; presses < 20; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => (document.activeElement as HTMLButtonElement | null)?.type === 'submit')) return;
  }
  throw new Error('Tab never reached the Send button');
}

/** Tab, arrows, Space, Enter and typing: no clicks. */
async function completeWithKeyboard(page: Page, answers: { email: string; language?: string }): Promise<void> {
  const openedAt = Date.now();
  await tabTo(page, 'settingId');
  await page.keyboard.type('Oak'); // a closed select picks the option typed
  await tabTo(page, 'classification');
  await page.keyboard.press('ArrowDown'); // the second option: a complaint
  await tabTo(page, 'about');
  await page.keyboard.press('Space'); // the care or the service in general
  await tabTo(page, 'description');
  await page.keyboard.type('Three times this month my daughter came home with another child’s lunchbox.');
  await tabTo(page, 'desiredOutcome');
  await page.keyboard.type('Check lunchboxes at pick-up.');
  await tabTo(page, 'contact-name');
  await page.keyboard.type('Sam Taylor');
  await tabTo(page, 'contact-email');
  await page.keyboard.type(answers.email);
  if (answers.language) {
    await tabTo(page, 'language');
    await page.keyboard.type(answers.language);
  }
  await tabTo(page, 'consentToContact');
  await page.keyboard.press('Space');
  await atLeastThreeSecondsSince(openedAt);
  await tabToSubmit(page);
  await page.keyboard.press('Enter');
}

describe('The parent form, in a real browser', () => {
  it('a parent completes and sends it with the keyboard alone, and sees the reference and the date', async () => {
    // Prepare
    const { page, errors } = await openForm(true);

    // Act
    await completeWithKeyboard(page, { email: 'keyboard.parent@example.com' });
    await page.waitForURL('**/api/forms/confirmation?**');

    // Assess
    const reference = (await page.locator('.reference').textContent()) ?? '';
    expect(reference).toMatch(REFERENCE_PATTERN);
    expect(await page.locator('h1').textContent()).toBe('We have received your complaint');
    expect(await page.locator('main').textContent()).toMatch(/We will respond by \d{1,2} \w+ \d{4}\./);
    expect(errors).toEqual([]);
    const acknowledgement = `We have received your complaint (${reference})`;
    const emails = await eventually(() => emailsTo(env.stack, 'keyboard.parent@example.com'), (found) => found.some((email) => email.subject === acknowledgement));
    expect(emails.map((email) => email.subject)).toContain(acknowledgement);
    await page.context().close();
  });

  it('F2: the same with JavaScript off: a plain post, answered with a redirect; emails in the language chosen', async () => {
    // Prepare
    const { page } = await openForm(false);

    // Act: the first post has no timing token (the page is static and no script asks for
    // one), so the form comes back once with a token and every answer kept; sent again, it goes.
    await completeWithKeyboard(page, { email: 'plain.parent@example.com', language: 'Cym' });
    await page.waitForURL('**/api/forms/parent');
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('input[name="formToken"]').getAttribute('value')).toMatch(/^v1\./);
    expect(await page.inputValue('#contact-email')).toBe('plain.parent@example.com');
    await page.waitForTimeout(3_200); // a token is accepted from a few seconds after it was issued
    await page.locator('button[type="submit"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/api/forms/confirmation?**');

    // Assess
    const reference = (await page.locator('.reference').textContent()) ?? '';
    expect(reference).toMatch(REFERENCE_PATTERN);
    const acknowledgement = MESSAGES.cy.complainant.complaintAcknowledgement.subject.complaint(reference);
    const emails = await eventually(() => emailsTo(env.stack, 'plain.parent@example.com'), (found) => found.some((email) => email.subject === acknowledgement));
    expect(emails.map((email) => email.subject)).toContain(acknowledgement);
    await page.context().close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`a form with errors keeps what was typed and focuses the error summary (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      // Prepare
      const { page, errors } = await openForm(javaScriptEnabled);
      const typed = 'Staff said <b>“not my job”</b> & walked off.';

      // Act: a description and a mistyped email, nothing else
      await tabTo(page, 'description');
      await page.keyboard.type(typed);
      await tabTo(page, 'contact-name');
      await page.keyboard.type('Ola Nowak');
      await tabTo(page, 'contact-email');
      await page.keyboard.type('ola.nowak.example.com');
      await tabTo(page, 'consentToContact');
      await page.keyboard.press('Space');
      await tabToSubmit(page);
      await page.keyboard.press('Enter');
      const summary = page.locator('.error-summary');
      await summary.waitFor();

      // Assess: focus on the summary, which links to each field with a mistake. Without
      // JavaScript that is the page's autofocus, which the browser applies at a rendering
      // update after the page has loaded, so it is waited for (a page that never focuses it
      // still fails here, after 5 s).
      await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary') === true, undefined, { timeout: 5_000 });
      expect(await page.title()).toMatch(/^Error: /);
      const links = await summary.locator('a').evaluateAll((anchors) =>
        anchors.map((a) => [a.getAttribute('href'), a.textContent]),
      );
      expect(links).toEqual([
        ['#settingId', 'Select the nursery or setting'],
        ['#classification', 'Select whether this is a concern or a complaint'],
        ['#about', 'Select who or what it is about'],
        ['#contact-email', 'Enter an email address in the correct format, like name@example.com'],
      ]);
      // every answer is still there
      expect(await page.inputValue('#description')).toBe(typed);
      expect(await page.inputValue('#contact-name')).toBe('Ola Nowak');
      expect(await page.inputValue('#contact-email')).toBe('ola.nowak.example.com');
      expect(await page.isChecked('#consentToContact')).toBe(true);
      // the message beside the field is tied to it
      expect(await page.getAttribute('#contact-email', 'aria-describedby')).toContain('contact-email-error');
      expect(await page.textContent('#contact-email-error')).toContain('Enter an email address in the correct format');

      // Act: follow the summary's link to the email address with the keyboard
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#contact-email');
      await page.keyboard.press('Enter');

      // Assess
      if (javaScriptEnabled) expect(await activeElementId(page)).toBe('contact-email');
      else await page.waitForURL('**#contact-email');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('P3: reporting harm to a child needs no "concern or complaint", and says what happens instead', async () => {
    // Prepare
    const { page, errors } = await openForm(true);
    const openedAt = Date.now();

    // Act
    await tabTo(page, 'settingId');
    await page.keyboard.type('Willow');
    await tabTo(page, 'allegationOfHarm');
    await page.keyboard.press('Space');
    await tabTo(page, 'description');
    await page.keyboard.type('I saw a member of staff grab a child hard by the arm at pick-up.');
    await tabTo(page, 'contact-name');
    await page.keyboard.type('Ruth Evans');
    await tabTo(page, 'contact-email');
    await page.keyboard.type('ruth.evans@example.com');
    await tabTo(page, 'consentToContact');
    await page.keyboard.press('Space');
    await atLeastThreeSecondsSince(openedAt);
    await tabToSubmit(page);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/api/forms/confirmation?**');

    // Assess
    expect(await page.locator('h1').textContent()).toBe('We have received what you told us');
    expect(await page.locator('main').textContent()).toContain(MESSAGES.en.complainant.allegationReceived.procedure);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
