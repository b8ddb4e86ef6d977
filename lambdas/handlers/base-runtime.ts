/**
 * What every function's runtime shares, built on first use: the configuration, the clock, the
 * table's client and the staff directory (issue 12: a snapshot of the current one, cached for
 * a minute per warm function). Without the complaint repository and the clocks' rules, which
 * runtime.ts adds for the use cases that move or read complaints: the record's readers (the
 * list, the export, the inspectors' links: record-read-runtime.ts) build on this alone, so
 * their bundles carry neither.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { CompiledFunctionConfig } from '../../lib/config/organisation';
import { DynamoDbDirectoryReader } from '../adapters/dynamodb/directory-reader';
import type { Clock } from '../domain/ports';
import { directorySnapshot, seedFrom, type DirectoryData, type DirectorySnapshot } from '../domain/staff-directory';
import { CurrentDirectory } from '../use-cases/current-directory';
import { organisation, requiredEnv } from './organisation';

export interface BaseRuntime {
  org: CompiledFunctionConfig;
  clock: Clock;
  dynamodb: DynamoDBClient;
  /** The current directory, cached for a minute per warm function. */
  currentDirectory: CurrentDirectory;
  /** The configuration's directory: what is seeded, and what is read until then (loaded on first use). */
  seed: () => Promise<DirectoryData>;
  /** The table and its client, for the stores only some functions build (record-runtime.ts). */
  table: { client: DynamoDBClient; name: string };
}

let base: BaseRuntime | undefined;

export function getBaseRuntime(): BaseRuntime {
  base ??= buildBaseRuntime(organisation());
  return base;
}

/** The directory as it is now (at most a minute old). */
export async function currentDirectorySnapshot(): Promise<DirectorySnapshot> {
  const runtime = getBaseRuntime();
  return directorySnapshot(runtime.org.name, await runtime.currentDirectory.data());
}

function buildBaseRuntime(org: CompiledFunctionConfig): BaseRuntime {
  const clock: Clock = { now: () => new Date() };
  const tableName = requiredEnv('TABLE_NAME', process.env.TABLE_NAME);
  const dynamodb = new DynamoDBClient({});
  let configured: Promise<DirectoryData> | undefined;
  const seed = () => (configured ??= import('./configured-staff').then(({ configuredStaff }) => seedFrom({ settings: org.settings, staff: configuredStaff() })));
  return {
    org,
    clock,
    dynamodb,
    seed,
    // Read only: the functions that change the directory build its writer (directory-runtime.ts).
    currentDirectory: new CurrentDirectory(new DynamoDbDirectoryReader(dynamodb, tableName), seed, clock),
    table: { client: dynamodb, name: tableName },
  };
}
