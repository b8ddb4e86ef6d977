/**
 * The record's use cases' context (R1–R4, F3): the use-case context, the record store, and
 * the settings as the record is headed with them. Only the record's functions (and the
 * complaint's read, which logs each read) import it, so no other bundle carries the store.
 */
import { DynamoDbRecordStore } from '../adapters/dynamodb/record-store';
import type { RecordStore } from '../domain/record-ports';
import type { RecordContext } from '../use-cases/record-context';
import { getRuntime, useCaseContext } from './runtime';

let records: RecordStore | undefined;

export async function recordContext(): Promise<RecordContext> {
  const runtime = getRuntime();
  records ??= new DynamoDbRecordStore(runtime.table.client, runtime.table.name);
  return {
    ...(await useCaseContext()),
    records,
    settings: runtime.org.settings.map(({ id, name, ofstedUrn }) => ({ id, name, ...(ofstedUrn ? { ofstedUrn } : {}) })),
    inspectorLinkDays: runtime.org.inspectorLinkDays,
  };
}
