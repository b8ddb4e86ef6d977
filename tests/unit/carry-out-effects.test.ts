import { describe, expect, it } from 'vitest';
import type { Effect } from '../../lambdas/domain/complaint';
import { carryOutEffects, sweepOutbox } from '../../lambdas/use-cases/carry-out-effects';
import { runClockStep } from '../../lambdas/use-cases/run-clock-step';
import { submitComplaint } from '../../lambdas/use-cases/submit-complaint';
import { PARENT_EMAIL as PARENT, REFERENCE as REF, parentSubmission } from '../helpers/submissions';
import { staffEmail, testWorld, type TestWorld } from '../helpers/use-case-context';

const STATUS_URL = `https://complaints.example.org/status?ref=${REF}&token=`;

const submission = parentSubmission();

/** A submitted complaint whose effects were recorded but not yet carried out. */
async function worldWithPendingEffects(): Promise<{ world: TestWorld; pending: Effect[] }> {
  const world = testWorld({ references: [REF] });
  world.ctx.dispatch = async () => {};
  await submitComplaint(world.ctx, submission, { actor: { kind: 'complainant' } });
  return { world, pending: await world.repo.pendingEffects(50) };
}

const byKey = (effects: Effect[], key: string) => effects.filter((e) => e.key === key);

describe('Use case: carryOutEffects', () => {
  it('carries out each effect once and marks it done', async () => {
    // Prepare
    const { world, pending } = await worldWithPendingEffects();

    // Act
    const outcome = await carryOutEffects(world.effects, pending);

    // Assess
    expect(pending).toHaveLength(3);
    expect(outcome).toEqual({ done: 3, failed: 0, skipped: 0 });
    expect(world.mailer.sent.map((e) => e.to).sort()).toEqual([staffEmail('chloe-evans'), PARENT].sort());
    expect(world.workflows.started.map((s) => s.name)).toEqual([`${REF}-settingManager`]);
    expect(await world.repo.pendingEffects(50)).toEqual([]);
  });

  it('an effect claimed by someone else is skipped, not carried out a second time', async () => {
    // Prepare
    const { world, pending } = await worldWithPendingEffects();
    const acknowledgement = byKey(pending, 'email#complainant#acknowledgement');
    expect(await world.repo.claimEffect(acknowledgement[0]!, 60)).toBe(true);

    // Act
    const outcome = await carryOutEffects(world.effects, acknowledgement);

    // Assess
    expect(outcome).toEqual({ done: 0, failed: 0, skipped: 1 });
    expect(world.mailer.sent).toEqual([]);
  });

  it('the immediate attempt and the sweeper running together carry each effect out once', async () => {
    // Prepare
    const { world, pending } = await worldWithPendingEffects();

    // Act
    const [immediate, sweeper] = await Promise.all([carryOutEffects(world.effects, pending), sweepOutbox(world.effects)]);

    // Assess
    expect(immediate.done + sweeper.done).toBe(3);
    expect(immediate.skipped + sweeper.skipped).toBe(3);
    expect(world.mailer.sent).toHaveLength(2);
    expect(world.workflows.started).toHaveLength(1);
  });

  it('an effect already done is skipped when it comes round again', async () => {
    // Prepare
    const { world, pending } = await worldWithPendingEffects();
    await carryOutEffects(world.effects, pending);

    // Act
    const again = await carryOutEffects(world.effects, pending);

    // Assess
    expect(again).toEqual({ done: 0, failed: 0, skipped: 3 });
    expect(world.mailer.sent).toHaveLength(2);
  });

  it('a failure releases the effect with its error, and the sweeper carries it out later', async () => {
    // Prepare
    const { world, pending } = await worldWithPendingEffects();
    world.mailer.failing = true;

    // Act
    const failed = await carryOutEffects(world.effects, pending);
    const leftBehind = await world.repo.pendingEffects(50);
    world.mailer.failing = false;
    const swept = await sweepOutbox(world.effects);

    // Assess
    expect(failed).toEqual({ done: 1, failed: 2, skipped: 0 });
    expect(leftBehind.map((e) => e.kind)).toEqual(['email', 'email']);
    expect([...world.repo.outbox.values()].filter((s) => s.effect.kind === 'email').map((s) => s.attempts)).toEqual([1, 1]);
    expect(swept).toEqual({ done: 2, failed: 0, skipped: 0 });
    expect(world.mailer.sent).toHaveLength(2);
  });

  it('an effect taken by a worker that died is picked up by the sweeper once its lease runs out', async () => {
    // Prepare
    const { world, pending } = await worldWithPendingEffects();
    const [acknowledgement] = byKey(pending, 'email#complainant#acknowledgement');
    await world.repo.claimEffect(acknowledgement!, 60);

    // Act
    const duringLease = await carryOutEffects(world.effects, [acknowledgement!]);
    world.clock.set('2026-03-02T10:01:01Z');
    const afterLease = await carryOutEffects(world.effects, [acknowledgement!]);

    // Assess
    expect(duringLease.skipped).toBe(1);
    expect(afterLease.done).toBe(1);
    expect(world.mailer.to(PARENT)).toHaveLength(1);
  });

  describe('status links', () => {
    it('a status link is minted at sending: the URL carries the token, only its hash is stored, the outbox never holds it', async () => {
      // Prepare
      const { world, pending } = await worldWithPendingEffects();

      // Act
      await carryOutEffects(world.effects, pending);

      // Assess
      const [acknowledgement] = world.mailer.to(PARENT);
      expect(acknowledgement!.text).toContain(`${STATUS_URL}token-1`);
      expect(acknowledgement!.html).toContain(`${STATUS_URL.replace(/&/g, '&amp;')}token-1`);
      expect([...world.repo.tokens]).toEqual([`${REF}#hash(token-1)`]);
      expect(await world.repo.hasStatusToken(REF, 'hash(token-1)')).toBe(true);
      const outbox = JSON.stringify([...world.repo.outbox.values()]);
      expect(outbox).not.toContain('token-1');
      expect(outbox).not.toContain('statusUrl');
    });

    it('staff emails carry no status link and mint no token', async () => {
      // Prepare
      const { world, pending } = await worldWithPendingEffects();
      const staffEffects = pending.filter((e) => e.kind === 'email' && e.to !== PARENT);

      // Act
      await carryOutEffects(world.effects, staffEffects);

      // Assess
      expect(world.mailer.sent).toHaveLength(1);
      expect(world.mailer.sent[0]!.text).not.toContain('token=');
      expect(world.repo.tokens.size).toBe(0);
    });

    it('each complainant email gets its own token', async () => {
      // Prepare
      const { world, pending } = await worldWithPendingEffects();
      await carryOutEffects(world.effects, pending);
      world.clock.set('2026-03-30T23:00:00Z');
      world.ctx.dispatch = async (list) => void (await carryOutEffects(world.effects, list));

      // Act
      await runClockStep(world.ctx, { step: 'lapse', complaintId: REF, level: 'settingManager' });

      // Assess
      const [first, second] = world.mailer.to(PARENT);
      expect(first!.text).toContain(`${STATUS_URL}token-1`);
      expect(second!.text).toContain(`${STATUS_URL}token-2`);
      expect(world.repo.tokens.size).toBe(2);
    });

    it('F2: the link opens the status page in the language of the email that carries it', async () => {
      // Prepare
      const world = testWorld({ references: [REF] });
      world.ctx.dispatch = async () => {};
      await submitComplaint(world.ctx, { ...submission, language: 'pl' }, { actor: { kind: 'complainant' } });
      const asked: string[] = [];
      world.effects.statusUrl = (reference, token, language) => {
        asked.push(`${reference} ${token} ${language}`);
        return `https://complaints.example.org/api/forms/status?lang=${language}&ref=${reference}&token=${token}`;
      };

      // Act
      await carryOutEffects(world.effects, await world.repo.pendingEffects(50));

      // Assess
      expect(asked).toEqual([`${REF} token-1 pl`]);
      expect(world.mailer.to(PARENT)[0]!.text).toContain(`/api/forms/status?lang=pl&ref=${REF}&token=token-1`);
    });

    it('without a public site the email goes without a link and no token is stored', async () => {
      // Prepare
      const { world, pending } = await worldWithPendingEffects();
      world.effects.statusUrl = () => undefined;

      // Act
      await carryOutEffects(world.effects, pending);

      // Assess
      expect(world.mailer.to(PARENT)[0]!.text).not.toContain('token=');
      expect(world.repo.tokens.size).toBe(0);
    });
  });
});
