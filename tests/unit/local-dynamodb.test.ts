import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
});
