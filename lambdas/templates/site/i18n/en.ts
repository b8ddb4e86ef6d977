/**
 * English: the source of every string of the public pages (F2). The other languages are
 * typed as `WebMessages`, so a key missing from one of them is a compile error, and
 * tests/unit/web-i18n.test.ts walks the keys as well.
 *
 * Level names, Ofsted's paragraph, the reference and "what happens next" come from the
 * email messages' `common` part (lambdas/templates/messages), so that a page and an email
 * never say them differently. Values reach the functions here already formatted.
 */
import type { EventType } from '../../../domain/complaint';
import type { ComplaintStatus } from '../../../domain/complaint-types';

export const en = {
  serviceName: 'Concerns and complaints',

  layout: {
    skipLink: 'Skip to main content',
    languages: 'Choose a language',
    home: 'How to raise a concern or complaint',
    emergency: 'If a child is in danger now, call 999.',
  },

  /** The root page, before a language is chosen. */
  chooser: {
    choose: 'Choose your language',
  },

  /** R5, R6: the procedure, displayed to parents in plain words. */
  home: {
    title: 'Raise a concern or make a complaint',
    intro: (organisation: string) =>
      `We want every child and family at ${organisation} to be happy with the care we give. If something is not right, please tell us. Raising a concern or a complaint will never count against you or your child.`,
    startParent: 'Tell us about a concern or complaint',
    agencyLink: 'Complaining on behalf of another agency or organisation? Use the form for agencies.',
    harmHeading: 'Worried that someone who works here has harmed a child?',
    harmText:
      'This is not handled as a complaint. Tell us straight away: our designated safeguarding lead will be told at once.',
    harmLink: 'What happens when you tell us about harm to a child',
    kindsHeading: 'A concern or a complaint?',
    concern:
      'A concern is something you would like us to look at and put right, usually by talking it through with you.',
    complaint:
      'A complaint is a formal request for the setting manager to look into what happened and give you an answer.',
    kindsChoice: 'You choose which it is. You can make a complaint at any time, without raising a concern first.',
    stepsHeading: 'What happens, step by step',
    steps: {
      keyPerson:
        "A concern usually goes first to your child's key person. They will listen, explain and try to put things right. We write down every concern and how it was resolved.",
      settingManager:
        "If you are not happy with the key person's answer, or your complaint is about your key person or another member of staff, the setting manager looks into it and tells you what they found within 28 days.",
      lineManager:
        "If you are still not happy, or your complaint is about the setting manager, it goes to the setting manager's line manager.",
      owners:
        'If you are still not happy, you can appeal, by speaking or in writing. The owners or trustees will answer you within a further 14 days.',
      ofsted:
        'If the matter is still not resolved and you believe the setting has not met the requirements of the Early Years Foundation Stage (EYFS), you can complain to Ofsted.',
    },
    timesHeading: 'When you will hear from us',
    times:
      'When you send the form, we email you straight away with your reference and the date you will hear from us by. If we miss a date, your complaint moves on to the next person automatically and we tell you.',
    languageHeading: 'Help in your language',
    language:
      'You can read these pages, and get every email from us, in English, Welsh, Polish, Romanian, Urdu or Arabic. We can also arrange an interpreter for you, free of charge: just tell us on the form.',
    agencyHeading: 'For other agencies',
    agency:
      'Professionals from another agency, such as a health visitor or social worker, can make a formal complaint in writing. We confirm in writing that we have received it within 10 days, and meet you within 28 days.',
    agencyStart: 'Make a complaint for an agency',
  },

  /** P3: the path for an allegation of harm to a child, and what happens instead. */
  allegation: {
    title: 'If you think someone who works here has harmed a child',
    intro:
      'If you think a member of staff or a volunteer has harmed a child, or might harm a child, please tell us straight away. You do not need to be sure.',
    insteadHeading: 'What happens instead of a complaint',
    instead: [
      'We do not handle it as a complaint, and it does not wait for the complaints timetable.',
      'Our designated safeguarding lead and the setting manager are told at once.',
      'The person you are worried about is not told by us, and takes no part in dealing with it.',
      'We follow our procedure for allegations against staff. This includes telling the local authority designated officer (LADO), who oversees allegations against people who work with children.',
      'We may contact you to ask for more information.',
    ],
    howHeading: 'How to tell us',
    how: 'Use the form, and tick the box that says it is about a member of staff or a volunteer harming a child. You can also speak to the setting manager or the designated safeguarding lead in person.',
    parentForm: 'Tell us using the form for parents and carers',
    agencyForm: 'Tell us using the form for agencies',
    othersHeading: 'You can also contact',
    lado: "The local authority designated officer (LADO) or children's social care, through your local council.",
    police: 'The police: call 999 if a child is in danger now, or 101 if it is not an emergency.',
  },

  /** Parts both forms share. */
  form: {
    requiredNote: 'Answer every question unless it says (optional).',
    optional: '(optional)',
    choose: 'Choose',
    submit: 'Send',
    sending: 'Sending…',
    setting: 'Which nursery or setting is it about?',
    harmLegend: 'Is a child at risk of harm?',
    harmWarning:
      'If you think a member of staff or a volunteer has harmed a child, tick this box. It will not be treated as a complaint: our designated safeguarding lead will be told at once and our procedure for allegations against staff will be followed.',
    harmCheckbox: 'Yes, this is about a member of staff or a volunteer harming a child',
    harmMore: 'What happens instead of a complaint',
    subjectStaff: 'Which member of staff is it about?',
    subjectStaffHint: 'Only if you know. The person it is about will never be the one who looks into it.',
    subjectStaffNone: 'Not sure, or not about one person',
    description: 'What happened?',
    desiredOutcome: 'What would put it right?',
    desiredOutcomeHint: 'For example, an apology, a change to how something is done, or a meeting.',
    detailsHeading: 'Your details',
    name: 'Your full name',
    email: 'Email address',
    emailHint: 'We will send your reference and every update to this address.',
    phone: 'Phone number',
    phoneHint: 'Only if you would like us to phone you.',
    languageHeading: 'Language',
    language: 'Which language should we write to you in?',
    interpreter: 'I would like an interpreter, free of charge',
    interpreterHint: 'For meetings and phone calls with us.',
    interpreterLanguage: 'Which language should the interpreter speak?',
    interpreterLanguageHint:
      'For example, Polish or British Sign Language. If you leave this empty, we will use the language you chose above.',
    honeypot: 'Leave this empty',
  },

  parent: {
    title: 'Tell us about a concern or complaint',
    intro:
      'It takes about 10 minutes. We only use what you tell us to look into your concern or complaint, and we keep it confidential.',
    classification: 'Is this a concern or a complaint?',
    classificationHint: 'If you ticked the box about harm to a child, you can skip this question.',
    concern: 'A concern',
    concernHint:
      "Something about the care or the service that you would like us to put right. Your child's key person will usually talk it through with you.",
    complaint: 'A complaint',
    complaintHint: 'A formal complaint. The setting manager will look into it and answer you within 28 days.',
    about: 'Who or what is it about?',
    aboutHint: 'This tells us who should look into it.',
    aboutService: 'The care or the service in general',
    aboutKeyPerson: "My child's key person",
    aboutKeyPersonHint: 'The setting manager will look into it.',
    aboutOtherStaff: 'Another member of staff',
    aboutOtherStaffHint: 'The setting manager will look into it.',
    aboutManager: 'The setting manager',
    aboutManagerHint: "The setting manager's line manager will look into it.",
    keyPerson: "Who is your child's key person?",
    keyPersonNone: 'Not sure',
    childName: "Your child's first name",
    descriptionHint: 'Tell us what happened, when, and who was involved. Write as much as you like.',
    consent: 'I agree that the setting can contact me about my concern or complaint',
    consentHint: 'We need this to answer you.',
  },

  agency: {
    title: 'Make a formal complaint for an agency',
    intro:
      'For professionals from another agency or organisation, such as a health visitor or a social worker. We will confirm in writing that we have received your complaint within 10 days, and meet you within 28 days.',
    about: 'What is the complaint about?',
    aboutPractice: 'A practice of the setting',
    aboutStaff: 'A member of staff',
    aboutStaffHint: 'The setting manager will look into it.',
    aboutManager: 'The setting manager',
    aboutManagerHint: "The setting manager's line manager will be told.",
    descriptionHint: 'Set out your complaint: what happened, when, and who was involved.',
    organisation: 'Your organisation',
    role: 'Your role',
  },

  confirmation: {
    title: 'We have received your complaint',
    concernTitle: 'We have received your concern',
    allegationTitle: 'We have received what you told us',
    emailSent:
      'We have sent you an email to confirm this. It has a private link where you can follow what happens.',
    home: 'Back to how to raise a concern or complaint',
  },

  /**
   * The complainant's status page, behind the private link in every email: where the
   * complaint is, when they will hear, the answer given, and their reply to it.
   */
  status: {
    title: 'Your complaint',
    concernTitle: 'Your concern',
    allegationTitle: 'What you told us',
    receivedConcern: 'We received your concern',
    receivedAllegation: 'We received what you told us',
    setting: 'Setting',
    received: 'Received',
    stage: 'Stage',
    state: 'Status',
    states: {
      open: 'Open',
      closed: 'Closed',
      withdrawn: 'Withdrawn',
      referred: 'Passed to our procedure for allegations against staff',
    } satisfies Record<ComplaintStatus, string>,
    hearByHeading: 'When you will hear from us',
    extendedHeading: 'We need more time',
    outcomeHeading: 'The answer you were given',
    outcomeFrom: (level: string) => `This answer came from: ${level}.`,
    outcomeOn: (date: string) => `Given on ${date}.`,
    waiting: 'You do not need to do anything now. We will email you when there is news.',
    answered: 'Tell us below whether you are satisfied with this answer.',
    closed: 'This is now closed. Thank you for raising it with us: it helps us to improve.',
    withdrawn: 'You withdrew this. If something is still wrong, you can raise it with us again.',
    respondHeading: 'Your reply',
    respondLegend: 'What would you like to do?',
    satisfied: 'I am satisfied with the answer',
    satisfiedHint: 'It will be closed.',
    notSatisfied: 'I am not satisfied and want to take it further',
    noAgreement: 'We did not reach an agreement after our meeting, and I want to write to the line manager',
    noAgreementHint: "Your letter goes to the setting manager's line manager, who will acknowledge it within 5 days and report back within 14 days.",
    withdraw: 'I want to withdraw it',
    withdrawHint: 'We will stop looking into it. You can still contact Ofsted at any time.',
    confirmWithdraw: 'I confirm that I want to withdraw it',
    confirmWithdrawHint: 'Tick this only if you chose to withdraw it.',
    reason: 'Tell us why',
    reasonHint: 'If you are not satisfied, tell us what is still wrong: we pass it on to the next stage.',
    send: 'Send my reply',
    sending: 'Sending…',
    doneTitle: 'Your reply has been recorded',
    doneSatisfied: 'Thank you. It is now closed.',
    doneNotSatisfied: 'It has moved to the next stage. The page below shows who is looking into it now and by when.',
    doneNoAgreement: "Your letter has gone to the setting manager's line manager. The page below shows by when you will hear.",
    doneWithdraw: 'It has been withdrawn.',
    timelineHeading: 'What has happened so far',
    /** The Complaint Investigation Record as the complainant sees it: what happened, never who wrote what. */
    events: {
      received: 'We received your complaint',
      allegationReferred: 'Passed to our procedure for allegations against staff',
      levelOpened: 'Passed to the next stage',
      reminderSent: 'The person responsible was reminded',
      reminderSkipped: 'A reminder was not sent because its moment had passed',
      lapsed: 'We missed the date we gave you',
      escalated: 'Passed on to the next stage because we missed the date',
      overdueReminderSent: 'The person responsible was reminded that the date has passed',
      acknowledged: 'We confirmed in writing that we received it',
      meetingHeld: 'We met with you',
      outcomeGiven: 'We gave you our answer',
      agreementRecorded: 'We recorded whether we reached an agreement',
      satisfied: 'You told us you are satisfied',
      notSatisfied: 'You told us you are not satisfied',
      withdrawn: 'You withdrew it',
      extended: 'We set a later date to answer you',
      letterPosted: 'We posted you a letter',
      note: 'A note was added',
      ofstedInvolved: 'Ofsted is involved',
      closed: 'Closed',
      recordWritten: 'The record of complaints was written up',
      practiceReviewOpened: 'A review of practice was started',
      practiceReviewRecorded: 'The review of practice was completed',
      legalHoldPlaced: 'The record was placed on hold',
      legalHoldLifted: 'The hold on the record was lifted',
    } satisfies Record<EventType, string>,
    ofsted: 'Whatever stage it is at, you can contact Ofsted at any time.',
    ofstedLink: 'How to contact Ofsted',
    notFoundTitle: 'We cannot find this complaint',
    notFound:
      'The link may be incomplete, or it may have been copied wrongly. Use the link in the most recent email we sent you, or contact the setting and give your reference.',
    conflict:
      'We could not record your reply, because your complaint has moved on since you opened this page. The page now shows where it stands.',
  },

  /** GOV.UK-style error messages: say what to do, in the reader's language. */
  errors: {
    summaryTitle: 'There is a problem',
    prefix: 'Error:',
    required: {
      settingId: 'Select the nursery or setting',
      classification: 'Select whether this is a concern or a complaint',
      about: 'Select who or what it is about',
      description: 'Tell us what happened',
      name: 'Enter your full name',
      email: 'Enter your email address',
      consentToContact: 'Tick the box to let us contact you about it',
      organisation: 'Enter the name of your organisation',
      type: 'Select what you would like to do',
      reason: 'Tell us why you are not satisfied',
      confirmWithdrawal: 'Tick the box to confirm that you want to withdraw it',
    },
    invalid: {
      settingId: 'Select the nursery or setting from the list',
      keyPersonId: 'Select a key person who works at the setting you chose, or choose "Not sure"',
      subjectStaffId: 'Select a member of staff from the list, or choose "Not sure"',
      email: 'Enter an email address in the correct format, like name@example.com',
      phone: 'Enter a phone number, like 07700 900 982',
      language: 'Select a language from the list',
    },
    tooLong: (label: string, max: string) => `Your answer to “${label}” must be ${max} characters or fewer`,
    /** Spam checks and anything else about the whole form: never says which check. */
    rejected: 'We could not accept the form. Please check your answers, wait a few seconds and send it again.',
    network: 'We could not send the form. Check your connection and try again: nothing you typed has been lost.',
    server: 'Something went wrong on our side. Please try again in a few minutes: nothing you typed has been lost.',
    /** A form post over the size the server reads. */
    tooLarge: 'Your answers were too long to send. Please shorten them and try again.',
    /** A form posted without JavaScript and without its timing token: sent back once to confirm. */
    confirm: 'To keep out automated messages, we ask you to check your answers and send the form once more.',
    tooMany: 'Too many forms have been sent from here. Please wait a minute and try again.',
  },
};

export type WebMessages = typeof en;
