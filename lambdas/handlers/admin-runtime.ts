/**
 * What the administrators' directory routes share: the signed-in administrator (by the
 * directory as it is now) and the context of the directory's use cases. Staff accounts are
 * passed in only by the functions that manage them (accounts-runtime.ts), so that no other
 * bundle carries the Cognito client.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { StaffPrincipal } from '../domain/access';
import type { StaffAccounts } from '../domain/directory-ports';
import { requireAdministrator, type DirectoryAdminContext } from '../use-cases/directory-admin';
import { ladoFor } from '../../lib/config/lado';
import { principalFrom } from './auth';
import { getRuntime, useCaseContext } from './runtime';
import { directoryRepository } from './directory-runtime';

export async function directoryAdmin(
  event: APIGatewayProxyEventV2,
  accounts?: StaffAccounts,
): Promise<{ ctx: DirectoryAdminContext; principal: StaffPrincipal }> {
  const runtime = getRuntime();
  const context = await useCaseContext();
  const principal = principalFrom(event, context.directory);
  // Before the body is read: to anyone else these routes answer 403 whatever they send.
  requireAdministrator(principal);
  return {
    principal,
    ctx: {
      directories: directoryRepository(),
      seed: await runtime.seed(),
      clock: runtime.clock,
      complaints: runtime.repo,
      organisationName: runtime.org.name,
      staffUrl: context.staffUrl,
      ...(accounts ? { accounts } : {}),
      changed: () => runtime.currentDirectory.forget(),
      configuredLado: (settingId) => ladoFor(runtime.org, settingId),
    },
  };
}
