/** DynamoDB Local with the stack's table, as the embedded default makes it, for the benchmarks. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { OrganisationConfig } from '../../lib/config/organisation';
import { startDynamoDbLocal } from '../../local/dynamodb-local';
import { synthesizeTemplate } from '../../local/synthesize';
import { createTableInputFromTemplate, ensureTable, LOCAL_TABLE_NAME } from '../../local/table';

export interface BenchTable {
  client: () => DynamoDBClient;
  tableName: string;
  stop(): Promise<void>;
}

export async function startBenchTable(config: OrganisationConfig, tableName = LOCAL_TABLE_NAME): Promise<BenchTable> {
  const dynamo = await startDynamoDbLocal({});
  const client = () =>
    new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: 'eu-west-2',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
  const admin = client();
  await ensureTable(admin, createTableInputFromTemplate(synthesizeTemplate(config), tableName));
  admin.destroy();
  return { client, tableName, stop: () => dynamo.stop() };
}

/** Runs `task` `count` times with at most `concurrency` at once; resolves with the elapsed ms. */
export async function runConcurrently(count: number, concurrency: number, task: (index: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const index = next;
        next += 1;
        await task(index);
      }
    }),
  );
  return performance.now() - started;
}
