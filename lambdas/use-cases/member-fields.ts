/** Checks of a member's fields against the rest of the directory, named by field (a 400). */
import type { DirectoryData, MemberRecord } from '../domain/staff-directory';

export function memberFieldProblems(data: DirectoryData, member: MemberRecord): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const settingIds = new Set(data.settings.map((s) => s.id));
  member.settings.forEach((settingId, index) => {
    if (!settingIds.has(settingId)) problems.push({ field: `settings.${index}`, message: `no setting has the id "${settingId}"` });
  });
  const email = member.email.toLowerCase();
  if (data.members.some((m) => m.id !== member.id && m.email.toLowerCase() === email)) {
    problems.push({ field: 'email', message: 'another member of staff has this email (it is how they sign in)' });
  }
  return problems;
}
