/** R1 inspector links, F3 access log, R3 legal hold, and the subject access document. */
import { describe, expect, it } from 'vitest';
import { accessLogOf, readComplaint } from '../../lambdas/use-cases/access-log';
import { createInspectorLink, openInspectorLink, revokeInspectorLink } from '../../lambdas/use-cases/inspector-links';
import { liftLegalHold, placeLegalHold } from '../../lambdas/use-cases/legal-hold';
import { recordAction } from '../../lambdas/use-cases/record-action';
import { respondToOutcome } from '../../lambdas/use-cases/respond-to-outcome';
import { subjectAccess, type SubjectAccessDocument } from '../../lambdas/use-cases/subject-access';
import { recordRowOf } from '../../lambdas/domain/record';
import { retentionUntil } from '../../lambdas/domain/lifecycle';
import { pageText } from '../../lambdas/templates/site/i18n';
import { SUBJECT_ACCESS_TEXT } from '../../lambdas/templates/site/i18n/subject-access';
import { renderSubjectAccessPage } from '../../lambdas/templates/site/pages/subject-access';
import { recordWorld } from '../helpers/record-world';
import { agencySubmission, parentSubmission, principal, REFERENCE, submitOnline } from '../helpers/submissions';

/** The page in the document's language, as the handler renders it once it has loaded that language. */
const sarPage = (doc: SubjectAccessDocument) =>
  renderSubjectAccessPage({ t: pageText(doc.language), s: SUBJECT_ACCESS_TEXT[doc.language] }, doc, '/s.css');

const SCOPE = { settingIds: ['oak-street'], from: '2026-01-01', to: '2026-03-31' };

async function world(submission = parentSubmission({ childName: 'Maya' })) {
  const w = recordWorld({ references: [REFERENCE] });
  await submitOnline(w, submission);
  return w;
}

describe('Use case: inspector links (R1)', () => {
  it('R1: a link lasts 7 days by default, opens the record of its period, and each opening is logged', async () => {
    const w = await world();
    const { link, token } = await createInspectorLink(w.rctx, principal('ian-murray'), { scope: SCOPE, note: 'Inspection' });
    expect(link).toMatchObject({ createdBy: 'ian-murray', expiresAt: '2026-03-09T10:00:00.000Z', scope: SCOPE });
    // Only the token's hash is kept.
    expect(link).not.toHaveProperty('token');
    expect(link.tokenHash).toBe(w.secrets.hash(token));

    const record = await openInspectorLink(w.rctx, token, 'html');
    expect(record.entries.map((entry) => entry.reference)).toEqual([REFERENCE]);
    expect(w.records.productionLog).toEqual([expect.objectContaining({ by: { kind: 'inspectorLink', linkId: link.id }, scope: SCOPE, format: 'html' })]);
    expect(w.records.access).toEqual([expect.objectContaining({ complaintId: REFERENCE, kind: 'inspectorLink', by: `link:${link.id}` })]);
  });

  it('R1: an expired, a revoked and an unknown link are the same 404', async () => {
    const w = await world();
    const { token } = await createInspectorLink(w.rctx, principal('ian-murray'), { scope: SCOPE, days: 2 });
    const second = await createInspectorLink(w.rctx, principal('ian-murray'), { scope: SCOPE });
    await revokeInspectorLink(w.rctx, principal('ian-murray'), second.link.id, 'Inspection over.');
    w.clock.advanceDays(2);
    for (const t of [token, second.token, 'no-such-token-at-all']) {
      await expect(openInspectorLink(w.rctx, t, 'json')).rejects.toMatchObject({ name: 'NotFoundError' });
    }
    expect(w.records.productionLog).toEqual([]);
  });

  it('R1: only an administrator makes, lists or revokes links; a link is 1 to 90 days', async () => {
    const w = await world();
    await expect(createInspectorLink(w.rctx, principal('chloe-evans'), { scope: SCOPE })).rejects.toMatchObject({ name: 'ForbiddenError' });
    await expect(createInspectorLink(w.rctx, principal('ian-murray'), { scope: SCOPE, days: 91 })).rejects.toMatchObject({ fields: [{ field: 'days' }] });
  });
});

describe('Use case: access log (F3)', () => {
  it('F3: every read of a complaint is logged with the staff id and time, never content; administrators see it', async () => {
    const w = await world();
    await readComplaint(w.rctx, principal('chloe-evans'), REFERENCE);
    w.clock.advanceDays(1);
    await readComplaint(w.rctx, principal('gareth-price'), REFERENCE);
    const log = await accessLogOf(w.rctx, principal('ian-murray'), REFERENCE);
    expect(log).toEqual([
      { at: '2026-03-03T10:00:00.000Z', kind: 'read', by: 'gareth-price' },
      { at: '2026-03-02T10:00:00.000Z', kind: 'read', by: 'chloe-evans' },
    ]);
    await expect(accessLogOf(w.rctx, principal('chloe-evans'), REFERENCE)).rejects.toMatchObject({ name: 'ForbiddenError' });
  });

  it('F3: a complaint the caller may not see is not read, and not logged as read', async () => {
    const w = await world(parentSubmission({ about: 'keyPerson', keyPersonId: 'amira-khan', subjectStaffId: 'amira-khan' }));
    await expect(readComplaint(w.rctx, principal('amira-khan'), REFERENCE)).rejects.toMatchObject({ name: 'NotFoundError' });
    expect(w.records.access).toEqual([]);
  });
});

describe('Use case: legal hold (R3)', () => {
  it('R3: a held complaint has no expiry, on any item; lifting gives back its retention from closure', async () => {
    const w = await world();
    await recordAction(w.rctx, REFERENCE, { type: 'outcome', outcome: 'notUpheld', summary: 'No fault.' }, principal('chloe-evans'));
    await respondToOutcome(w.ctx, REFERENCE, { type: 'satisfied' });
    const closedAt = w.repo.get(REFERENCE).complaint.closedAt!;

    await placeLegalHold(w.rctx, principal('ian-murray'), REFERENCE, 'A claim has been made.');
    expect(w.repo.get(REFERENCE).complaint.expiresAt).toBeUndefined();
    expect(w.records.retention.get(REFERENCE)).toBeUndefined();
    expect(w.records.retention.has(REFERENCE)).toBe(true);
    expect(recordRowOf(w.repo.get(REFERENCE).complaint)).toMatchObject({ legalHold: true });
    expect(recordRowOf(w.repo.get(REFERENCE).complaint).detailsUntil).toBeUndefined();

    w.clock.advanceDays(5 * 365);
    await liftLegalHold(w.rctx, principal('ian-murray'), REFERENCE, 'The claim is settled.');
    const expected = retentionUntil(new Date(closedAt), 3);
    expect(w.repo.get(REFERENCE).complaint.expiresAt).toBe(expected);
    expect(w.records.retention.get(REFERENCE)).toBe(expected);
    const types = (await w.repo.events(REFERENCE)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['legalHoldPlaced', 'legalHoldLifted']));
  });

  it('R3: a complaint held while open never gets an expiry when it closes', async () => {
    const w = await world();
    await placeLegalHold(w.rctx, principal('ian-murray'), REFERENCE, 'Held from the start.');
    await recordAction(w.rctx, REFERENCE, { type: 'close', reason: 'Resolved.' }, principal('chloe-evans'));
    expect(w.repo.get(REFERENCE).complaint).toMatchObject({ status: 'closed' });
    expect(w.repo.get(REFERENCE).complaint.expiresAt).toBeUndefined();
  });

  it('R3: only an administrator holds; a hold is not placed twice', async () => {
    const w = await world();
    await expect(placeLegalHold(w.rctx, principal('chloe-evans'), REFERENCE, 'x')).rejects.toMatchObject({ name: 'ForbiddenError' });
    await placeLegalHold(w.rctx, principal('ian-murray'), REFERENCE, 'Claim.');
    await expect(placeLegalHold(w.rctx, principal('ian-murray'), REFERENCE, 'Claim.')).rejects.toMatchObject({ name: 'ConflictError' });
  });
});

describe('Use case: subject access document', () => {
  it('everything held about the complainant, in their language, with staff-only notes and agency information marked', async () => {
    const w = await world(parentSubmission({ childName: 'Maya', language: 'pl' }));
    await recordAction(w.rctx, REFERENCE, { type: 'note', text: 'Spoke to the cook.' }, principal('chloe-evans'));
    const doc = await subjectAccess(w.rctx, principal('chloe-evans'), REFERENCE);
    expect(doc.language).toBe('pl');
    expect(doc.complaint.contact.name).toBe('Sam Parent');
    expect(doc.entries.find((e) => e.text === 'Spoke to the cook.')?.marking).toBe('staffOnly');
    expect(doc.entries.find((e) => e.type === 'received')?.marking).toBe('shared');
    const page = sarPage(doc);
    expect(page).toContain('<html lang="pl" dir="ltr">');
    expect(page).toContain('Tylko dla personelu');
    expect(page).toContain('Maya');
    expect(w.records.access).toEqual([expect.objectContaining({ kind: 'subjectAccess', by: 'chloe-evans' })]);
  });

  it.each(['ar', 'ur'] as const)('in %s the document reads right to left', async (language) => {
    const w = await world(parentSubmission({ language }));
    const page = sarPage(await subjectAccess(w.rctx, principal('chloe-evans'), REFERENCE));
    expect(page).toContain(`<html lang="${language}" dir="rtl">`);
  });

  it("F4: an agency's own information is marked as another agency's", async () => {
    const w = await world(agencySubmission());
    const page = sarPage(await subjectAccess(w.rctx, principal('chloe-evans'), REFERENCE));
    expect(page).toMatch(/sar__mark--thirdParty">From another agency<\/strong> Leeds Family Services/);
  });

  it('a key person may not produce it', async () => {
    const w = await world(parentSubmission({ keyPersonId: 'amira-khan' }));
    await expect(subjectAccess(w.rctx, principal('amira-khan'), REFERENCE)).rejects.toMatchObject({ name: 'ForbiddenError' });
  });
});
