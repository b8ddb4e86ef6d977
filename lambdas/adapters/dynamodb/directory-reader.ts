/**
 * Reading the directory from the complaints table (directory-repository.ts writes it): what
 * every function needs to know who is who, without the writes only the administrators' and
 * the seeding functions make.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DirectoryReader, StoredDirectory } from '../../domain/directory-ports';
import type { LadoContact } from '../../domain/allegation-recipients';
import type { MemberRecord, SettingRecord } from '../../domain/staff-directory';
import { DIRECTORY_KEYS } from './table-design';

type Item = Record<string, unknown>;

export class DynamoDbDirectoryReader implements DirectoryReader {
  protected readonly db: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    protected readonly tableName: string,
  ) {
    this.db = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }

  async load(): Promise<StoredDirectory | undefined> {
    const items: Item[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': DIRECTORY_KEYS.partition },
          // A change is one transaction: a strongly consistent read sees all of it or none.
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    const meta = items.find((item) => item.sk === 'META');
    if (!meta) return undefined;
    const members = items.filter((item) => String(item.sk).startsWith('MEMBER#')).map(memberFrom);
    const settings = items.filter((item) => String(item.sk).startsWith('SETTING#')).map(settingFrom);
    return { data: { settings, members }, version: Number(meta.version) };
  }
}

function memberFrom(item: Item): MemberRecord {
  return {
    id: String(item.id),
    name: String(item.name),
    email: String(item.email),
    roles: item.roles as MemberRecord['roles'],
    settings: (item.settings as string[] | undefined) ?? [],
    language: item.language as MemberRecord['language'],
    active: item.active !== false,
  };
}

function settingFrom(item: Item): SettingRecord {
  return {
    id: String(item.id),
    name: String(item.name),
    ...(typeof item.address === 'string' ? { address: item.address } : {}),
    ...(typeof item.ofstedUrn === 'string' ? { ofstedUrn: item.ofstedUrn } : {}),
    ...(isLadoContact(item.lado) ? { lado: item.lado } : {}),
  };
}

/** A LADO contact as the add and change routes stored it (their schema checked every field). */
function isLadoContact(value: unknown): value is LadoContact {
  return typeof value === 'object' && value !== null && typeof (value as LadoContact).name === 'string' && typeof (value as LadoContact).phone === 'string';
}
