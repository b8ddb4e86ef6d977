/**
 * What the record of complaints needs from storage, beside the ComplaintRepository (which
 * writes each complaint's record row in the same transaction as the complaint itself):
 * index queries over the rows, the complaints behind a page of them, and the logs of who
 * produced the record, who opened an inspector's link and who read which complaint (F3).
 */
import type { Complaint } from './complaint';
import type { RecordPartition, RecordRow } from './record';

export interface RowQuery {
  /** Received on or after (ISO). */
  from?: string;
  /** Received before (ISO, exclusive). */
  to?: string;
  /** Strictly older than this position (`recordPosition`): the previous page's last row. */
  before?: string;
  limit: number;
}

/** The period and settings a production of the record covers. */
export interface RecordScope {
  settingIds: string[];
  /** ISO date (inclusive). */
  from: string;
  /** ISO date (inclusive). */
  to: string;
}

export type RecordFormat = 'json' | 'csv' | 'html';

/** One production of the record (R1): who, when, which period, in which form. */
export interface RecordProduction {
  id: string;
  at: string;
  /** A member of staff, or an inspector through a link. */
  by: { kind: 'staff'; staffId: string } | { kind: 'inspectorLink'; linkId: string };
  scope: RecordScope;
  format: RecordFormat;
  complaints: number;
}

/** A read-only link to the record of a period, for an inspector. Only the token's hash is kept. */
export interface InspectorLink {
  id: string;
  tokenHash: string;
  scope: RecordScope;
  createdAt: string;
  createdBy: string;
  expiresAt: string;
  revokedAt?: string;
  revokedBy?: string;
  revokedReason?: string;
  /** Who it is for, as the administrator wrote it ("Ofsted inspection, March"). */
  note?: string;
}

export const ACCESS_KINDS = ['read', 'export', 'inspectorLink', 'subjectAccess'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

/** F3: one look at a complaint. Staff ids and times only, never the complaint's content. */
export interface AccessEntry {
  complaintId: string;
  at: string;
  kind: AccessKind;
  /** The member of staff, or `link:<id>` for an inspector's link. */
  by: string;
  /** R3: expires with the complaint; absent while it is open or held. */
  expiresAt?: number;
}

/** What the record reads of a complaint still held (R2): nothing else of it, no contact, no words of the complainant. */
export type RecordDetails = Pick<Complaint, 'summativeRecord' | 'practiceReview' | 'pseudonyms'>;

export interface RecordStore {
  /** One partition's rows, newest first: one index query. */
  rows(partition: RecordPartition, query: RowQuery): Promise<RecordRow[]>;
  /**
   * What the complaints still held that a setting received in a period say for the record
   * (R2), by reference: one index query over the period (paged), never a read per complaint,
   * so an export costs what its period holds, not what the table holds.
   */
  details(settingId: string, period: { from: string; to: string }): Promise<Map<string, RecordDetails>>;

  logProduction(production: RecordProduction): Promise<void>;
  /** Productions of the record, newest first. */
  productions(limit: number): Promise<RecordProduction[]>;

  addLink(link: InspectorLink): Promise<void>;
  linkByTokenHash(tokenHash: string): Promise<InspectorLink | undefined>;
  /** Every link, newest first. */
  links(limit: number): Promise<InspectorLink[]>;
  /** False when there is no such link. */
  revokeLink(id: string, revocation: { at: string; by: string; reason: string }): Promise<boolean>;

  logAccess(entries: readonly AccessEntry[]): Promise<void>;
  /** One complaint's access log, newest first. */
  accessLog(complaintId: string, limit: number): Promise<AccessEntry[]>;

  /** R3: sets (or, for a legal hold, removes) the expiry of every item of a complaint. */
  setRetention(complaintId: string, expiresAt: number | undefined): Promise<void>;
}
