/**
 * What the use cases need from the outside world. Adapters implement these against
 * DynamoDB, SES and Step Functions; unit tests pass in-memory fakes (no module mocks).
 */
import type { AggregateChange, Complaint, ComplaintAggregate, Effect, Letter, LevelClock, RecordEvent } from './complaint';
import type { RenderedEmail } from './notifications';
import type { ClockExecutionInput } from './clock';
import type { Track } from './procedure';
import { waitingPosition, type Waiting } from './waiting';

export interface IdempotencyRecord {
  complaintId: string;
  /** Hash of the request, to refuse a reused key with a different request. */
  requestHash: string;
}

export interface NewComplaint extends Omit<AggregateChange, 'expectedVersion'> {
  idempotency?: { keyHash: string; record: IdempotencyRecord };
}

export type CreateResult = { created: true } | { created: false; reason: 'referenceTaken' } | { created: false; reason: 'idempotent'; existing: IdempotencyRecord };

/** An open complaint on its setting's dashboard, with what it waits for and on whom. */
export interface OpenComplaint {
  complaint: Complaint;
  waiting: Waiting;
}

/** The order of the dashboard (an index's sort key): see `waitingPosition`. */
export function openComplaintPosition(row: OpenComplaint): string {
  return waitingPosition(row.complaint.id, row.waiting);
}

/**
 * The complaints' storage, one port per kind of caller, so that a function loads the
 * adapter of what it calls and no more (its cold start): the use cases that take in and move
 * complaints use the store, those that only read them its reader; only the outbox's two
 * functions carry effects out; only administrators deal with what was parked. The fakes and
 * the adapters implement all of it.
 */
export interface ComplaintRepository extends ComplaintStore, Outbox, ParkedEffects {}

/** Complaints, their levels, record, letters and status links as the functions that only read them see them. */
export interface ComplaintReader {
  load(complaintId: string): Promise<ComplaintAggregate | undefined>;
  /** The Complaint Investigation Record, oldest first. */
  events(complaintId: string): Promise<RecordEvent[]>;

  /**
   * The staff dashboard: every open complaint of one setting, running deadlines first, nearest
   * first, then those waiting without one (an index query), starting after an
   * `openComplaintPosition`.
   */
  openComplaints(settingId: string, options: { limit: number; after?: string }): Promise<OpenComplaint[]>;

  /** Every letter of one complaint, posted or not, oldest first. */
  letters(complaintId: string): Promise<Letter[]>;
  /** Letters of a setting waiting to be printed and posted, oldest first (an index query). */
  lettersToPrint(settingId: string, limit: number): Promise<Letter[]>;

  /** Whether the token was issued for the complaint, and (given `issuedFrom`) not before that moment. */
  hasStatusToken(complaintId: string, tokenHash: string, issuedFrom?: string): Promise<boolean>;
}

/** The complaints as the use cases that take them in and move them read and change them. */
export interface ComplaintStore extends ComplaintReader {
  /** Writes a new complaint with its levels, first events and effects in one transaction. */
  create(complaint: NewComplaint): Promise<CreateResult>;
  findIdempotency(keyHash: string): Promise<IdempotencyRecord | undefined>;
  /** Throws ConcurrencyError when the complaint's version moved since it was loaded. */
  save(change: AggregateChange): Promise<void>;
}

/**
 * The store as the intake uses it: a new complaint written, a request's idempotency key
 * looked up, and a complaint read back for a request sent again. The functions that take
 * complaints in build only this (adapters/dynamodb/intake-store.ts).
 */
export type IntakeStore = Pick<ComplaintStore, 'load' | 'create' | 'findIdempotency'>;

/** The outbox as the functions that carry effects out (the stream consumer, the sweeper) use it. */
export interface Outbox {
  /**
   * Effects whose next attempt is due at `now`, clock starts and stops before emails
   * (an index query on the next-attempt time, so an effect waiting out its backoff never
   * stands in front of another).
   */
  dueEffects(now: Date, limit: number): Promise<Effect[]>;
  /**
   * Takes a due effect for `leaseSeconds` and counts the attempt; undefined when someone else
   * holds it, it is not due, or it is done or parked.
   */
  claimEffect(effect: Effect, leaseSeconds: number): Promise<ClaimedEffect | undefined>;
  completeEffect(effect: Effect, at: string): Promise<void>;
  /** Gives an effect back after a failure, to be tried again at `nextAttemptAt`. */
  retryEffect(effect: Effect, error: string, nextAttemptAt: Date): Promise<void>;
  /** Sets an effect aside after its last allowed attempt: a person must look at it. */
  parkEffect(effect: Effect, error: string, at: string): Promise<void>;

  /**
   * The status token of one complainant email: minted on its first attempt, kept with the
   * effect until the email has gone and reused by every retry, so that a failing email does
   * not store a new token each time. Its hash is stored as a valid link at once.
   */
  statusTokenFor(effect: Effect, mint: () => { token: string; hash: string }, createdAt: string): Promise<string>;
  /** Stores the hash of a complainant's status token. */
  addStatusToken(complaintId: string, tokenHash: string, createdAt: string): Promise<void>;
}

/** Effects set aside after their last attempt, for administrators (and the sweeper's count for the alarm). */
export interface ParkedEffects {
  /** Parked effects, oldest first (an index query), for administrators. */
  parkedEffects(limit: number): Promise<ParkedEffect[]>;
  /** How many effects are parked now (the alarm's figure). */
  countParkedEffects(): Promise<number>;
  /** Puts a parked effect back in the outbox, due now, with a fresh count of attempts. */
  retryParkedEffect(complaintId: string, key: string, at: Date): Promise<ParkedEffect | undefined>;
  /** Marks a parked effect as done by hand (e.g. a letter posted). */
  settleParkedEffect(complaintId: string, key: string, settlement: ManualSettlement): Promise<ParkedEffect | undefined>;
}

/** What a claim tells the worker that took an effect. */
export interface ClaimedEffect {
  /** Attempts so far, this one included. */
  attempts: number;
}

export interface ParkedEffect {
  effect: Effect;
  attempts: number;
  /** The error's name (never its message: it may carry an address). */
  lastError: string;
  parkedAt: string;
}

export interface ManualSettlement {
  by: string;
  at: string;
  /** What was done instead, e.g. "letter posted on 3 March". */
  note: string;
}

export interface OutgoingEmail extends RenderedEmail {
  to: string;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
}

export interface Workflows {
  /** Starts a track's state machine; a start under an existing name is a no-op. */
  start(track: Track, executionName: string, input: ClockExecutionInput): Promise<void>;
}

/** The public intake's cap on acknowledgements emailed to one address a day. */
export interface AcknowledgementCap {
  readonly perDay: number;
  /**
   * Counts one acknowledgement to an address (by its hash) on a day; false, counting nothing,
   * when that address has had `perDay` already that day. A request already counted that day
   * under `requestKey` (a retry with the same Idempotency-Key) gets true again, counted once.
   */
  reserve(addressHash: string, day: string, requestKey?: string): Promise<boolean>;
}

export interface Clock {
  now(): Date;
}

export interface Secrets {
  /** A human-readable complaint reference. */
  reference(): string;
  /** A status token with at least 128 bits of randomness, and its hash. */
  statusToken(): { token: string; hash: string };
  hash(value: string): string;
}
