/**
 * The public intake's daily count of acknowledgements per address: one item per address
 * (its hash, never the address) and London day, counted up with a condition so that two
 * complaints at once cannot both take the last place. A retry with the same Idempotency-Key
 * is counted once (the item keeps the keys it counted). Apart from the complaint repository
 * so that only the intake functions carry it.
 */
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AcknowledgementCap } from '../../domain/ports';
import { TTL_ATTRIBUTE } from './table-design';

/** Kept two days, then the TTL removes it: only today's count matters. */
const KEEP_SECONDS = 2 * 24 * 3600;

export class DynamoDbAcknowledgementCap implements AcknowledgementCap {
  private readonly db: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
    readonly perDay: number,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.db = DynamoDBDocumentClient.from(client);
  }

  async reserve(addressHash: string, day: string, requestKey?: string): Promise<boolean> {
    // With a request's key the item also keeps the keys it counted (at most `perDay` of them),
    // so a retry of a counted request is known, and not counted again, in the same one call.
    const keyed = requestKey !== undefined;
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: `ACKNOWLEDGED#${addressHash}`, sk: `DAY#${day}` },
          UpdateExpression: `ADD #count :one${keyed ? ', #requests :request' : ''} SET #ttl = if_not_exists(#ttl, :expiresAt)`,
          ConditionExpression: `(attribute_not_exists(#count) OR #count < :cap)${keyed ? ' AND NOT contains(#requests, :requestKey)' : ''}`,
          ExpressionAttributeNames: { '#count': 'count', '#ttl': TTL_ATTRIBUTE, ...(keyed ? { '#requests': 'requests' } : {}) },
          ExpressionAttributeValues: {
            ':one': 1,
            ':cap': this.perDay,
            ':expiresAt': Math.floor(this.now().getTime() / 1000) + KEEP_SECONDS,
            ...(keyed ? { ':request': new Set([requestKey]), ':requestKey': requestKey } : {}),
          },
          ...(keyed ? { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const } : {}),
        }),
      );
      return true;
    } catch (error) {
      // The item as it was comes back with the failure (in DynamoDB's own JSON): a key it
      // holds is this request's, counted before; otherwise the day's count is full.
      if (error instanceof ConditionalCheckFailedException) return keyed && (error.Item?.requests?.SS ?? []).includes(requestKey);
      throw error;
    }
  }
}
