/**
 * The ComplaintStore on one DynamoDB table (see table-design.ts): the intake's store
 * (intake-store.ts: one complaint read, a new one written) with the writes of a change and
 * the reader's queries (complaint-reader.ts). Every change of a complaint is one transaction
 * guarded by the complaint's version; the sparse index keys are derived from the items'
 * state (intake-store.ts), so use cases never think about indexes.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AggregateChange } from '../../domain/complaint';
import { ConcurrencyError } from '../../domain/errors';
import type { ComplaintReader, ComplaintStore } from '../../domain/ports';
import { waitingOf } from '../../domain/waiting';
import { DynamoDbComplaintReader } from './complaint-reader';
import { keys } from './complaint-keys';
import { complaintItem, DynamoDbIntakeStore, isConflict, recordItems, type TransactItem } from './intake-store';
import { TTL_ATTRIBUTE } from './table-design';

/**
 * The complaints' store (the port the use cases that move and show complaints use). The
 * outbox's workers and the parked effects have adapters of their own (outbox.ts,
 * parked-effects.ts), which only the functions that call them load.
 */
export class DynamoDbComplaintRepository extends DynamoDbIntakeStore implements ComplaintStore {
  private reader?: DynamoDbComplaintReader;

  constructor(
    private readonly client: DynamoDBClient,
    tableName: string,
    now: () => Date = () => new Date(),
  ) {
    super(client, tableName, now);
  }

  /** The queries' reader, made on the first query: most functions that build this never query. */
  private queries(): DynamoDbComplaintReader {
    this.reader ??= new DynamoDbComplaintReader(this.client, this.tableName);
    return this.reader;
  }

  events: ComplaintReader['events'] = (complaintId) => this.queries().events(complaintId);
  openComplaints: ComplaintReader['openComplaints'] = (settingId, options) => this.queries().openComplaints(settingId, options);
  letters: ComplaintReader['letters'] = (complaintId) => this.queries().letters(complaintId);
  lettersToPrint: ComplaintReader['lettersToPrint'] = (settingId, limit) => this.queries().lettersToPrint(settingId, limit);
  hasStatusToken: ComplaintReader['hasStatusToken'] = (complaintId, tokenHash, issuedFrom) =>
    this.queries().hasStatusToken(complaintId, tokenHash, issuedFrom);

  async save(change: AggregateChange): Promise<void> {
    // What the complaint waits for depends on all its clocks, not only the changed ones. The
    // clocks read here are those of the expected version: if another save came between, the
    // version condition below fails and the use case starts again from a fresh read.
    const stored = await this.levels(change.complaint.id);
    const levels = { ...stored, ...Object.fromEntries(change.levels.map((clock) => [clock.level, clock])) };
    const waiting = waitingOf({ complaint: change.complaint, levels });
    const { recordRowItem } = await recordItems();
    const items: TransactItem[] = [
      this.put(complaintItem(change.complaint, waiting), 'version = :expected', { ':expected': change.expectedVersion }),
      ...this.aggregateWrites(change, change.complaint.version),
      this.put(recordRowItem(change.complaint)),
    ];
    // R3: the change that closes a complaint also sets the expiry of every item it already
    // has, in the same transaction, so a closed complaint never keeps an item without one.
    const retention =
      change.complaint.expiresAt === undefined ? [] : await this.retentionUpdates(change.complaint.id, change.complaint.expiresAt, items);
    const inTransaction = retention.slice(0, Math.max(0, MAX_TRANSACTION_ITEMS - items.length));
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: [...items, ...inTransaction] }));
    } catch (error) {
      // A condition failed (another writer saved first) or the items were in another
      // transaction at that moment: either way the use case decides again on fresh data.
      if (isConflict(error)) throw new ConcurrencyError(change.complaint.id);
      throw error;
    }
    // Only a complaint with more items than one transaction holds has any left over.
    for (const update of retention.slice(inTransaction.length)) await this.db.send(new UpdateCommand(update.Update!));
  }

  /** R3: every item of a closed complaint expires together, years later: the updates for those not yet set. */
  private async retentionUpdates(complaintId: string, expiresAt: number, written: TransactItem[]): Promise<TransactItem[]> {
    const inChange = new Set(written.map((item) => `${String(item.Put?.Item?.pk)}|${String(item.Put?.Item?.sk)}`));
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.complaint(complaintId).pk },
      ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
      ProjectionExpression: 'pk, sk, #ttl',
      ConsistentRead: true,
    });
    return items
      .filter((item) => item[TTL_ATTRIBUTE] !== expiresAt && !inChange.has(`${String(item.pk)}|${String(item.sk)}`))
      .map((item) => ({
        Update: {
          TableName: this.tableName,
          Key: { pk: item.pk, sk: item.sk },
          UpdateExpression: 'SET #ttl = :expiresAt',
          ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: { ':expiresAt': expiresAt },
        },
      }));
  }
}

/** DynamoDB's limit on the items of one transaction. */
const MAX_TRANSACTION_ITEMS = 100;
