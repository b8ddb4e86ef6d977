/**
 * The ComplaintStore on one DynamoDB table (see table-design.ts): the reads of
 * complaint-reader.ts and the writes. Every change of a complaint is one transaction guarded
 * by the complaint's version; the sparse index keys are derived here from the items' state,
 * so use cases never think about indexes.
 */
import {
  TransactionCanceledException,
  TransactionConflictException,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  TransactWriteCommand,
  UpdateCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { AggregateChange, Complaint, LevelClock } from '../../domain/complaint';
import { ConcurrencyError } from '../../domain/errors';
import type { ComplaintStore, CreateResult, IdempotencyRecord, NewComplaint } from '../../domain/ports';
import { waitingOf, waitingPosition, type Waiting } from '../../domain/waiting';
import { DynamoDbComplaintReader, WAITING } from './complaint-reader';
import { keys, lettersOf, outboxPartitionOf, outboxSortKey, type Item } from './complaint-keys';
import { INDEXES, TTL_ATTRIBUTE } from './table-design';

/**
 * The record row written with each change (R1–R3), loaded on the first write: the many
 * functions that build this repository but never write a complaint do not carry it.
 */
const recordItems = () => import('./record-items');

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;
// Kept here for the modules that imported them from this one (the record's store).
export { keys } from './complaint-keys';

/**
 * The complaints' store (the port the use cases that take in and move complaints use). Its
 * reads alone are the reader (complaint-reader.ts); the outbox's workers and the parked
 * effects have adapters of their own (outbox.ts, parked-effects.ts), which only the functions
 * that call them load.
 */
export class DynamoDbComplaintRepository extends DynamoDbComplaintReader implements ComplaintStore {
  constructor(
    client: DynamoDBClient,
    tableName: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    super(client, tableName);
  }

  async create(change: NewComplaint): Promise<CreateResult> {
    const { complaint } = change;
    const waiting = waitingOf({ complaint, levels: Object.fromEntries(change.levels.map((clock) => [clock.level, clock])) });
    const { recordRowItem } = await recordItems();
    const items: TransactItem[] = [
      this.put(complaintItem(complaint, waiting), 'attribute_not_exists(pk)'),
      ...this.aggregateWrites(change, complaint.version),
      // R1–R3: the complaint's row in the record of complaints, kept whole after it expires.
      this.put(recordRowItem(complaint)),
    ];
    const idempotency = change.idempotency;
    if (idempotency) {
      const expiresAt = Math.floor(this.now().getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS;
      items.push(
        this.put(
          { ...keys.idempotency(idempotency.keyHash), ...idempotency.record, [TTL_ATTRIBUTE]: expiresAt },
          'attribute_not_exists(pk)',
        ),
      );
    }
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: items }));
      return { created: true };
    } catch (error) {
      const failed = cancelledIndexes(error);
      if (idempotency && failed.includes(items.length - 1)) {
        const existing = await this.findIdempotency(idempotency.keyHash);
        if (existing) return { created: false, reason: 'idempotent', existing };
      }
      if (failed.includes(0)) return { created: false, reason: 'referenceTaken' };
      // Another request with the same Idempotency-Key is being written at this moment.
      if (isConflict(error)) throw new ConcurrencyError(complaint.id);
      throw error;
    }
  }

  async findIdempotency(keyHash: string): Promise<IdempotencyRecord | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.idempotency(keyHash), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    return { complaintId: String(Item.complaintId), requestHash: String(Item.requestHash) };
  }

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

  private aggregateWrites(change: Omit<AggregateChange, 'expectedVersion'>, version: number): TransactItem[] {
    const { complaint } = change;
    const retention = complaint.expiresAt === undefined ? {} : { [TTL_ATTRIBUTE]: complaint.expiresAt };
    return [
      ...change.levels.map((clock) => this.put({ ...levelItem(complaint, clock), ...retention })),
      ...change.events.map((event) => this.put({ ...event, ...keys.event(event, version), ...retention })),
      ...change.effects.map((effect) =>
        this.put(
          {
            ...keys.effect(effect),
            [INDEXES.pendingOutbox.partitionKey]: outboxPartitionOf(effect),
            [INDEXES.pendingOutbox.sortKey]: outboxSortKey(effect.createdAt, effect),
            nextAttemptAt: effect.createdAt,
            attempts: 0,
            kind: effect.kind,
            effect,
            ...retention,
          },
          // Deterministic keys: an effect already recorded is never recorded twice.
          'attribute_not_exists(pk)',
        ),
      ),
      ...(change.postedLetters ?? []).map(
        (posting): TransactItem => ({
          Update: {
            TableName: this.tableName,
            Key: keys.effect({ complaintId: complaint.id, key: posting.key }),
            // Posted letters leave the list to print and stay as the record of when the
            // complainant was told in writing (R2).
            UpdateExpression: 'SET doneAt = :postedOn, postedOn = :postedOn, postedBy = :by REMOVE #pk, #sk',
            ConditionExpression: '#pk = :letters',
            ExpressionAttributeNames: { '#pk': INDEXES.pendingOutbox.partitionKey, '#sk': INDEXES.pendingOutbox.sortKey },
            ExpressionAttributeValues: {
              ':postedOn': posting.postedOn,
              ':by': posting.postedBy,
              ':letters': lettersOf(complaint.settingId),
            },
          },
        }),
      ),
    ];
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

  private put(item: Item, condition?: string, values?: Item): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: item,
        ...(condition ? { ConditionExpression: condition } : {}),
        ...(values ? { ExpressionAttributeValues: values } : {}),
      },
    };
  }

}

function complaintItem(complaint: Complaint, waiting: Waiting | undefined): Item {
  return {
    ...complaint,
    ...keys.complaint(complaint.id),
    entity: 'complaint',
    // The Ofsted record (R1–R3): every complaint of a setting by the date it was received.
    [INDEXES.byReceived.partitionKey]: keys.setting(complaint.settingId),
    [INDEXES.byReceived.sortKey]: `${complaint.receivedAt}#${complaint.id}`,
    // The staff dashboard: every open complaint of a setting, with what it waits for. Sparse:
    // a complaint leaves the index when it closes, is withdrawn or is referred.
    ...(waiting
      ? {
          [WAITING]: waiting,
          [INDEXES.byDeadline.partitionKey]: keys.setting(complaint.settingId),
          [INDEXES.byDeadline.sortKey]: waitingPosition(complaint.id, waiting),
        }
      : {}),
  };
}

function levelItem(complaint: Complaint, clock: LevelClock): Item {
  return { ...clock, ...keys.level(complaint.id, clock.level), entity: 'level' };
}


/** DynamoDB's limit on the items of one transaction. */
const MAX_TRANSACTION_ITEMS = 100;

/** A transaction cancelled by a failed condition or by a concurrent transaction on its items. */
function isConflict(error: unknown): boolean {
  if (error instanceof TransactionConflictException) return true;
  if (!(error instanceof TransactionCanceledException)) return false;
  return (error.CancellationReasons ?? []).some((reason) => reason.Code === 'ConditionalCheckFailed' || reason.Code === 'TransactionConflict');
}


/** Which items of a cancelled transaction failed their condition. */
function cancelledIndexes(error: unknown): number[] {
  if (!(error instanceof TransactionCanceledException)) return [];
  return (error.CancellationReasons ?? []).flatMap((reason, index) =>
    reason.Code === 'ConditionalCheckFailed' ? [index] : [],
  );
}
