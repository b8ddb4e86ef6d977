/**
 * In-memory fakes of the domain's ports, for unit tests. The repository keeps the same
 * guarantees as the DynamoDB adapter that the use cases rely on: the version guard, one
 * record per effect key, and the outbox's claim/complete/release.
 */
import type { AggregateChange, ComplaintAggregate, Effect, Letter, LetterEffect, RecordEvent } from '../../lambdas/domain/complaint';
import { waitingOf } from '../../lambdas/domain/waiting';
import { ConcurrencyError } from '../../lambdas/domain/errors';
import type {
  AcknowledgementCap,
  Clock,
  ComplaintRepository,
  CreateResult,
  IdempotencyRecord,
  Mailer,
  ManualSettlement,
  NewComplaint,
  OpenComplaint,
  ParkedEffect,
  OutgoingEmail,
  Secrets,
  Workflows,
} from '../../lambdas/domain/ports';
import { openComplaintPosition } from '../../lambdas/domain/ports';
import type { ClockExecutionInput } from '../../lambdas/domain/clock';
import type { Track } from '../../lambdas/domain/procedure';

const clone = <T>(value: T): T => structuredClone(value);

interface StoredEffect {
  effect: Effect;
  state: 'pending' | 'parked' | 'done';
  /** ISO; the next moment it may be taken (a lease moves it on). */
  nextAttemptAt: string;
  doneAt?: string;
  attempts: number;
  lastError?: string;
  parkedAt?: string;
  statusToken?: string;
  settlement?: ManualSettlement;
  postedOn?: string;
  postedBy?: string;
}

export class InMemoryRepository implements ComplaintRepository {
  readonly aggregates = new Map<string, ComplaintAggregate>();
  readonly recordEvents = new Map<string, RecordEvent[]>();
  readonly outbox = new Map<string, StoredEffect>();
  readonly idempotency = new Map<string, IdempotencyRecord>();
  readonly tokens = new Set<string>();
  private readonly tokenIssuedAt = new Map<string, string>();
  saves = 0;

  constructor(private readonly clock: Clock) {}

  async create(change: NewComplaint): Promise<CreateResult> {
    if (change.idempotency) {
      const existing = this.idempotency.get(change.idempotency.keyHash);
      if (existing) return { created: false, reason: 'idempotent', existing };
    }
    if (this.aggregates.has(change.complaint.id)) return { created: false, reason: 'referenceTaken' };
    if (change.idempotency) this.idempotency.set(change.idempotency.keyHash, change.idempotency.record);
    this.aggregates.set(change.complaint.id, { complaint: clone(change.complaint), levels: {} });
    this.apply(change);
    return { created: true };
  }

  async findIdempotency(keyHash: string) {
    return this.idempotency.get(keyHash);
  }

  async load(complaintId: string) {
    const aggregate = this.aggregates.get(complaintId);
    return aggregate ? clone(aggregate) : undefined;
  }

  async save(change: AggregateChange): Promise<void> {
    const current = this.aggregates.get(change.complaint.id);
    if (!current || current.complaint.version !== change.expectedVersion) throw new ConcurrencyError(change.complaint.id);
    const postings = (change.postedLetters ?? []).map((posting) => ({ posting, stored: this.outbox.get(outboxKey({ complaintId: change.complaint.id, key: posting.key })) }));
    // As the adapter's condition: a letter is posted once.
    if (postings.some(({ stored }) => !stored || stored.state !== 'pending')) throw new ConcurrencyError(change.complaint.id);
    this.apply(change);
    for (const { posting, stored } of postings) {
      Object.assign(stored!, { state: 'done', doneAt: posting.postedOn, postedOn: posting.postedOn, postedBy: posting.postedBy });
    }
  }

  async events(complaintId: string) {
    return clone(this.recordEvents.get(complaintId) ?? []);
  }

  async openComplaints(settingId: string, options: { limit: number; after?: string }): Promise<OpenComplaint[]> {
    return [...this.aggregates.values()]
      .filter((a) => a.complaint.settingId === settingId)
      .flatMap((a) => {
        const waiting = waitingOf(a);
        return waiting ? [{ complaint: clone(a.complaint), waiting: clone(waiting) }] : [];
      })
      .filter((row) => !options.after || openComplaintPosition(row) > options.after)
      .sort((x, y) => openComplaintPosition(x).localeCompare(openComplaintPosition(y)))
      .slice(0, options.limit);
  }

  async dueEffects(now: Date, limit: number) {
    const due = [...this.outbox.values()]
      .filter((s) => s.state === 'pending' && s.effect.kind !== 'letter' && s.nextAttemptAt <= now.toISOString())
      .sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt));
    const clocksFirst = [...due.filter((s) => s.effect.kind !== 'email'), ...due.filter((s) => s.effect.kind === 'email')];
    return clocksFirst.slice(0, limit).map((s) => clone(s.effect));
  }

  async letters(complaintId: string): Promise<Letter[]> {
    return [...this.outbox.values()]
      .filter((s) => s.effect.kind === 'letter' && s.effect.complaintId === complaintId)
      .map(letterOf);
  }

  async lettersToPrint(settingId: string, limit: number): Promise<Letter[]> {
    return [...this.outbox.values()]
      .filter((s) => s.effect.kind === 'letter' && s.effect.settingId === settingId && s.state === 'pending')
      .sort((a, b) => a.effect.createdAt.localeCompare(b.effect.createdAt))
      .slice(0, limit)
      .map(letterOf);
  }

  async claimEffect(effect: Effect, leaseSeconds: number) {
    const stored = this.outbox.get(outboxKey(effect));
    const now = this.clock.now();
    if (!stored || stored.state !== 'pending' || stored.effect.kind === 'letter' || stored.nextAttemptAt > now.toISOString()) return undefined;
    stored.nextAttemptAt = new Date(now.getTime() + leaseSeconds * 1000).toISOString();
    stored.attempts += 1;
    return { attempts: stored.attempts };
  }

  async completeEffect(effect: Effect, at: string) {
    const stored = this.outbox.get(outboxKey(effect))!;
    Object.assign(stored, { state: 'done', doneAt: at, statusToken: undefined, lastError: undefined });
  }

  async retryEffect(effect: Effect, error: string, nextAttemptAt: Date) {
    const stored = this.outbox.get(outboxKey(effect))!;
    if (stored.state !== 'pending') return;
    Object.assign(stored, { lastError: error, nextAttemptAt: nextAttemptAt.toISOString() });
  }

  async parkEffect(effect: Effect, error: string, at: string) {
    const stored = this.outbox.get(outboxKey(effect))!;
    if (stored.state !== 'pending') return;
    Object.assign(stored, { state: 'parked', lastError: error, parkedAt: at });
  }

  async parkedEffects(limit: number): Promise<ParkedEffect[]> {
    return [...this.outbox.values()]
      .filter((s) => s.state === 'parked')
      .sort((a, b) => (a.parkedAt ?? '').localeCompare(b.parkedAt ?? ''))
      .slice(0, limit)
      .map(parkedOf);
  }

  async countParkedEffects() {
    return [...this.outbox.values()].filter((s) => s.state === 'parked').length;
  }

  async retryParkedEffect(complaintId: string, key: string, at: Date) {
    const stored = this.outbox.get(outboxKey({ complaintId, key }));
    if (stored?.state !== 'parked') return undefined;
    const before = parkedOf(stored);
    Object.assign(stored, { state: 'pending', nextAttemptAt: at.toISOString(), attempts: 0, parkedAt: undefined });
    return before;
  }

  async settleParkedEffect(complaintId: string, key: string, settlement: ManualSettlement) {
    const stored = this.outbox.get(outboxKey({ complaintId, key }));
    if (stored?.state !== 'parked') return undefined;
    const before = parkedOf(stored);
    Object.assign(stored, { state: 'done', doneAt: settlement.at, settlement, statusToken: undefined });
    return before;
  }

  async statusTokenFor(effect: Effect, mint: () => { token: string; hash: string }, createdAt: string) {
    const stored = this.outbox.get(outboxKey(effect))!;
    if (stored.statusToken) return stored.statusToken;
    const { token, hash } = mint();
    stored.statusToken = token;
    await this.addStatusToken(effect.complaintId, hash, createdAt);
    return token;
  }

  /** Test helper: the effects waiting to be carried out (due or not), oldest first. */
  pendingEffects(): Effect[] {
    return [...this.outbox.values()].filter((s) => s.state === 'pending' && s.effect.kind !== 'letter').map((s) => clone(s.effect));
  }


  async addStatusToken(complaintId: string, tokenHash: string, createdAt?: string) {
    this.tokens.add(`${complaintId}#${tokenHash}`);
    this.tokenIssuedAt.set(`${complaintId}#${tokenHash}`, createdAt ?? this.clock.now().toISOString());
  }

  async hasStatusToken(complaintId: string, tokenHash: string, issuedFrom?: string) {
    const issuedAt = this.tokenIssuedAt.get(`${complaintId}#${tokenHash}`);
    return issuedAt !== undefined && (issuedFrom === undefined || issuedAt >= issuedFrom);
  }

  /** Test helper: what the complaint looks like now. */
  get(complaintId: string): ComplaintAggregate {
    const aggregate = this.aggregates.get(complaintId);
    if (!aggregate) throw new Error(`no complaint ${complaintId}`);
    return aggregate;
  }

  private apply(change: Omit<AggregateChange, 'expectedVersion'>): void {
    this.saves += 1;
    const aggregate = this.aggregates.get(change.complaint.id)!;
    aggregate.complaint = clone(change.complaint);
    for (const clock of change.levels) aggregate.levels[clock.level] = clone(clock);
    const events = this.recordEvents.get(change.complaint.id) ?? [];
    events.push(...clone(change.events));
    this.recordEvents.set(change.complaint.id, events);
    for (const effect of change.effects) {
      if (!this.outbox.has(outboxKey(effect))) {
        this.outbox.set(outboxKey(effect), { effect: clone(effect), state: 'pending', nextAttemptAt: effect.createdAt, attempts: 0 });
      }
    }
  }
}

function parkedOf(stored: StoredEffect): ParkedEffect {
  return {
    effect: clone(stored.effect),
    attempts: stored.attempts,
    lastError: stored.lastError ?? 'UnknownError',
    parkedAt: stored.parkedAt ?? '',
  };
}

function letterOf(stored: StoredEffect): Letter {
  return {
    letter: clone(stored.effect as LetterEffect),
    ...(stored.postedOn ? { postedOn: stored.postedOn } : {}),
    ...(stored.postedBy ? { postedBy: stored.postedBy } : {}),
  };
}

const outboxKey = (effect: Pick<Effect, 'complaintId' | 'key'>) => `${effect.complaintId}#${effect.key}`;

export class FakeClock implements Clock {
  constructor(private current: Date) {}
  now() {
    return new Date(this.current);
  }
  set(moment: Date | string) {
    this.current = new Date(moment);
  }
  advanceDays(days: number) {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

export class RecordingMailer implements Mailer {
  readonly sent: OutgoingEmail[] = [];
  failing = false;
  async send(email: OutgoingEmail) {
    if (this.failing) throw new Error('SES unreachable');
    this.sent.push(email);
  }
  to(address: string) {
    return this.sent.filter((e) => e.to === address);
  }
}

/** The public intake's daily cap, counted in memory. */
export class InMemoryAcknowledgementCap implements AcknowledgementCap {
  readonly counts = new Map<string, number>();
  private readonly requests = new Map<string, Set<string>>();
  constructor(readonly perDay: number) {}
  async reserve(addressHash: string, day: string, requestKey?: string) {
    const key = `${addressHash}#${day}`;
    const counted = this.requests.get(key) ?? new Set<string>();
    if (requestKey !== undefined && counted.has(requestKey)) return true;
    const count = this.counts.get(key) ?? 0;
    if (count >= this.perDay) return false;
    this.counts.set(key, count + 1);
    if (requestKey !== undefined) this.requests.set(key, counted.add(requestKey));
    return true;
  }
}

export class RecordingWorkflows implements Workflows {
  readonly started: { track: Track; name: string; input: ClockExecutionInput }[] = [];
  failing = false;
  async start(track: Track, name: string, input: ClockExecutionInput) {
    if (this.failing) throw new Error('Step Functions unreachable');
    if (!this.started.some((s) => s.name === name)) this.started.push({ track, name, input });
  }
}

/** Predictable references and tokens, so tests can name them. */
export class SequentialSecrets implements Secrets {
  private references = 0;
  private tokens = 0;
  constructor(private readonly presetReferences: string[] = []) {}
  reference() {
    this.references += 1;
    return this.presetReferences.shift() ?? `TEST-${String(this.references).padStart(4, '2')}`;
  }
  statusToken() {
    this.tokens += 1;
    const token = `token-${this.tokens}`;
    return { token, hash: this.hash(token) };
  }
  hash(value: string) {
    return `hash(${value})`;
  }
}
