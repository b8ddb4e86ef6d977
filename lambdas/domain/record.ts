/**
 * The record of complaints (R1–R3): what it says of each complaint, and the row that keeps
 * it whole after the complaint itself has expired.
 *
 * Two parts, because they live for different times:
 * - the summative record (R2) on the complaint: what staff wrote for it (what was raised,
 *   how it was investigated, what was done) with the EYFS areas it concerns, and the
 *   pseudonyms people are given in it. It goes when the complaint goes (R3).
 * - the record row: reference, setting, dates, track, classification, status, outcome,
 *   EYFS areas, referrals, practice review. It holds no one's name, contact or words, so it
 *   stays when the complaint expires (the tombstone), and every listing of the record is an
 *   index query over these rows.
 * Pure: no AWS imports.
 */
import { createHash } from 'node:crypto';
import type { Complaint } from './complaint';
import type { ComplaintStatus, Outcome } from './complaint-types';
import { COMPLAINT_STATUSES, OUTCOMES } from './complaint-types';
import type { Classification, LevelId, Track } from './procedure';
import { TRACKS } from './procedure';

import type { EyfsArea } from './eyfs';

/** The EYFS requirements a complaint can concern (R2), as staff choose them (./eyfs.ts, which the console reads too). */
export { EYFS_AREAS, type EyfsArea } from './eyfs';

/** What staff write for the record. People are never named in it (checked before it is kept). */
export interface SummativeText {
  eyfsAreas: EyfsArea[];
  /** What was raised, in a sentence or two. */
  raised: string;
  /** How it was investigated. */
  investigation: string;
  /** What was done as a result. */
  actionTaken: string;
}

export interface SummativeRecord extends SummativeText {
  writtenAt: string;
  writtenBy: string;
}

/** R4: the owners' review of practice after an upheld or partly upheld outcome. */
export interface PracticeReview {
  openedAt: string;
  dueAt: string;
  /** The outcome that opened it. */
  outcome: Outcome;
  completedAt?: string;
  completedBy?: string;
  findings?: string;
  actions?: string;
}

export interface LegalHold {
  reason: string;
  by: string;
  at: string;
}

/** The outcome facet of a row: complaints with no outcome yet (or withdrawn before one) are `none`. */
export const OUTCOME_FACETS = [...OUTCOMES, 'none'] as const;
export type OutcomeFacet = (typeof OUTCOME_FACETS)[number];

/** One complaint in the record of complaints, without personal data (the tombstone). */
export interface RecordRow {
  reference: string;
  settingId: string;
  track: Track;
  classification: Classification;
  status: ComplaintStatus;
  receivedAt: string;
  closedAt?: string;
  outcome: OutcomeFacet;
  outcomeAt?: string;
  outcomeLevel?: LevelId;
  /** When the complainant was sent the outcome (R2: whether and when they were told). */
  complainantToldAt?: string;
  eyfsAreas: EyfsArea[];
  /** P9: Ofsted involved. */
  ofstedInvolvedAt?: string;
  /** P3: referred to the allegations procedure. */
  allegationReferred: boolean;
  practiceReview?: { status: 'open' | 'done'; openedAt: string; dueAt: string; completedAt?: string };
  legalHold: boolean;
  /** Epoch seconds after which the complaint's details are gone (R3); absent while open or held. */
  detailsUntil?: number;
  /**
   * Who may see the row, without naming them: per-complaint hashes of the key person's and
   * the subject's staff ids (F3: a key person sees their complaints, the subject never).
   */
  keyPersonKey?: string;
  subjectKey?: string;
}

/** A staff id as it is kept on a row: hashed with the complaint's reference, so rows never name staff. */
export function staffKey(reference: string, staffId: string): string {
  return createHash('sha256').update(`${reference}\u0000${staffId}`).digest('base64url').slice(0, 22);
}

export function recordRowOf(complaint: Complaint): RecordRow {
  const summative = complaint.summativeRecord;
  const review = complaint.practiceReview;
  const told = complaint.lastOutcome?.at;
  return {
    reference: complaint.id,
    settingId: complaint.settingId,
    track: complaint.track,
    classification: complaint.classification,
    status: complaint.status,
    receivedAt: complaint.receivedAt,
    ...(complaint.closedAt ? { closedAt: complaint.closedAt } : {}),
    outcome: complaint.lastOutcome?.outcome ?? 'none',
    ...(complaint.lastOutcome
      ? { outcomeAt: complaint.lastOutcome.at, outcomeLevel: complaint.lastOutcome.level }
      : {}),
    // The outcome email is written to the outbox with the outcome, in one transaction.
    ...(told ? { complainantToldAt: told } : {}),
    eyfsAreas: summative?.eyfsAreas ?? [],
    ...(complaint.ofstedInvolvedAt ? { ofstedInvolvedAt: complaint.ofstedInvolvedAt } : {}),
    allegationReferred: complaint.status === 'referred',
    ...(review
      ? {
          practiceReview: {
            status: review.completedAt ? 'done' : 'open',
            openedAt: review.openedAt,
            dueAt: review.dueAt,
            ...(review.completedAt ? { completedAt: review.completedAt } : {}),
          },
        }
      : {}),
    legalHold: complaint.legalHold !== undefined,
    ...(complaint.expiresAt !== undefined && !complaint.legalHold ? { detailsUntil: complaint.expiresAt } : {}),
    ...(complaint.keyPersonId ? { keyPersonKey: staffKey(complaint.id, complaint.keyPersonId) } : {}),
    ...(complaint.subjectStaffId ? { subjectKey: staffKey(complaint.id, complaint.subjectStaffId) } : {}),
  };
}

/** Whether a row's complaint has gone (R3) and only the tombstone is left. */
export function isTombstone(row: RecordRow, now: Date): boolean {
  return row.detailsUntil !== undefined && row.detailsUntil * 1000 <= now.getTime();
}

// ── Listing: which index serves which filters ────────────────────────────────────────

/** The filters the record can be listed by, besides setting and period. */
export interface FacetFilter {
  track?: Track;
  status?: ComplaintStatus;
  outcome?: OutcomeFacet;
}
export type Facet = keyof FacetFilter;

export const FACET_VALUES: { readonly [F in Facet]-?: readonly NonNullable<FacetFilter[F]>[] } = {
  track: TRACKS,
  status: COMPLAINT_STATUSES,
  outcome: OUTCOME_FACETS,
};

/** The record's indexes, by the facets in their partition key (besides the setting). */
export const RECORD_INDEXES = {
  recordBySetting: [],
  recordByFacets: ['track', 'status', 'outcome'],
} as const satisfies Record<string, readonly Facet[]>;
export type RecordIndex = keyof typeof RECORD_INDEXES;

/** One partition to read: an index and the facet values of its key. */
export interface RecordPartition {
  index: RecordIndex;
  settingId: string;
  facets: FacetFilter;
}

/**
 * The partitions that hold exactly the rows a filter asks for, from the index that needs
 * the fewest. Every partition holds only matching rows, so a page reads at most `limit + 1`
 * rows from each, however many complaints the table holds: the cost of a page depends on
 * the filters, never on the size of the record.
 */
export function planRecordQuery(settings: readonly string[], filter: FacetFilter): RecordPartition[] {
  const fixed = (Object.keys(FACET_VALUES) as Facet[]).filter((facet) => filter[facet] !== undefined);
  let best: { index: RecordIndex; combos: FacetFilter[] } | undefined;
  for (const [index, facets] of Object.entries(RECORD_INDEXES) as [RecordIndex, readonly Facet[]][]) {
    if (!fixed.every((facet) => facets.includes(facet))) continue;
    const combos = facets.reduce<FacetFilter[]>(
      (acc, facet) =>
        acc.flatMap((combo) =>
          (filter[facet] !== undefined ? [filter[facet]] : FACET_VALUES[facet]).map((value) => ({ ...combo, [facet]: value })),
        ),
      [{}],
    );
    if (!best || combos.length < best.combos.length) best = { index, combos };
  }
  const chosen = best!;
  return settings.flatMap((settingId) => chosen.combos.map((facets) => ({ index: chosen.index, settingId, facets })));
}

/** The partition key a row has in an index. */
export function recordPartitionKey(index: RecordIndex, settingId: string, facets: FacetFilter): string {
  const parts = RECORD_INDEXES[index].map((facet) => `${facet}=${facets[facet]}`);
  return ['RECORD', settingId, ...parts].join('#');
}

/** Where a row sorts: newest first by date received, then by reference. */
export function recordPosition(row: Pick<RecordRow, 'receivedAt' | 'reference'>): string {
  return `${row.receivedAt}#${row.reference}`;
}

// ── Pseudonyms (R2: "child A", "staff member B") ───────────────────────────────────────

export type PseudonymKind = 'child' | 'complainant' | 'staff' | 'agency';

/** Person keys: `child`, `complainant`, `agency`, `staff:<id>`; labels are stable once given. */
export type Pseudonyms = Record<string, string>;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const LABEL: Record<PseudonymKind, string> = {
  child: 'child',
  complainant: 'parent',
  staff: 'staff member',
  agency: 'agency',
};

function kindOf(key: string): PseudonymKind {
  return key.startsWith('staff:') ? 'staff' : (key as PseudonymKind);
}

/**
 * Gives each person a complaint involves a label, keeping every label already given: a
 * complaint's "staff member B" stays B in every summary, export and print of its record.
 */
export function assignPseudonyms(existing: Pseudonyms, people: readonly string[]): Pseudonyms {
  const result: Pseudonyms = { ...existing };
  for (const key of people) {
    if (result[key]) continue;
    const kind = kindOf(key);
    const taken = Object.keys(result).filter((other) => kindOf(other) === kind).length;
    const letter = LETTERS[taken % LETTERS.length]! + (taken >= LETTERS.length ? String(Math.floor(taken / LETTERS.length)) : '');
    result[key] = `${LABEL[kind]} ${letter}`;
  }
  return result;
}

/** The people a complaint involves, in a stable order: the child, the complainant, then staff. */
export function peopleOf(complaint: Complaint, staffIds: readonly string[] = []): string[] {
  const people: string[] = [];
  if (complaint.childName) people.push('child');
  people.push(complaint.track === 'agency' ? 'agency' : 'complainant');
  for (const id of [complaint.keyPersonId, complaint.subjectStaffId, ...staffIds]) {
    if (id && !people.includes(`staff:${id}`)) people.push(`staff:${id}`);
  }
  return people;
}
