/**
 * The console's words for what comes and goes on paper or by voice: letters to print and post
 * for complainants without email (P5), an agency's written complaint entered by staff (A1),
 * a complainant's answer recorded for them (P8, A4, A5), and a duty recorded on the day it
 * really happened (A3, P6). English, like the rest of the console (staff-en.ts); the letters
 * themselves are in the complainant's language, rendered by the server.
 */
import type { Channel } from '../../../lambdas/domain/complaint-types';
import type { ResponseType } from '../../../lambdas/domain/available-responses';
import type { EmailKind } from '../../../lambdas/domain/notifications';

type WrittenChannel = Exclude<Channel, 'online'>;

export const paperEn = {
  letters: {
    navLink: 'Letters to post',
    title: 'Letters to print and post',
    intro:
      'These complainants have no email address, so what we would email them goes by post in their language. Print each letter, post it or hand it over, then record the day you did: from that day they count as told in writing.',
    none: 'There are no letters waiting to be posted.',
    caption: 'Letters waiting to be posted, oldest first',
    setting: 'Setting',
    anySetting: 'All settings',
    apply: 'Show letters',
    columns: {
      reference: 'Complaint',
      to: 'To',
      what: 'What it says',
      language: 'Language',
      written: 'Written',
      post: 'Print and record',
    },
    noAddress: 'No postal address: hand it over or read it out, then record the day.',
    print: (reference: string) => `Print the letter for ${reference}`,
    postedOn: 'Day it was posted or handed over',
    postedOnHint: 'Today or earlier.',
    record: 'Record as posted',
    recorded: (reference: string) => `Recorded: the letter for ${reference} was posted. It is no longer on this list.`,
    postedOnMissing: 'Enter the day it was posted, as a date',
    failed: 'That could not be recorded. The list below is up to date: try again.',
    /** The print view of one letter. */
    printTitle: (reference: string) => `Letter for complaint ${reference}`,
    printIntro: 'Print this page: only the letter is printed. Then record the day it was posted.',
    printButton: 'Print the letter',
    back: 'Back to the letters to post',
    notFound: 'This letter could not be found. It may have been recorded as posted already.',
    postedAlready: (day: string) => `Recorded as posted on ${day}.`,
    /** What each letter is, in words staff know. */
    kinds: {
      complaintAcknowledgement: 'Acknowledgement: what happens next and by when',
      allegationReceived: 'What happens to what they told us about harm',
      allegationAlert: 'Allegation alert',
      levelAssigned: 'New complaint for a member of staff',
      deadlineReminder: 'Deadline reminder',
      overdueReminder: 'Overdue reminder',
      deadlineMissed: 'We missed a date, and where it has gone',
      levelOpened: 'It has moved to the next stage',
      outcomeGiven: 'The outcome, and how to take it further',
      deadlineExtended: 'A new date, and why',
      complaintClosed: 'It is closed',
      meetingHeld: 'The meeting, in writing',
      noAgreementRecorded: 'No agreement: how to write to the line manager',
      appealNotice: 'An appeal',
      complaintHandedOver: 'A complaint handed over to a member of staff',
      complaintWithdrawn: 'It was withdrawn, as they asked',
      statusLinkRenewed: 'A new private link to follow it',
      complaintWithdrawnNotice: 'A complaint withdrawn',
    } satisfies Record<EmailKind, string>,
  },

  agencyLetter: {
    navLink: 'Enter an agency letter',
    title: "Enter another agency's written complaint",
    intro:
      'Use this for a formal complaint another agency sent by post or email. The clocks run from the day it reached the setting: the acknowledgement is due within 10 days and the meeting within 28.',
    setting: 'Setting',
    about: 'What is it about?',
    aboutOptions: {
      practice: 'A practice of the setting',
      staff: 'A member of staff',
      manager: 'The setting manager',
    } satisfies Record<'practice' | 'staff' | 'manager', string>,
    subjectStaff: 'Which member of staff?',
    subjectStaffHint: 'Only for a complaint about a member of staff. They will not see it.',
    noStaff: 'Not about one person',
    allegation: 'Does it say a member of staff or a volunteer harmed a child?',
    allegationHint: 'If yes, it goes to the allegations procedure at once, not the complaints procedure.',
    yes: 'Yes',
    no: 'No',
    description: 'What the complaint says',
    descriptionHint: 'Copy the letter or email, or its main points.',
    desiredOutcome: 'What the agency asks for',
    agencyHeading: 'Who sent it',
    organisation: 'Agency',
    name: 'Name of the person who wrote',
    role: 'Their role',
    email: 'Email address',
    phone: 'Phone number',
    postalAddress: 'Postal address',
    contactHint: 'Give at least one way to reach them. Without an email address, what we send them becomes a letter to post.',
    language: 'Language to write to them in',
    channel: 'How did it arrive?',
    channels: { letter: 'By post', email: 'By email' },
    receivedAt: 'Day it reached the setting',
    receivedAtHint: 'Today or earlier, within the last 90 days.',
    submit: 'Enter the complaint',
    required: {
      settingId: 'Choose the setting',
      about: 'Choose what it is about',
      description: 'Enter what the complaint says',
      'agency.organisation': 'Enter the agency',
      'agency.name': 'Enter the name of the person who wrote',
      'agency.email': 'Give an email address, a postal address or a phone number',
      channel: 'Choose how it arrived',
      receivedAt: 'Enter the day it reached the setting',
    } as Record<string, string>,
    entered: (reference: string) => `Entered as complaint ${reference}. Its clocks have started.`,
    open: 'Open the complaint',
    another: 'Enter another',
  },

  responses: {
    heading: "Record the complainant's answer",
    intro:
      'When the complainant tells you their answer in person, by phone, by letter or by email, record it here, as if they had answered through their link.',
    none: 'There is no answer the complainant can give now.',
    notOfferedHeading: 'Answers you cannot record now',
    types: {
      notSatisfied: {
        title: 'Not satisfied: take it further (appeal)',
        reason: 'What they said is still wrong',
        submit: 'Record that they are not satisfied',
      },
      noAgreement: {
        title: 'No agreement after the meeting',
        reason: 'What the agency said',
        submit: 'Record no agreement',
      },
      satisfied: { title: 'Satisfied with the answer', reason: '', submit: 'Record that they are satisfied' },
      withdraw: { title: 'Withdrawn by the complainant', reason: 'Why, if they said', submit: 'Record the withdrawal' },
    } satisfies Record<ResponseType, { title: string; reason: string; submit: string }>,
    channel: 'How did it reach you?',
    channels: { inPerson: 'In person', phone: 'By phone', letter: 'By letter', email: 'By email' } satisfies Record<WrittenChannel, string>,
    receivedAt: 'Day it reached you',
    receivedAtHint: 'Leave empty for today. The next stage’s deadline runs from this day.',
    recorded: (title: string) => `Recorded: ${title}.`,
    required: {
      reason: 'Enter what they said',
      channel: 'Choose how it reached you',
    } as Record<string, string>,
  },

  late: {
    occurredAt: 'Day it was sent, if not today',
    occurredAtHint: 'Today or earlier. A day after the deadline is recorded as late, and the escalation stands.',
    level: 'Which stage is it for?',
    levelHint: 'More than one stage is waiting for this. An earlier one whose deadline passed is recorded as late.',
    meetingSummary: 'What was discussed and agreed',
    meetingSummaryHint: 'Sent to the agency in writing.',
  },
};

export type PaperMessages = typeof paperEn;
