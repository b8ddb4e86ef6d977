/**
 * The runtime of the functions that take complaints in (the public forms and their JSON, the
 * complaints staff record on someone's behalf): runtime.ts's, around the intake's store
 * (adapters/dynamodb/intake-store.ts), which writes a new complaint and reads one back, so
 * that these bundles carry neither the writes of a change nor the queries that show complaints.
 */
import { DynamoDbIntakeStore } from '../adapters/dynamodb/intake-store';
import type { DirectorySnapshot } from '../domain/staff-directory';
import type { UseCaseContext } from '../use-cases/context';
import { currentDirectorySnapshot, getBaseRuntime } from './base-runtime';
import { runtimeWith, type Runtime } from './runtime';

let runtime: Runtime<DynamoDbIntakeStore> | undefined;

export function getIntakeRuntime(): Runtime<DynamoDbIntakeStore> {
  const base = getBaseRuntime();
  runtime ??= runtimeWith(base, new DynamoDbIntakeStore(base.dynamodb, base.table.name));
  return runtime;
}

/** The intake's use-case context with the directory as it is now (at most a minute old). */
export async function intakeContext(): Promise<UseCaseContext<DynamoDbIntakeStore> & { directory: DirectorySnapshot }> {
  return getIntakeRuntime().contextWith(await currentDirectorySnapshot());
}
