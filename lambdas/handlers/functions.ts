/**
 * Every Lambda function of the system, as data: the CDK API construct creates one function
 * per entry and grants exactly what it `needs`; the embedded default's local API routes the
 * same paths to the same handler modules. `handler` is the file stem in lambdas/handlers/
 * (`<stem>.handler.ts`, exporting `handler`).
 */
export type Access = 'public' | 'complainant' | 'staff';

export interface FunctionNeeds {
  table: 'none' | 'read' | 'readWrite';
  /** Sends email through SES. */
  email: boolean;
  /** Starts executions of the escalation state machines. */
  workflows: boolean;
  /**
   * Staff sign-in accounts in the organisation's Cognito user pool: `manage` creates, changes,
   * disables and signs them out (the directory's add and change routes only); `create` only
   * creates them with their groups and attributes (the seed at the first deploy).
   */
  accounts?: 'manage' | 'create';
  /** Reads the key that signs the public forms' timing tokens. */
  formTokens?: boolean;
}

export interface RouteDefinition {
  operationId: string;
  method: 'GET' | 'POST';
  /** API Gateway path syntax, e.g. `/staff/complaints/{id}`. */
  path: string;
  handler: string;
  access: Access;
  needs: FunctionNeeds;
  summary: string;
}

const READS = { table: 'read', email: false, workflows: false } as const;
/** The directory is changed by administrators; its records are on the table (issue 12). */
const DIRECTORY_WRITES = { table: 'readWrite', email: false, workflows: false } as const;
/**
 * Writes the table only. Whatever moves a complaint writes the emails and clock starts it
 * causes to the outbox in the same transaction, and only the outbox's two functions
 * (below) send them: no route may call SES or Step Functions itself.
 */
const WRITES = { table: 'readWrite', email: false, workflows: false } as const;

export const ROUTES: readonly RouteDefinition[] = [
  {
    operationId: 'health',
    method: 'GET',
    path: '/health',
    handler: 'health',
    access: 'public',
    needs: { table: 'none', email: false, workflows: false },
    summary: 'Liveness: answers 200 when the API is up',
  },
  {
    operationId: 'getOpenApi',
    method: 'GET',
    path: '/openapi.json',
    handler: 'openapi',
    access: 'public',
    needs: { table: 'none', email: false, workflows: false },
    summary: 'This API as an OpenAPI 3.1 document',
  },
  {
    operationId: 'issueFormToken',
    method: 'GET',
    path: '/forms/token',
    handler: 'issue-form-token',
    access: 'public',
    needs: { table: 'none', email: false, workflows: false, formTokens: true },
    summary: 'A signed timing token for a public form, asked for when the form is shown',
  },
  {
    operationId: 'submitParentComplaint',
    method: 'POST',
    path: '/complaints/parent',
    handler: 'submit-parent-complaint',
    access: 'public',
    needs: { ...WRITES, formTokens: true },
    summary: "A parent's or service user's complaint or concern (10.2, P1–P8)",
  },
  {
    operationId: 'submitAgencyComplaint',
    method: 'POST',
    path: '/complaints/agency',
    handler: 'submit-agency-complaint',
    access: 'public',
    needs: { ...WRITES, formTokens: true },
    summary: "Another agency's formal written complaint (10.2, A1–A6)",
  },
  {
    operationId: 'showParentForm',
    method: 'GET',
    path: '/forms/parent',
    handler: 'show-form',
    access: 'public',
    needs: READS,
    summary: "The parent's form (HTML), listing the settings and staff as the directory has them now",
  },
  {
    operationId: 'showAgencyForm',
    method: 'GET',
    path: '/forms/agency',
    handler: 'show-form',
    access: 'public',
    needs: READS,
    summary: "The agency's form (HTML), listing the settings and staff as the directory has them now",
  },
  {
    operationId: 'submitParentComplaintForm',
    method: 'POST',
    path: '/forms/parent',
    handler: 'submit-parent-form',
    access: 'public',
    needs: { ...WRITES, formTokens: true },
    summary: "The parent's form posted without JavaScript: answered with a redirect or the form again",
  },
  {
    operationId: 'submitAgencyComplaintForm',
    method: 'POST',
    path: '/forms/agency',
    handler: 'submit-agency-form',
    access: 'public',
    needs: { ...WRITES, formTokens: true },
    summary: "The agency's form posted without JavaScript: answered with a redirect or the form again",
  },
  {
    operationId: 'showConfirmation',
    method: 'GET',
    path: '/forms/confirmation',
    handler: 'show-confirmation',
    access: 'public',
    needs: { table: 'none', email: false, workflows: false },
    summary: 'The page after a form is sent (HTML): the reference, the date to hear by, what happens next',
  },
  {
    operationId: 'listComplaints',
    method: 'GET',
    path: '/staff/complaints',
    handler: 'list-complaints',
    access: 'staff',
    needs: READS,
    summary: 'Open complaints of the settings the caller may see, nearest deadline first',
  },
  {
    operationId: 'recordComplaintOnBehalf',
    method: 'POST',
    path: '/staff/complaints',
    handler: 'record-complaint-on-behalf',
    access: 'staff',
    needs: WRITES,
    summary: 'A complaint made in person or by phone, written down by staff (P5)',
  },
  {
    operationId: 'getComplaint',
    method: 'GET',
    path: '/staff/complaints/{id}',
    handler: 'get-complaint',
    access: 'staff',
    // F3: every read of a complaint is written to its access log.
    needs: WRITES,
    summary: 'One complaint with its clocks and its Complaint Investigation Record',
  },
  {
    operationId: 'recordAction',
    method: 'POST',
    path: '/staff/complaints/{id}/actions',
    handler: 'record-action',
    access: 'staff',
    needs: WRITES,
    summary: 'Record what was done, on the day it happened: acknowledgement, meeting, outcome, agreement, extension, letter posted, referral, Ofsted, note, closure',
  },
  {
    operationId: 'recordAgencyComplaintOnBehalf',
    method: 'POST',
    path: '/staff/agency-complaints',
    handler: 'record-agency-complaint-on-behalf',
    access: 'staff',
    needs: WRITES,
    summary: "An agency's written complaint received by post or email, entered by staff with the date it was received (A1)",
  },
  {
    operationId: 'recordResponseOnBehalf',
    method: 'POST',
    path: '/staff/complaints/{id}/responses',
    handler: 'record-response-on-behalf',
    access: 'staff',
    needs: WRITES,
    summary: "A complainant's spoken or written answer recorded by staff: an appeal, not satisfied, no agreement, satisfied or withdrawn (P8, A5)",
  },
  {
    operationId: 'listLettersToPrint',
    method: 'GET',
    path: '/staff/letters',
    handler: 'list-letters',
    access: 'staff',
    needs: READS,
    summary: 'Letters to print and post for complainants without email, per setting, oldest first (P5)',
  },
  {
    operationId: 'getComplaintLetters',
    method: 'GET',
    path: '/staff/complaints/{id}/letters',
    handler: 'get-complaint-letters',
    access: 'staff',
    needs: READS,
    summary: 'Every letter of one complaint, ready to print, and the date each was posted (P5)',
  },
  {
    operationId: 'listNames',
    method: 'GET',
    path: '/staff/names',
    handler: 'list-names',
    access: 'staff',
    needs: READS,
    summary: "The settings' and staff's names as the directory has them now, for the console to show ids by name",
  },
  {
    operationId: 'listParkedEffects',
    method: 'GET',
    path: '/admin/outbox/parked',
    handler: 'list-parked-effects',
    access: 'staff',
    needs: READS,
    summary: 'Emails and clock starts that failed every attempt, for administrators to retry or do by hand',
  },
  {
    operationId: 'resolveParkedEffect',
    method: 'POST',
    path: '/admin/outbox/parked/{id}',
    handler: 'resolve-parked-effect',
    access: 'staff',
    // Puts the effect back in the outbox or settles it; the outbox's workers carry it out.
    needs: { table: 'readWrite', email: false, workflows: false },
    summary: 'Try a parked email or clock start again, or record that it was done by hand (e.g. a letter posted)',
  },
  {
    operationId: 'listRecord',
    method: 'GET',
    path: '/staff/record',
    handler: 'list-record',
    access: 'staff',
    needs: READS,
    summary:
      'The record of complaints (R1): every complaint the caller may see — open, closed, withdrawn, referred, expired — newest first, by setting, period, track, status and outcome',
  },
  {
    operationId: 'writeSummativeRecord',
    method: 'POST',
    path: '/staff/complaints/{id}/record',
    handler: 'write-summative-record',
    access: 'staff',
    needs: WRITES,
    summary: 'Write a complaint up for the record (R2): EYFS areas, what was raised, how it was investigated, what was done; refused if it names anyone',
  },
  {
    operationId: 'recordPracticeReview',
    method: 'POST',
    path: '/staff/complaints/{id}/practice-review',
    handler: 'record-practice-review',
    access: 'staff',
    needs: WRITES,
    summary: "The owners' practice review after an upheld outcome (R4): what they found and the actions it leads to",
  },
  {
    operationId: 'exportRecord',
    method: 'GET',
    path: '/staff/record/export',
    handler: 'export-record',
    access: 'staff',
    needs: WRITES,
    summary: 'The record of complaints of a period and setting(s) for Ofsted (R1): JSON, CSV or a printable page; the production is logged',
  },
  {
    operationId: 'listRecordProductions',
    method: 'GET',
    path: '/staff/record/productions',
    handler: 'list-record-productions',
    access: 'staff',
    needs: READS,
    summary: 'Who produced the record of complaints, when, and for which period (R1); administrators',
  },
  {
    operationId: 'createInspectorLink',
    method: 'POST',
    path: '/staff/record/links',
    handler: 'inspector-links',
    access: 'staff',
    needs: WRITES,
    summary: "An inspector's read-only link to the record of a period, expiring after 7 days unless set otherwise (R1); administrators",
  },
  {
    operationId: 'listInspectorLinks',
    method: 'GET',
    path: '/staff/record/links',
    handler: 'inspector-links',
    access: 'staff',
    needs: READS,
    summary: "The inspectors' links, newest first, with their periods, expiry and revocation; administrators",
  },
  {
    operationId: 'revokeInspectorLink',
    method: 'POST',
    path: '/staff/record/links/{id}/revoke',
    handler: 'revoke-inspector-link',
    access: 'staff',
    needs: WRITES,
    summary: "Withdraw an inspector's link at once; administrators",
  },
  {
    operationId: 'openInspectorLink',
    method: 'GET',
    path: '/record/shared',
    handler: 'open-inspector-link',
    access: 'public',
    needs: WRITES,
    summary: "The record of a period through an inspector's read-only link (HTML, CSV or JSON); each opening is logged",
  },
  {
    operationId: 'getAccessLog',
    method: 'GET',
    path: '/staff/complaints/{id}/access-log',
    handler: 'get-access-log',
    access: 'staff',
    needs: READS,
    summary: 'Who read or exported a complaint, and when: staff ids and times, never content (F3); administrators',
  },
  {
    operationId: 'placeLegalHold',
    method: 'POST',
    path: '/staff/complaints/{id}/legal-hold',
    handler: 'legal-hold',
    access: 'staff',
    needs: WRITES,
    summary: 'Hold a complaint past its retention, with a reason: a held complaint never expires (R3); administrators',
  },
  {
    operationId: 'liftLegalHold',
    method: 'POST',
    path: '/staff/complaints/{id}/legal-hold/lift',
    handler: 'legal-hold',
    access: 'staff',
    needs: WRITES,
    summary: 'Lift a legal hold, with a reason: the retention from closure applies again (R3); administrators',
  },
  {
    operationId: 'subjectAccess',
    method: 'GET',
    path: '/staff/complaints/{id}/subject-access',
    handler: 'subject-access',
    access: 'staff',
    needs: WRITES,
    summary: "Everything held about a complaint's complainant, printable in their language, staff-only and another agency's information marked; managers",
  },
  {
    operationId: 'getComplaintStatus',
    method: 'GET',
    path: '/status/{reference}',
    handler: 'get-complaint-status',
    access: 'complainant',
    needs: READS,
    summary: "The complainant's view behind their private link",
  },
  {
    operationId: 'respondToOutcome',
    method: 'POST',
    path: '/status/{reference}/response',
    handler: 'respond-to-outcome',
    access: 'complainant',
    needs: WRITES,
    summary: 'Satisfied, not satisfied (the next level, P7, P8, A5, A6), or withdraw',
  },
  {
    operationId: 'showStatusPage',
    method: 'GET',
    path: '/forms/status',
    handler: 'show-status',
    access: 'complainant',
    needs: READS,
    summary: "The complainant's status page (HTML), where the private link in every email leads",
  },
  {
    operationId: 'respondToOutcomeForm',
    method: 'POST',
    path: '/forms/status-response',
    handler: 'respond-to-outcome-form',
    access: 'complainant',
    needs: WRITES,
    summary: "The status page's reply posted without JavaScript: answered with a redirect to the page, or the page again",
  },
  {
    operationId: 'listMembers',
    method: 'GET',
    path: '/admin/members',
    handler: 'list-members',
    access: 'staff',
    // The first read of an administrator may store the configuration's directory (the seed).
    needs: DIRECTORY_WRITES,
    summary: 'Everyone in the staff directory, active or not (administrators only)',
  },
  {
    operationId: 'addMember',
    method: 'POST',
    path: '/admin/members',
    handler: 'add-member',
    access: 'staff',
    needs: { ...DIRECTORY_WRITES, accounts: 'manage' },
    summary: 'Add a member of staff and create their sign-in account (administrators only)',
  },
  {
    operationId: 'changeMember',
    method: 'POST',
    path: '/admin/members/{id}',
    handler: 'change-member',
    access: 'staff',
    needs: { ...DIRECTORY_WRITES, accounts: 'manage' },
    summary: "Change a member's roles, settings or details, or deactivate them (administrators only)",
  },
  {
    operationId: 'handOverComplaints',
    method: 'POST',
    path: '/admin/members/{id}/handover',
    handler: 'hand-over-complaints',
    access: 'staff',
    needs: DIRECTORY_WRITES,
    summary: "Give a member's running complaints to another key person (administrators only)",
  },
  {
    operationId: 'listSettings',
    method: 'GET',
    path: '/admin/settings',
    handler: 'list-settings',
    access: 'staff',
    needs: DIRECTORY_WRITES,
    summary: 'The settings, each with what the procedure still needs there (administrators only)',
  },
  {
    operationId: 'addSetting',
    method: 'POST',
    path: '/admin/settings',
    handler: 'add-setting',
    access: 'staff',
    needs: DIRECTORY_WRITES,
    summary: 'Add a setting (administrators only)',
  },
  {
    operationId: 'changeSetting',
    method: 'POST',
    path: '/admin/settings/{id}',
    handler: 'change-setting',
    access: 'staff',
    needs: DIRECTORY_WRITES,
    summary: 'Rename a setting or correct its address or Ofsted URN (administrators only)',
  },
  {
    operationId: 'listDirectoryChanges',
    method: 'GET',
    path: '/admin/changes',
    handler: 'list-directory-changes',
    access: 'staff',
    needs: DIRECTORY_WRITES,
    summary: 'Who changed what in the staff directory, and when, newest first (administrators only)',
  },
];

export interface BackgroundFunctionDefinition {
  name: string;
  handler: string;
  needs: FunctionNeeds;
  summary: string;
}

export const BACKGROUND_FUNCTIONS = {
  /** The Task states of the escalation workflows (open, check, remind, lapse, overdue). */
  clockStep: {
    name: 'ClockStep',
    handler: 'clock-step',
    needs: WRITES,
    summary: 'One step of a statutory clock, called by the escalation state machines',
  },
  /**
   * The table's stream consumer: carries out each effect (clock start, email) as soon as the
   * transaction that recorded it is written, so requests never wait on SES or Step Functions.
   */
  outboxStream: {
    name: 'OutboxStream',
    handler: 'stream-outbox',
    needs: { table: 'readWrite', email: true, workflows: true },
    summary: 'Carries out clock starts and emails from the outbox as they are recorded (the table stream)',
  },
  /**
   * Carries out what is due in the outbox on a schedule: what the stream consumer could not do
   * (a clock start while Step Functions was unreachable, an email while SES was) and retries.
   */
  outboxSweeper: {
    name: 'OutboxSweeper',
    handler: 'sweep-outbox',
    needs: { table: 'readWrite', email: true, workflows: true },
    summary: 'Retries clock starts and emails that could not be carried out at once',
  },
  /**
   * Run once by each deployment that changes it (a CDK trigger): stores the configuration's
   * directory if nothing is stored yet, and gives each of its people still in it their
   * sign-in account, exactly as an administrator's addition would (issue 12).
   */
  seedDirectory: {
    name: 'SeedDirectory',
    handler: 'seed-directory',
    needs: { table: 'readWrite', email: false, workflows: false, accounts: 'create' },
    summary: "Stores the configuration's staff directory at the first deploy and creates its people's sign-in accounts",
  },
} as const satisfies Record<string, BackgroundFunctionDefinition>;
