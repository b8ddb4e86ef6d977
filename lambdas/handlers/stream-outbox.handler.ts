/**
 * The table's stream consumer: carries out each effect as soon as the transaction that
 * recorded it is written, so no request waits for SES or Step Functions.
 *
 * An effect that fails is given back to the outbox with its next attempt (the sweeper retries
 * it), which is a success for the stream. Only a record that could not be dealt with at all
 * (the table unreachable) is reported as a batch-item failure: Lambda retries it, bisecting
 * the batch, and finally sends it to the failure queue — while the sweeper still finds the
 * effect in the outbox.
 */
import type { AttributeValue as StreamAttributeValue, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Effect } from '../domain/complaint';
import { carryOutEffects } from '../use-cases/carry-out-effects';
import { effectPorts } from './effect-ports';
import { logger } from './logger';

export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const ports = effectPorts();
  const failures: string[] = [];
  await Promise.all(
    event.Records.map(async (record) => {
      const effect = effectOf(record.dynamodb?.NewImage);
      if (!effect) return;
      try {
        await carryOutEffects(ports, [effect]);
      } catch (error) {
        logger.warn('Stream record not carried out', { reference: effect.complaintId, error: errorName(error) });
        if (record.dynamodb?.SequenceNumber) failures.push(record.dynamodb.SequenceNumber);
      }
    }),
  );
  return { batchItemFailures: failures.map((itemIdentifier) => ({ itemIdentifier })) };
}

/** The effect a new outbox item carries; undefined for any other item of the table. */
function effectOf(image: Record<string, StreamAttributeValue> | undefined): Effect | undefined {
  if (!image?.effect) return undefined;
  // The stream's attribute values are DynamoDB's own JSON, as the SDK's are.
  const item = unmarshall(image as Record<string, AttributeValue>);
  return item.effect as Effect;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'UnknownError';
}
