/**
 * The public intake's daily count of acknowledgements per address: one item per address
 * (its hash, never the address) and London day, counted up with a condition so that two
 * complaints at once cannot both take the last place. Apart from the complaint repository
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

  async reserve(addressHash: string, day: string): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: `ACKNOWLEDGED#${addressHash}`, sk: `DAY#${day}` },
          UpdateExpression: 'ADD #count :one SET #ttl = if_not_exists(#ttl, :expiresAt)',
          ConditionExpression: 'attribute_not_exists(#count) OR #count < :cap',
          ExpressionAttributeNames: { '#count': 'count', '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: { ':one': 1, ':cap': this.perDay, ':expiresAt': Math.floor(this.now().getTime() / 1000) + KEEP_SECONDS },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
