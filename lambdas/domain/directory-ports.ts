/**
 * What the directory's use cases need from the outside world: the stored directory (DynamoDB)
 * and the staff's sign-in accounts (Cognito in AWS; nothing to do in the embedded default,
 * whose sign-in reads the directory itself).
 */
import type { DirectoryChangeRecord, DirectoryData, MemberRecord, SettingRecord } from './staff-directory';

export interface StoredDirectory {
  data: DirectoryData;
  /** Bumped by every change: a change made on a stale read is refused and remade. */
  version: number;
}

export interface DirectoryWrite {
  expectedVersion: number;
  members?: readonly MemberRecord[];
  settings?: readonly SettingRecord[];
  record: DirectoryChangeRecord;
}

/** The directory as every function reads it. */
export interface DirectoryReader {
  /** Undefined until the directory is seeded: until then the configuration is the directory. */
  load(): Promise<StoredDirectory | undefined>;
}

/** The directory as the administrators' functions and the seeding change it. */
export interface DirectoryRepository extends DirectoryReader {
  /** Stores the configuration's directory once; false when it was already stored. */
  seed(data: DirectoryData, record: DirectoryChangeRecord): Promise<boolean>;
  /** The records written and the version moved in one transaction; DirectoryChangedError when it moved meanwhile. */
  save(write: DirectoryWrite): Promise<void>;
  /** The change history, newest first, after a cursor of the previous page. */
  changes(options: { limit: number; after?: string }): Promise<{ items: DirectoryChangeRecord[]; next?: string }>;
}

export interface StaffAccounts {
  /**
   * Brings a person's sign-in account in line with their record: creates it (an invitation
   * with a temporary password) when `before` is absent, and otherwise updates its groups and
   * attributes, disables it and signs them out everywhere, or enables it again. Idempotent.
   */
  apply(before: MemberRecord | undefined, after: MemberRecord): Promise<void>;
}

/**
 * The people emailed when an alarm of the service goes off (in AWS the alarm topic's email
 * subscriptions): kept equal to the directory's administrators (the owners where there are
 * none), so that a stale list never sends an alarm to someone who left (issue 12).
 */
export interface AlarmRecipients {
  /** Makes the list exactly these addresses; a new one is asked to confirm once. Idempotent. */
  keep(emails: readonly string[]): Promise<{ subscribed: number; unsubscribed: number }>;
}
