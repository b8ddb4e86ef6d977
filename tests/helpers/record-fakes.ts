/**
 * An in-memory RecordStore over the in-memory complaint repository: its rows are derived
 * from the complaints exactly as the DynamoDB adapter writes them (recordRowOf), and stay
 * when a complaint expires (`expire`, standing in for DynamoDB's TTL). It counts the rows
 * each query reads, so tests can hold a page's cost to its size.
 */
import type { RecordPartition, RecordRow } from '../../lambdas/domain/record';
import { recordPartitionKey, recordPosition, recordRowOf } from '../../lambdas/domain/record';
import type { AccessEntry, InspectorLink, RecordDetails, RecordProduction, RecordStore, RowQuery } from '../../lambdas/domain/record-ports';
import type { InMemoryRepository } from './fakes';

const clone = <T>(value: T): T => structuredClone(value);

export class InMemoryRecordStore implements RecordStore {
  /** Rows of complaints that have expired: the tombstones. */
  readonly tombstones = new Map<string, RecordRow>();
  readonly productionLog: RecordProduction[] = [];
  readonly linkTable = new Map<string, InspectorLink>();
  readonly access: AccessEntry[] = [];
  readonly retention = new Map<string, number | undefined>();
  /** Rows read by index queries, and how many queries. */
  rowsRead = 0;
  queries = 0;
  /** Reads of what complaints say for the record: one per setting and period, never per complaint. */
  detailQueries = 0;

  constructor(private readonly repo: InMemoryRepository) {}

  /** R3: DynamoDB's TTL removing a complaint; its row stays. */
  expire(reference: string): void {
    const aggregate = this.repo.get(reference);
    this.tombstones.set(reference, recordRowOf(aggregate.complaint));
    this.repo.aggregates.delete(reference);
    this.repo.recordEvents.delete(reference);
  }

  private allRows(): RecordRow[] {
    const live = [...this.repo.aggregates.values()].map((a) => recordRowOf(a.complaint));
    return [...live, ...[...this.tombstones.values()].filter((row) => !this.repo.aggregates.has(row.reference))];
  }

  async rows(partition: RecordPartition, query: RowQuery): Promise<RecordRow[]> {
    this.queries += 1;
    const key = recordPartitionKey(partition.index, partition.settingId, partition.facets);
    const rows = this.allRows()
      .filter((row) => recordPartitionKey(partition.index, row.settingId, row) === key)
      .filter((row) => {
        const position = recordPosition(row);
        return (
          (query.from === undefined || position >= query.from) &&
          (query.to === undefined || position < query.to) &&
          (query.before === undefined || position < query.before)
        );
      })
      .sort((a, b) => recordPosition(b).localeCompare(recordPosition(a)))
      .slice(0, query.limit);
    this.rowsRead += rows.length;
    return clone(rows);
  }

  async details(settingId: string, period: { from: string; to: string }): Promise<Map<string, RecordDetails>> {
    this.detailQueries += 1;
    const found = new Map<string, RecordDetails>();
    for (const { complaint } of this.repo.aggregates.values()) {
      const position = recordPosition({ receivedAt: complaint.receivedAt, reference: complaint.id });
      if (complaint.settingId !== settingId || position < period.from || position >= period.to) continue;
      const { summativeRecord, practiceReview, pseudonyms } = clone(complaint);
      found.set(complaint.id, {
        ...(summativeRecord ? { summativeRecord } : {}),
        ...(practiceReview ? { practiceReview } : {}),
        ...(pseudonyms ? { pseudonyms } : {}),
      });
    }
    return found;
  }

  async logProduction(production: RecordProduction) {
    this.productionLog.push(clone(production));
  }

  async productions(limit: number) {
    return clone([...this.productionLog].reverse().slice(0, limit));
  }

  async addLink(link: InspectorLink) {
    this.linkTable.set(link.id, clone(link));
  }

  async linkByTokenHash(tokenHash: string) {
    const link = [...this.linkTable.values()].find((l) => l.tokenHash === tokenHash);
    return link ? clone(link) : undefined;
  }

  async links(limit: number) {
    return clone([...this.linkTable.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit));
  }

  async revokeLink(id: string, { at, by, reason }: { at: string; by: string; reason: string }) {
    const link = this.linkTable.get(id);
    if (!link) return false;
    link.revokedAt ??= at;
    link.revokedBy ??= by;
    link.revokedReason ??= reason;
    return true;
  }

  async logAccess(entries: readonly AccessEntry[]) {
    this.access.push(...clone(entries));
  }

  async accessLog(complaintId: string, limit: number) {
    return clone(this.access.filter((e) => e.complaintId === complaintId).reverse().slice(0, limit)).map(
      ({ expiresAt: _e, ...entry }) => entry,
    );
  }

  async setRetention(complaintId: string, expiresAt: number | undefined) {
    this.retention.set(complaintId, expiresAt);
  }
}
