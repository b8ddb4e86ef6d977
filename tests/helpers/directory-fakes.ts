/**
 * In-memory fakes of the directory's ports, with the guarantees the use cases rely on: the
 * version guard of the DynamoDB adapter, and the seed stored once.
 */
import type { DirectoryRepository, DirectoryWrite, StaffAccounts, StoredDirectory } from '../../lambdas/domain/directory-ports';
import { DirectoryChangedError } from '../../lambdas/domain/errors';
import type { DirectoryChangeRecord, DirectoryData, MemberRecord } from '../../lambdas/domain/staff-directory';
import { seedFrom } from '../../lambdas/domain/staff-directory';
import type { DirectoryAdminContext } from '../../lambdas/use-cases/directory-admin';
import { ladoFor } from '../../lib/config/lado';
import { exampleOrg, type TestWorld } from './use-case-context';

const clone = <T>(value: T): T => structuredClone(value);

export class InMemoryDirectoryRepository implements DirectoryRepository {
  stored?: StoredDirectory;
  readonly records: DirectoryChangeRecord[] = [];
  loads = 0;

  async load() {
    this.loads += 1;
    return this.stored ? clone(this.stored) : undefined;
  }

  async seed(data: DirectoryData, record: DirectoryChangeRecord) {
    if (this.stored) return false;
    this.stored = { data: clone(data), version: 1 };
    this.records.push(clone(record));
    return true;
  }

  async save(write: DirectoryWrite) {
    if (!this.stored || this.stored.version !== write.expectedVersion) throw new DirectoryChangedError();
    const upsert = <T extends { id: string }>(list: readonly T[], changed: readonly T[] = []) => [
      ...list.map((item) => changed.find((c) => c.id === item.id) ?? item),
      ...changed.filter((c) => !list.some((item) => item.id === c.id)),
    ];
    this.stored = {
      version: this.stored.version + 1,
      data: { members: upsert(this.stored.data.members, clone(write.members)), settings: upsert(this.stored.data.settings, clone(write.settings)) },
    };
    this.records.push(clone(write.record));
  }

  async changes(options: { limit: number; after?: string }) {
    const newestFirst = [...this.records].reverse();
    const start = options.after ? Number(options.after) : 0;
    const items = newestFirst.slice(start, start + options.limit);
    return { items, ...(start + options.limit < newestFirst.length ? { next: String(start + options.limit) } : {}) };
  }

  /** Test helper: a member as stored now. */
  member(id: string): MemberRecord {
    const member = this.stored?.data.members.find((m) => m.id === id);
    if (!member) throw new Error(`no member ${id}`);
    return member;
  }
}

export class RecordingStaffAccounts implements StaffAccounts {
  readonly applied: { before?: MemberRecord; after: MemberRecord }[] = [];

  async apply(before: MemberRecord | undefined, after: MemberRecord) {
    this.applied.push({ ...(before ? { before: clone(before) } : {}), after: clone(after) });
  }
}

export interface DirectoryWorld {
  admin: DirectoryAdminContext;
  directories: InMemoryDirectoryRepository;
  accounts: RecordingStaffAccounts;
  forgotten: number;
}

/** The directory's use cases on fakes, beside a test world's complaints. */
export function directoryWorld(world: TestWorld): DirectoryWorld {
  const directories = new InMemoryDirectoryRepository();
  const accounts = new RecordingStaffAccounts();
  const result: DirectoryWorld = {
    directories,
    accounts,
    forgotten: 0,
    admin: {
      directories,
      seed: seedFrom(exampleOrg),
      clock: world.clock,
      complaints: world.repo,
      organisationName: exampleOrg.name,
      staffUrl: (id) => `https://complaints.example.org/staff/complaint.html?id=${id}`,
      accounts,
      changed: () => {
        result.forgotten += 1;
      },
      configuredLado: (settingId) => ladoFor(exampleOrg, settingId),
    },
  };
  return result;
}
