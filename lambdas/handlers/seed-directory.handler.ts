/**
 * Run by the deployment (a CDK trigger, lib/constructs/directory-seed.ts), not by a request:
 * stores the configuration's directory if nothing is stored yet and gives its people their
 * Cognito accounts. Logs how many, never who (staff ids are made of names).
 */
import { seedDirectory } from '../use-cases/seed-directory';
import { staffAccounts } from './accounts-runtime';
import { getRuntime, logger } from './runtime';
import { directoryRepository } from './directory-runtime';

export async function handler(): Promise<{ accounts: number; failed: number }> {
  const runtime = getRuntime();
  const { accounts, failed } = await seedDirectory({
    directories: directoryRepository(),
    seed: await runtime.seed(),
    clock: runtime.clock,
    accounts: staffAccounts(),
  });
  logger.info('Directory seeded; sign-in accounts in line', { accounts: accounts.length });
  // Not thrown: a failed deployment would roll back around a pool that is kept. Error names
  // only (a message may quote an address); docs/deploy.md says how to run the seed again.
  if (failed.length > 0) logger.error('Sign-in accounts not made', { failed: failed.length, errors: [...new Set(failed.map((f) => f.error))] });
  return { accounts: accounts.length, failed: failed.length };
}
