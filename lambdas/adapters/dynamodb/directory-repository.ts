/**
 * The directory on the complaints table (see table-design.ts): one partition holds a version
 * item and one item per member and per setting, so that loading it is one Query (never a
 * scan); every change moves the version, writes the changed records and appends its change
 * record in one transaction. Change records have their own partition, sorted by time.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import type { DirectoryRepository, DirectoryWrite } from '../../domain/directory-ports';
import { DirectoryChangedError } from '../../domain/errors';
import type { DirectoryChangeRecord, DirectoryData } from '../../domain/staff-directory';
import { DynamoDbDirectoryReader } from './directory-reader';
import { DIRECTORY_KEYS } from './table-design';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type Item = Record<string, unknown>;

const META = { pk: DIRECTORY_KEYS.partition, sk: 'META' };
const memberKey = (id: string) => ({ pk: DIRECTORY_KEYS.partition, sk: `MEMBER#${id}` });
const settingKey = (id: string) => ({ pk: DIRECTORY_KEYS.partition, sk: `SETTING#${id}` });
const changeKey = (record: DirectoryChangeRecord) => ({
  pk: DIRECTORY_KEYS.changes,
  // A random tail: two changes in the same millisecond never collide.
  sk: `${record.at}#${randomUUID().slice(0, 8)}`,
});

export class DynamoDbDirectoryRepository extends DynamoDbDirectoryReader implements DirectoryRepository {
  async seed(data: DirectoryData, record: DirectoryChangeRecord): Promise<boolean> {
    // A transaction holds at most 100 items and a directory can be larger, so the records go
    // first, one by one (each only if absent), and the version item last: until it exists
    // nobody reads the records, and a seed cut short is simply made again.
    for (const setting of data.settings) await this.putIfAbsent({ ...settingKey(setting.id), ...setting });
    for (const member of data.members) await this.putIfAbsent({ ...memberKey(member.id), ...member });
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            this.put({ ...META, version: 1 }, 'attribute_not_exists(pk)'),
            this.put({ ...changeKey(record), ...record }),
          ],
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof TransactionCanceledException) return false;
      throw error;
    }
  }

  async save(write: DirectoryWrite): Promise<void> {
    const items: TransactItem[] = [
      {
        Update: {
          TableName: this.tableName,
          Key: META,
          UpdateExpression: 'SET version = :next',
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':expected': write.expectedVersion, ':next': write.expectedVersion + 1 },
        },
      },
      ...(write.members ?? []).map((member) => this.put({ ...memberKey(member.id), ...member })),
      ...(write.settings ?? []).map((setting) => this.put({ ...settingKey(setting.id), ...setting })),
      this.put({ ...changeKey(write.record), ...write.record }),
    ];
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (error instanceof TransactionCanceledException) throw new DirectoryChangedError();
      throw error;
    }
  }

  async changes(options: { limit: number; after?: string }): Promise<{ items: DirectoryChangeRecord[]; next?: string }> {
    const page = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: options.after ? 'pk = :pk AND sk < :after' : 'pk = :pk',
        ExpressionAttributeValues: { ':pk': DIRECTORY_KEYS.changes, ...(options.after ? { ':after': options.after } : {}) },
        ScanIndexForward: false,
        Limit: options.limit,
      }),
    );
    const items = (page.Items ?? []).map(changeFrom);
    const last = page.Items?.at(-1);
    return { items, ...(page.LastEvaluatedKey && last ? { next: String(last.sk) } : {}) };
  }

  private async putIfAbsent(item: Item): Promise<void> {
    try {
      await this.db.send(new PutCommand({ TableName: this.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
    } catch (error) {
      if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return;
      throw error;
    }
  }

  private put(item: Item, condition?: string): TransactItem {
    return { Put: { TableName: this.tableName, Item: item, ...(condition ? { ConditionExpression: condition } : {}) } };
  }
}

function changeFrom(item: Item): DirectoryChangeRecord {
  return {
    at: String(item.at),
    by: String(item.by),
    kind: item.kind as DirectoryChangeRecord['kind'],
    target: String(item.target),
    ...(item.before ? { before: item.before as Record<string, unknown> } : {}),
    ...(item.after ? { after: item.after as Record<string, unknown> } : {}),
  };
}
