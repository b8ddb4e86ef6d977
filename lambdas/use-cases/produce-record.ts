/**
 * R1: the record of complaints of a period and setting(s), to show Ofsted — as JSON, CSV or
 * a printable page — produced by a member of staff or opened through an inspector's link.
 *
 * Primary course: read every row of the period, setting by setting (index queries, newest
 * first, a hundred rows at a time), and what the complaints still held of that setting and
 * period say for the record (R2: one index query per setting, not a read per complaint), and
 * log who produced it, when, for which period (R1), and a read of each complaint in it (F3).
 * People appear only by their labels ("child A"); a complaint whose details have expired
 * keeps its row (R3).
 */
import type { StaffPrincipal } from '../domain/access';
import { ForbiddenError, ValidationError } from '../domain/errors';
import type { EyfsArea, RecordRow } from '../domain/record';
import { isTombstone, recordPosition } from '../domain/record';
import type { AccessKind, RecordDetails, RecordFormat, RecordProduction, RecordScope } from '../domain/record-ports';
import { maySeeRow, toListItem, type RecordListItem } from './list-record';
import type { RecordReadContext, RecordSetting } from './record-context';
import { mayProduceRecord, periodBounds } from './record-context';

export interface RecordEntry extends RecordListItem {
  /** R2: what staff wrote for the record; absent until written, or once the complaint expired. */
  summary?: { raised: string; investigation: string; actionTaken: string; writtenAt: string };
  /** R4: what the owners' review found and the actions it leads to. */
  practiceReviewFindings?: { findings: string; actions: string };
  /** The people of the complaint as the record names them ("child A", "staff member B"). */
  people: string[];
}

export interface RecordDocument {
  organisation: string;
  settings: RecordSetting[];
  period: { from: string; to: string };
  producedAt: string;
  entries: RecordEntry[];
  /** Complaints about the person producing it: left out, as they never see them (F3). */
  withheld: number;
}

export type RecordProducer =
  | { kind: 'staff'; principal: StaffPrincipal }
  | { kind: 'inspectorLink'; linkId: string };

const PAGE = 100;
/** A period longer than this is refused: the record of a decade is asked for a piece at a time. */
const MAX_PERIOD_DAYS = 3 * 366 + 31;

export function validateScope(scope: RecordScope, known: readonly RecordSetting[]): void {
  const problems: { field: string; message: string }[] = [];
  if (scope.settingIds.length === 0) problems.push({ field: 'settingIds', message: 'name at least one setting' });
  for (const id of scope.settingIds) {
    if (!known.some((setting) => setting.id === id)) problems.push({ field: 'settingIds', message: `no setting has the id "${id}"` });
  }
  if (scope.from > scope.to) problems.push({ field: 'to', message: 'must not be before from' });
  const days = (Date.parse(scope.to) - Date.parse(scope.from)) / 86_400_000;
  if (days > MAX_PERIOD_DAYS) problems.push({ field: 'from', message: 'a period is at most three years and a month' });
  if (problems.length > 0) throw new ValidationError(problems);
}

export async function produceRecord(
  ctx: RecordReadContext,
  producer: RecordProducer,
  scope: RecordScope,
  format: RecordFormat,
): Promise<RecordDocument> {
  validateScope(scope, ctx.settings);
  if (producer.kind === 'staff' && !scope.settingIds.every((id) => mayProduceRecord(producer.principal, id))) {
    throw new ForbiddenError('You may produce the record only of the settings you manage');
  }
  const now = ctx.clock.now();
  const bounds = periodBounds(scope);
  const perSetting = await Promise.all(
    scope.settingIds.map(async (settingId) => {
      const [settingRows, settingDetails] = await Promise.all([rowsOf(ctx, settingId, bounds), ctx.records.details(settingId, bounds)]);
      return { settingRows, settingDetails };
    }),
  );
  const rows = perSetting.flatMap(({ settingRows }) => settingRows);
  const details = new Map(perSetting.flatMap(({ settingDetails }) => [...settingDetails]));
  const visible = producer.kind === 'staff' ? rows.filter((row) => maySeeRow(producer.principal, row)) : rows;
  // A row past its expiry is a tombstone even while the table's TTL has yet to remove its
  // complaint (R3); only what a visible row shows is read out or logged (F3).
  const held = (row: RecordRow) => (isTombstone(row, now) ? undefined : details.get(row.reference));
  const entries = visible
    .sort((a, b) => recordPosition(b).localeCompare(recordPosition(a)))
    .map((row) => entryOf(ctx, row, held(row), now));

  const by: RecordProduction['by'] =
    producer.kind === 'staff' ? { kind: 'staff', staffId: producer.principal.staffId } : { kind: 'inspectorLink', linkId: producer.linkId };
  await ctx.records.logProduction({
    id: ctx.secrets.hash(`${now.toISOString()}|${JSON.stringify(by)}|${JSON.stringify(scope)}|${format}`).slice(0, 16),
    at: now.toISOString(),
    by,
    scope,
    format,
    complaints: entries.length,
  });
  const accessKind: AccessKind = producer.kind === 'staff' ? 'export' : 'inspectorLink';
  await ctx.records.logAccess(
    visible
      .filter((row) => held(row) !== undefined)
      .map((row) => ({
        complaintId: row.reference,
        at: now.toISOString(),
        kind: accessKind,
        by: by.kind === 'staff' ? by.staffId : `link:${by.linkId}`,
        ...(row.detailsUntil !== undefined ? { expiresAt: row.detailsUntil } : {}),
      })),
  );

  return {
    organisation: ctx.directory.organisationName,
    settings: ctx.settings.filter((setting) => scope.settingIds.includes(setting.id)),
    period: { from: scope.from, to: scope.to },
    producedAt: now.toISOString(),
    entries,
    withheld: rows.length - visible.length,
  };
}

/** Every row a setting received in the period, newest first, a hundred at a time. */
async function rowsOf(ctx: RecordReadContext, settingId: string, bounds: { from: string; to: string }): Promise<RecordRow[]> {
  const rows: RecordRow[] = [];
  let before: string | undefined;
  for (;;) {
    const page = await ctx.records.rows({ index: 'recordBySetting', settingId, facets: {} }, { ...bounds, ...(before ? { before } : {}), limit: PAGE });
    rows.push(...page);
    if (page.length < PAGE) return rows;
    before = recordPosition(page.at(-1)!);
  }
}

function entryOf(ctx: RecordReadContext, row: RecordRow, complaint: RecordDetails | undefined, now: Date): RecordEntry {
  const item = toListItem(ctx, row, now);
  // No complaint behind the row: its details are gone (R3), whatever the row's date says.
  if (!complaint) return { ...item, tombstone: true, people: [] };
  const summary = complaint.summativeRecord;
  const review = complaint.practiceReview;
  return {
    ...item,
    ...(summary
      ? {
          summary: {
            raised: summary.raised,
            investigation: summary.investigation,
            actionTaken: summary.actionTaken,
            writtenAt: summary.writtenAt,
          },
        }
      : {}),
    ...(review?.findings && review.actions ? { practiceReviewFindings: { findings: review.findings, actions: review.actions } } : {}),
    people: Object.values(complaint.pseudonyms ?? {}),
  };
}

/** EYFS areas as the record reads them (lambdas/domain/eyfs.ts). */
export { EYFS_AREA_NAMES } from '../domain/eyfs';
