/**
 * In-memory fakes of the domain's ports, for unit tests. The repository keeps the same
 * guarantees as the DynamoDB adapter that the use cases rely on: the version guard, one
 * record per effect key, and the outbox's claim/complete/release.
 */
import type { AggregateChange, ComplaintAggregate, Effect, LevelClock, RecordEvent } from '../../lambdas/domain/complaint';
import { isRunning } from '../../lambdas/domain/complaint';
import { LEVELS } from '../../lambdas/domain/procedure';
import { ConcurrencyError } from '../../lambdas/domain/errors';
import type {
  Clock,
  ComplaintRepository,
  CreateResult,
  IdempotencyRecord,
  Mailer,
  NewComplaint,
  OutgoingEmail,
  RunningClock,
  Secrets,
  Workflows,
} from '../../lambdas/domain/ports';
import { runningClockPosition } from '../../lambdas/domain/ports';
import type { ClockExecutionInput } from '../../lambdas/domain/clock';
import type { Track } from '../../lambdas/domain/procedure';

const clone = <T>(value: T): T => structuredClone(value);

interface StoredEffect {
  effect: Effect;
  pending: boolean;
  leaseUntil?: number;
  doneAt?: string;
  attempts: number;
}

export class InMemoryRepository implements ComplaintRepository {
  readonly aggregates = new Map<string, ComplaintAggregate>();
  readonly recordEvents = new Map<string, RecordEvent[]>();
  readonly outbox = new Map<string, StoredEffect>();
  readonly idempotency = new Map<string, IdempotencyRecord>();
  readonly tokens = new Set<string>();
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
    this.apply(change);
  }

  async events(complaintId: string) {
    return clone(this.recordEvents.get(complaintId) ?? []);
  }

  async runningClocks(settingId: string, options: { limit: number; after?: string }): Promise<RunningClock[]> {
    return [...this.aggregates.values()]
      .filter((a) => a.complaint.settingId === settingId && a.complaint.status === 'open')
      .flatMap((a) =>
        Object.values(a.levels)
          .filter((c): c is LevelClock => c !== undefined && isRunning(c, LEVELS[c.level].onLapse !== null))
          .map((clock) => ({ clock: clone(clock), complaint: clone(a.complaint) })),
      )
      .filter((row) => !options.after || runningClockPosition(row) > options.after)
      .sort((x, y) => runningClockPosition(x).localeCompare(runningClockPosition(y)))
      .slice(0, options.limit);
  }

  async pendingEffects(limit: number) {
    return [...this.outbox.values()].filter((s) => s.pending).slice(0, limit).map((s) => clone(s.effect));
  }

  async claimEffect(effect: Effect, leaseSeconds: number) {
    const stored = this.outbox.get(outboxKey(effect));
    const now = this.clock.now().getTime() / 1000;
    if (!stored || !stored.pending || (stored.leaseUntil !== undefined && stored.leaseUntil >= now)) return false;
    stored.leaseUntil = now + leaseSeconds;
    return true;
  }

  async completeEffect(effect: Effect, at: string) {
    const stored = this.outbox.get(outboxKey(effect))!;
    Object.assign(stored, { pending: false, doneAt: at, leaseUntil: undefined });
  }

  async releaseEffect(effect: Effect) {
    const stored = this.outbox.get(outboxKey(effect))!;
    stored.leaseUntil = undefined;
    stored.attempts += 1;
  }

  async addStatusToken(complaintId: string, tokenHash: string) {
    this.tokens.add(`${complaintId}#${tokenHash}`);
  }

  async hasStatusToken(complaintId: string, tokenHash: string) {
    return this.tokens.has(`${complaintId}#${tokenHash}`);
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
      if (!this.outbox.has(outboxKey(effect))) this.outbox.set(outboxKey(effect), { effect: clone(effect), pending: true, attempts: 0 });
    }
  }
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

export class RecordingWorkflows implements Workflows {
  readonly started: { track: Track; name: string; input: ClockExecutionInput }[] = [];
  readonly stopped: { track: Track; name: string }[] = [];
  failing = false;
  async start(track: Track, name: string, input: ClockExecutionInput) {
    if (this.failing) throw new Error('Step Functions unreachable');
    if (!this.started.some((s) => s.name === name)) this.started.push({ track, name, input });
  }
  async stop(track: Track, name: string) {
    this.stopped.push({ track, name });
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
