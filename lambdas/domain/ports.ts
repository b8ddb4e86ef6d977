/**
 * What the use cases need from the outside world. Adapters implement these against
 * DynamoDB, SES and Step Functions; unit tests pass in-memory fakes (no module mocks).
 */
import type { AggregateChange, Complaint, ComplaintAggregate, Effect, LevelClock, RecordEvent } from './complaint';
import type { RenderedEmail } from './notifications';
import type { ClockExecutionInput } from './clock';
import type { Track } from './procedure';

export interface IdempotencyRecord {
  complaintId: string;
  /** Hash of the request, to refuse a reused key with a different request. */
  requestHash: string;
}

export interface NewComplaint extends Omit<AggregateChange, 'expectedVersion'> {
  idempotency?: { keyHash: string; record: IdempotencyRecord };
}

export type CreateResult = { created: true } | { created: false; reason: 'referenceTaken' } | { created: false; reason: 'idempotent'; existing: IdempotencyRecord };

/** What the staff dashboard needs of a complaint, kept beside each running clock. */
export type ComplaintFacts = Pick<
  Complaint,
  'id' | 'settingId' | 'track' | 'classification' | 'keyPersonId' | 'subjectStaffId' | 'interpreterLanguage' | 'receivedAt'
>;

export interface RunningClock {
  clock: LevelClock;
  complaint: ComplaintFacts;
}

/** The order of the dashboard: deadline, then complaint, then level. */
export function runningClockPosition(row: RunningClock): string {
  return `${row.clock.deadlineAt}#${row.complaint.id}#${row.clock.level}`;
}

export interface ComplaintRepository {
  /** Writes a new complaint with its levels, first events and effects in one transaction. */
  create(complaint: NewComplaint): Promise<CreateResult>;
  findIdempotency(keyHash: string): Promise<IdempotencyRecord | undefined>;
  load(complaintId: string): Promise<ComplaintAggregate | undefined>;
  /** Throws ConcurrencyError when the complaint's version moved since it was loaded. */
  save(change: AggregateChange): Promise<void>;
  /** The Complaint Investigation Record, oldest first. */
  events(complaintId: string): Promise<RecordEvent[]>;

  /**
   * The staff dashboard: running clocks of one setting, nearest deadline first (an index
   * query), starting after a `runningClockPosition`.
   */
  runningClocks(settingId: string, options: { limit: number; after?: string }): Promise<RunningClock[]>;

  /** Outbox: effects not yet carried out, oldest first. */
  pendingEffects(limit: number): Promise<Effect[]>;
  /** Takes an effect for `leaseSeconds`; false when someone else holds it or it is done. */
  claimEffect(effect: Effect, leaseSeconds: number): Promise<boolean>;
  completeEffect(effect: Effect, at: string): Promise<void>;
  /** Gives an effect back after a failure, to be tried again later. */
  releaseEffect(effect: Effect, error: string): Promise<void>;

  /** Stores the hash of a complainant's status token. */
  addStatusToken(complaintId: string, tokenHash: string, createdAt: string): Promise<void>;
  hasStatusToken(complaintId: string, tokenHash: string): Promise<boolean>;
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
  /** Stops an execution; stopping one that is not running is a no-op. */
  stop(track: Track, executionName: string): Promise<void>;
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
