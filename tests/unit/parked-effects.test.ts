import { describe, expect, it } from 'vitest';
import type { StaffPrincipal } from '../../lambdas/domain/access';
import { listParkedEffects, resolveParkedEffect } from '../../lambdas/use-cases/parked-effects';
import { carryOutEffects } from '../../lambdas/use-cases/carry-out-effects';
import { submitComplaint } from '../../lambdas/use-cases/submit-complaint';
import { PARENT_EMAIL as PARENT, REFERENCE as REF, parentSubmission } from '../helpers/submissions';
import { testWorld } from '../helpers/use-case-context';

const administrator: StaffPrincipal = { staffId: 'ian-murray', roles: ['administrator'], settings: [] };
const manager: StaffPrincipal = { staffId: 'chloe-evans', roles: ['settingManager'], settings: ['oak-street'] };

/** A complaint whose acknowledgement SES refused at its only allowed attempt. */
async function withParkedAcknowledgement() {
  const world = testWorld({ references: [REF] });
  world.ctx.dispatch = async () => {};
  world.effects.retry = { maxAttempts: 1, baseDelaySeconds: 60, maxDelaySeconds: 3600 };
  await submitComplaint(world.ctx, parentSubmission(), { actor: { kind: 'complainant' } });
  world.mailer.failing = true;
  await carryOutEffects(world.effects, world.repo.pendingEffects().filter((e) => e.key === 'email#complainant#acknowledgement'));
  world.mailer.failing = false;
  // The in-memory repository plays the parked effects' port too.
  return { ...world, ctx: { ...world.ctx, parked: world.repo } };
}

describe('Use case: parked effects', () => {
  it('R6: administrators see what could not be sent, to whom, how often it was tried and what failed', async () => {
    // Prepare
    const world = await withParkedAcknowledgement();

    // Act
    const { parked } = await listParkedEffects(world.ctx, administrator);

    // Assess
    expect(parked).toEqual([
      expect.objectContaining({ reference: REF, kind: 'email', what: 'complaintAcknowledgement', to: PARENT, attempts: 1, lastError: 'Error' }),
    ]);
  });

  it('only administrators see or resolve them', async () => {
    // Prepare
    const world = await withParkedAcknowledgement();
    const [entry] = (await listParkedEffects(world.ctx, administrator)).parked;

    // Act & Assess
    await expect(listParkedEffects(world.ctx, manager)).rejects.toMatchObject({ name: 'ForbiddenError' });
    await expect(resolveParkedEffect(world.ctx, manager, entry!.id, { action: 'retry' })).rejects.toMatchObject({ name: 'ForbiddenError' });
  });

  it('R2: marked as done by hand, it leaves the list and the complaint’s record says what was done instead, and by whom', async () => {
    // Prepare
    const world = await withParkedAcknowledgement();
    const [entry] = (await listParkedEffects(world.ctx, administrator)).parked;

    // Act
    await resolveParkedEffect(world.ctx, administrator, entry!.id, { action: 'handled', note: 'Letter posted on 3 March' });
    const again = resolveParkedEffect(world.ctx, administrator, entry!.id, { action: 'handled', note: 'Letter posted twice?' });

    // Assess
    await expect(again).rejects.toMatchObject({ name: 'NotFoundError' });
    expect((await listParkedEffects(world.ctx, administrator)).parked).toEqual([]);
    const notes = (await world.repo.events(REF)).filter((e) => e.type === 'note');
    expect(notes).toEqual([
      expect.objectContaining({ actor: { kind: 'staff', staffId: 'ian-murray', role: 'administrator' }, summary: expect.stringContaining('Letter posted on 3 March') }),
    ]);
    expect(world.mailer.to(PARENT)).toEqual([]);
  });

  it('tried again, it is sent by the next sweep', async () => {
    // Prepare
    const world = await withParkedAcknowledgement();
    const [entry] = (await listParkedEffects(world.ctx, administrator)).parked;

    // Act
    await resolveParkedEffect(world.ctx, administrator, entry!.id, { action: 'retry' });
    await carryOutEffects(world.effects, await world.repo.dueEffects(world.clock.now(), 10));

    // Assess
    expect(world.mailer.to(PARENT)).toHaveLength(1);
    expect((await listParkedEffects(world.ctx, administrator)).parked).toEqual([]);
  });

  it('an id that names no parked effect is not found', async () => {
    const world = await withParkedAcknowledgement();
    await expect(resolveParkedEffect(world.ctx, administrator, 'bm9wZQ', { action: 'retry' })).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});
