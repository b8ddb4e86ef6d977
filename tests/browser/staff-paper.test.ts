/**
 * The console's pages for what comes and goes on paper or by voice, in a real browser against
 * the embedded default: the letters to print and post for a complainant without email, with
 * the print view of one in her language and direction (P5, F2); an agency's written complaint
 * entered on the agency track with the day it arrived (A1), its acknowledgement then recorded
 * on the day it was sent, late (A2, A3); and an appeal a parent made by letter, recorded for
 * her (P8). Each page, and each state of each form, has no WCAG 2.2 AA violation (axe).
 */
import { describe, expect, it } from 'vitest';
import { getComplaintAs, recordStaffAction, staffGet, staffPost, submitParentComplaint } from './helpers/complaints';
import { addCalendarDays, axeViolations, londonDay, openComplaint, printedSheet, useStackAndBrowser } from './helpers/console';

const env = useStackAndBrowser();

describe('Staff console: letters, paper complaints and answers by voice or letter', () => {
  it('P5, F2: a complaint written down for a parent with only a postal address lists its letter; it prints alone, in Arabic, right to left; it is recorded as posted on the day typed', async () => {
    // Prepare: the manager writes down a complaint made by letter; the parent reads Arabic and has no email
    const entered = await staffPost(env.stack, 'chloe-evans', '/staff/complaints', {
      settingId: 'oak-street',
      classification: 'complaint',
      about: 'service',
      allegationOfHarm: false,
      description: 'The nursery gate was left open at collection time on Tuesday.',
      contact: { name: 'Amal Haddad', postalAddress: '4 Mill Lane, Leeds LS2 7AB' },
      language: 'ar',
      channel: 'letter',
      receivedAt: new Date().toISOString(),
    });
    expect(entered.status, await entered.clone().text()).toBe(201);
    const { reference } = (await entered.json()) as { reference: string };
    const { page, errors } = await env.signedIn('Chloe Evans');

    // Act: from the header to the list
    await page.getByRole('link', { name: 'Letters to post' }).click();
    await page.waitForURL('**/staff/letters.html');
    const row = page.locator('tbody tr', { hasText: reference });
    await row.waitFor();

    // Assess: who it goes to, what it is, in which language; no axe violation
    expect(await row.textContent()).toContain('4 Mill Lane');
    expect(await row.textContent()).toContain('Acknowledgement: what happens next and by when');
    expect(await row.textContent()).toContain('العربية');
    expect(await axeViolations(page)).toEqual([]);

    // Act: a day that is not a date first (the field emptied)
    await row.locator('input[name="postedOn"]').fill('');
    await row.getByRole('button', { name: 'Record as posted' }).click();

    // Assess: said beside the field, focused, still accessible
    const error = page.locator('tbody tr', { hasText: reference }).locator('.error-message');
    await error.waitFor();
    expect(await error.textContent()).toBe('Enter the day it was posted, as a date');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-message'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Act: the print view
    await page.getByRole('link', { name: `Print the letter for ${reference}` }).click();
    await page.waitForURL('**/staff/letters.html?ref=**');
    const letter = page.locator('article.letter');
    await letter.waitFor();

    // Assess: the letter in Arabic, marked so; printing shows the letter alone
    expect(await letter.getAttribute('lang')).toBe('ar');
    expect(await letter.getAttribute('dir')).toBe('rtl');
    expect(await letter.textContent()).toContain('Amal Haddad');
    expect(await letter.textContent()).toContain(reference);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print the letter' }).isVisible()).toBe(false);
    expect(await letter.isVisible()).toBe(true);
    const sheet = await printedSheet(page);
    expect(sheet.height, 'a letter prints on portrait A4').toBeGreaterThan(sheet.width);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize), 'a letter keeps its own size, not the record’s 9pt').not.toBe('12px');
    await page.emulateMedia({ media: 'screen' });

    // Act: back to the list, and record it posted today (the day the field offers: London's,
    // read when the page was drawn, which is one of these two days if midnight falls between)
    const dayBefore = londonDay(new Date());
    await page.getByRole('link', { name: 'Back to the letters to post' }).click();
    const again = page.locator('tbody tr', { hasText: reference });
    await again.waitFor();
    const today = await again.locator('input[name="postedOn"]').inputValue();
    expect([dayBefore, londonDay(new Date())]).toContain(today);
    await again.getByRole('button', { name: 'Record as posted' }).click();

    // Assess: said, gone from the list, and the complaint's letter carries the day typed
    const notice = page.locator('.notification--success');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`the letter for ${reference} was posted`);
    expect(await page.locator('tbody tr', { hasText: reference }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    const { items } = await staffGet<{ items: { postedOn?: string }[] }>(env.stack, 'chloe-evans', `/staff/complaints/${reference}/letters`);
    // A day recorded today is stored as the moment it was recorded: read it as London's day,
    // since UTC's date is the day before in the first hour of a summer night.
    const postedOn = items[0]?.postedOn;
    expect(postedOn).toEqual(expect.any(String));
    expect(londonDay(new Date(postedOn!))).toBe(today);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('A1, A2: an agency’s letter received weeks ago is entered on the agency track; its acknowledgement is recorded on the day it was sent, late by the days it was', async () => {
    // Prepare
    const { page, errors } = await env.signedIn('Chloe Evans');
    await page.getByRole('link', { name: 'Enter an agency letter' }).click();
    await page.waitForURL('**/staff/agency-letter.html');
    await page.getByRole('heading', { level: 1, name: "Enter another agency's written complaint" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Act: sent empty
    await page.getByRole('button', { name: 'Enter the complaint' }).click();

    // Assess: every missing answer named, linked to its field; no axe violation
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.locator('a').allTextContents()).toEqual(expect.arrayContaining(['Enter the day it reached the setting']));
    expect(await axeViolations(page)).toEqual([]);

    // Act: filled in; the API names what is still missing (no way to reach the agency)
    const receivedOn = londonDay(new Date(Date.now() - 20 * 86_400_000));
    await page.selectOption('#agency-letter-settingId', 'oak-street');
    await page.check('#agency-letter-about');
    await page.fill('#agency-letter-description', 'Letter of 3 March: our speech therapist was twice refused the quiet room booked for a session.');
    await page.fill('#agency-letter-agency-organisation', 'Leeds Community Healthcare');
    await page.fill('#agency-letter-agency-name', 'Jo Patel');
    await page.check('#agency-letter-channel');
    await page.fill('#agency-letter-receivedAt', receivedOn);
    await page.getByRole('button', { name: 'Enter the complaint' }).click();
    await page.locator('.error-summary a', { hasText: 'Give an email address, a postal address or a phone number' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Act: with the agency's postal address
    await page.fill('#agency-letter-agency-postalAddress', '12 Park Row, Leeds LS1 5HD');
    await page.getByRole('button', { name: 'Enter the complaint' }).click();

    // Assess: entered, with the day it came as its receipt
    const entered = page.locator('.notification--success');
    await entered.waitFor();
    const reference = /complaint ([A-Z0-9-]+)\./.exec((await entered.textContent()) ?? '')?.[1] ?? '';
    expect(reference).not.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    const view = await staffGet<{ complaint: { track: string; channel: string; receivedAt: string } }>(env.stack, 'chloe-evans', `/staff/complaints/${reference}`);
    expect(view.complaint).toMatchObject({ track: 'agency', channel: 'letter' });
    expect(londonDay(new Date(view.complaint.receivedAt))).toBe(receivedOn);

    // Act: open it, and record the acknowledgement as sent yesterday
    await page.getByRole('link', { name: 'Open the complaint' }).click();
    await page.locator('h1', { hasText: reference }).waitFor();
    await page.locator('details[data-action-panel="acknowledgement"] > summary').click();
    // The calendar's day before: 24 hours back is still today in the last hour of the day the clocks go back.
    const yesterday = addCalendarDays(londonDay(new Date()), -1);
    await page.fill('#acknowledgement-occurredAt', yesterday);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Record the acknowledgement' }).click();

    // Assess: recorded on that day, late, in words
    await page.locator('.notification--success').waitFor();
    const timeline = (await page.locator('ol.timeline').textContent()) ?? '';
    expect(timeline).toMatch(/Written acknowledgement sent on \d{4}-\d{2}-\d{2}, \d+ days late\./);
    expect(timeline).toContain('Days late');
    expect(timeline).not.toMatch(/lateByDays|occurredAt/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('P8: a parent’s appeal by letter is recorded for her from the console, offered only once she has an answer, and moves it to the line manager', async () => {
    // Prepare: a complaint with the manager's answer
    const reference = await submitParentComplaint(env.stack, { email: 'appeal.by.letter@example.com' });
    const { page, errors } = await env.signedIn('Chloe Evans');
    await openComplaint(page, env.stack, reference);

    // Assess: before any answer, only a withdrawal can be recorded for her, and the rest says why
    expect(await page.locator('details[data-response-panel]').evaluateAll((panels) => panels.map((p) => (p as HTMLElement).dataset.responsePanel))).toEqual([
      'withdraw',
    ]);
    expect(await page.locator('details[data-responses-not-offered]').textContent()).toContain(
      'The complainant can answer once they have been given feedback or an outcome',
    );

    // Act: the answer is given; the page again
    expect((await recordStaffAction(env.stack, 'chloe-evans', reference, { type: 'outcome', outcome: 'notUpheld', summary: 'We checked the rota.' })).status).toBe(200);
    await page.reload();
    await page.locator('details[data-response-panel="notSatisfied"] > summary').click();
    const form = page.locator('form[data-response="notSatisfied"]');
    await form.getByRole('button', { name: 'Record that they are not satisfied' }).click();

    // Assess: what is missing, said and linked; no axe violation
    const summary = page.locator('#response-notSatisfied .error-summary');
    await summary.waitFor();
    expect(await summary.locator('a').allTextContents()).toEqual(['Enter what they said', 'Choose how it reached you']);
    expect(await axeViolations(page)).toEqual([]);

    // Act: with what she wrote and how it came
    await page.fill('#response-notSatisfied-reason', 'My letter of today: the rota does not explain the missed meals.');
    await page.locator('form[data-response="notSatisfied"]').getByLabel('By letter').check();
    await page.getByRole('button', { name: 'Record that they are not satisfied' }).click();

    // Assess
    await page.locator('.notification--success').waitFor();
    expect(await page.locator('.notification--success').textContent()).toContain('Recorded: Not satisfied: take it further (appeal).');
    const { complaint } = await getComplaintAs(env.stack, 'gareth-price', reference);
    expect(complaint.currentLevel).toBe('lineManager');
    expect(await page.locator('ol.timeline').textContent()).toContain('Recorded by staff for the complainant');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
