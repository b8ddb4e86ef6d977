/** R4: an upheld outcome opens the owners' practice review, a clock of its own. */
import { describe, expect, it } from 'vitest';
import { runClockStep } from '../../lambdas/use-cases/run-clock-step';
import { recordPracticeReview } from '../../lambdas/use-cases/practice-review';
import { respondToOutcome } from '../../lambdas/use-cases/respond-to-outcome';
import { recordRowOf } from '../../lambdas/domain/record';
import { exampleOrg, staffEmail } from '../helpers/use-case-context';
import { parentSubmission, principal, REFERENCE, staffDo, worldWith } from '../helpers/submissions';

const FINDINGS = { findings: 'Pick-up was rushed at the end of the day.', actions: 'A second member of staff at the door from 17:30.' };

describe('Use case: practice review (R4)', () => {
  it.each(['upheld', 'partlyUpheld'] as const)('R4: a %s outcome opens a review for the owners, due in 28 days, with its own clock', async (outcome) => {
    const world = await worldWith(parentSubmission());
    await staffDo(world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'outcome', outcome, summary: 'We agree in part.' });
    const { complaint, levels } = world.repo.get(REFERENCE);
    expect(levels.practiceReview).toMatchObject({ enteredAt: '2026-03-10T10:00:00.000Z', deadlineAt: '2026-04-07T22:59:59Z' });
    expect(complaint.practiceReview).toMatchObject({ outcome, dueAt: '2026-04-07T22:59:59Z' });
    expect(complaint.currentLevel).toBe('settingManager');
    expect(world.workflows.started.map((s) => s.name)).toContain(`${REFERENCE}-practiceReview`);
    const owner = exampleOrg.staff.find((s) => s.roles.includes('owner'))!;
    // The subject names the owners' own task, a review, not the complaint passing to them.
    expect(world.mailer.to(owner.email).map((e) => e.subject)).toEqual([`Review of practice after complaint ${REFERENCE}: due by 7 April 2026`]);
    expect(world.mailer.to('sam.parent@example.com').some((e) => /review/i.test(e.subject))).toBe(false);
    expect(recordRowOf(complaint).practiceReview).toMatchObject({ status: 'open' });
  });

  it('R4: a not-upheld outcome opens no review', async () => {
    const world = await worldWith(parentSubmission());
    await staffDo(world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'outcome', outcome: 'notUpheld', summary: 'We found no fault.' });
    expect(world.repo.get(REFERENCE).levels.practiceReview).toBeUndefined();
  });

  it('R4: the review outlives the complaint: closing it leaves the review clock running until the owners record it', async () => {
    const world = await worldWith(parentSubmission());
    await staffDo(world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'outcome', outcome: 'upheld', summary: 'We agree.' });
    await respondToOutcome(world.ctx, REFERENCE, { type: 'satisfied' });
    expect(world.repo.get(REFERENCE).complaint.status).toBe('closed');
    expect(world.repo.get(REFERENCE).levels.practiceReview?.endedAt).toBeUndefined();
    // The dashboard still lists it, waiting on the owners' review.
    const open = await world.repo.openComplaints('oak-street', { limit: 10 });
    expect(open.map((row) => [row.complaint.id, row.waiting.level, row.waiting.for])).toEqual([[REFERENCE, 'practiceReview', 'review']]);

    world.clock.set('2026-04-01T09:00:00Z');
    const check = await runClockStep(world.ctx, { step: 'check', complaintId: REFERENCE, level: 'practiceReview' });
    expect(check.status).toBe('pending');

    await recordPracticeReview(world.ctx, REFERENCE, FINDINGS, principal('helen-okafor'));
    const done = await runClockStep(world.ctx, { step: 'check', complaintId: REFERENCE, level: 'practiceReview' });
    expect(done.status).toBe('done');
    expect(world.repo.get(REFERENCE).complaint.practiceReview).toMatchObject({ ...FINDINGS, completedBy: 'helen-okafor' });
    expect(recordRowOf(world.repo.get(REFERENCE).complaint).practiceReview).toMatchObject({ status: 'done' });
  });

  it('R4: reminders go to the owners, and a lapse tells the complainant nothing', async () => {
    const world = await worldWith(parentSubmission());
    await staffDo(world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'outcome', outcome: 'upheld', summary: 'We agree.' });
    world.mailer.sent.length = 0;
    world.clock.set('2026-03-31T09:00:00Z');
    await runClockStep(world.ctx, { step: 'remind', complaintId: REFERENCE, level: 'practiceReview', clock: { level: 'practiceReview', status: 'pending', deadlineAt: '2026-04-07T22:59:59Z', reminderIndex: 0, overdueIndex: 0, attempt: 0 } });
    expect(world.mailer.sent.map((e) => e.to)).toEqual([staffEmail('helen-okafor')]);
    world.clock.set('2026-04-08T09:00:00Z');
    const lapsed = await runClockStep(world.ctx, { step: 'lapse', complaintId: REFERENCE, level: 'practiceReview' });
    expect(lapsed.status).toBe('lapsed');
    expect(world.mailer.to('sam.parent@example.com')).toEqual([]);
  });

  it('R4: only the owners record the review, once, and only when one is open', async () => {
    const world = await worldWith(parentSubmission());
    await expect(recordPracticeReview(world.ctx, REFERENCE, FINDINGS, principal('helen-okafor'))).rejects.toMatchObject({ name: 'ConflictError' });
    await staffDo(world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'outcome', outcome: 'upheld', summary: 'We agree.' });
    await expect(recordPracticeReview(world.ctx, REFERENCE, FINDINGS, principal('chloe-evans'))).rejects.toMatchObject({ name: 'ForbiddenError' });
    await recordPracticeReview(world.ctx, REFERENCE, FINDINGS, principal('helen-okafor'));
    await expect(recordPracticeReview(world.ctx, REFERENCE, FINDINGS, principal('helen-okafor'))).rejects.toMatchObject({ name: 'ConflictError' });
  });
});
