/**
 * The ComplaintStore on one DynamoDB table (see table-design.ts). Every change of a
 * complaint is one transaction guarded by the complaint's version; the sparse index keys are
 * derived here from the items' state, so use cases never think about indexes.
 */
import {
  TransactionCanceledException,
  TransactionConflictException,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { AggregateChange, Complaint, ComplaintAggregate, Effect, Letter, LetterEffect, LevelClock, RecordEvent } from '../../domain/complaint';
import { ConcurrencyError } from '../../domain/errors';
import type { ComplaintStore, CreateResult, IdempotencyRecord, NewComplaint, OpenComplaint } from '../../domain/ports';
import { waitingOf, waitingPosition, type Waiting } from '../../domain/waiting';
import { keys, LETTER_PREFIX, lettersOf, outboxPartition, outboxPartitionOf, outboxSortKey, type Item } from './complaint-keys';
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
 * The complaints' store (the port the use cases use). The outbox's workers and the parked
 * effects have adapters of their own (outbox.ts, parked-effects.ts), which only the functions
 * that call them load.
 */
export class DynamoDbComplaintRepository implements ComplaintStore {
  private readonly db: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.db = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
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

  async load(complaintId: string): Promise<ComplaintAggregate | undefined> {
    const [meta, levels] = await Promise.all([
      this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.complaint(complaintId), ConsistentRead: true })),
      this.levels(complaintId),
    ]);
    if (!meta.Item) return undefined;
    return { complaint: stripKeys(meta.Item) as unknown as Complaint, levels };
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

  async events(complaintId: string): Promise<RecordEvent[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.complaint(complaintId).pk, ':prefix': 'EVENT#' },
    });
    return items.map((item) => stripKeys(item) as unknown as RecordEvent);
  }

  async openComplaints(settingId: string, options: { limit: number; after?: string }): Promise<OpenComplaint[]> {
    const index = INDEXES.byDeadline;
    const rows: OpenComplaint[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.name,
          KeyConditionExpression: options.after ? '#pk = :setting AND #sk > :after' : '#pk = :setting',
          ExpressionAttributeNames: { '#pk': index.partitionKey, ...(options.after ? { '#sk': index.sortKey } : {}) },
          ExpressionAttributeValues: { ':setting': keys.setting(settingId), ...(options.after ? { ':after': options.after } : {}) },
          Limit: options.limit,
          ExclusiveStartKey,
        }),
      );
      for (const item of page.Items ?? []) {
        // Level clocks written before the index listed complaints still carry its keys: skipped.
        if (item.entity !== 'complaint' || rows.length === options.limit) continue;
        rows.push({ complaint: stripKeys(item) as unknown as Complaint, waiting: item[WAITING] as Waiting });
      }
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey && rows.length < options.limit);
    return rows;
  }

  async letters(complaintId: string): Promise<Letter[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.complaint(complaintId).pk, ':prefix': LETTER_PREFIX },
      ConsistentRead: true,
    });
    return items.map(letterOf).sort((a, b) => a.letter.createdAt.localeCompare(b.letter.createdAt));
  }

  async lettersToPrint(settingId: string, limit: number): Promise<Letter[]> {
    const { Items = [] } = await outboxPartition(this.db, this.tableName, lettersOf(settingId), { Limit: limit });
    return Items.map(letterOf);
  }

  async hasStatusToken(complaintId: string, tokenHash: string, issuedFrom?: string): Promise<boolean> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.token(complaintId, tokenHash), ProjectionExpression: 'pk, createdAt' }),
    );
    if (!Item) return false;
    return issuedFrom === undefined || String(Item.createdAt ?? '') >= issuedFrom;
  }

  /** Levels, events and effects of one change; the complaint item is written by the caller. */
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

  private async levels(complaintId: string): Promise<ComplaintAggregate['levels']> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.complaint(complaintId).pk, ':prefix': 'LEVEL#' },
      ConsistentRead: true,
    });
    const levels: ComplaintAggregate['levels'] = {};
    for (const item of items) {
      const clock = stripKeys(item) as unknown as LevelClock;
      levels[clock.level] = clock;
    }
    return levels;
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

  private async queryAll(input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName'>): Promise<Item[]> {
    const items: Item[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      const page = await this.db.send(new QueryCommand({ ...input, TableName: this.tableName, ExclusiveStartKey }));
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
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

/** Stored beside an open complaint, so the dashboard needs no second read per complaint. */
const WAITING = 'waiting';
/** Level clocks written before the dashboard listed complaints carried these facts. */
const FACTS = 'complaintFacts';

const KEY_ATTRIBUTES = new Set([
  'pk',
  'sk',
  'entity',
  WAITING,
  FACTS,
  ...Object.values(INDEXES).flatMap((index) => [index.partitionKey, index.sortKey]),
]);

function stripKeys(item: Item): Item {
  return Object.fromEntries(Object.entries(item).filter(([key]) => !KEY_ATTRIBUTES.has(key)));
}

/** DynamoDB's limit on the items of one transaction. */
const MAX_TRANSACTION_ITEMS = 100;

/** A transaction cancelled by a failed condition or by a concurrent transaction on its items. */
function isConflict(error: unknown): boolean {
  if (error instanceof TransactionConflictException) return true;
  if (!(error instanceof TransactionCanceledException)) return false;
  return (error.CancellationReasons ?? []).some((reason) => reason.Code === 'ConditionalCheckFailed' || reason.Code === 'TransactionConflict');
}

function letterOf(item: Item): Letter {
  return {
    letter: item.effect as LetterEffect,
    ...(typeof item.postedOn === 'string' ? { postedOn: item.postedOn } : {}),
    ...(typeof item.postedBy === 'string' ? { postedBy: item.postedBy } : {}),
  };
}

/** Which items of a cancelled transaction failed their condition. */
function cancelledIndexes(error: unknown): number[] {
  if (!(error instanceof TransactionCanceledException)) return [];
  return (error.CancellationReasons ?? []).flatMap((reason, index) =>
    reason.Code === 'ConditionalCheckFailed' ? [index] : [],
  );
}
