/**
 * The directory as data (issue 12): the organisation's staff and settings as they are stored
 * and changed by administrators, and the snapshot of it that the use cases read. The
 * organisation's configuration only seeds it; after that the console is where it changes.
 *
 * Pure: no AWS imports. The DynamoDB adapter stores it, a short per-container cache reads it.
 */
import type { LadoContact } from './allegation-recipients';
import type { Directory, DirectoryMember } from './directory';

/** A member of staff as stored: the configuration's fields, and whether they are active. */
export interface MemberRecord extends DirectoryMember {
  /** Deactivated people keep their record (it names who did what) but are nobody's recipient. */
  active: boolean;
}

/** A setting as stored: the configuration's fields. Settings are renamed, never removed. */
export interface SettingRecord {
  id: string;
  name: string;
  address?: string;
  ofstedUrn?: string;
  /**
   * P3: the LADO of the setting's local authority, for a setting an administrator added (the
   * configuration's settings keep theirs in the configuration, or share the organisation's).
   */
  lado?: LadoContact;
}

export interface DirectoryData {
  settings: readonly SettingRecord[];
  members: readonly MemberRecord[];
}

/** What the configuration gives: its staff entries carry no `active` flag (all are). */
export interface DirectorySeedSource {
  settings: readonly SettingRecord[];
  staff: readonly Omit<MemberRecord, 'active'>[];
}

export function seedFrom(source: DirectorySeedSource): DirectoryData {
  return {
    settings: source.settings.map(({ id, name, address, ofstedUrn }) => ({
      id,
      name,
      ...(address === undefined ? {} : { address }),
      ...(ofstedUrn === undefined ? {} : { ofstedUrn }),
    })),
    members: source.staff.map((member) => ({ ...memberFields(member), active: true })),
  };
}

function memberFields(member: DirectoryMember): DirectoryMember {
  const { id, name, email, roles, settings, language } = member;
  return { id, name, email, roles: [...roles], settings: [...settings], language };
}

/** The directory the use cases read: only active people are anyone's recipient or principal. */
export interface DirectorySnapshot extends Directory {
  settings: readonly SettingRecord[];
  /** Everyone, active or not, for the administrators' pages. */
  everyone: readonly MemberRecord[];
}

export function directorySnapshot(organisationName: string, data: DirectoryData): DirectorySnapshot {
  const names = new Map(data.settings.map((s) => [s.id, s.name]));
  return {
    organisationName,
    settingName: (id) => names.get(id),
    members: data.members.filter((m) => m.active).map(memberFields),
    settings: data.settings,
    everyone: data.members,
  };
}

/** One change an administrator makes, as recorded (point 4: who changed what, and when). */
export type DirectoryChangeKind =
  | 'seeded'
  | 'memberAdded'
  | 'memberChanged'
  | 'memberDeactivated'
  | 'memberReactivated'
  | 'settingAdded'
  | 'settingChanged'
  | 'complaintsHandedOver';

export interface DirectoryChangeRecord {
  at: string;
  /** The administrator's staff id, or `configuration` for the seed. */
  by: string;
  kind: DirectoryChangeKind;
  /** The member's or setting's id. */
  target: string;
  /** The fields that changed, before and after (absent before for an addition). */
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** What changed between two versions of a record, field by field, for the change record. */
export function changedFields<T extends object>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof T)[]);
  const was: Partial<T> = {};
  const is: Partial<T> = {};
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      was[key] = before[key];
      is[key] = after[key];
    }
  }
  return { before: was, after: is };
}

