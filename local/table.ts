/**
 * The embedded table, created from the CDK stack's synthesized template so that it is
 * literally the same definition as in AWS: keys, attribute types, indexes, projections and
 * time to live. Billing is on demand, as in the stack.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
  type KeySchemaElement,
} from '@aws-sdk/client-dynamodb';
import { z } from 'zod';

/** The template names no table (no physical names in the stack); locally it is this one. */
export const LOCAL_TABLE_NAME = 'complaints';

const TABLE_TYPES = ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'];

const keySchema = z.array(z.object({ AttributeName: z.string(), KeyType: z.enum(['HASH', 'RANGE']) })).min(1);

const secondaryIndex = z.object({
  IndexName: z.string(),
  KeySchema: keySchema,
  Projection: z.object({
    ProjectionType: z.enum(['ALL', 'KEYS_ONLY', 'INCLUDE']).optional(),
    NonKeyAttributes: z.array(z.string()).optional(),
  }),
});

const tableProperties = z.object({
  KeySchema: keySchema,
  AttributeDefinitions: z
    .array(z.object({ AttributeName: z.string(), AttributeType: z.enum(['S', 'N', 'B']) }))
    .min(1),
  GlobalSecondaryIndexes: z.array(secondaryIndex).optional(),
  LocalSecondaryIndexes: z.array(secondaryIndex).optional(),
  TimeToLiveSpecification: z.object({ AttributeName: z.string(), Enabled: z.boolean() }).optional(),
  StreamSpecification: z
    .object({ StreamViewType: z.enum(['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES']) })
    .optional(),
});

const templateSchema = z.object({
  Resources: z.record(z.string(), z.object({ Type: z.string(), Properties: z.unknown().optional() })),
});

export interface TableDefinition {
  create: CreateTableCommandInput & { TableName: string };
  /** Applied after creation: CreateTable cannot set it. */
  timeToLiveAttribute?: string;
}

/**
 * Reads the one DynamoDB table of a synthesized template (or the one named by `logicalId`)
 * into the inputs that create it. Throws naming what is missing or not understood.
 */
export function createTableInputFromTemplate(
  template: unknown,
  tableName = LOCAL_TABLE_NAME,
  logicalId?: string,
): TableDefinition {
  const resources = Object.entries(templateSchema.parse(template).Resources).filter(
    ([id, resource]) => TABLE_TYPES.includes(resource.Type) && (!logicalId || id === logicalId),
  );
  const [only, ...others] = resources;
  if (!only || others.length > 0) {
    throw new Error(
      `Expected one DynamoDB table in the template${logicalId ? ` with the logical id ${logicalId}` : ''}, found ${resources.length}`,
    );
  }
  const parsed = tableProperties.safeParse(only[1].Properties);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`The table ${only[0]} in the template is not understood:\n  ${problems.join('\n  ')}`);
  }
  const properties = parsed.data;
  const ttl = properties.TimeToLiveSpecification;
  return {
    create: {
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: properties.KeySchema,
      AttributeDefinitions: properties.AttributeDefinitions,
      GlobalSecondaryIndexes: properties.GlobalSecondaryIndexes,
      LocalSecondaryIndexes: properties.LocalSecondaryIndexes,
      StreamSpecification: properties.StreamSpecification
        ? { StreamEnabled: true, StreamViewType: properties.StreamSpecification.StreamViewType }
        : undefined,
    },
    timeToLiveAttribute: ttl?.Enabled ? ttl.AttributeName : undefined,
  };
}

export type EnsureTableOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Creates the table if it is missing. A table kept from an earlier run gets the indexes the
 * stack has gained since; a change of keys cannot be applied in place and is reported.
 */
export async function ensureTable(client: DynamoDBClient, definition: TableDefinition): Promise<EnsureTableOutcome> {
  const { TableName } = definition.create;
  const existing = await describeTable(client, TableName);
  let outcome: EnsureTableOutcome = 'unchanged';
  if (!existing) {
    await client.send(new CreateTableCommand(definition.create));
    await waitUntilActive(client, TableName);
    outcome = 'created';
  } else {
    assertSameKeys(TableName, definition.create.KeySchema, existing.KeySchema);
    const present = new Set((existing.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
    for (const index of definition.create.GlobalSecondaryIndexes ?? []) {
      if (present.has(index.IndexName)) continue;
      await addIndex(client, definition, index);
      // A new index is CREATING for a moment; writes meanwhile can fail, and a second
      // index cannot be added until the first is done.
      await waitUntilActive(client, TableName);
      outcome = 'updated';
    }
  }
  if (definition.timeToLiveAttribute && (await enableTimeToLive(client, TableName, definition.timeToLiveAttribute))) {
    outcome = outcome === 'unchanged' ? 'updated' : outcome;
  }
  return outcome;
}

async function describeTable(client: DynamoDBClient, tableName: string) {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

async function waitUntilActive(client: DynamoDBClient, tableName: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const table = await describeTable(client, tableName);
    const indexesActive = (table?.GlobalSecondaryIndexes ?? []).every((index) => index.IndexStatus === 'ACTIVE');
    if (table?.TableStatus === 'ACTIVE' && indexesActive) return;
    if (Date.now() > deadline) throw new Error(`The table ${tableName} did not become ACTIVE within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function assertSameKeys(tableName: string, wanted: KeySchemaElement[] | undefined, actual: KeySchemaElement[] | undefined) {
  const describe = (keys: KeySchemaElement[] | undefined) =>
    (keys ?? []).map((key) => `${key.AttributeName}:${key.KeyType}`).join(',');
  if (describe(wanted) !== describe(actual)) {
    throw new Error(
      `The local table ${tableName} has keys ${describe(actual)}, the stack defines ${describe(wanted)}: ` +
        'delete the local data folder to start afresh',
    );
  }
}

async function addIndex(client: DynamoDBClient, definition: TableDefinition, index: GlobalSecondaryIndex) {
  await client.send(
    new UpdateTableCommand({
      TableName: definition.create.TableName,
      AttributeDefinitions: definition.create.AttributeDefinitions,
      GlobalSecondaryIndexUpdates: [{ Create: index }],
    }),
  );
}

/** Returns whether it had to be switched on. */
async function enableTimeToLive(client: DynamoDBClient, tableName: string, attributeName: string): Promise<boolean> {
  const current = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  const description = current.TimeToLiveDescription;
  if (description?.TimeToLiveStatus === 'ENABLED' && description.AttributeName === attributeName) return false;
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: attributeName, Enabled: true },
    }),
  );
  return true;
}
