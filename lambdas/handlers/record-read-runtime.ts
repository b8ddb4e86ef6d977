/**
 * The record's readers' context (R1): the list, the export and the inspectors' links read the
 * record store and the directory only, so their functions build the shared runtime's base
 * (base-runtime.ts) and not the complaint repository nor the clocks' rules (runtime.ts).
 */
import { DynamoDbRecordStore } from '../adapters/dynamodb/record-store';
import { cryptoSecrets } from '../adapters/secrets';
import type { FunctionConfig } from '../../lib/config/organisation';
import type { RecordStore } from '../domain/record-ports';
import type { RecordReadContext, RecordSetting } from '../use-cases/record-context';
import { currentDirectorySnapshot, getBaseRuntime } from './base-runtime';

let records: RecordStore | undefined;

/** One record store per warm function, whichever context asks first. */
export function recordStore(): RecordStore {
  const { table } = getBaseRuntime();
  records ??= new DynamoDbRecordStore(table.client, table.name);
  return records;
}

/** The settings as the record is headed with them. */
export function recordSettings(org: Pick<FunctionConfig, 'settings'>): RecordSetting[] {
  return org.settings.map(({ id, name, ofstedUrn }) => ({ id, name, ...(ofstedUrn ? { ofstedUrn } : {}) }));
}

export async function recordReadContext(): Promise<RecordReadContext> {
  const { org, clock } = getBaseRuntime();
  return {
    clock,
    directory: await currentDirectorySnapshot(),
    records: recordStore(),
    secrets: cryptoSecrets,
    settings: recordSettings(org),
    inspectorLinkDays: org.inspectorLinkDays,
  };
}
