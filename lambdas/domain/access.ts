/**
 * Who may see and do what (F3: staff see only what their role and setting need). Enforced on
 * the server for every staff route; the claims come from the signed-in user's token.
 *
 * - Key persons see the complaints where they are the named key person, in their settings
 *   (P1: they listen, explain and feed back to that child's parent, so they see the parent's
 *   name and contact with it), while the complaint moves on to the manager and beyond: a
 *   parent's matter about their key child stays theirs to know. They see nothing of another
 *   key person's children. `maySeeComplaint` is the one answer the dashboard, the complaint's
 *   page and every staff route give (tests/e2e/access-matrix.test.ts walks all three).
 * - Setting managers and safeguarding leads see every complaint of their settings.
 * - Line managers see the settings they oversee; owners/trustees and administrators see all.
 * - A member of staff a complaint is about never sees it, whatever their role (P3, P4).
 * - Key persons never see an allegation of harm (P3): it is for the safeguarding lead and up.
 */
import type { Complaint } from './complaint';
import type { LevelId, Role } from './procedure';
import { LEVELS } from './procedure';

export interface StaffPrincipal {
  staffId: string;
  roles: readonly Role[];
  /** Settings this person works in or oversees. */
  settings: readonly string[];
}

const ORGANISATION_WIDE: readonly Role[] = ['owner', 'administrator'];
const WHOLE_SETTING: readonly Role[] = ['settingManager', 'safeguardingLead', 'lineManager'];

export function seesAllSettings(principal: StaffPrincipal): boolean {
  return principal.roles.some((role) => ORGANISATION_WIDE.includes(role));
}

/** The settings whose dashboards this person may list, from all the organisation's settings. */
export function visibleSettings(principal: StaffPrincipal, allSettings: readonly string[]): string[] {
  if (seesAllSettings(principal)) return [...allSettings];
  return allSettings.filter((id) => principal.settings.includes(id));
}

type ComplaintFacts = Pick<Complaint, 'settingId' | 'keyPersonId' | 'subjectStaffId'> &
  Partial<Pick<Complaint, 'allegationOfHarm' | 'status'>>;

/** P3: an allegation of harm, made as one or referred later, is for the allegations procedure. */
function isAllegation(complaint: ComplaintFacts): boolean {
  return complaint.allegationOfHarm === true || complaint.status === 'referred';
}

export function maySeeComplaint(principal: StaffPrincipal, complaint: ComplaintFacts): boolean {
  if (complaint.subjectStaffId === principal.staffId) return false;
  if (seesAllSettings(principal)) return true;
  if (!principal.settings.includes(complaint.settingId)) return false;
  if (principal.roles.some((role) => WHOLE_SETTING.includes(role))) return true;
  // P3: key persons never see allegations.
  if (isAllegation(complaint)) return false;
  return principal.roles.includes('keyPerson') && complaint.keyPersonId === principal.staffId;
}

/**
 * Who may discharge a level's duty: the role the procedure makes responsible for it, the
 * setting manager for a key person's level (P4: the manager is next in line), and whoever
 * stands in when the person in that role is the one complained about — `standIns` are the
 * people directory.ts's `responsibleFor` names for this complaint and level (A1/A5, P7: a
 * complaint about the manager is the line manager's, who is told and records its duties).
 */
export function mayDischarge(principal: StaffPrincipal, level: LevelId, standIns: readonly string[] = []): boolean {
  if (standIns.includes(principal.staffId)) return true;
  const responsible = LEVELS[level].responsible;
  if (principal.roles.includes(responsible)) return true;
  return responsible === 'keyPerson' && principal.roles.includes('settingManager');
}

/** Closing, referring (P3) and recording on a parent's behalf (P5) are for managers and up. */
const MANAGING: readonly Role[] = ['settingManager', 'lineManager', 'owner', 'administrator'];

export function mayManage(principal: StaffPrincipal): boolean {
  return principal.roles.some((role) => MANAGING.includes(role));
}

export function mayRefer(principal: StaffPrincipal): boolean {
  return mayManage(principal) || principal.roles.includes('safeguardingLead');
}

/** Recording a complaint made in person or by phone (P5): any staff member of that setting. */
export function mayRecordFor(principal: StaffPrincipal, settingId: string): boolean {
  return seesAllSettings(principal) || principal.settings.includes(settingId);
}
