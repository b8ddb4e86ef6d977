/**
 * An administrator adds a member of staff (issue 12).
 *
 * Primary course: check the id and email are new and the settings exist; create their sign-in
 * account (in AWS an invitation email with a temporary password; MFA is set up at the first
 * sign-in) with their roles as groups; store them, with the change record, in one write.
 * The account comes first: an account without a directory entry can do nothing, since access
 * follows the directory, while the reverse would be a person who cannot sign in.
 */
import type { StaffPrincipal } from '../domain/access';
import { ConflictError, DirectoryChangeRefusedError, ValidationError } from '../domain/errors';
import type { MemberRecord } from '../domain/staff-directory';
import { accountsOf, changeDirectory, procedureProblems, requireAdministrator, type DirectoryAdminContext } from './directory-admin';
import { memberFieldProblems } from './member-fields';

export type NewMember = Omit<MemberRecord, 'active'>;

export async function addMember(ctx: DirectoryAdminContext, principal: StaffPrincipal, input: NewMember): Promise<MemberRecord> {
  requireAdministrator(principal);
  return changeDirectory(ctx, async ({ data, version }) => {
    if (data.members.some((m) => m.id === input.id)) throw new ConflictError(`A member of staff already has the id "${input.id}"`);
    const member: MemberRecord = { ...input, active: true };
    const problems = memberFieldProblems(data, member);
    if (problems.length > 0) throw new ValidationError(problems);
    const after = { ...data, members: [...data.members, member] };
    const refused = procedureProblems(data, after);
    if (refused.length > 0) throw new DirectoryChangeRefusedError(refused);

    await accountsOf(ctx).apply(undefined, member);
    const { id: _id, ...fields } = member;
    await ctx.directories.save({
      expectedVersion: version,
      members: [member],
      record: { at: ctx.clock.now().toISOString(), by: principal.staffId, kind: 'memberAdded', target: member.id, after: fields },
    });
    return member;
  });
}
