/**
 * The ComplaintRepository on one DynamoDB table (see table-design.ts). Every change of a
 * complaint is one transaction guarded by the complaint's version; the sparse index keys are
 * derived here from the items' state, so use cases never think about indexes.
 */
import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { AggregateChange, Complaint, ComplaintAggregate, Effect, LevelClock, RecordEvent } from '../../domain/complaint';
import { isRunning } from '../../domain/complaint';
import { ConcurrencyError } from '../../domain/errors';
import type {
  ComplaintFacts,
  ComplaintRepository,
  CreateResult,
  IdempotencyRecord,
  NewComplaint,
  RunningClock,
} from '../../domain/ports';
import { LEVELS } from '../../domain/procedure';
import { INDEXES, TTL_ATTRIBUTE } from './table-design';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type Item = Record<string, unknown>;

const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;
const PENDING = 'PENDING';

export const keys = {
  complaint: (id: string) => ({ pk: `COMPLAINT#${id}`, sk: 'META' }),
  level: (id: string, level: string) => ({ pk: `COMPLAINT#${id}`, sk: `LEVEL#${level}` }),
  // The version makes two saves in the same millisecond sort apart and never collide.
  event: (e: RecordEvent, version: number) => ({
    pk: `COMPLAINT#${e.complaintId}`,
    sk: `EVENT#${e.at}#${String(version).padStart(6, '0')}#${String(e.seq).padStart(3, '0')}`,
  }),
  effect: (e: Pick<Effect, 'complaintId' | 'key'>) => ({ pk: `COMPLAINT#${e.complaintId}`, sk: `OUTBOX#${e.key}` }),
  idempotency: (keyHash: string) => ({ pk: `IDEMPOTENCY#${keyHash}`, sk: 'IDEMPOTENCY' }),
  token: (id: string, hash: string) => ({ pk: `COMPLAINT#${id}`, sk: `TOKEN#${hash}` }),
  setting: (settingId: string) => `SETTING#${settingId}`,
};

export class DynamoDbComplaintRepository implements ComplaintRepository {
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
    const items: TransactItem[] = [
      this.put(complaintItem(complaint), 'attribute_not_exists(pk)'),
      ...this.aggregateWrites(change, complaint.version),
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
    const { pk } = keys.complaint(complaintId);
    const [meta, levels] = await Promise.all([
      this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.complaint(complaintId), ConsistentRead: true })),
      this.queryAll({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': 'LEVEL#' },
        ConsistentRead: true,
      }),
    ]);
    if (!meta.Item) return undefined;
    const aggregate: ComplaintAggregate = { complaint: stripKeys(meta.Item) as unknown as Complaint, levels: {} };
    for (const item of levels) {
      const clock = stripKeys(item) as unknown as LevelClock;
      aggregate.levels[clock.level] = clock;
    }
    return aggregate;
  }

  async save(change: AggregateChange): Promise<void> {
    const items: TransactItem[] = [
      this.put(complaintItem(change.complaint), 'version = :expected', { ':expected': change.expectedVersion }),
      ...this.aggregateWrites(change, change.complaint.version),
    ];
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (cancelledIndexes(error).length > 0) throw new ConcurrencyError(change.complaint.id);
      throw error;
    }
    if (change.complaint.expiresAt !== undefined) await this.applyRetention(change.complaint.id, change.complaint.expiresAt);
  }

  async events(complaintId: string): Promise<RecordEvent[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.complaint(complaintId).pk, ':prefix': 'EVENT#' },
    });
    return items.map((item) => stripKeys(item) as unknown as RecordEvent);
  }

  async runningClocks(settingId: string, options: { limit: number; after?: string }): Promise<RunningClock[]> {
    const index = INDEXES.byDeadline;
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index.name,
        KeyConditionExpression: options.after ? '#pk = :setting AND #sk > :after' : '#pk = :setting',
        ExpressionAttributeNames: { '#pk': index.partitionKey, ...(options.after ? { '#sk': index.sortKey } : {}) },
        ExpressionAttributeValues: { ':setting': keys.setting(settingId), ...(options.after ? { ':after': options.after } : {}) },
        Limit: options.limit,
      }),
    );
    return Items.map((item) => ({
      clock: stripKeys(item) as unknown as LevelClock,
      complaint: item[FACTS] as ComplaintFacts,
    }));
  }

  async pendingEffects(limit: number): Promise<Effect[]> {
    const index = INDEXES.pendingOutbox;
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index.name,
        KeyConditionExpression: '#pk = :pending',
        ExpressionAttributeNames: { '#pk': index.partitionKey },
        ExpressionAttributeValues: { ':pending': PENDING },
        Limit: limit,
      }),
    );
    return Items.map((item) => item.effect as Effect);
  }

  async claimEffect(effect: Effect, leaseSeconds: number): Promise<boolean> {
    const nowSeconds = Math.floor(this.now().getTime() / 1000);
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.effect(effect),
          UpdateExpression: 'SET leaseUntil = :until',
          ConditionExpression: '#pk = :pending AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
          ExpressionAttributeNames: { '#pk': INDEXES.pendingOutbox.partitionKey },
          ExpressionAttributeValues: { ':pending': PENDING, ':now': nowSeconds, ':until': nowSeconds + leaseSeconds },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async completeEffect(effect: Effect, at: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.effect(effect),
        // Done effects stay as the record of whether and when each person was told (R2).
        UpdateExpression: 'SET doneAt = :at REMOVE #pk, #sk, leaseUntil',
        ExpressionAttributeNames: { '#pk': INDEXES.pendingOutbox.partitionKey, '#sk': INDEXES.pendingOutbox.sortKey },
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  }

  async releaseEffect(effect: Effect, error: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.effect(effect),
        UpdateExpression: 'SET lastError = :error, attempts = if_not_exists(attempts, :zero) + :one REMOVE leaseUntil',
        ExpressionAttributeValues: { ':error': error, ':zero': 0, ':one': 1 },
      }),
    );
  }

  async addStatusToken(complaintId: string, tokenHash: string, createdAt: string): Promise<void> {
    const meta = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.complaint(complaintId), ProjectionExpression: TTL_ATTRIBUTE }),
    );
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.token(complaintId, tokenHash), createdAt, [TTL_ATTRIBUTE]: meta.Item?.[TTL_ATTRIBUTE] },
      }),
    );
  }

  async hasStatusToken(complaintId: string, tokenHash: string): Promise<boolean> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.token(complaintId, tokenHash), ProjectionExpression: 'pk' }),
    );
    return Item !== undefined;
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
            [INDEXES.pendingOutbox.partitionKey]: PENDING,
            [INDEXES.pendingOutbox.sortKey]: `${effect.createdAt}#${effect.complaintId}#${effect.key}`,
            kind: effect.kind,
            effect,
            ...retention,
          },
          // Deterministic keys: an effect already recorded is never recorded twice.
          'attribute_not_exists(pk)',
        ),
      ),
    ];
  }

  /** R3: once a complaint closes, every item of it expires together, years later. */
  private async applyRetention(complaintId: string, expiresAt: number): Promise<void> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.complaint(complaintId).pk },
      ProjectionExpression: 'pk, sk',
    });
    for (const item of items) {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: item.pk, sk: item.sk },
          UpdateExpression: 'SET #ttl = :expiresAt',
          ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: { ':expiresAt': expiresAt },
        }),
      );
    }
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

function complaintItem(complaint: Complaint): Item {
  return {
    ...complaint,
    ...keys.complaint(complaint.id),
    entity: 'complaint',
    // The Ofsted record (R1–R3): every complaint of a setting by the date it was received.
    [INDEXES.byReceived.partitionKey]: keys.setting(complaint.settingId),
    [INDEXES.byReceived.sortKey]: `${complaint.receivedAt}#${complaint.id}`,
  };
}

function levelItem(complaint: Complaint, clock: LevelClock): Item {
  const running = complaint.status === 'open' && isRunning(clock, LEVELS[clock.level].onLapse !== null);
  return {
    ...clock,
    ...keys.level(complaint.id, clock.level),
    entity: 'level',
    [FACTS]: factsOf(complaint),
    // The staff dashboard: running clocks of a setting, nearest deadline first. Sparse: a
    // clock leaves the index when its duty is done, it is handed on, or the complaint ends.
    ...(running
      ? {
          [INDEXES.byDeadline.partitionKey]: keys.setting(complaint.settingId),
          [INDEXES.byDeadline.sortKey]: `${clock.deadlineAt}#${complaint.id}#${clock.level}`,
        }
      : {}),
  };
}

/** The dashboard reads running clocks without a second read per complaint. */
const FACTS = 'complaintFacts';

function factsOf(complaint: Complaint): ComplaintFacts {
  const { id, settingId, track, classification, keyPersonId, subjectStaffId, interpreterLanguage, receivedAt } = complaint;
  return { id, settingId, track, classification, keyPersonId, subjectStaffId, interpreterLanguage, receivedAt };
}

const KEY_ATTRIBUTES = new Set([
  'pk',
  'sk',
  'entity',
  FACTS,
  ...Object.values(INDEXES).flatMap((index) => [index.partitionKey, index.sortKey]),
]);

function stripKeys(item: Item): Item {
  return Object.fromEntries(Object.entries(item).filter(([key]) => !KEY_ATTRIBUTES.has(key)));
}

/** Which items of a cancelled transaction failed their condition. */
function cancelledIndexes(error: unknown): number[] {
  if (!(error instanceof TransactionCanceledException)) return [];
  return (error.CancellationReasons ?? []).flatMap((reason, index) =>
    reason.Code === 'ConditionalCheckFailed' ? [index] : [],
  );
}
