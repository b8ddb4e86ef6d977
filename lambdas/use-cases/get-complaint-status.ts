/**
 * What a complainant sees behind their private link: the stage, the dates by which they
 * will hear, what happens next, the last outcome, and Ofsted's contact (P10). Nothing
 * internal: no staff notes, no third-party information, no free text but what was written
 * for them (the outcome summary, an extension's reason).
 *
 * A wrong token and a missing complaint get the same answer, so a link cannot be guessed.
 */
import type { ComplaintAggregate, LastOutcome } from '../domain/complaint';
import type { ComplaintStatus } from '../domain/complaint-types';
import type { EventType } from '../domain/complaint';
import { NotFoundError } from '../domain/errors';
import type { OfstedContact } from '../domain/ofsted';
import type { Classification, LevelId, Track } from '../domain/procedure';
import { LEVELS } from '../domain/procedure';
import type { Language } from '../domain/language';
import { responseConflict, type ResponseType } from '../domain/available-responses';
import type { ReadContext } from './context';
import { authoriseStatusToken } from './status-token';

export interface StatusView {
  reference: string;
  track: Track;
  /** P2: what it was recorded as, so each page names it for what it is. */
  classification: Classification;
  status: ComplaintStatus;
  language: Language;
  settingName: string;
  receivedAt: string;
  level?: LevelId;
  /** When they will hear from the current level. */
  respondBy?: string;
  /** The statutory date, when an extension moved `respondBy`. */
  statutoryRespondBy?: string;
  extensionReason?: string;
  lastOutcome?: LastOutcome;
  /**
   * What they can do now. `noAgreement`: an agency, after its meeting, may say no agreement
   * was reached and write to the line manager (A4, A5).
   */
  canRespond: { satisfied: boolean; notSatisfied: boolean; noAgreement: boolean; withdraw: boolean };
  /** Where "not satisfied" takes it; absent means Ofsted (P9). */
  nextLevel?: LevelId;
  timeline: { type: EventType; at: string; level?: LevelId }[];
  ofsted: OfstedContact;
}

export async function getComplaintStatus(ctx: ReadContext, reference: string, token: string): Promise<StatusView> {
  const aggregate = await authoriseStatusToken(ctx, reference, token);
  const { complaint } = aggregate;
  const level = complaint.currentLevel;
  const clock = level ? aggregate.levels[level] : undefined;
  const open = complaint.status === 'open';
  const can = (type: ResponseType) => responseConflict(aggregate, type) === undefined;
  const events = await ctx.repo.events(reference);
  const nextLevel = level ? LEVELS[level].onNotSatisfied : null;
  return {
    reference: complaint.id,
    track: complaint.track,
    classification: complaint.classification,
    status: complaint.status,
    language: complaint.language,
    settingName: ctx.directory.settingName(complaint.settingId) ?? complaint.settingId,
    receivedAt: complaint.receivedAt,
    ...(level ? { level } : {}),
    ...(clock && !clock.doneAt && open ? { respondBy: clock.deadlineAt } : {}),
    ...(clock?.extension ? { statutoryRespondBy: clock.statutoryDeadlineAt, extensionReason: clock.extension.reason } : {}),
    ...(complaint.lastOutcome ? { lastOutcome: complaint.lastOutcome } : {}),
    // The one rule the answer itself is checked by (available-responses.ts), so the page
    // offers exactly what the server will take.
    canRespond: { satisfied: can('satisfied'), notSatisfied: can('notSatisfied'), noAgreement: can('noAgreement'), withdraw: can('withdraw') },
    ...(nextLevel ? { nextLevel } : {}),
    timeline: events
      .filter((event) => event.visibleToComplainant)
      .map((event) => ({ type: event.type, at: event.at, ...(event.level ? { level: event.level } : {}) })),
    ofsted: ctx.ofsted,
  };
}
