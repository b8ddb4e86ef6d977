/**
 * One complaint with its clocks, from the complaints table (see table-design.ts): what every
 * store of complaints shares. The reader (complaint-reader.ts) adds the queries that show
 * complaints, the intake's store (intake-store.ts) the writes of a new complaint, and the
 * repository (complaint-repository.ts) the writes of a change and the queries: a function
 * builds the one it uses, and its bundle carries no other's methods.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Complaint, ComplaintAggregate, LevelClock } from '../../domain/complaint';
import { keys, type Item } from './complaint-keys';
import { INDEXES } from './table-design';

export class DynamoDbComplaintLoader {
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

  /** The complaint's level clocks, by level. */
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
