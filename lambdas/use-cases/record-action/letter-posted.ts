/**
 * P5: a letter to a complainant without email was posted (or handed over) on a given day: a
 * part of record-action.ts, loaded when one is recorded.
 */
import { ConflictError, ValidationError } from '../../domain/errors';
import { occurredWithin } from '../../domain/occurrence';
import { londonDate } from '../../domain/calendar';
import type { ActionDraft, StaffAction } from '../record-action';
import { discharge, lateWords } from './duties';

export async function letterPosted(draft: ActionDraft, action: Extract<StaffAction, { type: 'letterPosted' }>): Promise<void> {
  const { ctx, aggregate, actor, now, complaintId, record } = draft;
  const letter = (await ctx.repo.letters(complaintId)).find((l) => l.letter.key === action.letterKey);
  if (!letter) throw new ValidationError([{ field: 'letterKey', message: 'no letter of this complaint has this key' }]);
  if (letter.postedOn) throw new ConflictError(`This letter was already recorded as posted on ${londonDate(new Date(letter.postedOn))}`);
  const postedOn = occurredWithin('postedOn', action.postedOn, {
    notBefore: new Date(letter.letter.createdAt),
    notBeforeWhat: 'the day the letter was written',
    now,
  });
  draft.postedLetters.push({ key: action.letterKey, postedOn: postedOn.toISOString(), postedBy: actor.staffId });
  // It counts as told in writing: the record says what was sent and when (R2).
  record('letterPosted', actor, `Letter posted: ${LETTER_TITLES[letter.letter.message.kind] ?? letter.letter.message.kind}.`, {
    details: { postedOn: postedOn.toISOString(), letter: letter.letter.message.kind },
  });
  // A2: an agency's acknowledgement sent by post is the written acknowledgement, on the day it was posted.
  const acknowledgement = aggregate.levels.agencyAcknowledgement;
  if (
    letter.letter.message.kind === 'complaintAcknowledgement' &&
    draft.complaint.status === 'open' &&
    acknowledgement &&
    !acknowledgement.doneAt &&
    !acknowledgement.endedAt
  ) {
    const { done, details } = discharge(draft, 'acknowledgement', 'an acknowledgement', {
      field: 'postedOn',
      value: action.postedOn,
      level: 'agencyAcknowledgement',
    });
    record('acknowledged', actor, `Written acknowledgement sent by post${lateWords(details)}.`, { level: done.level, details });
  }
}

/** What each letter is, for the record. */
const LETTER_TITLES: Partial<Record<string, string>> = {
  complaintAcknowledgement: 'acknowledgement',
  outcomeGiven: 'outcome',
  meetingHeld: 'the meeting',
  noAgreementRecorded: 'no agreement',
  levelOpened: 'moved to the next stage',
  deadlineMissed: 'deadline missed',
  deadlineExtended: 'new date',
  complaintClosed: 'closed',
  allegationReceived: 'allegation received',
};
