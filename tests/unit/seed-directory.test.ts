/**
 * The directory's seed at the first deploy (issue 12): the configuration's people get their
 * sign-in accounts as an administrator's addition gives them, on a fake of the accounts port.
 */
import { describe, expect, it } from 'vitest';
import { seedFrom } from '../../lambdas/domain/staff-directory';
import { addMember } from '../../lambdas/use-cases/add-member';
import { changeMember } from '../../lambdas/use-cases/change-member';
import { seedDirectory } from '../../lambdas/use-cases/seed-directory';
import { directoryWorld, RecordingStaffAccounts } from '../helpers/directory-fakes';
import { principal } from '../helpers/submissions';
import { exampleOrg, testWorld } from '../helpers/use-case-context';

const configured = seedFrom(exampleOrg).members;

function setup() {
  const world = testWorld();
  const directory = directoryWorld(world);
  const seeding = new RecordingStaffAccounts();
  const ctx = { directories: directory.directories, seed: seedFrom(exampleOrg), clock: world.clock, accounts: seeding };
  return { ...directory, ctx, seeding };
}

describe('Use case: seedDirectory', () => {
  it('stores the configuration’s directory and creates every configured person’s account as an addition would', async () => {
    // Prepare
    const { ctx, directories, seeding } = setup();

    // Act
    const result = await seedDirectory(ctx);

    // Assess: each person once, as a new account (no `before`), with the record as stored
    expect(directories.stored?.data.members).toEqual(configured);
    expect(directories.records.map((r) => r.kind)).toEqual(['seeded']);
    expect(seeding.applied).toEqual(configured.map((member) => ({ after: member })));
    expect(result.accounts).toEqual(configured.map((m) => m.id));
    expect(result.failed).toEqual([]);
  });

  it('an account Cognito refuses does not stop the others, and is reported by staff id and error name only', async () => {
    // Prepare: the daily invitation limit reached at the third person
    const { ctx, seeding } = setup();
    const limit = Object.assign(new Error('Exceeded daily email limit for ben.jones@acorn-early-years.example.org'), { name: 'LimitExceededException' });
    const third = configured[2]!.id;
    const refusing = {
      apply: async (before: undefined, after: (typeof configured)[number]) => {
        if (after.id === third) throw limit;
        await seeding.apply(before, after);
      },
    };

    // Act
    const result = await seedDirectory({ ...ctx, accounts: refusing });

    // Assess
    expect(result.failed).toEqual([{ staffId: third, error: 'LimitExceededException' }]);
    expect(result.accounts).toHaveLength(configured.length - 1);
    expect(JSON.stringify(result)).not.toContain('@');
  });

  it('creates the accounts even when the outbox sweeper stored the directory first, without seeding it twice', async () => {
    const { ctx, directories, seeding } = setup();
    await directories.seed(ctx.seed, { at: '2025-03-01T00:00:00.000Z', by: 'configuration', kind: 'seeded', target: 'directory' });

    await seedDirectory(ctx);

    expect(directories.records).toHaveLength(1);
    expect(seeding.applied).toHaveLength(configured.length);
  });

  it('run again by a later deployment: follows the stored records, leaves out people deactivated since, and never reads the configuration over them', async () => {
    // Prepare: seeded, then an administrator changes one person and deactivates another
    const { ctx, admin, directories, seeding } = setup();
    await seedDirectory(ctx);
    const ian = principal('ian-murray');
    await changeMember(admin, ian, 'ben-jones', { settings: ['oak-street', 'willow-lane'] });
    await changeMember(admin, ian, 'farah-ali', { active: false });
    seeding.applied.length = 0;

    // Act
    await seedDirectory(ctx);

    // Assess
    const ids = seeding.applied.map((a) => a.after.id);
    expect(ids).not.toContain('farah-ali');
    expect(ids).toHaveLength(configured.length - 1);
    expect(seeding.applied.find((a) => a.after.id === 'ben-jones')?.after.settings).toEqual(['oak-street', 'willow-lane']);
    expect(directories.member('ben-jones').settings).toEqual(['oak-street', 'willow-lane']);
  });

  it('never creates an account for someone an administrator added (they have theirs from the addition)', async () => {
    const { ctx, admin, seeding } = setup();
    await seedDirectory(ctx);
    await addMember(admin, principal('ian-murray'), {
      id: 'jo-bloggs',
      name: 'Jo Bloggs',
      email: 'jo.bloggs@acorn-early-years.example.org',
      roles: ['keyPerson'],
      settings: ['oak-street'],
      language: 'en',
    });
    seeding.applied.length = 0;

    await seedDirectory(ctx);

    expect(seeding.applied.map((a) => a.after.id)).not.toContain('jo-bloggs');
  });
});
