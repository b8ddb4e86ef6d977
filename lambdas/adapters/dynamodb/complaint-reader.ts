/**
 * Reading complaints from the complaints table (see table-design.ts): what the functions that
 * only show complaints load, without the writes (complaint-repository.ts adds them).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Complaint, ComplaintAggregate, Letter, LetterEffect, LevelClock, RecordEvent } from '../../domain/complaint';
import type { ComplaintReader, OpenComplaint } from '../../domain/ports';
import type { Waiting } from '../../domain/waiting';
import { keys, LETTER_PREFIX, lettersOf, outboxPartition, type Item } from './complaint-keys';
import { INDEXES } from './table-design';

export class DynamoDbComplaintReader implements ComplaintReader {
  protected readonly db: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    protected readonly tableName: string,
  ) {
    this.db = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }

  async load(complaintId: string): Promise<ComplaintAggregate | undefined> {
    const [meta, levels] = await Promise.all([
      this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.complaint(complaintId), ConsistentRead: true })),
      this.levels(complaintId),
    ]);
    if (!meta.Item) return undefined;
    return { complaint: stripKeys(meta.Item) as unknown as Complaint, levels };
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
  protected async levels(complaintId: string): Promise<ComplaintAggregate['levels']> {
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

  protected async queryAll(input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName'>): Promise<Item[]> {
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

/** Stored beside an open complaint, so the dashboard needs no second read per complaint. */
export const WAITING = 'waiting';
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

export function stripKeys(item: Item): Item {
  return Object.fromEntries(Object.entries(item).filter(([key]) => !KEY_ATTRIBUTES.has(key)));
}

function letterOf(item: Item): Letter {
  return {
    letter: item.effect as LetterEffect,
    ...(typeof item.postedOn === 'string' ? { postedOn: item.postedOn } : {}),
    ...(typeof item.postedBy === 'string' ? { postedBy: item.postedBy } : {}),
  };
}
