/**
 * Every email the system sends, as data. Use cases decide *what* to say and to whom; the
 * templates (lambdas/templates) say it in the recipient's language. Dates are ISO strings
 * (UTC); templates show them as dates in Europe/London.
 *
 * Personal data travels in these messages only to their recipient; none of it is logged.
 */
import type { Classification, LevelId, Outcome, Track } from './complaint-types';
import type { OfstedContact } from './ofsted';
import type { LadoContact } from './allegation-recipients';

interface Base {
  reference: string;
  settingName: string;
  organisationName: string;
}

/** To the complainant on receipt (P6, A2, P10, R6): what happens next and by when. */
export interface ComplaintAcknowledgement extends Base {
  kind: 'complaintAcknowledgement';
  track: Track;
  level: LevelId;
  classification: Classification;
  /** The date by which they will hear (the level's deadline). */
  respondBy: string;
  /** Private status link; absent where there is no public site. */
  statusUrl?: string;
  interpreterRequested: boolean;
  interpreterLanguage?: string;
  ofsted: OfstedContact;
}

/** To the complainant of an allegation of harm (P3): what happens instead. */
export interface AllegationReceived extends Base {
  kind: 'allegationReceived';
  ofsted: OfstedContact;
}

/**
 * To the designated safeguarding lead and the manager, at once, or to the next people up in
 * place of whichever of them is accused (P3). No clock here. Says what the allegations
 * procedure asks of them and whom to call: the LADO.
 */
export interface AllegationAlert extends Base {
  kind: 'allegationAlert';
  receivedAt: string;
  lado?: LadoContact;
  staffUrl?: string;
}

/** To the person now responsible for a level. */
export interface LevelAssigned extends Base {
  kind: 'levelAssigned';
  level: LevelId;
  deadlineAt: string;
  /** Why it reached them: a new complaint, an escalation after a lapse, or the complainant's move. */
  reason: 'received' | 'escalated' | 'complainantMoved' | 'continued' | 'practiceReview';
  classification: Classification;
  interpreterNeeded: boolean;
  interpreterLanguage?: string;
  staffUrl?: string;
}

/** To the responsible person before a deadline. */
export interface DeadlineReminder extends Base {
  kind: 'deadlineReminder';
  level: LevelId;
  deadlineAt: string;
  staffUrl?: string;
}

/** To the responsible person after a deadline passed at the last level (repeats). */
export interface OverdueReminder extends Base {
  kind: 'overdueReminder';
  level: LevelId;
  deadlineAt: string;
  /** 1 for the first overdue reminder. */
  count: number;
  staffUrl?: string;
}

/** To the complainant when a deadline passed: who has it now and by when, or Ofsted. */
export interface DeadlineMissed extends Base {
  kind: 'deadlineMissed';
  level: LevelId;
  /** P2: a concern is called a concern. Absent in messages written before it was added: a complaint. */
  classification?: Classification;
  /** Where it has gone; absent at the last level, where the complainant is pointed to Ofsted. */
  nextLevel?: LevelId;
  nextRespondBy?: string;
  statusUrl?: string;
  ofsted: OfstedContact;
}

/** To the complainant when they move it on themselves (an appeal, a letter to the line manager). */
export interface LevelOpened extends Base {
  kind: 'levelOpened';
  level: LevelId;
  /** P2: a concern is called a concern. Absent in messages written before it was added: a complaint. */
  classification?: Classification;
  respondBy: string;
  statusUrl?: string;
  ofsted: OfstedContact;
}

/** To the complainant: the outcome of a level, and how to take it further (P6, P8, A5). */
export interface OutcomeGiven extends Base {
  kind: 'outcomeGiven';
  level: LevelId;
  outcome: Outcome;
  /** P2: a concern's outcome is said of a concern. Absent in messages written before it was added: a complaint. */
  classification?: Classification;
  summary: string;
  /** Where they can go if not satisfied; absent means Ofsted (P9). */
  nextLevel?: LevelId;
  statusUrl?: string;
  ofsted: OfstedContact;
}

/** To the complainant: the deadline was extended, with the reason (the statutory date stays on record). */
export interface DeadlineExtended extends Base {
  kind: 'deadlineExtended';
  level: LevelId;
  /** P2: a concern is called a concern. Absent in messages written before it was added: a complaint. */
  classification?: Classification;
  statutoryDeadlineAt: string;
  newDeadlineAt: string;
  reason: string;
  statusUrl?: string;
  ofsted: OfstedContact;
}

/** To an agency after the meeting is recorded (A3, A4): the outcome of the meeting in writing. */
export interface MeetingHeld extends Base {
  kind: 'meetingHeld';
  heldOn: string;
  /** What was discussed and agreed, as the manager wrote it for the agency. */
  summary?: string;
  /** Where they can write if no agreement is reached (A5). */
  nextLevel: LevelId;
  statusUrl?: string;
  ofsted: OfstedContact;
}

/** To an agency when it was recorded that no agreement was reached (A4): they may write on (A5). */
export interface NoAgreementRecorded extends Base {
  kind: 'noAgreementRecorded';
  nextLevel: LevelId;
  statusUrl?: string;
  ofsted: OfstedContact;
}

/**
 * To the line manager when a complainant appeals (P8, A6): the seeds have the appeal go to
 * the line manager, who passes it to the owners/trustees. It reaches the owners at once
 * (a levelAssigned), and the line manager is told it went to them and by when.
 */
export interface AppealNotice extends Base {
  kind: 'appealNotice';
  level: LevelId;
  deadlineAt: string;
  staffUrl?: string;
}

/**
 * To a member of staff who has just been made a complaint's key person by an administrator
 * (a handover, issue 12), so that it does not wait unseen until the next reminder. It names
 * neither the colleague it came from nor the complainant: staff read both in the system.
 */
export interface ComplaintHandedOver extends Base {
  kind: 'complaintHandedOver';
  /** The stage the complaint is at. */
  level: LevelId;
  /** Present when that stage's duty is now theirs: its deadline. */
  deadlineAt?: string;
  staffUrl?: string;
}

/** To the complainant: the complaint (or concern) is closed. */
export interface ComplaintClosed extends Base {
  kind: 'complaintClosed';
  /** P2: a concern is called a concern. Absent in messages written before it was added: a complaint. */
  classification?: Classification;
  statusUrl?: string;
  ofsted: OfstedContact;
}

/**
 * To the complainant, in writing, when the complaint is withdrawn: so that a withdrawal they
 * did not make (an old or forwarded link) does not go unnoticed.
 */
export interface ComplaintWithdrawn extends Base {
  kind: 'complaintWithdrawn';
  /** P2: a concern is called a concern. Absent in messages written before it was added: a complaint. */
  classification?: Classification;
  statusUrl?: string;
  ofsted: OfstedContact;
}

/** To the complainant: staff revoked every status link sent so far (a shared mailbox); this one is fresh. */
export interface StatusLinkRenewed extends Base {
  kind: 'statusLinkRenewed';
  /** P2: a concern is called a concern. Absent in messages written before it was added: a complaint. */
  classification?: Classification;
  statusUrl?: string;
  ofsted: OfstedContact;
}

/** To the staff responsible at the stage it was at: the complaint was withdrawn, nothing more is owed. */
export interface ComplaintWithdrawnNotice extends Base {
  kind: 'complaintWithdrawnNotice';
  level: LevelId;
  staffUrl?: string;
}

export type EmailMessage =
  | ComplaintAcknowledgement
  | ComplaintWithdrawn
  | StatusLinkRenewed
  | ComplaintWithdrawnNotice
  | AllegationReceived
  | AllegationAlert
  | LevelAssigned
  | DeadlineReminder
  | OverdueReminder
  | DeadlineMissed
  | LevelOpened
  | OutcomeGiven
  | DeadlineExtended
  | MeetingHeld
  | NoAgreementRecorded
  | AppealNotice
  | ComplaintHandedOver
  | ComplaintClosed;

export type EmailKind = EmailMessage['kind'];

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}
