/**
 * Reading complaints from the complaints table (see table-design.ts): one complaint
 * (complaint-loader.ts) and the queries that show them (its record, the dashboard, letters,
 * status links), what the functions that only show complaints load, without the writes.
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Complaint, Letter, LetterEffect, RecordEvent } from '../../domain/complaint';
import type { ComplaintReader, OpenComplaint } from '../../domain/ports';
import type { Waiting } from '../../domain/waiting';
import { DynamoDbComplaintLoader, stripKeys, WAITING } from './complaint-loader';
import { keys, LETTER_PREFIX, lettersOf, outboxPartition, type Item } from './complaint-keys';
import { INDEXES } from './table-design';

export class DynamoDbComplaintReader extends DynamoDbComplaintLoader implements ComplaintReader {
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
}

function letterOf(item: Item): Letter {
  return {
    letter: item.effect as LetterEffect,
    ...(typeof item.postedOn === 'string' ? { postedOn: item.postedOn } : {}),
    ...(typeof item.postedBy === 'string' ? { postedBy: item.postedBy } : {}),
  };
}
