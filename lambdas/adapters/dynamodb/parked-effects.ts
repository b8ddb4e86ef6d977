/**
 * Effects set aside after their last attempt, on the complaints' table (the pending outbox's
 * index, under its parked partition): for administrators, and for the sweeper's count that
 * keeps the alarm on.
 */
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Effect } from '../../domain/complaint';
import type { ManualSettlement, ParkedEffect, ParkedEffects } from '../../domain/ports';
import { keys, outboxPartition, outboxPartitionOf, outboxSortKey, type Item } from './complaint-keys';
import { INDEXES, OUTBOX } from './table-design';

function parkedOf(item: Item): ParkedEffect {
  return {
    effect: item.effect as Effect,
    attempts: Number(item.attempts ?? 0),
    lastError: String(item.lastError ?? 'UnknownError'),
    parkedAt: String(item.parkedAt ?? ''),
  };
}

export class DynamoDbParkedEffects implements ParkedEffects {
  private readonly db: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.db = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }

  async parkedEffects(limit: number): Promise<ParkedEffect[]> {
    const { Items = [] } = await this.outboxPartition(OUTBOX.parked, { Limit: limit });
    return Items.map(parkedOf);
  }

  async countParkedEffects(): Promise<number> {
    let count = 0;
    let ExclusiveStartKey: Item | undefined;
    do {
      const page = await this.outboxPartition(OUTBOX.parked, { Select: 'COUNT', ExclusiveStartKey });
      count += page.Count ?? 0;
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return count;
  }

  async retryParkedEffect(complaintId: string, key: string, at: Date): Promise<ParkedEffect | undefined> {
    const due = at.toISOString();
    return this.updateParked(complaintId, key, (effect) => ({
      UpdateExpression: 'SET #pk = :partition, #sk = :sk, nextAttemptAt = :due, attempts = :zero REMOVE parkedAt',
      ExpressionAttributeValues: { ':partition': outboxPartitionOf(effect), ':sk': outboxSortKey(due, effect), ':due': due, ':zero': 0 },
    }));
  }

  async settleParkedEffect(complaintId: string, key: string, settlement: ManualSettlement): Promise<ParkedEffect | undefined> {
    return this.updateParked(complaintId, key, () => ({
      UpdateExpression: 'SET doneAt = :at, settledBy = :by, settledNote = :note REMOVE #pk, #sk, statusToken',
      ExpressionAttributeValues: { ':at': settlement.at, ':by': settlement.by, ':note': settlement.note },
    }));
  }

  private async updateParked(
    complaintId: string,
    key: string,
    change: (effect: Effect) => { UpdateExpression: string; ExpressionAttributeValues: Item },
  ): Promise<ParkedEffect | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.effect({ complaintId, key }), ConsistentRead: true }),
    );
    if (!Item || Item[INDEXES.pendingOutbox.partitionKey] !== OUTBOX.parked) return undefined;
    const parked = parkedOf(Item);
    const { UpdateExpression, ExpressionAttributeValues } = change(parked.effect);
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.effect({ complaintId, key }),
          UpdateExpression,
          ConditionExpression: '#pk = :parkedNow',
          ExpressionAttributeNames: { '#pk': INDEXES.pendingOutbox.partitionKey, '#sk': INDEXES.pendingOutbox.sortKey },
          ExpressionAttributeValues: { ...ExpressionAttributeValues, ':parkedNow': OUTBOX.parked },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
    return parked;
  }

  private outboxPartition(partition: string, page: { Limit?: number; Select?: 'COUNT'; ExclusiveStartKey?: Item }) {
    return outboxPartition(this.db, this.tableName, partition, page);
  }
}
