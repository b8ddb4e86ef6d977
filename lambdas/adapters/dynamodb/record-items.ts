/**
 * The items of the record of complaints (table-design.ts), shared by the complaint
 * repository (which writes each row with its complaint) and the record store (which reads).
 */
import type { Complaint } from '../../domain/complaint';
import type { AccessEntry } from '../../domain/record-ports';
import { recordPartitionKey, recordPosition, recordRowOf } from '../../domain/record';
import { INDEXES } from './table-design';

type Item = Record<string, unknown>;

export const ROW_ATTRIBUTES = new Set([
  'pk',
  'sk',
  'entity',
  INDEXES.byReceived.partitionKey,
  INDEXES.byReceived.sortKey,
  INDEXES.recordByFacets.partitionKey,
  INDEXES.recordByFacets.sortKey,
]);

export const recordKeys = {
  row: (id: string) => ({ pk: `RECORDROW#${id}`, sk: 'ROW' }),
  production: (at: string, id: string) => ({ pk: 'RECORDLOG', sk: `${at}#${id}` }),
  link: (id: string) => ({ pk: 'INSPECTORLINKS', sk: `LINK#${id}` }),
  token: (hash: string) => ({ pk: `INSPECTORTOKEN#${hash}`, sk: 'TOKEN' }),
  access: (entry: AccessEntry, n: number) => ({
    pk: `COMPLAINT#${entry.complaintId}`,
    sk: `ACCESS#${entry.at}#${entry.by}#${n}`,
  }),
};

/**
 * A complaint's record row as an item: no expiry (it is the tombstone), and its keys in
 * both of the record's indexes. Written with the complaint, in the same transaction.
 */
export function recordRowItem(complaint: Complaint): Item {
  const row = recordRowOf(complaint);
  const position = recordPosition(row);
  return {
    ...row,
    ...recordKeys.row(row.reference),
    entity: 'recordRow',
    [INDEXES.byReceived.partitionKey]: recordPartitionKey('recordBySetting', row.settingId, {}),
    [INDEXES.byReceived.sortKey]: position,
    [INDEXES.recordByFacets.partitionKey]: recordPartitionKey('recordByFacets', row.settingId, row),
    [INDEXES.recordByFacets.sortKey]: position,
  };
}

