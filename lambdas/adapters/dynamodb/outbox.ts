/**
 * The outbox on the complaints' table, for the two functions that carry effects out (the
 * table's stream consumer and the sweeper): taking a due effect, giving it back or setting it
 * aside, and the status token its email carries. The effects themselves are written with the
 * change that made them (complaint-repository.ts).
 */
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Effect } from '../../domain/complaint';
import type { ClaimedEffect, Outbox } from '../../domain/ports';
import { keys, outboxPartitionOf, outboxSortKey } from './complaint-keys';
import { INDEXES, OUTBOX, TTL_ATTRIBUTE } from './table-design';

function ignoreConditionFailure(error: unknown): void {
  // The effect moved on meanwhile (done by another worker, settled by hand): nothing to undo.
  if (!(error instanceof ConditionalCheckFailedException)) throw error;
}

export class DynamoDbOutbox implements Outbox {
  private readonly db: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.db = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }

  async dueEffects(now: Date, limit: number): Promise<Effect[]> {
    const index = INDEXES.pendingOutbox;
    const effects: Effect[] = [];
    // Clock starts and stops first: a statutory clock never waits behind an email.
    for (const partition of [OUTBOX.clocks, OUTBOX.emails]) {
      if (effects.length >= limit) break;
      const { Items = [] } = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.name,
          KeyConditionExpression: '#pk = :partition AND #sk < :upTo',
          ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
          ExpressionAttributeValues: { ':partition': partition, ':upTo': `${now.toISOString()}~` },
          Limit: limit - effects.length,
        }),
      );
      effects.push(...Items.map((item) => item.effect as Effect));
    }
    return effects;
  }

  async claimEffect(effect: Effect, leaseSeconds: number): Promise<ClaimedEffect | undefined> {
    const now = this.now();
    const leaseUntil = new Date(now.getTime() + leaseSeconds * 1000).toISOString();
    try {
      // Taking an effect moves its next attempt past the lease: a worker that dies holding it
      // leaves it due again once the lease runs out.
      const { Attributes } = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.effect(effect),
          UpdateExpression: 'SET nextAttemptAt = :until, #sk = :sk, attempts = if_not_exists(attempts, :zero) + :one',
          ConditionExpression: '#pk = :partition AND nextAttemptAt <= :now',
          ExpressionAttributeNames: { '#pk': INDEXES.pendingOutbox.partitionKey, '#sk': INDEXES.pendingOutbox.sortKey },
          ExpressionAttributeValues: {
            ':partition': outboxPartitionOf(effect),
            ':now': now.toISOString(),
            ':until': leaseUntil,
            ':sk': outboxSortKey(leaseUntil, effect),
            ':zero': 0,
            ':one': 1,
          },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return { attempts: Number(Attributes?.attempts ?? 1) };
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  async completeEffect(effect: Effect, at: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.effect(effect),
        // Done effects stay as the record of whether and when each person was told (R2); the
        // status token is dropped once the email carrying it has gone (its hash stays valid).
        UpdateExpression: 'SET doneAt = :at REMOVE #pk, #sk, nextAttemptAt, statusToken, lastError',
        ExpressionAttributeNames: { '#pk': INDEXES.pendingOutbox.partitionKey, '#sk': INDEXES.pendingOutbox.sortKey },
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  }

  async retryEffect(effect: Effect, error: string, nextAttemptAt: Date): Promise<void> {
    const at = nextAttemptAt.toISOString();
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.effect(effect),
        UpdateExpression: 'SET lastError = :error, nextAttemptAt = :at, #sk = :sk',
        ConditionExpression: '#pk = :partition',
        ExpressionAttributeNames: { '#pk': INDEXES.pendingOutbox.partitionKey, '#sk': INDEXES.pendingOutbox.sortKey },
        ExpressionAttributeValues: { ':error': error, ':at': at, ':sk': outboxSortKey(at, effect), ':partition': outboxPartitionOf(effect) },
      }),
    ).catch(ignoreConditionFailure);
  }

  async parkEffect(effect: Effect, error: string, at: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.effect(effect),
        UpdateExpression: 'SET lastError = :error, parkedAt = :at, #pk = :parked, #sk = :sk REMOVE nextAttemptAt',
        ConditionExpression: '#pk = :partition',
        ExpressionAttributeNames: { '#pk': INDEXES.pendingOutbox.partitionKey, '#sk': INDEXES.pendingOutbox.sortKey },
        ExpressionAttributeValues: {
          ':error': error,
          ':at': at,
          ':parked': OUTBOX.parked,
          ':sk': outboxSortKey(at, effect),
          ':partition': outboxPartitionOf(effect),
        },
      }),
    ).catch(ignoreConditionFailure);
  }

  async statusTokenFor(effect: Effect, mint: () => { token: string; hash: string }, createdAt: string): Promise<string> {
    const fresh = mint();
    // Only the first attempt's token is kept; a retry reads it back.
    const { Attributes } = await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.effect(effect),
        UpdateExpression: 'SET statusToken = if_not_exists(statusToken, :token)',
        ExpressionAttributeValues: { ':token': fresh.token },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    const token = String(Attributes?.statusToken ?? fresh.token);
    if (token === fresh.token) await this.addStatusToken(effect.complaintId, fresh.hash, createdAt);
    return token;
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
}
