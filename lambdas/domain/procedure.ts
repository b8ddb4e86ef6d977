/**
 * The complaints procedure as data: the single source of truth for tracks, levels, who is
 * responsible, each statutory clock and what happens when it lapses.
 *
 * The CDK workflow construct builds the state machines from this table (state names, Wait
 * states and task payloads come from here), the clock use cases compute deadlines from it,
 * and tests iterate over it. A rule change is one edit here.
 *
 * Rules are named as in shared/procedure.md (P1–P10, A1–A6).
 * Pure TypeScript: no AWS imports.
 */

export const TRACKS = ['parent', 'agency'] as const;
export type Track = (typeof TRACKS)[number];

export const ROLES = [
  'keyPerson',
  'settingManager',
  'lineManager',
  'owner',
  'safeguardingLead',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

/** What someone has to do to stop a level's clock. Each matches one recorded action. */
export const DUTIES = ['acknowledgement', 'meeting', 'outcome', 'review'] as const;
export type Duty = (typeof DUTIES)[number];

export const LEVEL_IDS = [
  'keyPerson',
  'settingManager',
  'lineManager',
  'owners',
  'agencyAcknowledgement',
  'agencyMeeting',
  'lineManagerAcknowledgement',
  'lineManagerReport',
  'agencyAppeal',
  'practiceReview',
] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

/** Levels whose length the procedure leaves to the organisation (P1, P7, A6). */
export type ConfigurableTarget = 'keyPersonDays' | 'lineManagerDays' | 'agencyAppealDays' | 'practiceReviewDays';

/**
 * A level that is not a step of the complaint but runs alongside it, on either track: the
 * complainant never waits on it, it does not end when the complaint closes, and no lapse of
 * it is the complainant's business (R4's practice review).
 */
export const ALONGSIDE = 'alongside';

/**
 * Where a clock is measured from. A clock starts when the person responsible receives the
 * matter (shared/procedure.md).
 * - `receipt`: when the setting received the complaint (A2, A3: the agency's letter reached
 *   the manager; both run from it, whichever way A2 ends).
 * - `entry`: when this level was entered — at intake (which is receipt), or by an
 *   escalation, a "not satisfied", an appeal or a letter (P4/P6: a complaint that comes up
 *   from the key person is received by the manager then; P7, P8, A5, A6).
 * - `{ entryOf }`: when another level was entered (A5: the report is due 14 days from the
 *   letter that opened the acknowledgement level, not from the acknowledgement itself).
 */
export type ClockStart = 'receipt' | 'entry' | { entryOf: LevelId };

export interface LevelDefinition {
  id: LevelId;
  track: Track | typeof ALONGSIDE;
  /** The rules this level implements, for documentation and test names. */
  rules: readonly string[];
  /** Short English title, for state names, logs and staff screens. */
  title: string;
  responsible: Role;
  duty: Duty;
  /** Statutory days, or the organisation-configurable target that stands in for them. */
  days: number | ConfigurableTarget;
  clockStart: ClockStart;
  /** Where the workflow goes once the duty is done in time; `null` ends the execution. */
  onDone: LevelId | null;
  /**
   * Where the workflow escalates when the deadline passes with the duty undone. `null`
   * means there is nowhere further inside the setting: overdue reminders repeat instead.
   */
  onLapse: LevelId | null;
  /**
   * Where a complainant who is not satisfied with this level's outcome goes next (a move
   * made by a person, through the API). `null`: the procedure has no further internal step,
   * and the complainant is pointed to Ofsted (P9).
   */
  onNotSatisfied: LevelId | null;
}

const level = (definition: LevelDefinition): LevelDefinition => definition;

export const LEVELS: Readonly<Record<LevelId, LevelDefinition>> = {
  // ── Parents and service users (10.2) ──────────────────────────────────────────────
  keyPerson: level({
    id: 'keyPerson',
    track: 'parent',
    rules: ['P1'],
    title: 'Key person',
    responsible: 'keyPerson',
    duty: 'outcome',
    days: 'keyPersonDays',
    clockStart: 'entry', // only ever entered at intake, so from receipt
    onDone: null,
    onLapse: 'settingManager',
    onNotSatisfied: 'settingManager', // P4
  }),
  settingManager: level({
    id: 'settingManager',
    track: 'parent',
    rules: ['P4', 'P5', 'P6'],
    title: 'Setting manager',
    responsible: 'settingManager',
    duty: 'outcome',
    days: 28, // P6: within 28 days of receiving the complaint
    // P4, P6: received directly (entered at intake), or when it comes up from the key person.
    clockStart: 'entry',
    onDone: null,
    onLapse: 'lineManager',
    onNotSatisfied: 'lineManager', // P7
  }),
  lineManager: level({
    id: 'lineManager',
    track: 'parent',
    rules: ['P7'],
    title: 'Line manager',
    responsible: 'lineManager',
    duty: 'outcome',
    days: 'lineManagerDays',
    clockStart: 'entry',
    onDone: null,
    onLapse: 'owners',
    onNotSatisfied: 'owners', // P8: appeal, passed to the owners/trustees
  }),
  owners: level({
    id: 'owners',
    track: 'parent',
    rules: ['P8'],
    title: 'Owners or trustees (appeal)',
    responsible: 'owner',
    duty: 'outcome',
    days: 14, // P8: within a further 14 days
    clockStart: 'entry',
    onDone: null,
    onLapse: null,
    onNotSatisfied: null, // P9: Ofsted
  }),

  // ── Other agencies (10.2) ─────────────────────────────────────────────────────────
  agencyAcknowledgement: level({
    id: 'agencyAcknowledgement',
    track: 'agency',
    rules: ['A1', 'A2'],
    title: 'Written acknowledgement',
    responsible: 'settingManager',
    duty: 'acknowledgement',
    days: 10, // A2
    clockStart: 'receipt',
    // A2 and A3 both run from receipt: whichever way A2 ends, A3's clock is already running.
    onDone: 'agencyMeeting',
    onLapse: 'agencyMeeting',
    onNotSatisfied: null,
  }),
  agencyMeeting: level({
    id: 'agencyMeeting',
    track: 'agency',
    rules: ['A3', 'A4'],
    title: 'Investigation and meeting',
    responsible: 'settingManager',
    duty: 'meeting',
    days: 28, // A3
    clockStart: 'receipt',
    onDone: null,
    onLapse: 'lineManagerAcknowledgement',
    onNotSatisfied: 'lineManagerAcknowledgement', // A5: no agreement, letter to the line manager
  }),
  lineManagerAcknowledgement: level({
    id: 'lineManagerAcknowledgement',
    track: 'agency',
    rules: ['A5'],
    title: 'Line manager acknowledgement',
    responsible: 'lineManager',
    duty: 'acknowledgement',
    days: 5, // A5
    clockStart: 'entry',
    onDone: 'lineManagerReport',
    onLapse: 'lineManagerReport',
    onNotSatisfied: null,
  }),
  lineManagerReport: level({
    id: 'lineManagerReport',
    track: 'agency',
    rules: ['A5'],
    title: 'Line manager report',
    responsible: 'lineManager',
    duty: 'outcome',
    days: 14, // A5: reports back within 14 days of the letter
    clockStart: { entryOf: 'lineManagerAcknowledgement' },
    onDone: null,
    onLapse: 'agencyAppeal',
    onNotSatisfied: 'agencyAppeal', // A6
  }),
  agencyAppeal: level({
    id: 'agencyAppeal',
    track: 'agency',
    rules: ['A6'],
    title: 'Owners or trustees (appeal)',
    responsible: 'owner',
    duty: 'outcome',
    days: 'agencyAppealDays',
    clockStart: 'entry',
    onDone: null,
    onLapse: null,
    onNotSatisfied: null,
  }),

  // ── The record (10.2) ─────────────────────────────────────────────────────────────
  practiceReview: level({
    id: 'practiceReview',
    track: ALONGSIDE,
    rules: ['R4'],
    title: 'Practice review',
    responsible: 'owner',
    duty: 'review',
    days: 'practiceReviewDays', // R4 sets no number: the organisation's target, 28 days unless configured
    clockStart: 'entry',
    onDone: null,
    onLapse: null,
    onNotSatisfied: null,
  }),
};

/** Whether a level runs alongside the complaint rather than being one of its steps. */
export function isAlongside(level: LevelId): boolean {
  return LEVELS[level].track === ALONGSIDE;
}

/** The levels of a track in the order the procedure walks them. */
export function levelsOf(track: Track): LevelDefinition[] {
  return LEVEL_IDS.map((id) => LEVELS[id]).filter(
    (definition) => definition.track === track || definition.track === ALONGSIDE,
  );
}

/** R4: an outcome that finds the complaint justified, in whole or in part, opens a practice review. */
export function opensPracticeReview(outcome: string): boolean {
  return outcome === 'upheld' || outcome === 'partlyUpheld';
}

// ── Classification and routing (P2, P3, P4, P7) ─────────────────────────────────────

/** P2: every record says whether it is a concern about quality or a complaint. */
export const CLASSIFICATIONS = ['concern', 'complaint'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** Whom a parent's complaint is about; drives routing (P4, P7). */
export const SUBJECTS = ['service', 'keyPerson', 'otherStaff', 'manager'] as const;
export type Subject = (typeof SUBJECTS)[number];

export type Routing =
  | { kind: 'clock'; level: LevelId }
  /** P3: an allegation of serious harm by staff leaves this procedure at once. */
  | { kind: 'allegation'; alert: readonly Role[] };

export interface ParentRoutingInput {
  classification: Classification;
  about: Subject;
  allegationOfHarm: boolean;
}

/**
 * Where a parent's complaint starts.
 * - P3: an allegation of serious harm by staff goes to the allegations procedure, with an
 *   immediate alert to the designated safeguarding lead and the manager, and no clock here.
 * - P7: a complaint about the setting manager goes to the manager's line manager.
 * - P4: a complaint about the key person or other staff goes to the setting manager.
 * - P1: a concern about the service is first for the child's key person.
 * - P5/P6: any other complaint goes to the setting manager.
 */
export function routeParentComplaint(input: ParentRoutingInput): Routing {
  if (input.allegationOfHarm) return { kind: 'allegation', alert: ['safeguardingLead', 'settingManager'] };
  if (input.about === 'manager') return { kind: 'clock', level: 'lineManager' };
  if (input.about === 'keyPerson' || input.about === 'otherStaff') return { kind: 'clock', level: 'settingManager' };
  if (input.classification === 'concern') return { kind: 'clock', level: 'keyPerson' };
  return { kind: 'clock', level: 'settingManager' };
}

/** A1: an agency's written complaint goes to the setting manager; A2's clock starts first. */
export function routeAgencyComplaint(input: { allegationOfHarm: boolean }): Routing {
  if (input.allegationOfHarm) return { kind: 'allegation', alert: ['safeguardingLead', 'settingManager'] };
  return { kind: 'clock', level: 'agencyAcknowledgement' };
}

// ── Clock policy (organisation-configurable parts) ──────────────────────────────────

export interface ClockPolicy {
  /** Targets for the levels the procedure leaves without a number (the practice review's defaults to 28). */
  targets: Record<Exclude<ConfigurableTarget, 'practiceReviewDays'>, number> & { practiceReviewDays?: number };
  /** Days before a deadline on which the responsible person is reminded. */
  remindBeforeDays: readonly number[];
  /** After a lapse with nowhere further to escalate, remind this often until done. */
  overdueEveryDays: number;
  /** How many days past its own date a level's deadline may be extended, in all. */
  maxExtensionDays: number;
}

/** R4: the owners' review of practice, unless the organisation sets its own target. */
export const DEFAULT_PRACTICE_REVIEW_DAYS = 28;

export const DEFAULT_CLOCK_POLICY: ClockPolicy = {
  targets: { keyPersonDays: 5, lineManagerDays: 14, agencyAppealDays: 14, practiceReviewDays: 28 },
  remindBeforeDays: [7, 2],
  overdueEveryDays: 7,
  maxExtensionDays: 28,
};

/**
 * Whether the seeds fix a level's days (P6, P8, A2, A3, A5): such a date stays on the
 * record as missed when it passes, and extending it needs the complainant's agreement.
 */
export function isStatutory(definition: LevelDefinition): boolean {
  return typeof definition.days === 'number';
}

export function daysFor(definition: LevelDefinition, policy: ClockPolicy): number {
  if (typeof definition.days === 'number') return definition.days;
  return policy.targets[definition.days] ?? DEFAULT_PRACTICE_REVIEW_DAYS;
}

/**
 * Reminder offsets that make sense for a clock of this length: a 5-day clock is not reminded
 * 7 days before its deadline. Sorted so the earliest reminder comes first.
 */
export function reminderOffsetsFor(days: number, policy: ClockPolicy): number[] {
  return [...new Set(policy.remindBeforeDays)].filter((offset) => offset > 0 && offset < days).sort((a, b) => b - a);
}
