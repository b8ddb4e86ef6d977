import { describe, expect, it } from 'vitest';
import { parseOrganisationConfig } from '../../lib/config/organisation';
import { displayStateOf } from '../../lambdas/domain/levels';
import { REFERENCE as REF, PARENT_EMAIL, clearSent, parentSubmission, staffDo, submitOnline } from '../helpers/submissions';
import { exampleOrg, testWorld, type TestWorld } from '../helpers/use-case-context';

// Every world starts on Monday 2 March 2026, 10:00 GMT. P6's statutory date is 30 March
// (23:59:59 BST = 22:59:59Z); 28 more days at most is 27 April (22:59:59Z). A concern for the
// key person (P1, the organisation's 5-day target) is due on 7 March (GMT).

async function world(options: { maxExtensionDays?: number; concern?: boolean } = {}): Promise<TestWorld> {
  const org = options.maxExtensionDays
    ? parseOrganisationConfig({ ...exampleOrg, clocks: { ...exampleOrg.clocks, maxExtensionDays: options.maxExtensionDays } })
    : exampleOrg;
  const w = testWorld({ references: [REF], org });
  await submitOnline(
    w,
    parentSubmission(options.concern ? { classification: 'concern', keyPersonId: 'amira-khan' } : { keyPersonId: 'amira-khan' }),
  );
  clearSent(w);
  return w;
}

const extension = (newDeadlineAt: string, complainantAgreedOn?: string) =>
  ({ type: 'extension', newDeadlineAt, reason: 'A witness is away.', ...(complainantAgreedOn ? { complainantAgreedOn } : {}) }) as const;

describe('Extensions: a reason, the complainant told, bounded, statutory dates kept', () => {
  it('P6: extending a statutory date without the complainant’s agreement is a 400 naming complainantAgreedOn; nothing is stored', async () => {
    // Prepare
    const w = await world();
    const savesBefore = w.repo.saves;

    // Act
    const attempt = staffDo(w, '2026-03-20T10:00:00Z', 'chloe-evans', extension('2026-04-13T22:59:59Z'));

    // Assess
    await expect(attempt).rejects.toMatchObject({ fields: [{ field: 'complainantAgreedOn' }] });
    expect(w.repo.saves).toBe(savesBefore);
    expect(w.repo.get(REF).levels.settingManager!.extension).toBeUndefined();
  });

  it('P6: with the day they agreed, the extension is recorded, and the complainant is told the reason in their language', async () => {
    // Prepare
    const w = testWorld({ references: [REF] });
    await submitOnline(w, parentSubmission({ language: 'cy' }));
    clearSent(w);

    // Act
    await staffDo(w, '2026-03-20T10:00:00Z', 'chloe-evans', extension('2026-04-13T22:59:59Z', '2026-03-19'));

    // Assess
    expect(w.repo.get(REF).levels.settingManager!.extension).toMatchObject({ complainantAgreedOn: '2026-03-19T23:59:59.000Z' });
    const [email] = w.mailer.to(PARENT_EMAIL);
    expect(email!.subject).toBe(`Dyddiad newydd ar gyfer eich cwyn (${REF})`);
    expect(email!.text).toContain('A witness is away.');
  });

  it('Extensions are bounded: at most 28 more days in all by default, however many; past that, a 400 naming newDeadlineAt with the last day allowed', async () => {
    // Prepare
    const w = await world();
    await staffDo(w, '2026-03-20T10:00:00Z', 'chloe-evans', extension('2026-04-13T22:59:59Z', '2026-03-20'));

    // Act
    const atBound = staffDo(w, '2026-03-21T10:00:00Z', 'chloe-evans', extension('2026-04-27T22:59:59Z', '2026-03-21'));
    await atBound;
    const beyond = staffDo(w, '2026-03-22T10:00:00Z', 'chloe-evans', extension('2026-04-28T22:59:59Z', '2026-03-22'));

    // Assess
    await expect(beyond).rejects.toMatchObject({
      fields: [{ field: 'newDeadlineAt', message: 'can be at most 28 days after the date the procedure sets, so no later than 2026-04-27' }],
    });
    expect(w.repo.get(REF).levels.settingManager).toMatchObject({ deadlineAt: '2026-04-27T22:59:59Z', statutoryDeadlineAt: '2026-03-30T22:59:59Z' });
  });

  it('The bound is the organisation’s to set (clocks.maxExtensionDays)', async () => {
    // Prepare
    const w = await world({ maxExtensionDays: 7 });

    // Act
    const beyond = staffDo(w, '2026-03-20T10:00:00Z', 'chloe-evans', extension('2026-04-07T22:59:59Z', '2026-03-20'));

    // Assess
    await expect(beyond).rejects.toMatchObject({ fields: [{ field: 'newDeadlineAt', message: expect.stringContaining('2026-04-06') }] });
  });

  it('P1: the key person’s target is the organisation’s, not the law’s: it may be extended without the complainant’s agreement', async () => {
    // Prepare
    const w = await world({ concern: true });

    // Act
    await staffDo(w, '2026-03-04T10:00:00Z', 'amira-khan', extension('2026-03-12T23:59:59Z'));

    // Assess
    expect(w.repo.get(REF).levels.keyPerson).toMatchObject({ deadlineAt: '2026-03-12T23:59:59Z', extension: { by: 'amira-khan' } });
    const extended = (await w.repo.events(REF)).find((e) => e.type === 'extended')!;
    expect(extended.details).toMatchObject({ statutory: false });
  });

  it('P6: the statutory date stays on the record as missed: an outcome after it, within the extension, is late against the statutory date and shows as breached', async () => {
    // Prepare
    const w = await world();
    await staffDo(w, '2026-03-20T10:00:00Z', 'chloe-evans', extension('2026-04-13T22:59:59Z', '2026-03-20'));

    // Act
    await staffDo(w, '2026-04-02T10:00:00Z', 'chloe-evans', { type: 'outcome', outcome: 'upheld', summary: 'Done.' });

    // Assess
    const clock = w.repo.get(REF).levels.settingManager!;
    expect(displayStateOf(clock, w.clock.now())).toBe('breached');
    const given = (await w.repo.events(REF)).find((e) => e.type === 'outcomeGiven')!;
    expect(given.details).toMatchObject({ lateByDays: 3, statutoryDeadlineAt: '2026-03-30T22:59:59Z' });
  });
});
