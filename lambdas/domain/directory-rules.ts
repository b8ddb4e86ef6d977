/**
 * The procedure stays possible after every change of the directory (issue 12, point 3). Pure.
 *
 * Every setting needs a setting manager (P4–P6), a line manager (P7, A5), an owner or trustee
 * (P8, A6: owners oversee every setting) and at least two people who can receive an
 * allegation of harm (P3: when one of them is the person accused, the alert must still reach
 * someone). A change is refused when it would open such a gap. A setting that has just been
 * added starts with gaps (nobody works there yet): the rule is that no change may open a gap
 * that was not there before, and the administrators' page lists what a setting still needs.
 *
 * A person who alone is responsible for a running clock cannot stop being responsible for it
 * (deactivated, or moved to other roles or settings) until their complaints are handed over.
 */
import type { Complaint } from './complaint';
import { coversSetting, membersWithRole, responsibleFor, type Directory, type DirectoryMember } from './directory';
import type { LevelId } from './procedure';
import { directorySnapshot, type DirectoryData } from './staff-directory';

export type Need = 'settingManager' | 'lineManager' | 'owner' | 'allegationRecipients';

export interface Gap {
  settingId: string;
  need: Need;
}

/** In the order an administrator would fill them. */
export const NEEDS: readonly Need[] = ['settingManager', 'lineManager', 'owner', 'allegationRecipients'];

/**
 * Who receives an allegation about `accusedStaffId` at a setting (P3): the safeguarding lead
 * and the setting manager; when they are the accused, the next people up who are not (the
 * line manager, then the owners). The one place this rule is asked, so that it can follow the
 * allegation routing of the procedure issue without a second copy.
 */
export function allegationRecipients(directory: Directory, settingId: string, accusedStaffId?: string): DirectoryMember[] {
  const chain = [['safeguardingLead', 'settingManager'], ['lineManager'], ['owner']] as const;
  for (const roles of chain) {
    const people = unique(roles.flatMap((role) => membersWithRole(directory, role, settingId, accusedStaffId)));
    if (people.length > 0) return people;
  }
  return [];
}

/** Everyone who could receive an allegation at a setting, whoever is accused. */
export function peopleWhoCanReceiveAllegation(directory: Directory, settingId: string): DirectoryMember[] {
  const accused = [undefined, ...directory.members.filter((m) => coversSetting(m, settingId)).map((m) => m.id)];
  const reachable = accused.map((id) => allegationRecipients(directory, settingId, id));
  // Someone accused whose allegation would reach no one leaves the setting short whatever the count.
  if (reachable.some((people) => people.length === 0)) return [];
  return unique(reachable.flat());
}

/** What each setting lacks, by the rules above. */
export function procedureGaps(data: DirectoryData): Gap[] {
  const directory = directorySnapshot('', data);
  const gaps: Gap[] = [];
  for (const setting of data.settings) {
    const has: Record<Need, boolean> = {
      settingManager: membersWithRole(directory, 'settingManager', setting.id).length > 0,
      lineManager: membersWithRole(directory, 'lineManager', setting.id).length > 0,
      owner: membersWithRole(directory, 'owner', setting.id).length > 0,
      allegationRecipients: peopleWhoCanReceiveAllegation(directory, setting.id).length >= 2,
    };
    for (const need of NEEDS) if (!has[need]) gaps.push({ settingId: setting.id, need });
  }
  return gaps;
}

const NEED_WORDS: Record<Need, string> = {
  settingManager: 'a setting manager',
  lineManager: 'a line manager',
  owner: 'an owner or trustee',
  allegationRecipients: 'two people who can receive an allegation of harm',
};

export function describeGap(gap: Gap, settingName: string): string {
  return `${settingName} would be left without ${NEED_WORDS[gap.need]}`;
}

/** The gaps a change opens: those after it that were not there before. */
export function gapsOpenedBy(before: DirectoryData, after: DirectoryData): Gap[] {
  const had = new Set(procedureGaps(before).map((g) => `${g.settingId}#${g.need}`));
  return procedureGaps(after).filter((g) => !had.has(`${g.settingId}#${g.need}`));
}

export interface ClockDuty {
  complaint: Pick<Complaint, 'id' | 'settingId' | 'keyPersonId' | 'subjectStaffId'>;
  clock: { level: LevelId };
}

/**
 * The running clocks that `staffId` alone is responsible for before the change and would no
 * longer be after it: these must be handed over first.
 */
export function dutiesLeftBehind<T extends ClockDuty>(
  before: DirectoryData,
  after: DirectoryData,
  staffId: string,
  clocks: readonly T[],
): T[] {
  const was = directorySnapshot('', before);
  const will = directorySnapshot('', after);
  return clocks.filter((duty) => {
    const responsible = responsibleFor(was, duty.complaint, duty.clock.level).map((m) => m.id);
    if (responsible.length !== 1 || responsible[0] !== staffId) return false;
    return !responsibleFor(will, duty.complaint, duty.clock.level).some((m) => m.id === staffId);
  });
}

function unique(members: DirectoryMember[]): DirectoryMember[] {
  return [...new Map(members.map((m) => [m.id, m])).values()];
}
