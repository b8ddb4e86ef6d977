/**
 * Submit a complaint (a parent's, P1–P8, or an agency's, A1–A2; online or entered by staff
 * on a parent's behalf, P5).
 *
 * Primary course:
 * 1. A retry carrying the same Idempotency-Key gets what the first request created (found by
 *    the write's condition on the key, not by a read before it).
 * 2. The complaint is routed by whom it is about (P3, P4, P7, A1).
 * 3. The complaint, its first level clocks, its first record events and everything that must
 *    follow (acknowledgement, staff notification, the clock's start) are written in one
 *    transaction; nothing is carried out before it is recorded.
 * 4. The answer goes back at once: the outbox's workers carry the effects out (the table
 *    stream in AWS, the sweeper locally), and retry whatever fails.
 *
 * An allegation of serious harm by staff (P3) leaves the procedure: no clock, an immediate
 * alert to the designated safeguarding lead and the manager, never to the person named.
 */
import type { Actor, Complaint, ComplaintAggregate, Effect } from '../domain/complaint';
import type { LevelId } from '../domain/procedure';
import { LEVELS, routeAgencyComplaint, routeParentComplaint } from '../domain/procedure';
import { enterLevel, settleCurrentLevel } from '../domain/levels';
import { executionNameFor } from '../domain/clock';
import { londonDate } from '../domain/calendar';
import { coversSetting, type Directory } from '../domain/directory';
import { decideSubject } from '../domain/subject';
import { IdempotencyKeyReusedError, ValidationError } from '../domain/errors';
import type { IntakeStore } from '../domain/ports';
import type { UseCaseContext } from './context';
import { eventRecorder, retryOnConflict } from './context';
import { emailComplainant, emailResponsible } from './emails';
// Not behind a lazy import: its own code is 0.1 KiB, and the chunk a lazy import makes of
// what it shares with init cost every intake's cold start two more files to read.
import { emailAllegationAlerts } from './allegation-alerts';

/** What a complainant (or staff on their behalf, P5) tells us: the complaint's own facts. */
export type ComplaintSubmission = Pick<
  Complaint,
  | 'track'
  | 'settingId'
  | 'classification'
  | 'about'
  | 'subjectStaffId'
  | 'keyPersonId'
  | 'allegationOfHarm'
  | 'channel'
  | 'language'
  | 'interpreterLanguage'
  | 'contact'
  | 'childName'
  | 'description'
  | 'desiredOutcome'
> & {
  /** When staff record a complaint made earlier in person or by phone (P5). Defaults to now. */
  receivedAt?: string;
};

export interface SubmissionResult {
  reference: string;
  status: Complaint['status'];
  level?: LevelId;
  /** The date by which the complainant will hear. */
  respondBy?: string;
}

const MAX_REFERENCE_ATTEMPTS = 5;

/** How far back staff may date a complaint they record on a parent's behalf (P5). */
export const MAX_BACKDATED_DAYS = 90;

export function submitComplaint(
  ctx: UseCaseContext<IntakeStore>,
  submission: ComplaintSubmission,
  options: { idempotencyKey?: string; actor: Actor },
): Promise<SubmissionResult> {
  // Two requests with one Idempotency-Key at the same moment: the one whose write lost looks
  // again, finds the other's complaint, and answers with it.
  return retryOnConflict(() => submitOnce(ctx, submission, options));
}

async function submitOnce(
  ctx: UseCaseContext<IntakeStore>,
  submission: ComplaintSubmission,
  options: { idempotencyKey?: string; actor: Actor },
): Promise<SubmissionResult> {
  const idempotency = options.idempotencyKey
    ? {
        keyHash: ctx.secrets.hash(`${submission.track}:${options.idempotencyKey}`),
        requestHash: ctx.secrets.hash(JSON.stringify(submission)),
      }
    : undefined;
  // A retry is not looked for before the write: the transaction's condition on the key finds
  // it (one call per complaint fewer), and the daily count knows the key so a retry is not
  // counted again. Only a retry the checks below would now refuse (its setting gone from the
  // directory, its date past the backdating limit) is looked up first, as it was taken then.
  try {
    checkAgainstDirectory(ctx, submission);
  } catch (error) {
    const existing = idempotency && error instanceof ValidationError ? await ctx.repo.findIdempotency(idempotency.keyHash) : undefined;
    if (existing) return replay(ctx, existing, idempotency!.requestHash);
    throw error;
  }
  const acknowledge = await mayAcknowledge(ctx, submission, idempotency?.keyHash);

  for (let attempt = 0; attempt < MAX_REFERENCE_ATTEMPTS; attempt += 1) {
    const { aggregate, change } = await prepare(ctx, submission, options.actor, acknowledge);
    const result = await ctx.repo.create({
      ...change,
      ...(idempotency
        ? {
            idempotency: {
              keyHash: idempotency.keyHash,
              record: { complaintId: aggregate.complaint.id, requestHash: idempotency.requestHash },
            },
          }
        : {}),
    });
    if (result.created) {
      await ctx.dispatch(change.effects);
      return resultOf(aggregate);
    }
    if (result.reason === 'idempotent') return replay(ctx, result.existing, idempotency?.requestHash ?? '');
    // A reference clash: draw another.
  }
  throw new Error('Could not allocate a unique complaint reference');
}

async function replay(
  ctx: UseCaseContext<IntakeStore>,
  existing: { complaintId: string; requestHash: string },
  requestHash: string,
): Promise<SubmissionResult> {
  if (existing.requestHash !== requestHash) throw new IdempotencyKeyReusedError();
  const aggregate = await ctx.repo.load(existing.complaintId);
  if (!aggregate) throw new Error(`Idempotency record points at a missing complaint ${existing.complaintId}`);
  return resultOf(aggregate);
}

export function resultOf(aggregate: ComplaintAggregate): SubmissionResult {
  const { complaint } = aggregate;
  const level = complaint.currentLevel;
  const respondBy = level ? aggregate.levels[level]?.deadlineAt : undefined;
  return {
    reference: complaint.id,
    status: complaint.status,
    ...(level ? { level } : {}),
    ...(respondBy ? { respondBy } : {}),
  };
}

/** The setting, the key person and the person complained about must be of this organisation. */
function checkAgainstDirectory(ctx: UseCaseContext<IntakeStore>, submission: ComplaintSubmission): void {
  const problems: { field: string; message: string }[] = [];
  if (!ctx.directory.settingName(submission.settingId)) {
    problems.push({ field: 'settingId', message: 'no setting of this organisation has this id' });
  }
  const member = (id: string) => ctx.directory.members.find((m) => m.id === id);
  if (submission.keyPersonId) {
    const keyPerson = member(submission.keyPersonId);
    if (!keyPerson || !keyPerson.roles.includes('keyPerson') || !coversSetting(keyPerson, submission.settingId)) {
      problems.push({ field: 'keyPersonId', message: 'not a key person at this setting' });
    }
  }
  problems.push(...decideSubject(ctx.directory, submission).problems);
  if (submission.receivedAt) {
    const receivedAt = new Date(submission.receivedAt).getTime();
    const now = ctx.clock.now().getTime();
    if (receivedAt > now) problems.push({ field: 'receivedAt', message: 'cannot be in the future' });
    // A complaint written down long after it was made would open with every deadline gone;
    // such a complaint is recorded as received now, with the earlier date in its description.
    if (receivedAt < now - MAX_BACKDATED_DAYS * 86_400_000) {
      problems.push({ field: 'receivedAt', message: `must be within the last ${MAX_BACKDATED_DAYS} days` });
    }
  }
  if (problems.length > 0) throw new ValidationError(problems);
}

/**
 * What the directory says about a request's ids. It takes the request as it came (fields
 * may be missing or of any type: those are the schema's to name), so the edge can run it
 * beside the schema and name every bad field in one answer.
 */
export function directoryProblems(
  directory: Directory,
  request: { settingId?: unknown; keyPersonId?: unknown; subjectStaffId?: unknown },
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const { settingId, keyPersonId, subjectStaffId } = request;
  if (typeof settingId === 'string' && !directory.settingName(settingId.trim())) {
    problems.push({ field: 'settingId', message: 'no setting of this organisation has this id' });
  }
  const member = (id: string) => directory.members.find((m) => m.id === id.trim());
  if (typeof keyPersonId === 'string') {
    const keyPerson = member(keyPersonId);
    const setting = typeof settingId === 'string' ? settingId.trim() : undefined;
    if (!keyPerson || !keyPerson.roles.includes('keyPerson') || (setting !== undefined && !coversSetting(keyPerson, setting))) {
      problems.push({ field: 'keyPersonId', message: 'not a key person at this setting' });
    }
  }
  if (typeof subjectStaffId === 'string' && !member(subjectStaffId)) {
    problems.push({ field: 'subjectStaffId', message: 'no member of staff has this id' });
  }
  return problems;
}

/**
 * At most so many acknowledgements go to one address a day (Europe/London): the public forms
 * cannot be used to flood someone's inbox. Past that the complaint is still taken (the duty
 * does not depend on who else wrote), and its record tells staff why no email went.
 */
async function mayAcknowledge(ctx: UseCaseContext<IntakeStore>, submission: ComplaintSubmission, requestKey: string | undefined): Promise<boolean> {
  const address = submission.contact?.email;
  if (submission.channel !== 'online' || !address || !ctx.acknowledgementCap) return true;
  return ctx.acknowledgementCap.reserve(ctx.secrets.hash(address.trim().toLowerCase()), londonDate(ctx.clock.now()), requestKey);
}

const HELD_BACK =
  'No acknowledgement was emailed: this address has had as many as the daily limit allows today. ' +
  'If the complaint is genuine, acknowledge it in writing by hand.';

async function prepare(ctx: UseCaseContext<IntakeStore>, submission: ComplaintSubmission, actor: Actor, acknowledge: boolean) {
  const now = ctx.clock.now();
  const receivedAt = submission.receivedAt ? new Date(submission.receivedAt) : now;
  const routing =
    submission.track === 'parent'
      ? routeParentComplaint(submission)
      : routeAgencyComplaint({ allegationOfHarm: submission.allegationOfHarm });
  const { receivedAt: _ignored, subjectStaffId: _named, ...details } = submission;
  const complaint: Complaint = {
    ...details,
    ...subjectOf(ctx, submission),
    id: ctx.secrets.reference(),
    status: routing.kind === 'allegation' ? 'referred' : 'open',
    receivedAt: receivedAt.toISOString(),
    version: 1,
  };
  const aggregate: ComplaintAggregate = { complaint, levels: {} };
  const { events, record } = eventRecorder(complaint.id, now);
  record('received', actor, receivedSummary(submission), {
    details: {
      track: submission.track,
      classification: submission.classification, // P2
      channel: submission.channel,
      interpreterRequested: Boolean(submission.interpreterLanguage),
    },
  });

  if (routing.kind === 'allegation') {
    record(
      'allegationReferred',
      { kind: 'system' },
      'Allegation of serious harm by a member of staff: referred to the allegations procedure (6.2). No complaints clock runs.',
      { visibleToComplainant: true },
    );
    if (!acknowledge) record('note', { kind: 'system' }, HELD_BACK, { visibleToComplainant: false, details: { acknowledgementHeldBack: true } });
    const effects: Effect[] = [
      ...emailAllegationAlerts(ctx, aggregate),
      ...(acknowledge ? [emailComplainant(ctx, aggregate, 'allegation-received', { kind: 'allegationReceived', ofsted: ctx.ofsted })] : []),
    ];
    return { aggregate, change: { complaint, levels: [], events, effects } };
  }

  // A complaint recorded days after it was made (P5) keeps its deadline from receipt, but a
  // reminder whose moment has already passed is not sent late.
  const levels = enterLevel(aggregate, routing.level, receivedAt, ctx.rules).map((clock) => ({
    ...clock,
    reminders: clock.reminders.filter((moment) => new Date(moment) > now),
  }));
  for (const clock of levels) aggregate.levels[clock.level] = clock;
  record('levelOpened', { kind: 'system' }, `With ${LEVELS[routing.level].title.toLowerCase()}.`, {
    level: routing.level,
    details: { deadlineAt: levels[0]!.deadlineAt },
  });
  if (!acknowledge) record('note', { kind: 'system' }, HELD_BACK, { visibleToComplainant: false, details: { acknowledgementHeldBack: true } });
  // Held back, an agency's acknowledgement is staff's to write, on its own clock (A2).
  if (routing.level === 'agencyAcknowledgement' && complaint.contact.email && acknowledge) {
    // A2: the acknowledgement email below is the written acknowledgement. It is recorded
    // with the complaint and the outbox sends it, so the duty is discharged at receipt.
    // Sent as a letter instead (no email address), it is discharged the day staff post it.
    const acknowledgement = aggregate.levels.agencyAcknowledgement!;
    acknowledgement.doneAt = now.toISOString();
    acknowledgement.doneBy = 'system';
    record('acknowledged', { kind: 'system' }, 'Written acknowledgement emailed to the agency.', {
      level: 'agencyAcknowledgement',
    });
  }
  complaint.currentLevel = settleCurrentLevel(aggregate.levels, routing.level);
  const current = aggregate.levels[complaint.currentLevel]!;

  const acknowledgement: Effect[] = [
    emailComplainant(ctx, aggregate, 'acknowledgement', {
      kind: 'complaintAcknowledgement',
      track: complaint.track,
      level: complaint.currentLevel,
      classification: complaint.classification,
      respondBy: current.deadlineAt,
      interpreterRequested: Boolean(complaint.interpreterLanguage),
      ...(complaint.interpreterLanguage ? { interpreterLanguage: complaint.interpreterLanguage } : {}),
      ofsted: ctx.ofsted,
    }),
  ];
  const effects: Effect[] = [
    ...(acknowledge ? acknowledgement : []),
    ...emailResponsible(ctx, aggregate, complaint.currentLevel, `assigned#${complaint.currentLevel}`, {
      kind: 'levelAssigned',
      level: complaint.currentLevel,
      deadlineAt: current.deadlineAt,
      reason: 'received',
      classification: complaint.classification,
      interpreterNeeded: Boolean(complaint.interpreterLanguage),
      ...(complaint.interpreterLanguage ? { interpreterLanguage: complaint.interpreterLanguage } : {}),
    }),
    {
      kind: 'startClock',
      key: `clock#${routing.level}#0`,
      complaintId: complaint.id,
      createdAt: now.toISOString(),
      executionName: executionNameFor(complaint.id, routing.level),
      input: { complaintId: complaint.id, track: complaint.track, level: routing.level },
    },
  ];
  return { aggregate, change: { complaint, levels, events, effects } };
}

/** P3, P4, P7, F3: the server decides whom it is about, whatever the channel (domain/subject.ts). */
function subjectOf(ctx: UseCaseContext<IntakeStore>, submission: ComplaintSubmission): { subjectStaffId?: string } {
  const { subjectStaffId } = decideSubject(ctx.directory, submission);
  return subjectStaffId ? { subjectStaffId } : {};
}

function receivedSummary(submission: ComplaintSubmission): string {
  const what = submission.classification === 'concern' ? 'A concern about the quality of the service' : 'A complaint';
  const from = submission.track === 'parent' ? 'from a parent' : 'in writing from another agency';
  const how = submission.channel === 'online' ? 'online' : `(${submission.channel}, recorded by staff)`;
  return `${what} ${from}, received ${how}.`;
}
