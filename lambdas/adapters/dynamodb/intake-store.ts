/**
 * The complaints' store as the intake uses it (IntakeStore in lambdas/domain/ports.ts): one
 * complaint read back (complaint-loader.ts), a new complaint written with its clocks, first
 * events and effects in one transaction, and the idempotency keys of its requests. The
 * repository (complaint-repository.ts) adds the writes of a change and the queries; the
 * functions that take complaints in build this one and carry neither.
 */
import { TransactionCanceledException, TransactionConflictException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AggregateChange, Complaint, LevelClock } from '../../domain/complaint';
import { ConcurrencyError } from '../../domain/errors';
import type { CreateResult, IdempotencyRecord, IntakeStore, NewComplaint } from '../../domain/ports';
import { waitingOf, waitingPosition, type Waiting } from '../../domain/waiting';
import { DynamoDbComplaintLoader, WAITING } from './complaint-loader';
import { keys, lettersOf, outboxPartitionOf, outboxSortKey, type Item } from './complaint-keys';
import { INDEXES, TTL_ATTRIBUTE } from './table-design';

/**
 * The record row written with each change (R1–R3), loaded on the first write: the many
 * functions that build a store but never write a complaint do not carry it.
 */
export const recordItems = () => import('./record-items');

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

export class DynamoDbIntakeStore extends DynamoDbComplaintLoader implements IntakeStore {
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

  protected aggregateWrites(change: Omit<AggregateChange, 'expectedVersion'>, version: number): TransactItem[] {
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

  protected put(item: Item, condition?: string, values?: Item): TransactItem {
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

export function complaintItem(complaint: Complaint, waiting: Waiting | undefined): Item {
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


/** A transaction cancelled by a failed condition or by a concurrent transaction on its items. */
export function isConflict(error: unknown): boolean {
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
