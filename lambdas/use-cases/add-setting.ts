/**
 * An administrator adds a setting (issue 12).
 *
 * Primary course: check the id is new; store the setting with its change record. A new
 * setting has nobody yet, so it starts with every need of the procedure open (the
 * administrators' page lists them); until it has a manager its complaints go to the owners,
 * and no later change may take from it what it has gained.
 */
import type { StaffPrincipal } from '../domain/access';
import { ConflictError } from '../domain/errors';
import type { SettingRecord } from '../domain/staff-directory';
import { changeDirectory, requireAdministrator, type DirectoryAdminContext } from './directory-admin';

export async function addSetting(ctx: DirectoryAdminContext, principal: StaffPrincipal, setting: SettingRecord): Promise<SettingRecord> {
  requireAdministrator(principal);
  return changeDirectory(ctx, async ({ data, version }) => {
    if (data.settings.some((s) => s.id === setting.id)) throw new ConflictError(`A setting already has the id "${setting.id}"`);
    const { id: _id, ...fields } = setting;
    await ctx.directories.save({
      expectedVersion: version,
      settings: [setting],
      record: { at: ctx.clock.now().toISOString(), by: principal.staffId, kind: 'settingAdded', target: setting.id, after: fields },
    });
    return setting;
  });
}
