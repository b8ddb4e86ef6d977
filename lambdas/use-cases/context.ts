/**
 * What every use case is given (ports, not module mocks), and the small builders they share
 * for record events and retries; the emails' builders are in emails.ts, loaded by the code
 * that writes one (a staff action's steps load them with that action, not at init).
 */
import type { Actor, Effect, EventType, RecordEvent } from '../domain/complaint';
import type { Directory } from '../domain/directory';
import type { ClockRules } from '../domain/levels';
import type { OfstedContact } from '../domain/ofsted';
import type { LadoContact } from '../domain/allegation-recipients';
import type { AcknowledgementCap, Clock, ComplaintReader, ComplaintStore, Secrets } from '../domain/ports';
import type { LevelId } from '../domain/procedure';
import { ConcurrencyError } from '../domain/errors';

/** `R`, the store, is what the use case calls: the intake's is smaller (IntakeStore). */
export interface UseCaseContext<R = ComplaintStore> {
  repo: R;
  clock: Clock;
  rules: ClockRules;
  directory: Directory;
  ofsted: OfstedContact;
  /** P3: the local authority designated officer staff contact about an allegation at a setting. */
  lado(settingId: string): LadoContact | undefined;
  secrets: Secrets;
  /** R3: how long a closed complaint's record is kept, at least three years. */
  retentionYears: number;
  /** Days after closure during which the complainant's status links still work. */
  statusLinkDaysAfterClosure: number;
  /**
   * At most so many acknowledgements emailed to one address a day, so that the public forms
   * cannot flood an inbox. Given by the public intake (handlers/intake.ts) only: what staff
   * enter is not the public's, and no other function loads its adapter.
   */
  acknowledgementCap?: AcknowledgementCap;
  /** Where staff open a complaint; absent when the organisation has no public site. */
  staffUrl(complaintId: string): string | undefined;
  /** Carries out effects now, best effort; what fails stays in the outbox for the sweeper. */
  dispatch(effects: Effect[]): Promise<void>;
}

/**
 * What the use cases that only show a complaint are given: its reader, and neither the
 * clocks' rules nor a way to change it, so that their functions load neither (the complainant's
 * status page and its JSON: handlers/read-runtime.ts).
 */
export interface ReadContext extends Omit<UseCaseContext, 'repo' | 'rules' | 'dispatch' | 'acknowledgementCap'> {
  repo: ComplaintReader;
}

/** Builds the events of one change, numbering those recorded in the same instant. */
export function eventRecorder(complaintId: string, at: Date) {
  const events: RecordEvent[] = [];
  const record = (
    type: EventType,
    actor: Actor,
    summary: string,
    options: { level?: LevelId; visibleToComplainant?: boolean; details?: RecordEvent['details'] } = {},
  ): void => {
    events.push({
      complaintId,
      at: at.toISOString(),
      seq: events.length,
      type,
      actor,
      summary,
      visibleToComplainant: options.visibleToComplainant ?? true,
      ...(options.level ? { level: options.level } : {}),
      ...(options.details ? { details: options.details } : {}),
    });
  };
  return { events, record };
}

/** The longest wait between two tries is 400 ms, so eight tries end within about 1.5 s. */
const CONFLICT_BACKOFF_BASE_MS = 10;
const CONFLICT_BACKOFF_CAP_MS = 400;

/**
 * Runs a read-decide-write use case again when another writer got there first: the
 * complaint's version guard makes that visible, and the decision is remade on fresh data.
 * The retries wait a random while that grows (full jitter), because the other writer is
 * often a run of them: an agency letter entered weeks late lapses several stages within a
 * second, and a staff action retried at once would lose every race and come back a 409.
 */
export async function retryOnConflict<T>(work: () => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(CONFLICT_BACKOFF_CAP_MS, CONFLICT_BACKOFF_BASE_MS * 2 ** attempt)));
    }
  }
}
