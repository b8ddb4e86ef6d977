/**
 * The complainant is not satisfied (or, for an agency, no agreement was reached): the next
 * level's clock starts and its people are told. A part of respond-to-outcome.ts, loaded when
 * a complainant moves on, not when they are satisfied or withdraw.
 */
import type { Actor, Complaint, ComplaintAggregate, Effect, LevelClock } from '../../domain/complaint';
import { executionNameFor } from '../../domain/clock';
import { membersWithRole } from '../../domain/directory';
import { enterLevel, settleCurrentLevel } from '../../domain/levels';
import { occurredWithin } from '../../domain/occurrence';
import { LEVELS, type LevelId } from '../../domain/procedure';
import type { UseCaseContext } from '../context';
import { type eventRecorder } from '../context';
import { emailComplainant, emailResponsible, messageBase } from '../emails';
import type { ComplainantResponse, ResponseReceipt } from '../respond-to-outcome';

export interface MoveOn {
  aggregate: ComplaintAggregate;
  /** The complaint being written: its current level (and an agency's agreement) change here. */
  complaint: Complaint;
  response: Extract<ComplainantResponse, { type: 'notSatisfied' | 'noAgreement' }>;
  receipt: ResponseReceipt | undefined;
  actor: Actor;
  now: Date;
  record: ReturnType<typeof eventRecorder>['record'];
}

export function moveOn(ctx: UseCaseContext, step: MoveOn): { levels: LevelClock[]; effects: Effect[] } {
  const { aggregate, complaint, response, receipt, actor, now, record } = step;
  const complaintId = complaint.id;
  // responseConflict found the current level answered, and a next level not yet entered.
  const answered = aggregate.complaint.currentLevel!;
  const next = LEVELS[answered].onNotSatisfied!;
  // The next level's clock runs from when the setting received the appeal or letter.
  const answeredClock = aggregate.levels[answered]!;
  const enteredAt = receipt?.receivedAt
    ? occurredWithin('receivedAt', receipt.receivedAt, {
        notBefore: new Date(answeredClock.doneAt ?? aggregate.complaint.receivedAt),
        notBeforeWhat: 'the answer it responds to',
        now,
      })
    : now;
  const planned = enterLevel(aggregate, next, enteredAt, ctx.rules).map((clock) => ({
    ...clock,
    reminders: clock.reminders.filter((moment) => new Date(moment) > now),
  }));
  const allLevels = { ...aggregate.levels, ...Object.fromEntries(planned.map((c) => [c.level, c])) };
  complaint.currentLevel = settleCurrentLevel(allLevels, next);
  const nextClock = allLevels[next]!;
  const receivedDetails = receipt?.receivedAt ? { details: { receivedAt: enteredAt.toISOString() } } : {};
  if (response.type === 'noAgreement') {
    complaint.agreementReached = false;
    record('agreementRecorded', actor, `No agreement reached: ${response.reason}`, { level: answered, ...receivedDetails });
  } else {
    record('notSatisfied', actor, response.reason, { level: answered, ...receivedDetails });
  }
  record('levelOpened', { kind: 'system' }, `With ${LEVELS[next].title.toLowerCase()}.`, {
    level: next,
    details: { deadlineAt: nextClock.deadlineAt },
  });
  const after = { complaint, levels: allLevels };
  const effects: Effect[] = [
    emailComplainant(ctx, after, `opened#${next}`, {
      kind: 'levelOpened',
      level: next,
      classification: complaint.classification,
      respondBy: nextClock.deadlineAt,
      ofsted: ctx.ofsted,
    }),
    ...emailResponsible(ctx, after, next, `assigned#${next}`, {
      kind: 'levelAssigned',
      level: next,
      deadlineAt: nextClock.deadlineAt,
      reason: 'complainantMoved',
      classification: complaint.classification,
      interpreterNeeded: Boolean(complaint.interpreterLanguage),
      ...(complaint.interpreterLanguage ? { interpreterLanguage: complaint.interpreterLanguage } : {}),
    }),
    ...appealNotices(ctx, after, next, nextClock.deadlineAt),
    {
      kind: 'startClock',
      key: `clock#${next}#0`,
      complaintId,
      createdAt: now.toISOString(),
      executionName: executionNameFor(complaintId, next),
      input: { complaintId, track: complaint.track, level: next },
    },
  ];
  return { levels: planned, effects };
}

/**
 * P8, A6: an appeal goes to the owners/trustees, who are sent it as the level's responsible
 * people; the line manager, through whom the seeds pass it, is told too.
 */
function appealNotices(ctx: UseCaseContext, aggregate: ComplaintAggregate, level: LevelId, deadlineAt: string): Effect[] {
  if (LEVELS[level].responsible !== 'owner') return [];
  const { complaint } = aggregate;
  const staffUrl = ctx.staffUrl(complaint.id);
  return membersWithRole(ctx.directory, 'lineManager', complaint.settingId, complaint.subjectStaffId)
    .filter((member) => !member.roles.includes('owner'))
    .map((member) => ({
      kind: 'email' as const,
      key: `email#${member.id}#appeal#${level}`,
      complaintId: complaint.id,
      createdAt: ctx.clock.now().toISOString(),
      to: member.email,
      language: member.language,
      message: {
        ...messageBase(ctx, aggregate),
        kind: 'appealNotice' as const,
        level,
        deadlineAt,
        ...(staffUrl ? { staffUrl } : {}),
      },
      withStatusLink: false,
    }));
}
