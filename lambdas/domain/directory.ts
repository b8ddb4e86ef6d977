/**
 * Who is responsible for what, from the organisation's staff directory. A member of staff a
 * complaint is about is never a recipient of it (P3, issue 4).
 */
import type { Complaint } from './complaint';
import type { LevelId, Role } from './procedure';
import { LEVELS } from './procedure';
import type { Language } from './language';

export interface DirectoryMember {
  id: string;
  name: string;
  email: string;
  roles: readonly Role[];
  settings: readonly string[];
  language: Language;
}

export interface Directory {
  organisationName: string;
  settingName(settingId: string): string | undefined;
  members: readonly DirectoryMember[];
}

/** Roles that oversee every setting of the organisation. */
const ORGANISATION_WIDE: ReadonlySet<Role> = new Set(['owner', 'administrator']);

export function coversSetting(member: DirectoryMember, settingId: string): boolean {
  return member.roles.some((role) => ORGANISATION_WIDE.has(role)) || member.settings.includes(settingId);
}

export function membersWithRole(
  directory: Directory,
  role: Role,
  settingId: string,
  excludeStaffId?: string,
): DirectoryMember[] {
  return directory.members.filter(
    (m) => m.roles.includes(role) && coversSetting(m, settingId) && m.id !== excludeStaffId,
  );
}

/**
 * The people to notify about a level of a complaint. The key person level goes to the
 * named key person; a setting without one (or a key person who is the subject) falls back
 * to the setting manager, so that nobody's complaint is left with no one.
 */
export function responsibleFor(directory: Directory, complaint: Complaint, level: LevelId): DirectoryMember[] {
  const role = LEVELS[level].responsible;
  if (role === 'keyPerson') {
    const keyPerson = directory.members.find(
      (m) => m.id === complaint.keyPersonId && m.id !== complaint.subjectStaffId && coversSetting(m, complaint.settingId),
    );
    if (keyPerson) return [keyPerson];
  }
  const fallbackRole: Role = role === 'keyPerson' ? 'settingManager' : role;
  const people = membersWithRole(directory, fallbackRole, complaint.settingId, complaint.subjectStaffId);
  if (people.length > 0) return people;
  // Nobody left in that role once the subject is excluded (a complaint about the only
  // manager): the owners/trustees take it, as the next level up would.
  return membersWithRole(directory, 'owner', complaint.settingId, complaint.subjectStaffId);
}
