/**
 * What an export reads of the complaints of a setting and period (R2), loaded on the first
 * export: the functions that list the record or hold a complaint do not carry it. It imports
 * nothing of the adapter's at run time, so it stays a chunk of its own.
 */
import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { RecordDetails } from '../../domain/record-ports';

type Query = Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>;

/**
 * A setting's complaints, and nothing else, sit in `index` under `partition`, by the same
 * `<receivedAt>#<reference>` as its record rows. Only the record's part of each is read,
 * never a complainant's contact or words. BETWEEN takes nothing past `to`: every key is longer.
 */
export async function readDetails(
  pages: (query: Query) => AsyncIterable<Record<string, unknown>[]>,
  index: { name: string; partitionKey: string; sortKey: string },
  partition: string,
  { from, to }: { from: string; to: string },
): Promise<Map<string, RecordDetails>> {
  const found = new Map<string, RecordDetails>();
  const query = {
    IndexName: index.name,
    KeyConditionExpression: `${index.partitionKey} = :pk AND ${index.sortKey} BETWEEN :from AND :to`,
    ExpressionAttributeValues: { ':pk': partition, ':from': from, ':to': to },
    ProjectionExpression: 'id, summativeRecord, practiceReview, pseudonyms',
  };
  for await (const items of pages(query)) for (const { id, ...details } of items) found.set(String(id), details);
  return found;
}
