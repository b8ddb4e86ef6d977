/**
 * R1: every complaint the caller may see — open, closed, withdrawn, referred, and those whose
 * details have expired (tombstones) — newest first, filtered by setting, period received,
 * track, status and outcome, a page at a time.
 *
 * Primary course: plan the index partitions that hold exactly the rows the filters ask for
 * (lambdas/domain/record.ts), read `limit + 1` rows from each (one Query each, newest first,
 * resuming before the last row shown), merge them by date received, and leave out the rows
 * the caller may not see (F3). A page costs the same whatever the size of the record.
 */
import type { StaffPrincipal } from '../domain/access';
import { seesAllSettings, visibleSettings } from '../domain/access';
import type { ComplaintStatus } from '../domain/complaint-types';
import { ValidationError } from '../domain/errors';
import type { Track } from '../domain/procedure';
import type { OutcomeFacet, RecordRow } from '../domain/record';
import { isTombstone, planRecordQuery, recordPosition, staffKey } from '../domain/record';
import type { RecordReadContext } from './record-context';
import { periodBounds } from './record-context';

export interface RecordFilters {
  settingId?: string;
  /** London dates, inclusive. */
  from?: string;
  to?: string;
  track?: Track;
  status?: ComplaintStatus;
  outcome?: OutcomeFacet;
  limit: number;
  after?: string;
}

export interface RecordListItem extends Omit<RecordRow, 'keyPersonKey' | 'subjectKey' | 'detailsUntil'> {
  settingName: string;
  /** R3: the complaint's details have expired; this row is what stays. */
  tombstone: boolean;
}

const WHOLE_SETTING_ROLES = ['settingManager', 'safeguardingLead', 'lineManager'] as const;

/** F3 on a row: the subject never sees it; a key person sees the complaints where they are the key person. */
export function maySeeRow(principal: StaffPrincipal, row: RecordRow): boolean {
  if (row.subjectKey !== undefined && row.subjectKey === staffKey(row.reference, principal.staffId)) return false;
  if (seesAllSettings(principal)) return true;
  if (!principal.settings.includes(row.settingId)) return false;
  if (principal.roles.some((role) => (WHOLE_SETTING_ROLES as readonly string[]).includes(role))) return true;
  return principal.roles.includes('keyPerson') && row.keyPersonKey === staffKey(row.reference, principal.staffId);
}

export async function listRecord(
  ctx: RecordReadContext,
  principal: StaffPrincipal,
  filters: RecordFilters,
): Promise<{ items: RecordListItem[]; next?: string }> {
  const all = ctx.settings.map((setting) => setting.id);
  const settings = visibleSettings(principal, all).filter((id) => !filters.settingId || id === filters.settingId);
  const partitions = planRecordQuery(settings, {
    ...(filters.track ? { track: filters.track } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
  });
  const bounds = filters.from || filters.to ? periodOf(filters) : {};

  // As the dashboard does: filter before paging, so a page is full when it can be and the
  // cursor only ever names a row the caller was shown.
  const batch = filters.limit + 1;
  const shown: RecordRow[] = [];
  let before = filters.after === undefined ? undefined : decodeCursor(filters.after);
  for (;;) {
    const pages = await Promise.all(
      partitions.map((partition) => ctx.records.rows(partition, { ...bounds, ...(before ? { before } : {}), limit: batch })),
    );
    const merged = pages.flat().sort((a, b) => recordPosition(b).localeCompare(recordPosition(a)));
    const read = merged.slice(0, batch);
    shown.push(...read.filter((row) => maySeeRow(principal, row)));
    const exhausted = pages.every((page) => page.length < batch) && merged.length <= batch;
    if (shown.length > filters.limit || exhausted || read.length === 0) break;
    before = recordPosition(read.at(-1)!);
  }
  const page = shown.slice(0, filters.limit);
  const last = page.at(-1);
  const now = ctx.clock.now();
  return {
    items: page.map((row) => toListItem(ctx, row, now)),
    ...(shown.length > filters.limit && last ? { next: encodeCursor(recordPosition(last)) } : {}),
  };
}

export function toListItem(ctx: RecordReadContext, row: RecordRow, now: Date): RecordListItem {
  const { keyPersonKey: _k, subjectKey: _s, detailsUntil: _d, ...rest } = row;
  return {
    ...rest,
    settingName: ctx.settings.find((setting) => setting.id === row.settingId)?.name ?? row.settingId,
    tombstone: isTombstone(row, now),
  };
}

function periodOf(filters: Pick<RecordFilters, 'from' | 'to'>): { from?: string; to?: string } {
  if (filters.from && filters.to && filters.from > filters.to) {
    throw new ValidationError([{ field: 'to', message: 'must not be before from' }]);
  }
  const { from, to } = periodBounds({ from: filters.from ?? '2000-01-01', to: filters.to ?? '2999-12-31' });
  return { ...(filters.from ? { from } : {}), ...(filters.to ? { to } : {}) };
}

const POSITION = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z#[A-Z0-9-]+$/;

function encodeCursor(position: string): string {
  return Buffer.from(position).toString('base64url');
}

function decodeCursor(cursor: string): string {
  const position = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!POSITION.test(position)) throw new ValidationError([{ field: 'after', message: 'is not a cursor this API gave out' }]);
  return position;
}
