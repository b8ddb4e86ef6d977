import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DB_FILE } from '../../local/dynamodb-journal';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../local/dynamodb-local';
import { ensureTable, type TableDefinition } from '../../local/table';

const definition: TableDefinition = {
  create: {
    TableName: 'complaints',
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
      { AttributeName: 'outboxPk', AttributeType: 'S' },
      { AttributeName: 'outboxSk', AttributeType: 'S' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: 'pendingOutbox',
        KeySchema: [
          { AttributeName: 'outboxPk', KeyType: 'HASH' },
          { AttributeName: 'outboxSk', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  },
  timeToLiveAttribute: 'expiresAt',
};

/** The same table as an earlier version of the stack defined it, before its index. */
const withoutIndexes: TableDefinition = {
  create: {
    ...definition.create,
    AttributeDefinitions: definition.create.AttributeDefinitions?.slice(0, 2),
    GlobalSecondaryIndexes: undefined,
  },
};

const clientFor = (endpoint: string) =>
  new DynamoDBClient({ endpoint, region: 'eu-west-2', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });

/** Processes (the watchdog shell and java) serving DynamoDB Local on this port. */
const processesOnPort = (port: number) => {
  try {
    return execFileSync('pgrep', ['-f', `DynamoDBLocal.jar -port ${port} `], { encoding: 'utf8' }).trim().split('\n');
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
};

describe('Function: startDynamoDbLocal with ensureTable', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dynamodb-local-test-'));
  let dynamo: DynamoDbLocal;

  beforeAll(async () => {
    dynamo = await startDynamoDbLocal({ dataDir });
  }, 60_000);

  afterAll(async () => {
    await dynamo?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('starts on a free local port and reports how long it took', () => {
    expect(dynamo.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(dynamo.startupMs).toBeGreaterThan(0);
  });

  it('creates the table with its indexes and TTL once, then leaves it alone', async () => {
    // Prepare
    const client = clientFor(dynamo.endpoint);

    // Act
    const first = await ensureTable(client, withoutIndexes);
    const second = await ensureTable(client, withoutIndexes);
    const withIndex = await ensureTable(client, definition);
    const table = await client.send(new DescribeTableCommand({ TableName: 'complaints' }));
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: 'complaints' }));

    // Assess
    expect([first, second, withIndex]).toEqual(['created', 'unchanged', 'updated']);
    expect(table.Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName)).toEqual(['pendingOutbox']);
    expect(ttl.TimeToLiveDescription).toMatchObject({ AttributeName: 'expiresAt', TimeToLiveStatus: 'ENABLED' });
  });

  it('refuses a kept table whose keys differ from the stack', async () => {
    // Prepare
    const client = clientFor(dynamo.endpoint);
    const otherKeys: TableDefinition = {
      create: { ...definition.create, KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }] },
    };

    // Act + Assess
    await expect(ensureTable(client, otherKeys)).rejects.toThrow(/delete the local data folder/);
  });

  it('keeps items in the data folder across a restart, and leaves no java behind', async () => {
    // Prepare
    const item = { pk: { S: 'COMPLAINT#1' }, sk: { S: 'META' } };
    await clientFor(dynamo.endpoint).send(new PutItemCommand({ TableName: 'complaints', Item: item }));

    // Act
    const runningBefore = processesOnPort(dynamo.port);
    await dynamo.stop();
    const afterStop = processesOnPort(dynamo.port);
    dynamo = await startDynamoDbLocal({ dataDir });
    const read = await clientFor(dynamo.endpoint).send(new GetItemCommand({ TableName: 'complaints', Key: item }));

    // Assess
    expect(runningBefore.length).toBeGreaterThan(0);
    expect(afterStop).toEqual([]);
    expect(read.Item).toEqual(item);
  }, 60_000);

  it('keeps its database in write-ahead-log mode: one sync a commit, not a journal written and deleted', async () => {
    // Prepare
    const databaseFile = path.join(dataDir, SHARED_DB_FILE);

    // Act
    const header = readFileSync(databaseFile).subarray(0, 20);

    // Assess
    expect([header[18], header[19]]).toEqual([2, 2]);
    expect(existsSync(`${databaseFile}-wal`)).toBe(true);
  });

  it('switches a database an earlier version kept in rollback-journal mode to WAL, and keeps its items', async () => {
    // Prepare: a database as DynamoDB Local made it before (its own SQLite's default mode).
    const earlierDir = mkdtempSync(path.join(tmpdir(), 'dynamodb-local-test-'));
    const databaseFile = path.join(earlierDir, SHARED_DB_FILE);
    const item = { pk: { S: 'COMPLAINT#2' }, sk: { S: 'META' } };
    const earlier = await startDynamoDbLocal({ dataDir: earlierDir, keepJournalMode: true });
    await ensureTable(clientFor(earlier.endpoint), definition);
    await clientFor(earlier.endpoint).send(new PutItemCommand({ TableName: 'complaints', Item: item }));
    await earlier.stop();
    const headerBefore = readFileSync(databaseFile).subarray(18, 20);

    // Act
    const now = await startDynamoDbLocal({ dataDir: earlierDir });
    const read = await clientFor(now.endpoint).send(new GetItemCommand({ TableName: 'complaints', Key: item }));
    await now.stop();
    const headerAfter = readFileSync(databaseFile).subarray(18, 20);
    rmSync(earlierDir, { recursive: true, force: true });

    // Assess
    expect([...headerBefore]).toEqual([1, 1]);
    expect(now.journal).toBe('switched');
    expect(read.Item).toEqual(item);
    expect([...headerAfter]).toEqual([2, 2]);
  }, 60_000);
});
