/**
 * Which actions a member of staff may take on a complaint now, and for each one they may
 * not, why — in words a person reads (no role codes, no rule ids).
 *
 * One function answers both questions the system asks: the console offers only what is
 * allowed (GET /staff/complaints/{id} returns it), and recording an action refuses exactly
 * what is not (record-action.ts), with the same reason. The caller may already see the
 * complaint (access.ts); this decides what they may do with it.
 *
 * A refusal is a `forbidden` one (there is something to do, but not for this person: a 403)
 * or a `conflict` (the complaint's state has nothing of the kind to do: a 409). What depends
 * on the action's own fields (a meeting in the future, an earlier date) is checked where the
 * action is recorded.
 *
 * Adding an action: add its type to STAFF_ACTION_TYPES and its rule to RULES (the compiler
 * insists on both).
 */
import type { StaffPrincipal } from './access';
import { mayDischarge, mayManage, mayRecordFor, mayRefer } from './access';
import type { ComplaintAggregate, LevelClock } from './complaint';
import { isRunning } from './complaint';
import { levelOwing } from './lifecycle';
import type { Duty, LevelId, Role } from './procedure';
import { LEVELS } from './procedure';
import { responsibleFor, type DirectoryMember } from './directory';

/** In the order the console lists them: the duties first, then the rest. */
export const STAFF_ACTION_TYPES = [
  'acknowledgement',
  'meeting',
  'outcome',
  'agreement',
  'extension',
  'letterPosted',
  'note',
  'ofsted',
  'referral',
  'renewStatusLink',
  'close',
] as const;
export type StaffActionType = (typeof STAFF_ACTION_TYPES)[number];

export type ActionVerdict =
  | {
      type: StaffActionType;
      allowed: true;
      /** The role the record names: the responsible one when this person holds it. */
      actingAs: Role;
    }
  | { type: StaffActionType; allowed: false; refusal: 'forbidden' | 'conflict'; reason: string };

export type Refusal = Extract<ActionVerdict, { allowed: false }>;

/** Who holds each role, as a sentence names them. */
export const ROLE_WORDS: Readonly<Record<Role, string>> = {
  keyPerson: "the child's key person",
  settingManager: 'the setting manager',
  lineManager: "the setting manager's line manager",
  owner: 'the owners or trustees',
  safeguardingLead: 'the safeguarding lead',
  administrator: 'an administrator',
};

const DUTY_WORDS: Readonly<Record<Duty, string>> = {
  acknowledgement: 'an acknowledgement',
  meeting: 'a meeting',
  outcome: 'feedback or an outcome',
  review: 'a practice review',
};

/** What a recorded duty is, for "only … can record …". */
const DUTY_RECORDED: Readonly<Record<Duty, string>> = {
  acknowledgement: 'the written acknowledgement',
  meeting: 'the meeting with the complainant',
  outcome: 'the feedback or outcome',
  review: 'the practice review',
};

const STATE_WORDS: Readonly<Record<Exclude<ComplaintAggregate['complaint']['status'], 'open'>, string>> = {
  closed: 'This complaint is closed',
  withdrawn: 'This complaint was withdrawn',
  referred: 'This complaint was referred to the allegations procedure',
};

/**
 * Recorded on any complaint the person can see, open or not (P9: Ofsted may come later; P5:
 * the closing letter is posted after the complaint closed; a status link keeps working for a
 * while after the end, so it may need revoking then too).
 */
const ALWAYS: readonly StaffActionType[] = ['note', 'ofsted', 'letterPosted', 'renewStatusLink'];

const listed = (people: readonly string[]): string =>
  people.length <= 1 ? (people[0] ?? '') : `${people.slice(0, -1).join(', ')} or ${people.at(-1)}`;

/** Who may discharge a level's duty, in words: its responsible role, and the manager for a key person's (P4). */
function whoDischarges(level: LevelId): string {
  const responsible = LEVELS[level].responsible;
  const people = [ROLE_WORDS[responsible], ...(responsible === 'keyPerson' ? [ROLE_WORDS.settingManager] : [])];
  return listed(people);
}

interface Situation {
  principal: StaffPrincipal;
  aggregate: ComplaintAggregate;
  /** Who responsibleFor names for a level of this complaint: those who stand in are told and may record it. */
  responsible: (level: LevelId) => readonly string[];
  /** A level named by the action: the lapsed level a late duty is for (A3, P6). */
  level?: LevelId;
}

/** The organisation's staff, for who stands in for the person complained about (directory.ts). */
export type StaffDirectory = { members: readonly DirectoryMember[] };

type Rule = (situation: Situation, type: StaffActionType) => ActionVerdict;

const allow = (type: StaffActionType, actingAs: Role): ActionVerdict => ({ type, allowed: true, actingAs });
const forbid = (type: StaffActionType, reason: string): ActionVerdict => ({ type, allowed: false, refusal: 'forbidden', reason });
const conflict = (type: StaffActionType, reason: string): ActionVerdict => ({ type, allowed: false, refusal: 'conflict', reason });

const ownRole = ({ principal }: Situation): Role => principal.roles[0]!;

/** The record names the responsible role when the person holds it, otherwise their own (P4). */
const roleFor = (situation: Situation, level: LevelId): Role => {
  const responsible = LEVELS[level].responsible;
  return situation.principal.roles.includes(responsible) ? responsible : ownRole(situation);
};

const dischargeRule =
  (duty: Duty): Rule =>
  (situation, type) => {
    const owing = levelOwing(situation.aggregate, duty, situation.level);
    if (!owing) {
      return conflict(
        type,
        situation.level
          ? `Nothing is waiting for ${DUTY_WORDS[duty]} at that stage`
          : `Nothing is waiting for ${DUTY_WORDS[duty]} on this complaint`,
      );
    }
    if (!mayDischarge(situation.principal, owing.level, situation.responsible(owing.level))) {
      return forbid(type, `At this stage only ${whoDischarges(owing.level)} can record ${DUTY_RECORDED[duty]}`);
    }
    return allow(type, roleFor(situation, owing.level));
  };

const runningCurrent = ({ aggregate }: Situation): LevelClock | undefined => {
  const level = aggregate.complaint.currentLevel;
  const clock = level ? aggregate.levels[level] : undefined;
  return clock && isRunning(clock, LEVELS[clock.level].onLapse !== null) ? clock : undefined;
};

const RULES: Readonly<Record<StaffActionType, Rule>> = {
  acknowledgement: dischargeRule('acknowledgement'),
  meeting: dischargeRule('meeting'),
  outcome: dischargeRule('outcome'),
  // A4: agreement is sought after the meeting, once, by whoever held the meeting.
  agreement: (situation, type) => {
    const { complaint, levels } = situation.aggregate;
    if (complaint.track !== 'agency') return conflict(type, "Agreement after a meeting is recorded only on another agency's complaint");
    if (!levels.agencyMeeting?.doneAt) return conflict(type, 'Agreement is sought after the meeting: record the meeting first');
    if (complaint.agreementReached !== undefined) return conflict(type, 'Agreement was already recorded');
    if (!mayDischarge(situation.principal, 'agencyMeeting', situation.responsible('agencyMeeting'))) {
      return forbid(type, `Only ${whoDischarges('agencyMeeting')} can record whether agreement was reached`);
    }
    return allow(type, roleFor(situation, 'agencyMeeting'));
  },
  extension: (situation, type) => {
    const clock = runningCurrent(situation);
    if (!clock) return conflict(type, 'No deadline is running on this complaint, so there is none to extend');
    if (clock.lapsedAt) return conflict(type, 'This deadline has already passed: it can no longer be extended');
    if (!mayDischarge(situation.principal, clock.level, situation.responsible(clock.level))) return forbid(type, `Only ${whoDischarges(clock.level)} can extend this deadline`);
    return allow(type, roleFor(situation, clock.level));
  },
  // P5: letters go to complainants without an email address; staff of the setting post them.
  letterPosted: (situation, type) => {
    const { complaint } = situation.aggregate;
    if (complaint.contact.email) return conflict(type, 'This complainant is written to by email: there are no letters to post');
    if (!mayRecordFor(situation.principal, complaint.settingId)) {
      return forbid(type, 'Only staff of this setting, or those who oversee it, can record its letters as posted');
    }
    return allow(type, ownRole(situation));
  },
  note: (situation, type) => allow(type, ownRole(situation)),
  ofsted: (situation, type) => allow(type, ownRole(situation)),
  // P3: whoever may act on an allegation may refer one.
  referral: (situation, type) =>
    mayRefer(situation.principal)
      ? allow(type, ownRole(situation))
      : forbid(
          type,
          `Only ${listed([ROLE_WORDS.settingManager, ROLE_WORDS.safeguardingLead, ROLE_WORDS.lineManager, ROLE_WORDS.owner, ROLE_WORDS.administrator])} can refer a complaint to the allegations procedure; tell one of them at once`,
        ),
  // A shared or forwarded mailbox: every link sent so far stops working, and a fresh one goes.
  renewStatusLink: (situation, type) => {
    if (!situation.aggregate.complaint.contact.email) {
      return conflict(type, 'This complainant has no email address: no status link was ever sent to revoke');
    }
    return mayManage(situation.principal)
      ? allow(type, ownRole(situation))
      : forbid(
          type,
          `Only ${listed([ROLE_WORDS.settingManager, ROLE_WORDS.lineManager, ROLE_WORDS.owner, ROLE_WORDS.administrator])} can revoke the complainant's status links`,
        );
  },
  close: (situation, type) =>
    mayManage(situation.principal)
      ? allow(type, ownRole(situation))
      : forbid(
          type,
          `Only ${listed([ROLE_WORDS.settingManager, ROLE_WORDS.lineManager, ROLE_WORDS.owner, ROLE_WORDS.administrator])} can close a complaint`,
        ),
};

/**
 * Whether this person may take this action on this complaint now, and if not, why. With the
 * directory, whoever stands in for the person complained about may record that level's
 * duties (A1/A5, P7); without it, only the roles the procedure names.
 */
export function verdictFor(
  principal: StaffPrincipal,
  aggregate: ComplaintAggregate,
  type: StaffActionType,
  directory?: StaffDirectory,
  options: { level?: LevelId } = {},
): ActionVerdict {
  const { status } = aggregate.complaint;
  if (status !== 'open' && !ALWAYS.includes(type)) {
    return conflict(type, `${STATE_WORDS[status]}: only notes, Ofsted involvement and posted letters can be recorded`);
  }
  const responsible = (level: LevelId) =>
    directory ? responsibleFor(directory, aggregate.complaint, level).map((member) => member.id) : [];
  return RULES[type]({ principal, aggregate, responsible, ...(options.level ? { level: options.level } : {}) }, type);
}

/** Every action, in the console's order, with whether this person may take it now. */
export function actionVerdicts(principal: StaffPrincipal, aggregate: ComplaintAggregate, directory?: StaffDirectory): ActionVerdict[] {
  return STAFF_ACTION_TYPES.map((type) => verdictFor(principal, aggregate, type, directory));
}

/** What GET /staff/complaints/{id} says a person may do, and why not the rest. */
export interface ActionsOffered {
  availableActions: StaffActionType[];
  unavailableActions: { type: StaffActionType; reason: string }[];
}

export function actionsOffered(principal: StaffPrincipal, aggregate: ComplaintAggregate, directory?: StaffDirectory): ActionsOffered {
  const verdicts = actionVerdicts(principal, aggregate, directory);
  return {
    availableActions: verdicts.filter((verdict) => verdict.allowed).map((verdict) => verdict.type),
    unavailableActions: verdicts.flatMap((verdict) => (verdict.allowed ? [] : [{ type: verdict.type, reason: verdict.reason }])),
  };
}
