/**
 * The complaint aggregate: the complaint itself and its level clocks, changed only together
 * and guarded by a version number, plus what a change appends (record events) and asks to be
 * carried out afterwards (effects, kept in an outbox so none is lost).
 */
import type { Channel, ComplaintStatus, Outcome } from './complaint-types';
import type { Classification, LevelId, Role, Subject, Track } from './procedure';
import type { Language } from './language';
import type { EmailMessage } from './notifications';
import type { ClockExecutionInput } from './clock';
import type { LegalHold, PracticeReview, Pseudonyms, SummativeRecord } from './record';

export interface Contact {
  name: string;
  /**
   * Absent for someone who complained in person, by phone or by post without one (P5):
   * whatever would be emailed to them becomes a letter for staff to print and post.
   */
  email?: string;
  phone?: string;
  /** Where letters go when there is no email address. */
  postalAddress?: string;
  /** Agency complaints: the agency and the caseworker's role. */
  organisation?: string;
  role?: string;
}

export interface LastOutcome {
  level: LevelId;
  outcome: Outcome;
  summary: string;
  at: string;
}

export interface Complaint {
  /** The reference, e.g. `K7QM-4XRT`: easy to read aloud, and the key. */
  id: string;
  track: Track;
  settingId: string;
  status: ComplaintStatus;
  /** The level the complainant is waiting on. Absent for an allegation (P3). */
  currentLevel?: LevelId;
  classification: Classification;
  about: Subject;
  /** The member of staff the complaint is about: never a recipient, cannot open it. */
  subjectStaffId?: string;
  keyPersonId?: string;
  allegationOfHarm: boolean;
  channel: Channel;
  language: Language;
  /** The language of the interpreter requested (F2); absent when none is needed. */
  interpreterLanguage?: string;
  contact: Contact;
  childName?: string;
  description: string;
  desiredOutcome?: string;
  receivedAt: string;
  lastOutcome?: LastOutcome;
  /** A4: whether agreement was reached after the meeting. */
  agreementReached?: boolean;
  closedAt?: string;
  /**
   * Status links issued before this moment no longer open the complaint: staff revoked them
   * (a shared or forwarded mailbox) and sent the complainant a fresh one.
   */
  statusLinksValidFrom?: string;
  /** Epoch seconds; set when the complaint closes, never less than three years on (R3). */
  expiresAt?: number;
  /** R2: what staff wrote for the record of complaints, names checked out of it. */
  summativeRecord?: SummativeRecord;
  /** R2: the label each person has in the record ("child A", "staff member B"), never changed once given. */
  pseudonyms?: Pseudonyms;
  /** R4: the owners' review of practice after an upheld or partly upheld outcome. */
  practiceReview?: PracticeReview;
  /** R3: a held complaint never expires, whatever its retention. */
  legalHold?: LegalHold;
  /** P9: when Ofsted's involvement was first recorded. */
  ofstedInvolvedAt?: string;
  /** Optimistic concurrency: every save expects the version it loaded. */
  version: number;
}

export interface LevelExtension {
  to: string;
  reason: string;
  by: string;
  at: string;
  /** The date the complainant agreed to it: needed to extend a statutory date. */
  complainantAgreedOn?: string;
}

export interface LevelClock {
  complaintId: string;
  level: LevelId;
  enteredAt: string;
  /** The date the procedure sets; kept on record even when extended. */
  statutoryDeadlineAt: string;
  /** The date the clock runs to: the statutory one, or an extension's. */
  deadlineAt: string;
  /** Reminder moments before `deadlineAt`, earliest first. */
  reminders: string[];
  remindersSent: number;
  /** When the duty was done: the date it happened, which staff may record later (A3, P6). */
  doneAt?: string;
  doneBy?: string;
  /** When the duty was recorded, if that was after it happened. */
  doneRecordedAt?: string;
  lapsedAt?: string;
  overdueSent: number;
  nextOverdueAt?: string;
  extension?: LevelExtension;
  /** Set when the complaint closed, was withdrawn or referred while this clock ran: it stops. */
  endedAt?: string;
  /** Incremented by an extension, which restarts the level's execution under a new name. */
  attempt: number;
  /** Incremented when a long-running execution hands the clock to a fresh one (clock.ts). */
  generation?: number;
}

export type Actor =
  | { kind: 'complainant' }
  | { kind: 'staff'; staffId: string; role: Role }
  | { kind: 'system' };

export const EVENT_TYPES = [
  'received',
  'allegationReferred',
  'levelOpened',
  'reminderSent',
  'reminderSkipped',
  'lapsed',
  'escalated',
  'overdueReminderSent',
  'acknowledged',
  'meetingHeld',
  'outcomeGiven',
  'agreementRecorded',
  'satisfied',
  'notSatisfied',
  'withdrawn',
  'extended',
  'letterPosted',
  'note',
  'ofstedInvolved',
  'closed',
  'recordWritten',
  'practiceReviewOpened',
  'practiceReviewRecorded',
  'legalHoldPlaced',
  'legalHoldLifted',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** One line of the Complaint Investigation Record: append-only, who did what, when. */
export interface RecordEvent {
  complaintId: string;
  at: string;
  /** Distinguishes events recorded in the same millisecond. */
  seq: number;
  type: EventType;
  actor: Actor;
  level?: LevelId;
  /** Plain-language account, as the CIR would read. */
  summary: string;
  /** Whether the complainant's status page may show it. Staff notes and third-party information never. */
  visibleToComplainant: boolean;
  details?: Record<string, string | number | boolean>;
}

interface EffectBase {
  /** Unique within the complaint, deterministic, so that recording it twice is a no-op. */
  key: string;
  complaintId: string;
  createdAt: string;
}

export interface StartClockEffect extends EffectBase {
  kind: 'startClock';
  executionName: string;
  input: ClockExecutionInput;
}

export interface EmailEffect extends EffectBase {
  kind: 'email';
  to: string;
  language: Language;
  message: EmailMessage;
  /**
   * The complainant's private status link is added when the email is sent: a fresh token is
   * minted then and only its hash is stored, so no token ever rests in the table.
   */
  withStatusLink: boolean;
}

/**
 * What would be emailed to a complainant without an email address (P5): a letter in their
 * language, listed for staff to print and post. It is carried out by a person, not by the
 * outbox: recording the date it was posted completes it (it counts as "told in writing").
 */
export interface LetterEffect extends EffectBase {
  kind: 'letter';
  /** The letters to print are listed per setting. */
  settingId: string;
  recipient: { name: string; postalAddress?: string; organisation?: string };
  language: Language;
  message: EmailMessage;
}

export type Effect = StartClockEffect | EmailEffect | LetterEffect;

/** A letter and whether it was posted. */
export interface Letter {
  letter: LetterEffect;
  /** The date it was posted (or handed over), as staff recorded it. */
  postedOn?: string;
  postedBy?: string;
}

/** A letter staff say they posted: completed in the same transaction as the record event. */
export interface LetterPosting {
  key: string;
  postedOn: string;
  postedBy: string;
}

export interface ComplaintAggregate {
  complaint: Complaint;
  levels: Partial<Record<LevelId, LevelClock>>;
}

/** What a use case asks the repository to write, in one transaction. */
export interface AggregateChange {
  complaint: Complaint;
  /** The version loaded; the save fails with a ConcurrencyError if it moved. */
  expectedVersion: number;
  /** Level clocks added or changed. */
  levels: LevelClock[];
  events: RecordEvent[];
  effects: Effect[];
  /** Letters marked as posted by this change. */
  postedLetters?: LetterPosting[];
}

/** A clock still running: duty owed, not ended, and not handed on by a lapse. */
export function isRunning(clock: LevelClock, escalatesOnLapse: boolean): boolean {
  if (clock.doneAt || clock.endedAt) return false;
  return !(clock.lapsedAt && escalatesOnLapse);
}
