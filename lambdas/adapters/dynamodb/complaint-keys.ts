/**
 * The keys of a complaint's items and of the outbox's sparse index, shared by the adapters of
 * the complaints' ports (complaint-repository.ts, outbox.ts, parked-effects.ts), each of which
 * only the functions that call it load.
 */
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Effect, RecordEvent } from '../../domain/complaint';
import { INDEXES, OUTBOX } from './table-design';

export type Item = Record<string, unknown>;

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

/** Letters share the outbox's sparse index, under their setting: carried out by staff, not by the sweeper. */
export const lettersOf = (settingId: string) => `LETTER#${settingId}`;
export const LETTER_PREFIX = 'OUTBOX#letter#';

export function outboxPartitionOf(effect: Effect): string {
  if (effect.kind === 'letter') return lettersOf(effect.settingId);
  return effect.kind === 'email' ? OUTBOX.emails : OUTBOX.clocks;
}

export function outboxSortKey(at: string, effect: Pick<Effect, 'complaintId' | 'key'>): string {
  return `${at}#${effect.complaintId}#${effect.key}`;
}

/**
 * One page of one partition of the pending-outbox index, oldest first: the effects set aside
 * for an administrator, or a setting's letters waiting to be posted (one query, never a scan).
 */
export function outboxPartition(
  db: DynamoDBDocumentClient,
  tableName: string,
  partition: string,
  page: { Limit?: number; Select?: 'COUNT'; ExclusiveStartKey?: Item },
) {
  const index = INDEXES.pendingOutbox;
  return db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: index.name,
      KeyConditionExpression: '#pk = :partition',
      ExpressionAttributeNames: { '#pk': index.partitionKey },
      ExpressionAttributeValues: { ':partition': partition },
      ...page,
    }),
  );
}
