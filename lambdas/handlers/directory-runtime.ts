/**
 * The directory's writer (seeding it, the administrators' changes, its history), for the
 * functions that change or seed it: every other function reads it (base-runtime.ts) and does
 * not load the writes.
 */
import { DynamoDbDirectoryRepository } from '../adapters/dynamodb/directory-repository';
import type { DirectoryRepository } from '../domain/directory-ports';
import { getBaseRuntime } from './base-runtime';

let directories: DirectoryRepository | undefined;

export function directoryRepository(): DirectoryRepository {
  const { table } = getBaseRuntime();
  directories ??= new DynamoDbDirectoryRepository(table.client, table.name);
  return directories;
}
