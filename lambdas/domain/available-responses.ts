/**
 * The complainant's answers to the setting — satisfied, not satisfied (P4, P7, P8: an appeal),
 * no agreement after the agency's meeting (A4, A5), or withdrawing — and when each can be
 * given. One rule serves three callers: the complainant's own answer (respond-to-outcome.ts,
 * refused in the complainant's words), the answer staff record for them when it came in
 * person, by phone or on paper (record-response-on-behalf.ts), and the console's offer of
 * those (GET /staff/complaints/{id}), refused in staff's words. So the console offers exactly
 * what the API records.
 */
import type { StaffPrincipal } from './access';
import { mayRecordFor } from './access';
import type { ComplaintAggregate } from './complaint';
import { LEVELS } from './procedure';

/** In the order the console lists them: moving it on first. */
export const RESPONSE_TYPES = ['notSatisfied', 'noAgreement', 'satisfied', 'withdraw'] as const;
export type ResponseType = (typeof RESPONSE_TYPES)[number];

/** Why an answer cannot be given now: said to the complainant, and to staff recording it for them. */
export interface ResponseConflict {
  complainant: string;
  staff: string;
}

const both = (words: string): ResponseConflict => ({ complainant: words, staff: words });

/** Whether the complaint's state lets this answer be given now; undefined when it does. */
export function responseConflict(aggregate: ComplaintAggregate, type: ResponseType): ResponseConflict | undefined {
  const { complaint } = aggregate;
  if (complaint.status !== 'open') return both(`This complaint is already ${complaint.status}`);
  if (type === 'withdraw') return undefined;
  const level = complaint.currentLevel;
  const clock = level ? aggregate.levels[level] : undefined;
  const sayingNoAgreement = type === 'noAgreement';
  if (sayingNoAgreement && level !== 'agencyMeeting') {
    return level && aggregate.levels.agencyMeeting
      ? both(`This complaint is already with ${LEVELS[level].title.toLowerCase()}`)
      : {
          complainant: 'Saying there is no agreement is for an agency, after its meeting with the setting manager',
          staff: "Only another agency says there is no agreement, after its meeting with the setting manager",
        };
  }
  if (!level || !clock?.doneAt) {
    return level === 'agencyMeeting'
      ? {
          complainant: 'You can say there is no agreement once the meeting has been held',
          staff: 'The agency can say there is no agreement once the meeting has been held: record the meeting first',
        }
      : {
          complainant: 'You can respond once you have had a response from the setting',
          staff: 'The complainant can answer once they have been given feedback or an outcome: record that first',
        };
  }
  if (level === 'agencyMeeting') {
    if (complaint.agreementReached === true) return both('An agreement was recorded after the meeting');
    // Said once: after that, "not satisfied" is the one way on, so no two answers do the same.
    if (sayingNoAgreement && complaint.agreementReached === false) {
      return {
        complainant: 'It is already recorded that there was no agreement: say you are not satisfied to take it to the line manager',
        staff: 'No agreement is already recorded: record that the agency is not satisfied to take it to the line manager',
      };
    }
    if (!sayingNoAgreement && complaint.agreementReached !== false) {
      return {
        complainant: 'After the meeting, say whether an agreement was reached',
        staff: 'After the meeting, the agency first says whether an agreement was reached',
      };
    }
  }
  if (type === 'satisfied') return undefined;
  const next = LEVELS[level].onNotSatisfied;
  if (!next) {
    return {
      complainant: 'There is no further step inside the setting. You can take your complaint to Ofsted.',
      staff: 'There is no further step inside the setting: the complainant can take it to Ofsted',
    };
  }
  if (aggregate.levels[next]) return both(`This complaint has already been with ${LEVELS[next].title.toLowerCase()}`);
  return undefined;
}

export type ResponseVerdict =
  | { type: ResponseType; allowed: true }
  | { type: ResponseType; allowed: false; refusal: 'forbidden' | 'conflict'; reason: string };

/** Whether this member of staff may record this answer for the complainant now, and if not, why. */
export function responseVerdictFor(principal: StaffPrincipal, aggregate: ComplaintAggregate, type: ResponseType): ResponseVerdict {
  const conflict = responseConflict(aggregate, type);
  if (conflict) return { type, allowed: false, refusal: 'conflict', reason: conflict.staff };
  if (!mayRecordFor(principal, aggregate.complaint.settingId)) {
    return {
      type,
      allowed: false,
      refusal: 'forbidden',
      reason: 'Only staff of this setting, or those who oversee it, record what a complainant told them',
    };
  }
  return { type, allowed: true };
}

/** What GET /staff/complaints/{id} says a person may record on the complainant's behalf, and why not the rest. */
export interface ResponsesOffered {
  availableResponses: ResponseType[];
  unavailableResponses: { type: ResponseType; reason: string }[];
}

export function responsesOffered(principal: StaffPrincipal, aggregate: ComplaintAggregate): ResponsesOffered {
  const verdicts = RESPONSE_TYPES.map((type) => responseVerdictFor(principal, aggregate, type));
  return {
    availableResponses: verdicts.filter((verdict) => verdict.allowed).map((verdict) => verdict.type),
    unavailableResponses: verdicts.flatMap((verdict) => (verdict.allowed ? [] : [{ type: verdict.type, reason: verdict.reason }])),
  };
}
