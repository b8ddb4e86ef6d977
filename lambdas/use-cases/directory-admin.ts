/**
 * What the directory's use cases share (issue 12): their context, the administrator check,
 * and one way to make a change, which reads the stored directory (seeding it on the first
 * change), decides on it, and writes it guarded by the directory's version, deciding again on
 * fresh data when someone else changed it meanwhile.
 */
import type { StaffPrincipal } from '../domain/access';
import type { LadoContact } from '../domain/allegation-recipients';
import type { DirectoryRepository, StaffAccounts, StoredDirectory } from '../domain/directory-ports';
import { describeGap, gapsOpenedBy, type ClockDuty } from '../domain/directory-rules';
import { DirectoryChangedError, ForbiddenError } from '../domain/errors';
import { openComplaintPosition, type Clock, type ComplaintStore, type OpenComplaint } from '../domain/ports';
import type { DirectoryData } from '../domain/staff-directory';
import { ensureSeeded } from './current-directory';

export interface DirectoryAdminContext {
  directories: DirectoryRepository;
  /** The configuration's directory, stored by the first change if nothing is stored yet. */
  seed: DirectoryData;
  clock: Clock;
  /** Running clocks, to find duties a change would leave behind, and complaints to hand over. */
  complaints: ComplaintStore;
  /** Sign-in accounts; only the functions that add and change members are given them. */
  accounts?: StaffAccounts;
  /** For the emails a handover sends: the organisation's name and a complaint's console link. */
  organisationName: string;
  staffUrl(complaintId: string): string | undefined;
  /** Called once a change is stored, so this warm function forgets its cached directory. */
  changed(): void;
  /** P3: the LADO the configuration gives a setting (its own, or the organisation's), if any. */
  configuredLado(settingId: string): LadoContact | undefined;
}

export function requireAdministrator(principal: StaffPrincipal): void {
  if (!principal.roles.includes('administrator')) throw new ForbiddenError('Only administrators may manage the directory');
}

export function accountsOf(ctx: DirectoryAdminContext): StaffAccounts {
  if (!ctx.accounts) throw new Error('This function was not given the staff accounts');
  return ctx.accounts;
}

/** Runs a read-decide-write change again when the directory moved between read and write. */
export async function changeDirectory<T>(ctx: DirectoryAdminContext, work: (stored: StoredDirectory) => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const stored = await ensureSeeded(ctx.directories, ctx.seed, ctx.clock);
    try {
      const result = await work(stored);
      ctx.changed();
      return result;
    } catch (error) {
      if (!(error instanceof DirectoryChangedError) || attempt >= attempts) throw error;
    }
  }
}

/** The plain-language reasons a change would leave the procedure impossible somewhere. */
export function procedureProblems(before: DirectoryData, after: DirectoryData): string[] {
  const names = new Map(after.settings.map((s) => [s.id, s.name]));
  const problems = gapsOpenedBy(before, after).map((gap) => describeGap(gap, names.get(gap.settingId) ?? gap.settingId));
  const administrators = (data: DirectoryData) => data.members.filter((m) => m.active && m.roles.includes('administrator')).length;
  if (administrators(before) > 0 && administrators(after) === 0) {
    problems.push('the organisation would be left without an administrator to keep this directory');
  }
  return problems;
}

/** Every open complaint of some settings, read from the dashboard's index a page at a time. */
export async function openComplaintsOf(complaints: ComplaintStore, settingIds: readonly string[]): Promise<OpenComplaint[]> {
  const limit = 100;
  const all: OpenComplaint[] = [];
  for (const settingId of settingIds) {
    let after: string | undefined;
    for (;;) {
      const page = await complaints.openComplaints(settingId, { limit, ...(after ? { after } : {}) });
      all.push(...page);
      if (page.length < limit) break;
      after = openComplaintPosition(page.at(-1)!);
    }
  }
  return all;
}

/** What staff owe on open complaints: the level each waits on staff for (none while the complainant has the answer). */
export function staffDuties(open: readonly OpenComplaint[]): ClockDuty[] {
  return open.flatMap(({ complaint, waiting }) => (waiting.on === 'staff' ? [{ complaint, clock: { level: waiting.level } }] : []));
}
