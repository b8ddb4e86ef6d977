/**
 * An administrator renames a setting or corrects its address or Ofsted URN (issue 12).
 * Settings are never removed: complaints and the Ofsted record name them for years (R3).
 */
import type { StaffPrincipal } from '../domain/access';
import { NotFoundError } from '../domain/errors';
import { changedFields, type SettingRecord } from '../domain/staff-directory';
import { changeDirectory, requireAdministrator, type DirectoryAdminContext } from './directory-admin';

export type SettingChange = Partial<Omit<SettingRecord, 'id'>>;

export async function changeSetting(
  ctx: DirectoryAdminContext,
  principal: StaffPrincipal,
  settingId: string,
  change: SettingChange,
): Promise<SettingRecord> {
  requireAdministrator(principal);
  return changeDirectory(ctx, async ({ data, version }) => {
    const before = data.settings.find((s) => s.id === settingId);
    if (!before) throw new NotFoundError();
    const setting: SettingRecord = { ...before, ...change, id: before.id };
    const diff = changedFields(before, setting);
    if (Object.keys(diff.after).length === 0) return before;
    await ctx.directories.save({
      expectedVersion: version,
      settings: [setting],
      record: { at: ctx.clock.now().toISOString(), by: principal.staffId, kind: 'settingChanged', target: settingId, ...diff },
    });
    return setting;
  });
}
