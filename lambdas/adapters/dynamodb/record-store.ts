/**
 * The RecordStore on the complaints table (see table-design.ts): record rows read by index
 * queries only, the complaints behind a page read by key, and the logs of the record.
 */
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { RecordPartition, RecordRow } from '../../domain/record';
import { recordPartitionKey } from '../../domain/record';
import type {
  AccessEntry,
  InspectorLink,
  RecordDetails,
  RecordProduction,
  RecordStore,
  RowQuery,
} from '../../domain/record-ports';
import { keys } from './complaint-keys';
import { INDEXES, RECORD_TABLE_INDEXES, TTL_ATTRIBUTE } from './table-design';

type Item = Record<string, unknown>;

import { recordKeys, ROW_ATTRIBUTES } from './record-items';

/** Parallel reads and writes are bounded, so that one export never floods the table. */
const CONCURRENCY = 16;
/** DynamoDB's most items in one transaction. */
const TRANSACTION_ITEMS = 100;

export class DynamoDbRecordStore implements RecordStore {
  private readonly db: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.db = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }

  async rows(partition: RecordPartition, query: RowQuery): Promise<RecordRow[]> {
    const index = RECORD_TABLE_INDEXES[partition.index];
    // Newest first; `before` and `to` both bound from above, `from` from below.
    const upper = [query.before, query.to].filter((v): v is string => v !== undefined).sort()[0];
    const conditions = ['#pk = :pk'];
    const values: Item = { ':pk': recordPartitionKey(partition.index, partition.settingId, partition.facets) };
    if (upper !== undefined && query.from !== undefined) {
      // BETWEEN is inclusive: the previous page's last row comes back, and is dropped below.
      conditions.push('#sk BETWEEN :from AND :upper');
      values[':from'] = query.from;
      values[':upper'] = upper;
    } else if (upper !== undefined) {
      conditions.push('#sk < :upper');
      values[':upper'] = upper;
    } else if (query.from !== undefined) {
      conditions.push('#sk >= :from');
      values[':from'] = query.from;
    }
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index.name,
        KeyConditionExpression: conditions.join(' AND '),
        ExpressionAttributeNames: { '#pk': index.partitionKey, ...(conditions.length > 1 ? { '#sk': index.sortKey } : {}) },
        ExpressionAttributeValues: values,
        ScanIndexForward: false,
        Limit: query.limit + (query.before !== undefined && query.from !== undefined ? 1 : 0),
      }),
    );
    return Items.filter((item) => item.entity === 'recordRow' && (query.before === undefined || item[index.sortKey] !== query.before))
      .slice(0, query.limit)
      .map(
      (item) => Object.fromEntries(Object.entries(item).filter(([key]) => !ROW_ATTRIBUTES.has(key))) as unknown as RecordRow,
    );
  }

  async details(settingId: string, period: { from: string; to: string }): Promise<Map<string, RecordDetails>> {
    const { readDetails } = await import('./record-details');
    return readDetails((query) => this.pages(query), INDEXES.byReceived, keys.setting(settingId), period);
  }

  async logProduction(production: RecordProduction): Promise<void> {
    await this.db.send(
      new PutCommand({ TableName: this.tableName, Item: { ...recordKeys.production(production.at, production.id), entity: 'recordProduction', production } }),
    );
  }

  async productions(limit: number): Promise<RecordProduction[]> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'RECORDLOG' },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items.map((item) => item.production as RecordProduction);
  }

  async addLink(link: InspectorLink): Promise<void> {
    await this.db.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: this.tableName, Item: { ...recordKeys.link(link.id), entity: 'inspectorLink', link }, ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: this.tableName, Item: { ...recordKeys.token(link.tokenHash), entity: 'inspectorToken', linkId: link.id }, ConditionExpression: 'attribute_not_exists(pk)' } },
        ],
      }),
    );
  }

  async linkByTokenHash(tokenHash: string): Promise<InspectorLink | undefined> {
    const token = await this.db.send(new GetCommand({ TableName: this.tableName, Key: recordKeys.token(tokenHash), ConsistentRead: true }));
    if (!token.Item) return undefined;
    const link = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: recordKeys.link(String(token.Item.linkId)), ConsistentRead: true }),
    );
    return link.Item?.link as InspectorLink | undefined;
  }

  async links(limit: number): Promise<InspectorLink[]> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': 'INSPECTORLINKS', ':prefix': 'LINK#' },
        Limit: limit,
      }),
    );
    return Items.map((item) => item.link as InspectorLink).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async revokeLink(id: string, { at, by, reason }: { at: string; by: string; reason: string }): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: recordKeys.link(id),
          UpdateExpression:
            'SET link.revokedAt = if_not_exists(link.revokedAt, :at), link.revokedBy = if_not_exists(link.revokedBy, :by), link.revokedReason = if_not_exists(link.revokedReason, :reason)',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': at, ':by': by, ':reason': reason },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async logAccess(entries: readonly AccessEntry[]): Promise<void> {
    // In transactions of a hundred puts, not BatchWriteItem: a batch right would also let the
    // record's functions (one of them public) delete items, and nothing here ever deletes.
    const puts = entries.map((entry, n) => ({
      Put: {
        TableName: this.tableName,
        Item: {
          ...recordKeys.access(entry, n),
          entity: 'access',
          complaintId: entry.complaintId,
          at: entry.at,
          kind: entry.kind,
          by: entry.by,
          ...(entry.expiresAt !== undefined ? { [TTL_ATTRIBUTE]: entry.expiresAt } : {}),
        },
      },
    }));
    // One look (a complaint read) is one PutItem: a transaction costs twice the writes.
    if (puts.length === 1) await this.db.send(new PutCommand(puts[0]!.Put));
    else for (let i = 0; i < puts.length; i += TRANSACTION_ITEMS) await this.db.send(new TransactWriteCommand({ TransactItems: puts.slice(i, i + TRANSACTION_ITEMS) }));
  }

  async accessLog(complaintId: string, limit: number): Promise<AccessEntry[]> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.complaint(complaintId).pk, ':prefix': 'ACCESS#' },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items.map((item) => ({
      complaintId,
      at: String(item.at),
      kind: item.kind as AccessEntry['kind'],
      by: String(item.by),
    }));
  }

  async setRetention(complaintId: string, expiresAt: number | undefined): Promise<void> {
    const query = { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.complaint(complaintId).pk }, ProjectionExpression: 'pk, sk' };
    for await (const items of this.pages(query)) {
      await inBatches(items, (item) =>
        this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: item.pk, sk: item.sk },
            UpdateExpression: expiresAt === undefined ? 'REMOVE #ttl' : 'SET #ttl = :expiresAt',
            ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
            ...(expiresAt === undefined ? {} : { ExpressionAttributeValues: { ':expiresAt': expiresAt } }),
          }),
        ),
      );
    }
  }

  /** A query's pages, one at a time. */
  private async *pages(query: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): AsyncGenerator<Item[]> {
    let ExclusiveStartKey: Item | undefined;
    do {
      const page = await this.db.send(new QueryCommand({ ...query, TableName: this.tableName, ExclusiveStartKey }));
      yield page.Items ?? [];
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
  }
}

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += CONCURRENCY) {
    await Promise.all(items.slice(i, i + CONCURRENCY).map(work));
  }
}
