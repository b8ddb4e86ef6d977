/**
 * The directory's seed at deploy time (issue 12): the configuration's people get their sign-in
 * accounts the same way a person an administrator adds does.
 *
 * Primary course: store the configuration's directory if nothing is stored yet (the outbox
 * sweeper may have done so already: both only ever seed an empty directory); then, for each
 * person of the configuration who is still an active member of the stored directory, bring
 * their account in line with their stored record as an addition would — an invitation with a
 * temporary password, their roles as groups, their staff id and settings as attributes.
 *
 * Idempotent, so a deployment may run it again: an account that already exists is not
 * invited again, only given the groups and attributes its record says. People an
 * administrator has deactivated since are left alone (their account stays disabled), and
 * people added in the console already have theirs.
 */
import type { DirectoryRepository, StaffAccounts } from '../domain/directory-ports';
import type { Clock } from '../domain/ports';
import type { DirectoryData } from '../domain/staff-directory';
import { ensureSeeded } from './current-directory';

export interface SeedDirectoryContext {
  directories: DirectoryRepository;
  /** The configuration's directory. */
  seed: DirectoryData;
  clock: Clock;
  accounts: StaffAccounts;
}

export interface SeedOutcome {
  /** Staff ids whose accounts are in line with their records. */
  accounts: string[];
  /** Staff ids whose account could not be made, with the error's name (never its message). */
  failed: { staffId: string; error: string }[];
}

/**
 * One person's account that cannot be made (Cognito's daily invitation limit, an address it
 * refuses) does not stop the others, nor fail the deployment that runs this: it is reported,
 * and running the seed again (docs/deploy.md) makes the accounts still missing.
 */
export async function seedDirectory(ctx: SeedDirectoryContext): Promise<SeedOutcome> {
  const { data } = await ensureSeeded(ctx.directories, ctx.seed, ctx.clock);
  const configured = new Set(ctx.seed.members.map((member) => member.id));
  const people = data.members.filter((member) => member.active && configured.has(member.id));
  const outcome: SeedOutcome = { accounts: [], failed: [] };
  // One at a time: Cognito's admin calls are throttled per pool, and a directory is small.
  for (const member of people) {
    try {
      await ctx.accounts.apply(undefined, member);
      outcome.accounts.push(member.id);
    } catch (error) {
      outcome.failed.push({ staffId: member.id, error: error instanceof Error ? error.name : 'Error' });
    }
  }
  return outcome;
}
