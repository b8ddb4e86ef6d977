/**
 * The context of the use cases that only show a complaint (the complainant's status page and
 * its JSON): the complaints' reader, the directory as it is now, and what a view says (Ofsted,
 * the status link's lifetime), without the store's writes and the clocks' calendar, which
 * runtime.ts adds for the use cases that take in and move complaints.
 */
import { ladoFor } from '../../lib/config/lado';
import { DynamoDbComplaintReader } from '../adapters/dynamodb/complaint-reader';
import { cryptoSecrets } from '../adapters/secrets';
import type { DirectorySnapshot } from '../domain/staff-directory';
import type { ReadContext } from '../use-cases/context';
import { staffComplaintUrl } from '../templates/site/paths';
import { currentDirectorySnapshot, getBaseRuntime, type BaseRuntime } from './base-runtime';
import { publicBaseUrl } from './organisation';

/** What every use case's context holds beside its repository, the directory and the clocks' rules. */
export function contextParts(base: BaseRuntime): Omit<ReadContext, 'repo' | 'directory' | 'lado'> {
  const { org, clock } = base;
  return {
    clock,
    secrets: cryptoSecrets,
    ofsted: org.ofsted,
    retentionYears: org.retentionYears,
    statusLinkDaysAfterClosure: org.statusLinkDaysAfterClosure,
    staffUrl: (complaintId) => {
      const url = publicBaseUrl();
      return url ? `${url}${staffComplaintUrl(complaintId)}` : undefined;
    },
  };
}

/**
 * P3: a setting an administrator added names its LADO in the directory; the configuration's
 * settings name theirs in the configuration, or share the organisation's.
 */
export function ladoIn(base: BaseRuntime, directory: DirectorySnapshot): ReadContext['lado'] {
  return (settingId) => directory.settings.find((setting) => setting.id === settingId)?.lado ?? ladoFor(base.org, settingId);
}

let reading: Omit<ReadContext, 'directory' | 'lado'> | undefined;

/** A read-only context with the directory as it is now (at most a minute old). */
export async function readContext(): Promise<ReadContext & { directory: DirectorySnapshot }> {
  const base = getBaseRuntime();
  reading ??= { ...contextParts(base), repo: new DynamoDbComplaintReader(base.table.client, base.table.name) };
  const directory = await currentDirectorySnapshot();
  return { ...reading, directory, lado: ladoIn(base, directory) };
}
