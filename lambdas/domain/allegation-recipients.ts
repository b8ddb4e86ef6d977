/**
 * Who is told of an allegation of serious harm by a member of staff (P3), and whether an
 * organisation's staff directory can always tell someone. Pure: the directory in, people out.
 *
 * The alert goes to the setting's designated safeguarding lead(s) and manager(s). Whoever of
 * them is the accused is replaced by the next people up — the line manager, then the
 * owners/trustees (an accused line manager by the owners) — and the next people up are also
 * told whenever fewer than two people who are not the accused would be: an allegation must
 * never rest with one person, and never reach no one. The accused is never a recipient.
 *
 * `procedureGaps` applies the same rules to every setting and every member of staff who could
 * be accused (and to no one named), and to every level of both tracks, so that a configuration
 * or a directory change that would leave some case with nobody is refused before it is used.
 */
import type { DirectoryMember } from './directory';
import { membersWithRole, responsibleFor } from './directory';
import { LEVEL_IDS, LEVELS, type LevelId, type Role } from './procedure';

/** The local authority designated officer staff contact about an allegation (P3). */
export interface LadoContact {
  name: string;
  phone: string;
  email?: string;
  address?: string;
  web?: string;
}

/** At least this many people who are not the accused are told of every allegation (P3). */
export const MIN_ALLEGATION_RECIPIENTS = 2;

/** Who is told, tier by tier: the setting's leads first, then the next people up. */
const ALLEGATION_TIERS: readonly (readonly Role[])[] = [
  ['safeguardingLead', 'settingManager'],
  ['lineManager'],
  ['owner'],
];

export function allegationRecipients(
  directory: { members: readonly DirectoryMember[] },
  settingId: string,
  accusedStaffId?: string,
): DirectoryMember[] {
  const tiers = ALLEGATION_TIERS.map((roles) => roles.flatMap((role) => membersWithRole(directory, role, settingId)));
  // The people above the accused are always told, whichever tier the accused sits in.
  const accusedTier = tiers.findLastIndex((tier) => tier.some((member) => member.id === accusedStaffId));
  const chosen = new Map<string, DirectoryMember>();
  for (const [index, tier] of tiers.entries()) {
    if (index > accusedTier + 1 && chosen.size >= MIN_ALLEGATION_RECIPIENTS) break;
    for (const member of tier) if (member.id !== accusedStaffId) chosen.set(member.id, member);
  }
  return [...chosen.values()];
}

export interface ProcedureGap {
  settingId: string;
  /** The level left with nobody responsible; absent when it is an allegation's alert that falls short. */
  level?: LevelId;
  /**
   * The cases that fall short: the member of staff accused or complained about, or `null`
   * for a matter that names no one.
   */
  cases: (string | null)[];
  /** Says what is missing, naming the setting, for a person fixing the configuration. */
  message: string;
}

/**
 * Every way in which the procedure would leave a matter with too few people: an allegation
 * alert with fewer than two recipients who are not the accused (P3), or a level of either
 * track with nobody responsible once the person complained about is left out (P4, P7, A5).
 * One gap per setting and per alert or level, naming the cases. Empty when the directory can
 * run the whole procedure at every setting, whoever is accused or complained about.
 */
export function procedureGaps(
  directory: { members: readonly DirectoryMember[] },
  settingIds: readonly string[],
): ProcedureGap[] {
  const gaps: ProcedureGap[] = [];
  const cases: (string | null)[] = [null, ...directory.members.map((member) => member.id)];
  const describe = (failing: (string | null)[]) =>
    failing.map((staffId) => (staffId === null ? 'when no one is named' : `when it is about ${staffId}`)).join(', ');
  for (const settingId of settingIds) {
    const shortAlerts = cases.filter(
      (staffId) => allegationRecipients(directory, settingId, staffId ?? undefined).length < MIN_ALLEGATION_RECIPIENTS,
    );
    if (shortAlerts.length > 0) {
      gaps.push({
        settingId,
        cases: shortAlerts,
        message:
          `setting "${settingId}": an allegation would alert fewer than ${MIN_ALLEGATION_RECIPIENTS} people who are not the accused ` +
          `(${describe(shortAlerts)}); give the setting more safeguarding leads, managers, a line manager or owners`,
      });
    }
    for (const level of LEVEL_IDS) {
      // A complaint about the owners/trustees themselves has nobody above them inside the
      // organisation: past the line manager it is for Ofsted (P9), so those cases are not gaps.
      const nobody = cases.filter((staffId) => {
        if (staffId !== null && isOwner(directory, staffId)) return false;
        const complaint = { settingId, ...(staffId ? { subjectStaffId: staffId, keyPersonId: staffId } : {}) };
        return responsibleFor(directory, complaint, level).length === 0;
      });
      if (nobody.length > 0) {
        gaps.push({
          settingId,
          level,
          cases: nobody,
          message: `setting "${settingId}": nobody would be responsible for "${LEVELS[level].title}" on the ${LEVELS[level].track} track (${describe(nobody)})`,
        });
      }
    }
  }
  return gaps;
}

function isOwner(directory: { members: readonly DirectoryMember[] }, staffId: string): boolean {
  return directory.members.some((member) => member.id === staffId && member.roles.includes('owner'));
}
