/**
 * The procedure stays possible after every change of the directory (issue 12, point 3). Pure.
 *
 * Every setting needs a setting manager (P4–P6), a line manager (P7, A5), an owner or trustee
 * (P8, A6: owners oversee every setting) and at least two people who can receive an
 * allegation of harm, whoever is accused (P3, the routing of allegation-recipients.ts). A change is refused when it would open such a gap. A setting that has just been
 * added starts with gaps (nobody works there yet): the rule is that no change may open a gap
 * that was not there before, and the administrators' page lists what a setting still needs.
 *
 * A person who alone is responsible for a running clock cannot stop being responsible for it
 * (deactivated, or moved to other roles or settings) until their complaints are handed over.
 */
import type { Complaint } from './complaint';
import { allegationRecipients, MIN_ALLEGATION_RECIPIENTS } from './allegation-recipients';
import { membersWithRole, responsibleFor, type Directory } from './directory';
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
 * Whether an allegation at a setting reaches at least two people who are not the accused,
 * whoever of the staff is accused (or no one): the routing of allegation-recipients.ts (P3),
 * asked for every case.
 */
export function allegationAlwaysReachesTwo(directory: Directory, settingId: string): boolean {
  const accused = [undefined, ...directory.members.map((m) => m.id)];
  return accused.every((id) => allegationRecipients(directory, settingId, id).length >= MIN_ALLEGATION_RECIPIENTS);
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
      allegationRecipients: allegationAlwaysReachesTwo(directory, setting.id),
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
