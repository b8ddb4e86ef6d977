/**
 * The staff console's strings. The console is in English, the staff's working language, but
 * its words live here, as the public pages' do, so that another language is one more file
 * typed as `StaffMessages` (web/src/i18n/staff.ts picks it).
 *
 * Level, outcome and classification names the complainant also reads come from the email
 * messages' `common` part; the rest is staff wording.
 */
import type { EventType } from '../../../lambdas/domain/complaint';
import type { Channel, ComplaintStatus } from '../../../lambdas/domain/complaint-types';
import type { ClockDisplayState } from '../../../lambdas/domain/levels';
import type { Role, Subject, Track } from '../../../lambdas/domain/procedure';
import type { StaffActionType } from '../staff/actions';
import type { WaitingFor } from '../../../lambdas/domain/waiting';

export const staffEn = {
  consoleName: 'Staff console',
  noScript:
    'The staff console needs JavaScript: it signs you in and talks to the complaints system for you. Turn JavaScript on, or use another browser, then reload this page.',
  loading: 'Loading…',
  loadFailed: 'We could not load this page. Check your connection and reload the page.',
  skipLink: 'Skip to main content',
  signedInAs: (name: string) => `Signed in as ${name}`,
  navigation: 'Staff console',
  signOut: 'Sign out',
  dashboardLink: 'Open complaints',
  publicSite: 'Public pages',

  signIn: {
    title: 'Sign in to the staff console',
    localBanner:
      'Local demo sign-in. Anyone using this machine can choose any member of staff here. On the deployed service, staff sign in with their own account, password and authenticator app.',
    localIntro: 'Choose whom to sign in as. What you can see and do depends on their role and settings.',
    localList: 'Members of staff',
    signInAs: (name: string) => `Sign in as ${name}`,
    allSettings: 'All settings',
    cognitoIntro: 'Sign in with your staff account. You will need your password and your authenticator app.',
    cognitoButton: 'Sign in',
    signingIn: 'Signing you in…',
    failed: 'We could not sign you in. Try again, and if it keeps happening, ask your administrator.',
    notConfigured: 'Sign-in is not set up for this site yet (its /config.json is missing or not valid). Ask your administrator.',
    signedOut: 'You have signed out.',
    expired: 'Your session has ended. Sign in again to carry on.',
  },

  roles: {
    keyPerson: 'key person',
    settingManager: 'setting manager',
    lineManager: 'line manager',
    owner: 'owner or trustee',
    safeguardingLead: 'designated safeguarding lead',
    administrator: 'administrator',
  } satisfies Record<Role, string>,

  tracks: {
    parent: 'Parent or carer',
    agency: 'Other agency',
  } satisfies Record<Track, string>,

  /** The dashboard's states, always in words as well as colour. */
  states: {
    onTrack: 'On track',
    dueSoon: 'Due soon',
    overdue: 'Overdue',
    extended: 'Extended',
    breached: 'Breached',
    done: 'Done',
  } satisfies Record<ClockDisplayState, string>,

  statuses: {
    open: 'Open',
    closed: 'Closed',
    withdrawn: 'Withdrawn',
    referred: 'Referred (allegations procedure)',
  } satisfies Record<ComplaintStatus, string>,

  subjects: {
    service: 'The care or the service',
    keyPerson: "The child's key person",
    otherStaff: 'Another member of staff',
    manager: 'The setting manager',
  } satisfies Record<Subject, string>,

  channels: {
    online: 'Online form',
    inPerson: 'In person',
    phone: 'Phone',
    letter: 'Letter',
    email: 'Email',
  } satisfies Record<Channel, string>,

  dashboard: {
    title: 'Open complaints',
    intro:
      'Every open complaint in the settings you can see. Those with a deadline come first, the nearest first; then those waiting on the complainant or on an agreement, the longest waiting first.',
    filters: 'Filter the list',
    setting: 'Setting',
    anySetting: 'All your settings',
    track: 'Track',
    anyTrack: 'Both tracks',
    apply: 'Show',
    caption: 'Open complaints, nearest deadline first',
    columns: {
      reference: 'Reference',
      setting: 'Setting',
      track: 'Track',
      stage: 'Stage',
      recordedAs: 'Recorded as',
      waitingFor: 'Waiting for',
      deadline: 'Deadline',
      state: 'State',
      interpreter: 'Interpreter',
    },
    /** What an open complaint waits for (lambdas/domain/waiting.ts). */
    waitingFor: {
      acknowledgement: 'A written acknowledgement',
      meeting: 'A meeting with the complainant',
      outcome: 'Feedback or an outcome',
      review: "The owners' review of practice, after an upheld outcome",
      agreement: 'Whether agreement was reached after the meeting',
      reply: "The complainant's reply to the answer they were given",
    } satisfies Record<WaitingFor, string>,
    from: (who: string) => `from the ${who}`,
    since: (date: string) => `since ${date}`,
    by: (date: string) => `by ${date}`,
    noDeadline: 'No deadline',
    /** The state of a row waiting on the complainant, in words like every state. */
    withComplainant: 'With the complainant',
    awaitingStaff: 'To record',
    interpreterNone: 'Not requested',
    none: 'No open complaints match. When a complaint arrives, it appears here until it is closed.',
    pages: 'Pages of results',
    nextPage: 'Next page',
    firstPage: 'First page',
  },

  complaint: {
    title: (reference: string) => `Complaint ${reference}`,
    back: 'Back to open complaints',
    notFound: 'We cannot find this complaint. It may not exist, or it may not be one you can see.',
    interpreter: (language: string) =>
      `Interpreter needed: ${language}. Arrange one for every meeting and phone call.`,
    detailsHeading: 'The complaint',
    fields: {
      status: 'Status',
      classification: 'Recorded as',
      track: 'Track',
      setting: 'Setting',
      stage: 'Current stage',
      waitingFor: 'Waiting for',
      about: 'About',
      subjectStaff: 'Member of staff it is about',
      keyPerson: 'Key person',
      child: "Child's first name",
      received: 'Received',
      channel: 'Received by',
      language: 'Language for emails',
      description: 'What happened',
      desiredOutcome: 'What would put it right',
      lastOutcome: 'Last outcome',
    },
    contactHeading: 'Complainant',
    contact: {
      name: 'Name',
      email: 'Email',
      phone: 'Phone',
      organisation: 'Organisation',
      role: 'Role',
      postalAddress: 'Postal address (letters go here)',
    },
    confidential: 'Keep these details confidential: share them only as the procedure allows.',
    levelsHeading: 'Clocks',
    levelsIntro: 'Each stage with its statutory date and the date its clock runs to.',
    level: {
      responsible: 'Responsible',
      entered: 'Started',
      statutory: 'Statutory date',
      deadline: 'Current deadline',
      state: 'State',
      extended: (reason: string) => `Extended: ${reason}`,
      done: 'Done',
      lapsed: 'Deadline missed',
      ended: 'Stopped',
    },
    recordHeading: 'Complaint Investigation Record',
    recordIntro: 'Everything that happened, who did it and when. Newest last.',
    notShown: 'Not shown to the complainant',
    actors: {
      complainant: 'The complainant',
      system: 'The complaints system',
    },
    actionsHeading: 'Record what was done',
    actionsIntro: 'Open the action you want to record. The complainant is emailed where the procedure says so.',
    actionsClosed: 'This complaint is no longer open: only notes, Ofsted involvement and posted letters can be recorded.',
    actionsNone: 'There is nothing you can record on this complaint now.',
    notOfferedHeading: 'What you cannot record now, and why',
    notOfferedIntro: 'These actions are not offered to you on this complaint now:',
    recorded: (action: string) => `Recorded: ${action}.`,
  },

  /** The actions of POST /staff/complaints/{id}/actions, in the procedure's words. */
  actions: {
    acknowledgement: {
      title: 'Written acknowledgement sent',
      note: 'Note',
      noteHint: 'For example, how and when it was sent.',
      submit: 'Record the acknowledgement',
    },
    meeting: {
      title: 'Meeting held with the complainant',
      heldOn: 'Date of the meeting',
      heldOnHint: 'Today or earlier.',
      note: 'Note',
      submit: 'Record the meeting',
    },
    outcome: {
      title: 'Feedback or outcome given',
      outcome: 'Outcome',
      summary: 'What the complainant is told',
      summaryHint: 'They read this on their status page and in their email, exactly as you write it.',
      report: "Confidential report for the child's file",
      reportHint: 'Never shown to the complainant.',
      submit: 'Record the outcome',
    },
    agreement: {
      title: 'Agreement after the meeting',
      reached: 'Was an agreement reached?',
      yes: 'Yes: the complaint closes',
      no: "No: the complainant may write to the setting manager's line manager",
      note: 'Note',
      submit: 'Record the agreement',
    },
    extension: {
      title: 'Extend the deadline',
      newDeadline: 'New deadline',
      newDeadlineHint: 'The complainant will hear by the end of this day. The statutory date stays on record.',
      reason: 'Reason, for the complainant',
      reasonHint: 'The complainant is emailed the new date and this reason.',
      agreedOn: 'The complainant agreed on',
      agreedOnHint: 'Needed when the date was set by the procedure itself (the manager’s 28 days, an agency’s dates): ask the complainant first.',
      submit: 'Extend the deadline',
    },
    referral: {
      title: 'Refer as an allegation of harm',
      warning:
        'This takes the complaint out of the complaints procedure at once: its clocks stop, and the designated safeguarding lead and the manager are alerted.',
      reason: 'Why',
      submit: 'Refer to the allegations procedure',
    },
    ofsted: {
      title: 'Ofsted is involved',
      reference: "Ofsted's reference",
      note: 'Note',
      submit: 'Record Ofsted involvement',
    },
    letterPosted: {
      title: 'Letter posted',
      letterKey: 'Which letter',
      postedOn: 'Date it was posted or handed over',
      postedOnHint: 'Today or earlier. From this day the complainant counts as told in writing.',
      submit: 'Record as posted',
    },
    note: {
      title: 'Add a note to the record',
      text: 'Note',
      textHint: 'Notes are for staff: the complainant never sees them.',
      submit: 'Add the note',
    },
    renewStatusLink: {
      title: 'A new status link for the complainant',
      warning:
        'Every status link the complainant was sent stops working at once (for example, if their mailbox is shared), and a new one is emailed to their address.',
      reason: 'Why',
      submit: 'Revoke the links and send a new one',
    },
    close: {
      title: 'Close the complaint',
      warning: 'Closing stops every clock and emails the complainant that the complaint is closed.',
      reason: 'Why it is closed',
      submit: 'Close the complaint',
    },
  } satisfies Record<StaffActionType, { title: string; submit: string; [other: string]: string }>,

  record: {
    events: {
      received: 'Received',
      allegationReferred: 'Referred to the allegations procedure',
      levelOpened: 'Stage opened',
      reminderSent: 'Reminder sent',
      reminderSkipped: 'Reminder skipped: its moment had passed',
      lapsed: 'Deadline missed',
      escalated: 'Escalated',
      overdueReminderSent: 'Overdue reminder sent',
      acknowledged: 'Acknowledged in writing',
      meetingHeld: 'Meeting held',
      outcomeGiven: 'Feedback or outcome given',
      agreementRecorded: 'Agreement recorded',
      satisfied: 'Complainant satisfied',
      notSatisfied: 'Complainant not satisfied',
      withdrawn: 'Withdrawn by the complainant',
      extended: 'Deadline extended',
      letterPosted: 'Letter posted',
      note: 'Note',
      ofstedInvolved: 'Ofsted involved',
      closed: 'Closed',
      recordWritten: 'Written up for the record of complaints',
      practiceReviewOpened: 'Practice review opened',
      practiceReviewRecorded: 'Practice review recorded',
      legalHoldPlaced: 'Legal hold placed',
      legalHoldLifted: 'Legal hold lifted',
    } satisfies Record<EventType, string>,
    details: {
      track: 'Track',
      classification: 'Recorded as',
      channel: 'Received by',
      interpreterRequested: 'Interpreter asked for',
      count: 'Overdue reminder',
      reminder: 'Reminder',
      outcome: 'Outcome',
      report: "Confidential report (child's file)",
      reason: 'Reason',
      note: 'Note',
      heldOn: 'Meeting on',
      deadlineAt: 'Deadline',
      statutoryDeadlineAt: 'Statutory date',
      newDeadlineAt: 'New deadline',
      ofstedReference: "Ofsted's reference",
      occurredAt: 'Happened on',
      recordedAt: 'Recorded on',
      lateByDays: 'Days late',
      afterLapse: 'Recorded after its deadline had passed',
      receivedAt: 'Reached the setting on',
      onBehalfOfComplainant: 'Recorded by staff for the complainant',
      letterKey: 'Letter',
      postedOn: 'Posted on',
      summary: 'What was discussed and agreed',
    } as Record<string, string>,
    yes: 'Yes',
    no: 'No',
  },

  errors: {
    summaryTitle: 'There is a problem',
    prefix: 'Error:',
    /** By the request's field names. */
    required: {
      heldOn: 'Enter the date of the meeting',
      outcome: 'Choose the outcome',
      summary: 'Enter what the complainant is told',
      reached: 'Choose whether an agreement was reached',
      newDeadlineAt: 'Enter the new deadline',
      reason: 'Enter the reason',
      ofstedReference: "Enter Ofsted's reference",
      text: 'Enter the note',
    } as Record<string, string>,
    tooLong: (label: string, max: string) => `${label}: ${max} characters at most`,
    invalid: (label: string, message: string) => `${label}: ${message}`,
    forbiddenTitle: 'You may not do this',
    conflictTitle: 'This could not be recorded',
    notFound: 'This complaint is no longer there, or you may no longer see it.',
    server: 'Something went wrong on our side. Nothing was recorded. Try again in a minute.',
    network: 'We could not reach the complaints system. Check your connection and try again: nothing was recorded.',
  },
};

export type StaffMessages = typeof staffEn;
