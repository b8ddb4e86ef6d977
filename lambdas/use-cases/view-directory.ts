/**
 * What administrators read of the directory (issue 12): everyone (active or not), the
 * settings with what each still needs, and the history of changes, newest first.
 */
import type { StaffPrincipal } from '../domain/access';
import { procedureGaps, type Need } from '../domain/directory-rules';
import type { DirectoryChangeRecord, MemberRecord, SettingRecord } from '../domain/staff-directory';
import { ensureSeeded } from './current-directory';
import { requireAdministrator, type DirectoryAdminContext } from './directory-admin';

export async function listMembers(ctx: DirectoryAdminContext, principal: StaffPrincipal): Promise<{ members: MemberRecord[] }> {
  requireAdministrator(principal);
  const { data } = await ensureSeeded(ctx.directories, ctx.seed, ctx.clock);
  return { members: [...data.members].sort((a, b) => a.name.localeCompare(b.name)) };
}

/** What a setting may still need: people in roles (directory-rules.ts), and a LADO to call (P3). */
export type SettingNeed = Need | 'lado';

export interface SettingView extends SettingRecord {
  /** What the procedure still needs here (a setting just added needs everything). */
  needs: SettingNeed[];
}

export async function listSettings(ctx: DirectoryAdminContext, principal: StaffPrincipal): Promise<{ settings: SettingView[] }> {
  requireAdministrator(principal);
  const { data } = await ensureSeeded(ctx.directories, ctx.seed, ctx.clock);
  const gaps = procedureGaps(data);
  return {
    settings: data.settings.map((setting) => ({
      ...setting,
      needs: [
        ...gaps.filter((gap) => gap.settingId === setting.id).map((gap) => gap.need),
        // An allegation alert gives staff the LADO to call: a setting added without one, where
        // the configuration gives no organisation-wide one, would send alerts without it.
        ...(setting.lado ?? ctx.configuredLado(setting.id) ? [] : (['lado'] as const)),
      ],
    })),
  };
}

export async function listDirectoryChanges(
  ctx: DirectoryAdminContext,
  principal: StaffPrincipal,
  options: { limit: number; after?: string },
): Promise<{ items: DirectoryChangeRecord[]; next?: string }> {
  requireAdministrator(principal);
  await ensureSeeded(ctx.directories, ctx.seed, ctx.clock);
  return ctx.directories.changes(options);
}
