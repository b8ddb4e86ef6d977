/**
 * An administrator changes a member of staff: name, email, roles, settings, language, or
 * whether they are active (issue 12).
 *
 * Primary course: apply the change to the stored directory; refuse it, saying why, when it
 * would leave a setting without a manager, a line manager, an owner or two people who can
 * receive an allegation, or when the person alone is responsible for running clocks they would
 * no longer be responsible for (those are handed over first); bring their sign-in account in
 * line (groups, attributes; deactivation disables it and signs them out everywhere); store the
 * change with its record. Access follows the directory, so it takes effect within a minute.
 */
import type { StaffPrincipal } from '../domain/access';
import { dutiesLeftBehind } from '../domain/directory-rules';
import { DirectoryChangeRefusedError, NotFoundError, ValidationError } from '../domain/errors';
import { changedFields, type DirectoryChangeKind, type DirectoryData, type MemberRecord } from '../domain/staff-directory';
import {
  accountsOf,
  changeDirectory,
  openComplaintsOf,
  procedureProblems,
  requireAdministrator,
  staffDuties,
  type DirectoryAdminContext,
} from './directory-admin';
import { memberFieldProblems } from './member-fields';

export type MemberChange = Partial<Omit<MemberRecord, 'id'>>;

export async function changeMember(
  ctx: DirectoryAdminContext,
  principal: StaffPrincipal,
  staffId: string,
  change: MemberChange,
): Promise<MemberRecord> {
  requireAdministrator(principal);
  return changeDirectory(ctx, async ({ data, version }) => {
    const before = data.members.find((m) => m.id === staffId);
    if (!before) throw new NotFoundError();
    const member: MemberRecord = { ...before, ...change, id: before.id };
    const diff = changedFields(before, member);
    if (Object.keys(diff.after).length === 0) return before;

    const problems = memberFieldProblems(data, member);
    if (problems.length > 0) throw new ValidationError(problems);
    const after: DirectoryData = { ...data, members: data.members.map((m) => (m.id === staffId ? member : m)) };
    const refused = [...procedureProblems(data, after), ...(await dutyProblems(ctx, data, after, before))];
    if (refused.length > 0) throw new DirectoryChangeRefusedError(refused);

    await accountsOf(ctx).apply(before, member);
    await ctx.directories.save({
      expectedVersion: version,
      members: [member],
      record: { at: ctx.clock.now().toISOString(), by: principal.staffId, kind: kindOf(before, member), target: staffId, ...diff },
    });
    return member;
  });
}

function kindOf(before: MemberRecord, after: MemberRecord): DirectoryChangeKind {
  if (before.active && !after.active) return 'memberDeactivated';
  if (!before.active && after.active) return 'memberReactivated';
  return 'memberChanged';
}

/** The running clocks this person alone answers for and would no longer: hand them over first. */
async function dutyProblems(ctx: DirectoryAdminContext, before: DirectoryData, after: DirectoryData, member: MemberRecord): Promise<string[]> {
  if (!member.active) return [];
  const organisationWide = member.roles.some((role) => role === 'owner' || role === 'administrator');
  const settings = organisationWide ? before.settings.map((s) => s.id) : member.settings;
  const left = dutiesLeftBehind(before, after, member.id, staffDuties(await openComplaintsOf(ctx.complaints, settings)));
  if (left.length === 0) return [];
  const references = [...new Set(left.map((clock) => clock.complaint.id))];
  return [
    `${member.name} alone is responsible for ${references.length === 1 ? 'a running complaint' : `${references.length} running complaints`} ` +
      `(${references.join(', ')}): hand ${references.length === 1 ? 'it' : 'them'} over to someone else first`,
  ];
}
