/**
 * The staff dashboard: every open complaint of the settings the caller may see, with what it
 * waits for and on whom. Those with a running clock come first, nearest deadline first, each
 * with how it reads (due soon, overdue, extended, breached); then those waiting without a
 * deadline — on the complainant's reply to an outcome, or on the agreement after an agency's
 * meeting (A4) — longest waiting first. No open complaint is left off.
 *
 * Primary course: one index query per visible setting (never a scan), each resuming after
 * the last row of the previous page, merged by position; complaints the caller may not see
 * (about them, or another key person's) are left out.
 */
import type { StaffPrincipal } from '../domain/access';
import { maySeeComplaint, visibleSettings } from '../domain/access';
import { displayStateOf, type ClockDisplayState } from '../domain/levels';
import type { LevelId, Role, Track } from '../domain/procedure';
import { LEVELS } from '../domain/procedure';
import { openComplaintPosition, type OpenComplaint } from '../domain/ports';
import type { Complaint } from '../domain/complaint';
import type { WaitingFor } from '../domain/waiting';
import { ValidationError } from '../domain/errors';
import type { UseCaseContext } from './context';

export interface ListFilters {
  settingId?: string;
  track?: Track;
  state?: ClockDisplayState;
  limit: number;
  /** The cursor of the previous page. */
  after?: string;
}

export interface DashboardRow {
  reference: string;
  settingId: string;
  track: Track;
  /** The stage it is at. */
  level: LevelId;
  classification: Complaint['classification'];
  receivedAt: string;
  interpreterLanguage?: string;
  waitingOn: 'staff' | 'complainant';
  waitingFor: WaitingFor;
  /** Waiting on staff: the role who owes it. */
  responsible?: Role;
  /** While a clock runs: how it reads, and its dates. */
  state?: ClockDisplayState;
  deadlineAt?: string;
  statutoryDeadlineAt?: string;
  /** Without a running clock: since when it has waited. */
  waitingSince?: string;
}

export async function listComplaints(
  ctx: UseCaseContext,
  principal: StaffPrincipal,
  allSettings: readonly string[],
  filters: ListFilters,
): Promise<{ items: DashboardRow[]; next?: string }> {
  const settings = visibleSettings(principal, allSettings).filter((id) => !filters.settingId || id === filters.settingId);
  const now = ctx.clock.now();
  const keep = (row: OpenComplaint) =>
    maySeeComplaint(principal, row.complaint) &&
    (!filters.track || row.complaint.track === filters.track) &&
    (!filters.state || ('clock' in row.waiting && displayStateOf(row.waiting.clock, now) === filters.state));

  // Filter before paging, reading on past rows the caller may not see, so that a page is
  // full when it can be and the cursor only ever names a row the caller was shown.
  const batch = filters.limit + 1;
  const shown: OpenComplaint[] = [];
  let after = filters.after === undefined ? undefined : decodeCursor(filters.after);
  for (;;) {
    const pages = await Promise.all(
      settings.map((settingId) => ctx.repo.openComplaints(settingId, { limit: batch, ...(after ? { after } : {}) })),
    );
    const merged = pages.flat().sort((a, b) => openComplaintPosition(a).localeCompare(openComplaintPosition(b)));
    const read = merged.slice(0, batch);
    shown.push(...read.filter(keep));
    const exhausted = pages.every((page) => page.length < batch) && merged.length <= batch;
    if (shown.length > filters.limit || exhausted || read.length === 0) break;
    after = openComplaintPosition(read.at(-1)!);
  }
  const page = shown.slice(0, filters.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toDashboardRow(row, now)),
    ...(shown.length > filters.limit && last ? { next: encodeCursor(openComplaintPosition(last)) } : {}),
  };
}

function toDashboardRow({ complaint, waiting }: OpenComplaint, now: Date): DashboardRow {
  return {
    reference: complaint.id,
    settingId: complaint.settingId,
    track: complaint.track,
    level: waiting.level,
    classification: complaint.classification,
    receivedAt: complaint.receivedAt,
    ...(complaint.interpreterLanguage ? { interpreterLanguage: complaint.interpreterLanguage } : {}),
    waitingOn: waiting.on,
    waitingFor: waiting.for,
    ...(waiting.on === 'staff' ? { responsible: LEVELS[waiting.level].responsible } : {}),
    ...('clock' in waiting
      ? {
          state: displayStateOf(waiting.clock, now),
          deadlineAt: waiting.clock.deadlineAt,
          statutoryDeadlineAt: waiting.clock.statutoryDeadlineAt,
        }
      : { waitingSince: waiting.since }),
  };
}

/** A `waitingPosition`: a deadline, or what it waits for and since when; then the reference. */
const POSITION = /^(?:(?:agreement|reply)#)?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z#[A-Z0-9-]+$/;

function encodeCursor(position: string): string {
  return Buffer.from(position).toString('base64url');
}

function decodeCursor(cursor: string): string {
  const position = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!POSITION.test(position)) throw new ValidationError([{ field: 'after', message: 'is not a cursor this API gave out' }]);
  return position;
}
