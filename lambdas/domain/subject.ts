/**
 * Whom a complaint is about (P3, P4, P7, F3): decided by the server from `about` and the staff
 * the complaint names, the same way for every channel — the public JSON API, the form posted
 * without JavaScript, and staff recording a complaint on someone's behalf. The person it is
 * about is never a recipient of it and can never open it (access.ts, directory.ts), so no
 * client may leave this to chance.
 *
 * - About the key person: the named key person (or, without one, the member of staff named).
 * - About the manager: the manager named, or the setting's only manager; a setting with more
 *   than one needs to be told which.
 * - About other staff (or the service, naming someone): the member of staff named.
 */
import type { Complaint } from './complaint';
import { coversSetting, membersWithRole, type DirectoryMember } from './directory';

export type SubjectFacts = Pick<Complaint, 'settingId' | 'about'> & Partial<Pick<Complaint, 'keyPersonId' | 'subjectStaffId'>>;

export interface SubjectDecision {
  subjectStaffId?: string;
  /** Why the named staff cannot stand: each names the request's field. */
  problems: { field: 'keyPersonId' | 'subjectStaffId'; message: string }[];
}

export function decideSubject(directory: { members: readonly DirectoryMember[] }, facts: SubjectFacts): SubjectDecision {
  const field = facts.about === 'keyPerson' && facts.keyPersonId ? 'keyPersonId' : 'subjectStaffId';
  const named = facts.about === 'keyPerson' ? (facts.keyPersonId ?? facts.subjectStaffId) : facts.subjectStaffId;
  if (named) {
    const member = directory.members.find((m) => m.id === named);
    if (!member || !coversSetting(member, facts.settingId)) {
      return { problems: [{ field, message: 'not a member of staff at this setting' }] };
    }
    if (facts.about === 'manager' && !member.roles.includes('settingManager')) {
      return { problems: [{ field, message: 'not a manager of this setting' }] };
    }
    return { subjectStaffId: named, problems: [] };
  }
  if (facts.about !== 'manager') return { problems: [] };
  const managers = membersWithRole(directory, 'settingManager', facts.settingId);
  if (managers.length > 1) {
    return { problems: [{ field: 'subjectStaffId', message: 'this setting has more than one manager: say which one the complaint is about' }] };
  }
  return managers.length === 1 ? { subjectStaffId: managers[0]!.id, problems: [] } : { problems: [] };
}
