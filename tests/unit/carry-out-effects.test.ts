import { describe, expect, it } from 'vitest';
import type { Effect } from '../../lambdas/domain/complaint';
import { backoffSeconds, carryOutEffects, DEFAULT_RETRY_POLICY, sweepOutbox } from '../../lambdas/use-cases/carry-out-effects';
import { runClockStep } from '../../lambdas/use-cases/run-clock-step';
import { submitComplaint } from '../../lambdas/use-cases/submit-complaint';
import { InMemoryAcknowledgementCap } from '../helpers/fakes';
import { PARENT_EMAIL as PARENT, REFERENCE as REF, parentSubmission } from '../helpers/submissions';
import { staffEmail, testWorld, type TestWorld } from '../helpers/use-case-context';

const STATUS_URL = `https://complaints.example.org/status?ref=${REF}&token=`;

const submission = parentSubmission();

/** A submitted complaint whose effects were recorded but not yet carried out. */
async function worldWithPendingEffects(): Promise<{ world: TestWorld; pending: Effect[] }> {
  const world = testWorld({ references: [REF] });
  world.ctx.dispatch = async () => {};
  await submitComplaint(world.ctx, submission, { actor: { kind: 'complainant' } });
  return { world, pending: world.repo.pendingEffects() };
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
    expect(outcome).toEqual({ done: 3, failed: 0, parked: 0, skipped: 0 });
    expect(world.mailer.sent.map((e) => e.to).sort()).toEqual([staffEmail('chloe-evans'), PARENT].sort());
    expect(world.workflows.started.map((s) => s.name)).toEqual([`${REF}-settingManager`]);
    expect(world.repo.pendingEffects()).toEqual([]);
  });

  it('an effect claimed by someone else is skipped, not carried out a second time', async () => {
    // Prepare
    const { world, pending } = await worldWithPendingEffects();
    const acknowledgement = byKey(pending, 'email#complainant#acknowledgement');
    expect(await world.repo.claimEffect(acknowledgement[0]!, 60)).toEqual({ attempts: 1 });

    // Act
    const outcome = await carryOutEffects(world.effects, acknowledgement);

    // Assess
    expect(outcome).toEqual({ done: 0, failed: 0, parked: 0, skipped: 1 });
    expect(world.mailer.sent).toEqual([]);
  });

  it('the immediate attempt and the sweeper running together carry each effect out once', async () => {
    // Prepare
    const { world, pending } = await worldWithPendingEffects();

    // Act
    const [immediate, sweeper] = await Promise.all([carryOutEffects(world.effects, pending), sweepOutbox(world.effects)]);

    // Assess
    expect(immediate.done + sweeper.done).toBe(3);
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
    expect(again).toEqual({ done: 0, failed: 0, parked: 0, skipped: 3 });
    expect(world.mailer.sent).toHaveLength(2);
  });

  it('a failure gives the effect back with its error and a next attempt a minute on; the sweeper carries it out then', async () => {
    // Prepare
    const { world, pending } = await worldWithPendingEffects();
    world.mailer.failing = true;

    // Act
    const failed = await carryOutEffects(world.effects, pending);
    const leftBehind = world.repo.pendingEffects();
    const emails = [...world.repo.outbox.values()].filter((s) => s.effect.kind === 'email');
    const afterFailure = emails.map((s) => [s.attempts, s.lastError, s.nextAttemptAt]);
    world.mailer.failing = false;
    const tooSoon = await sweepOutbox(world.effects);
    world.clock.set('2026-03-02T10:01:00Z');
    const swept = await sweepOutbox(world.effects);

    // Assess
    expect(failed).toEqual({ done: 1, failed: 2, parked: 0, skipped: 0 });
    expect(leftBehind.map((e) => e.kind)).toEqual(['email', 'email']);
    expect(afterFailure).toEqual([
      [1, 'Error', '2026-03-02T10:01:00.000Z'],
      [1, 'Error', '2026-03-02T10:01:00.000Z'],
    ]);
    expect(tooSoon.done).toBe(0);
    expect(swept).toEqual({ done: 2, failed: 0, parked: 0, skipped: 0 });
    expect(world.mailer.sent).toHaveLength(2);
  });

  it('each failure doubles the wait before the next attempt, up to an hour', () => {
    // Act
    const waits = Array.from({ length: 10 }, (_, i) => backoffSeconds(DEFAULT_RETRY_POLICY, i + 1));

    // Assess
    expect(waits).toEqual([60, 120, 240, 480, 960, 1920, 3600, 3600, 3600, 3600]);
  });

  it('after its last allowed attempt an effect is parked with what failed, and no sweep takes it again', async () => {
    // Prepare
    const { world, pending } = await worldWithPendingEffects();
    world.effects.retry = { maxAttempts: 3, baseDelaySeconds: 60, maxDelaySeconds: 3600 };
    const parked: string[] = [];
    world.effects.onParked = (effect, error) => parked.push(`${effect.key} ${error}`);
    world.mailer.failing = true;
    const acknowledgement = byKey(pending, 'email#complainant#acknowledgement');

    // Act: three attempts, each once it is due.
    const outcomes = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      outcomes.push(await carryOutEffects(world.effects, acknowledgement));
      world.clock.advanceDays(1);
    }
    world.mailer.failing = false;
    const later = await sweepOutbox(world.effects);

    // Assess
    expect(outcomes.map((o) => [o.failed, o.parked])).toEqual([
      [1, 0],
      [1, 0],
      [0, 1],
    ]);
    expect(parked).toEqual(['email#complainant#acknowledgement Error']);
    expect(await world.repo.countParkedEffects()).toBe(1);
    const [entry] = await world.repo.parkedEffects(10);
    expect(entry).toMatchObject({ attempts: 3, lastError: 'Error', effect: { key: 'email#complainant#acknowledgement' } });
    expect(world.mailer.to(PARENT)).toEqual([]);
    expect(later.done).toBe(2); // the other two effects, not the parked one
  });

  it('a parked effect put back by an administrator is carried out at the next sweep, with a fresh count of attempts', async () => {
    // Prepare
    const { world, pending } = await worldWithPendingEffects();
    world.effects.retry = { maxAttempts: 1, baseDelaySeconds: 60, maxDelaySeconds: 3600 };
    world.mailer.failing = true;
    await carryOutEffects(world.effects, byKey(pending, 'email#complainant#acknowledgement'));
    world.mailer.failing = false;

    // Act
    const retried = await world.repo.retryParkedEffect(REF, 'email#complainant#acknowledgement', world.clock.now());
    const swept = await sweepOutbox(world.effects);

    // Assess
    expect(retried?.attempts).toBe(1);
    expect(swept.done).toBe(3);
    expect(world.mailer.to(PARENT)).toHaveLength(1);
    expect(await world.repo.countParkedEffects()).toBe(0);
  });

  it('no failing effect holds up another: a due clock start is taken before fifty failing emails, and emails waiting out their backoff are not taken at all', async () => {
    // Prepare: fifty complaints whose emails SES refuses, then one more whose clock must start.
    const world = testWorld({ references: Array.from({ length: 51 }, (_, i) => `REF${String(i).padStart(2, '0')}-TEST`) });
    world.ctx.dispatch = async () => {};
    // Fifty from one address: the daily cap on acknowledgements is not what this is about.
    world.ctx.acknowledgementCap = new InMemoryAcknowledgementCap(1_000);
    world.mailer.failing = true;
    for (let i = 0; i < 50; i += 1) await submitComplaint(world.ctx, submission, { actor: { kind: 'complainant' } });
    await sweepOutbox(world.effects, 1000);
    world.clock.set('2026-03-02T10:00:30Z');
    await submitComplaint(world.ctx, submission, { actor: { kind: 'complainant' } });

    // Act
    const due = await world.repo.dueEffects(world.clock.now(), 1);
    const swept = await sweepOutbox(world.effects, 5);

    // Assess
    expect(due.map((e) => e.kind)).toEqual(['startClock']);
    expect(swept.done).toBe(1);
    expect(world.workflows.started).toHaveLength(51);
    expect(swept.failed).toBe(2); // only the new complaint's two emails were due
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
    it('a status link is minted at sending: the URL carries the token, only its hash is stored, the outbox drops it once sent', async () => {
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

    it('the retries of one email reuse its status token: one token per email, however often it fails', async () => {
      // Prepare
      const { world, pending } = await worldWithPendingEffects();
      const acknowledgement = byKey(pending, 'email#complainant#acknowledgement');
      world.mailer.failing = true;

      // Act: five failures, then the send that works.
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await carryOutEffects(world.effects, acknowledgement);
        world.clock.advanceDays(1);
      }
      world.mailer.failing = false;
      await carryOutEffects(world.effects, acknowledgement);

      // Assess
      expect(world.repo.tokens.size).toBe(1);
      expect(world.mailer.to(PARENT)[0]!.text).toContain(`${STATUS_URL}token-1`);
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
      await carryOutEffects(world.effects, world.repo.pendingEffects());

      // Assess
      expect(asked.at(-1)).toBe(`${REF} token-1 pl`);
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
