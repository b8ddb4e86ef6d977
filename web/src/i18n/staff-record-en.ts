/**
 * The staff console's pages of the record of complaints, in English: the record itself and its
 * productions for Ofsted, what staff write for it on a complaint's page, the owners' practice
 * review, a legal hold, who looked at a complaint, and the inspectors' links. Plain words only.
 */
import type { ComplaintStatus } from '../../../lambdas/domain/complaint-types';
import type { AccessKind } from '../../../lambdas/domain/record-ports';

export const recordEn = {
  navLink: 'Record of complaints',
  title: 'Record of complaints',
  intro:
    'Every complaint and concern you can see, open or finished, newest first. This is the record Ofsted may ask to see: choose the period and settings below to print it or download it.',

  filters: {
    label: 'Filter the record',
    setting: 'Setting',
    anySetting: 'All your settings',
    from: 'Received from',
    to: 'Received up to',
    dateHint: 'For example 2026-09-01',
    track: 'From',
    anyTrack: 'Anyone',
    status: 'Status',
    anyStatus: 'Any status',
    outcome: 'Outcome',
    anyOutcome: 'Any outcome',
    noOutcome: 'No outcome yet',
    apply: 'Show',
    clear: 'Clear the filters',
  },

  caption: 'Complaints received, newest first',
  none: 'No complaint matches these filters.',
  columns: {
    reference: 'Complaint',
    received: 'Received',
    setting: 'Setting',
    track: 'From',
    recordedAs: 'Recorded as',
    status: 'Status',
    outcome: 'Outcome',
    writtenUp: 'Written up for the record',
    review: 'Practice review',
  },
  statuses: {
    open: 'Open',
    closed: 'Closed',
    withdrawn: 'Withdrawn',
    referred: 'Referred to the allegations procedure',
  } satisfies Record<ComplaintStatus, string>,
  noOutcome: 'None yet',
  notWrittenUp: 'Not yet',
  gone: 'Details removed after the retention period',
  held: 'Legal hold',
  reviewOpen: (due: string) => `Open, due ${due}`,
  reviewDone: (done: string) => `Done ${done}`,
  noReview: 'None',
  pages: 'Pages of the record',
  firstPage: 'First page',
  nextPage: 'Next page',
  failed: 'We could not load the record. Check your connection and reload the page.',

  produce: {
    heading: 'Produce the record for Ofsted',
    intro:
      'Choose the period and the settings. The printable page is the one to show or print for an inspector; the spreadsheet (CSV) and JSON files hold the same record. Each production is logged with your name.',
    settings: 'Settings',
    settingsHint: 'Each setting’s Ofsted URN heads the record.',
    from: 'Received from',
    to: 'Received up to',
    dateHint: 'For example 2026-09-01',
    printable: 'Open the printable page',
    csv: 'Download a spreadsheet (CSV)',
    json: 'Download JSON',
    required: {
      settingIds: 'Choose at least one setting',
      from: 'Enter the first day of the period',
      to: 'Enter the last day of the period',
    } as Record<string, string>,
    notADate: (label: string) => `${label}: enter a date, for example 2026-09-01`,
    downloaded: (file: string) => `The record was downloaded as ${file}. Your browser keeps it in its downloads.`,
    forbidden: 'You may not produce the record of these settings. Managers and owners can.',
  },

  print: {
    title: 'Record of complaints to print',
    back: 'Back to the record of complaints',
    print: 'Print this record',
    printHint: 'It prints in landscape, without the console’s header and buttons.',
    missing: 'Choose a period and the settings on the record of complaints page first.',
  },

  summative: {
    heading: 'Written up for the record of complaints',
    intro:
      'The record Ofsted sees holds your own short summary of this complaint, not what the complainant wrote. Do not name anyone: write “child A”, “parent A” or “staff member B” instead. Summaries that name someone are refused with the name marked.',
    labels: 'In the record, the people of this complaint are',
    written: (when: string, who: string) => `Last written ${when} by ${who}.`,
    notYet: 'Not written up yet.',
    eyfsAreas: 'Which EYFS requirements does it concern?',
    eyfsAreasHint: 'Choose every one that applies.',
    raised: 'What was raised',
    raisedHint: 'In a sentence or two, in your own words.',
    investigation: 'How it was investigated',
    actionTaken: 'What was done as a result',
    submit: 'Save for the record',
    update: 'Update the record',
    saved: 'Saved in the record of complaints.',
    required: {
      eyfsAreas: 'Choose at least one EYFS requirement',
      raised: 'Enter what was raised',
      investigation: 'Enter how it was investigated',
      actionTaken: 'Enter what was done',
    } as Record<string, string>,
    namedTitle: 'Names are not allowed in the record',
    named: (label: string, suggestions: string) => `${label} names someone: write ${suggestions} instead`,
    namedIn: 'Names found in what you wrote (marked):',
    forbidden: 'The record is written by managers and the designated safeguarding lead.',
  },

  review: {
    heading: 'Practice review',
    intro:
      'Every upheld or partly upheld complaint leads to a review of practice by the owners or trustees: what to improve, and what they will do.',
    opened: (outcome: string, when: string) => `Opened when the outcome was ${outcome}, on ${when}.`,
    due: (when: string) => `Due by ${when}.`,
    done: (when: string, who: string) => `Recorded ${when} by ${who}.`,
    findings: 'What the review found',
    actions: 'What will be done',
    hint: 'Do not name anyone: write “child A” or “staff member B” instead.',
    submit: 'Record the practice review',
    saved: 'The practice review was recorded.',
    ownersOnly: 'Only the owners or trustees record a practice review.',
    required: {
      findings: 'Enter what the review found',
      actions: 'Enter what will be done',
    } as Record<string, string>,
  },

  admin: {
    heading: 'Keeping and reading this record',
    holdHeading: 'Legal hold',
    held: (when: string, who: string, reason: string) => `Held since ${when} by ${who}: ${reason}`,
    notHeld: 'Not held: its details are removed when the retention period after closure ends.',
    reason: 'Reason',
    holdHint: 'For example: a claim has been made and the insurer asked us to keep the record.',
    liftHint: 'Why the record no longer needs to be kept past its retention period.',
    place: 'Place a legal hold',
    lift: 'Lift the legal hold',
    placed: 'The legal hold was placed: this complaint’s record does not expire.',
    lifted: 'The legal hold was lifted: the retention period after closure applies again.',
    required: { reason: 'Enter the reason' } as Record<string, string>,
    accessHeading: 'Who looked at this complaint',
    showAccess: 'Show who looked at it',
    accessCaption: 'Reads and productions of this complaint, newest first',
    accessNone: 'No one has looked at this complaint yet.',
    accessColumns: { at: 'When', who: 'Who', what: 'What' },
    accessKinds: {
      read: 'Opened it in the console',
      export: 'Produced the record with it',
      inspectorLink: 'Opened through an inspector’s link',
      subjectAccess: 'Produced the subject access document',
    } satisfies Record<AccessKind, string>,
    link: (id: string) => `Inspector’s link ${id}`,
    subjectHeading: 'Subject access request',
    subjectIntro:
      'Everything held about the complainant, in their language, to print or save. Entries for staff only and another agency’s information are marked, so that you can withhold them where the law allows.',
    subject: 'Produce the subject access document',
    subjectBack: 'Back to the complaint',
    subjectPrint: 'Print this document',
  },

  problem: {
    forbidden: 'You may not do this.',
    network: 'We could not reach the complaints system. Check your connection and try again: nothing was saved.',
    server: 'Something went wrong on our side. Nothing was saved. Try again in a minute.',
  },
};

export type RecordMessages = typeof recordEn;
