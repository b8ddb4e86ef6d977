/**
 * Who is responsible for what, from the organisation's staff directory. A member of staff a
 * complaint is about is never a recipient of it (P3, P4).
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
  directory: { members: readonly DirectoryMember[] },
  role: Role,
  settingId: string,
  excludeStaffId?: string,
): DirectoryMember[] {
  return directory.members.filter(
    (m) => m.roles.includes(role) && coversSetting(m, settingId) && m.id !== excludeStaffId,
  );
}

/** The facts of a complaint that decide who is responsible for it. */
export type ResponsibilityFacts = Pick<Complaint, 'settingId'> & Partial<Pick<Complaint, 'keyPersonId' | 'subjectStaffId'>>;

/**
 * Who stands in when nobody in a role is left once the person complained about is left out:
 * the next people up (P4: the key person's matter goes to the manager; P7: a complaint about
 * the manager goes to the line manager; then the owners/trustees).
 */
const NEXT_UP: Partial<Record<Role, Role>> = {
  keyPerson: 'settingManager',
  settingManager: 'lineManager',
  lineManager: 'owner',
};

/**
 * The people responsible for a level of a complaint, who are told when it opens and may
 * record its duties (access.ts asks this same function). The key person level goes to the
 * named key person; when there is none, or nobody in the responsible role is left once the
 * subject is left out, the next people up take it, so that nobody's complaint rests with
 * no one and nobody handles a complaint about themselves.
 */
export function responsibleFor(
  directory: { members: readonly DirectoryMember[] },
  complaint: ResponsibilityFacts,
  level: LevelId,
): DirectoryMember[] {
  let role: Role | undefined = LEVELS[level].responsible;
  if (role === 'keyPerson') {
    const keyPerson = directory.members.find(
      (m) =>
        m.id === complaint.keyPersonId &&
        m.id !== complaint.subjectStaffId &&
        m.roles.includes('keyPerson') &&
        coversSetting(m, complaint.settingId),
    );
    if (keyPerson) return [keyPerson];
    role = NEXT_UP.keyPerson;
  }
  while (role) {
    const people = membersWithRole(directory, role, complaint.settingId, complaint.subjectStaffId);
    if (people.length > 0) return people;
    role = NEXT_UP[role];
  }
  return [];
}
