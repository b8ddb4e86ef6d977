/**
 * Run by the deployment (a CDK trigger, lib/constructs/directory-seed.ts), not by a request:
 * stores the configuration's directory if nothing is stored yet and gives its people their
 * Cognito accounts. Logs how many, never who (staff ids are made of names).
 */
import { seedDirectory } from '../use-cases/seed-directory';
import { staffAccounts } from './accounts-runtime';
import { getRuntime, logger } from './runtime';

export async function handler(): Promise<{ accounts: number }> {
  const runtime = getRuntime();
  const { accounts } = await seedDirectory({
    directories: runtime.directories,
    seed: runtime.seed,
    clock: runtime.clock,
    accounts: staffAccounts(),
  });
  logger.info('Directory seeded; sign-in accounts in line', { accounts: accounts.length });
  return { accounts: accounts.length };
}
