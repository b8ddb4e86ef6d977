/**
 * The staff dashboard: the running clocks of the settings the caller may see, nearest
 * deadline first, each with how it reads (due soon, overdue, extended, breached).
 *
 * Primary course: one index query per visible setting (never a scan), each resuming after
 * the last row of the previous page, merged by deadline; complaints the caller may not see
 * (about them, or another key person's) are left out.
 */
import type { StaffPrincipal } from '../domain/access';
import { maySeeComplaint, visibleSettings } from '../domain/access';
import { displayStateOf, type ClockDisplayState } from '../domain/levels';
import type { LevelId, Track } from '../domain/procedure';
import { runningClockPosition, type RunningClock } from '../domain/ports';
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
  level: LevelId;
  classification: RunningClock['complaint']['classification'];
  state: ClockDisplayState;
  deadlineAt: string;
  statutoryDeadlineAt: string;
  receivedAt: string;
  interpreterLanguage?: string;
}

export async function listComplaints(
  ctx: UseCaseContext,
  principal: StaffPrincipal,
  allSettings: readonly string[],
  filters: ListFilters,
): Promise<{ items: DashboardRow[]; next?: string }> {
  const settings = visibleSettings(principal, allSettings).filter((id) => !filters.settingId || id === filters.settingId);
  const now = ctx.clock.now();
  const keep = (row: RunningClock) =>
    maySeeComplaint(principal, row.complaint) &&
    (!filters.track || row.complaint.track === filters.track) &&
    (!filters.state || displayStateOf(row.clock, now) === filters.state);

  // Filter before paging, reading on past rows the caller may not see, so that a page is
  // full when it can be and the cursor only ever names a row the caller was shown.
  const batch = filters.limit + 1;
  const shown: RunningClock[] = [];
  let after = filters.after === undefined ? undefined : decodeCursor(filters.after);
  for (;;) {
    const pages = await Promise.all(
      settings.map((settingId) => ctx.repo.runningClocks(settingId, { limit: batch, ...(after ? { after } : {}) })),
    );
    const merged = pages.flat().sort((a, b) => runningClockPosition(a).localeCompare(runningClockPosition(b)));
    const read = merged.slice(0, batch);
    shown.push(...read.filter(keep));
    const exhausted = pages.every((page) => page.length < batch) && merged.length <= batch;
    if (shown.length > filters.limit || exhausted || read.length === 0) break;
    after = runningClockPosition(read.at(-1)!);
  }
  const page = shown.slice(0, filters.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toDashboardRow(row, now)),
    ...(shown.length > filters.limit && last ? { next: encodeCursor(runningClockPosition(last)) } : {}),
  };
}

function toDashboardRow({ clock, complaint }: RunningClock, now: Date): DashboardRow {
  return {
    reference: complaint.id,
    settingId: complaint.settingId,
    track: complaint.track,
    level: clock.level,
    classification: complaint.classification,
    state: displayStateOf(clock, now),
    deadlineAt: clock.deadlineAt,
    statutoryDeadlineAt: clock.statutoryDeadlineAt,
    receivedAt: complaint.receivedAt,
    ...(complaint.interpreterLanguage ? { interpreterLanguage: complaint.interpreterLanguage } : {}),
  };
}

const POSITION = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z#[A-Z0-9-]+#[a-zA-Z]+$/;

function encodeCursor(position: string): string {
  return Buffer.from(position).toString('base64url');
}

function decodeCursor(cursor: string): string {
  const position = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!POSITION.test(position)) throw new ValidationError([{ field: 'after', message: 'is not a cursor this API gave out' }]);
  return position;
}
