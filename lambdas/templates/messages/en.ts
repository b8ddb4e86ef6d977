/**
 * English: the source of truth for every string of every email (F2). The other languages
 * are typed as `Messages`, so a key missing from one of them is a compile error.
 *
 * Values reach these functions already formatted (dates in the reader's locale), and every
 * function only places them in its sentence: the renderer calls each function once for the
 * plain text and once for the HTML, where it escapes the sentence and the values apart.
 * Names of levels and outcomes are placed after a colon, never inside a clause, so that
 * languages with cases (Polish) or mutations (Welsh) do not have to inflect them.
 */
import type { Classification, LevelId, Outcome } from '../../domain/complaint-types';
import type { LevelAssigned } from '../../domain/notifications';
import type { Duty } from '../../domain/procedure';

export const en = {
  /** Shared with the web pages: level and outcome names, Ofsted, the standard phrases. */
  common: {
    levels: {
      keyPerson: "the child's key person",
      settingManager: 'the setting manager',
      lineManager: "the setting manager's line manager",
      owners: 'the owners or trustees (appeal)',
      agencyAcknowledgement: 'the setting manager',
      agencyMeeting: 'the setting manager',
      lineManagerAcknowledgement: "the setting manager's line manager",
      lineManagerReport: "the setting manager's line manager",
      agencyAppeal: 'the owners or trustees (appeal)',
      practiceReview: 'the owners or trustees (review of practice)',
    } satisfies Record<LevelId, string>,
    /** What happens at each level, in plain words, for the complainant. */
    levelSteps: {
      keyPerson: "Your child's key person will talk with you about your concern and try to put things right.",
      settingManager: 'The setting manager will look into your complaint and tell you what they found.',
      lineManager: "The setting manager's line manager will look into your complaint and tell you what they found.",
      owners: 'The owners or trustees will consider your appeal and give you their answer.',
      agencyAcknowledgement: 'The setting manager will confirm in writing that your complaint has been received.',
      agencyMeeting: 'The setting manager will investigate your complaint and meet with you.',
      lineManagerAcknowledgement:
        "The setting manager's line manager will confirm in writing that your letter has been received.",
      lineManagerReport: "The setting manager's line manager will investigate and report back to you.",
      agencyAppeal: 'The owners or trustees will consider your appeal and give you their answer.',
      practiceReview: 'The owners or trustees review the setting\'s practice, to learn what to improve.',
    } satisfies Record<LevelId, string>,
    outcomes: {
      upheld: 'upheld',
      partlyUpheld: 'partly upheld',
      notUpheld: 'not upheld',
    } satisfies Record<Outcome, string>,
    /** What an outcome means, said of what was raised: a concern is not called a complaint (P2). */
    outcomeMeanings: {
      complaint: {
        upheld: 'We agree with your complaint.',
        partlyUpheld: 'We agree with part of your complaint.',
        notUpheld: 'We do not agree with your complaint.',
      },
      concern: {
        upheld: 'We agree with your concern.',
        partlyUpheld: 'We agree with part of your concern.',
        notUpheld: 'We do not agree with your concern.',
      },
    } satisfies Record<Classification, Record<Outcome, string>>,
    /** P2: what a record is, as a label. */
    classifications: {
      concern: 'concern about the quality of the service or practice',
      complaint: 'complaint',
    } satisfies Record<Classification, string>,
    greeting: 'Hello,',
    signOff: 'With best wishes,',
    referenceLabel: 'Your reference',
    referenceHint: 'Please give this reference whenever you contact us.',
    respondBy: (date: string) => `We will respond by ${date}.`,
    notSatisfiedNext: (level: string) =>
      `If you are not satisfied with the answer, you can take it further. The next stage is: ${level}.`,
    notSatisfiedOfsted:
      'If you are still not satisfied and believe the setting has not met the requirements of the Early Years Foundation Stage (EYFS), you can complain to Ofsted (details below).',
    interpreterOffer:
      'Tell us if you need an interpreter, or this information in another language. We will arrange it.',
    interpreterNoted: (language: string) =>
      `We have noted that you would like an interpreter (${language}). We will arrange one.`,
    interpreterNotedNoLanguage: 'We have noted that you would like an interpreter. We will arrange one.',
    statusLinkIntro: 'You can see the progress of your complaint at any time:',
    statusLinkText: 'See the progress of your complaint',
    /** P2: the same words for a concern, where those above name a complaint. */
    forConcern: {
      levelSteps: {
        settingManager: 'The setting manager will look into your concern and tell you what they found.',
        lineManager: "The setting manager's line manager will look into your concern and tell you what they found.",
      },
      statusLinkIntro: 'You can see the progress of your concern at any time:',
      statusLinkText: 'See the progress of your concern',
    },
    statusLinkPrivate: 'This link is private to you. Please do not share it.',
    /** P10: shown to complainants at every step. */
    ofsted: {
      heading: 'Contacting Ofsted',
      atAnyTime:
        'You can complain to Ofsted, the regulator of early-years settings in England, at any time, by phone or in writing:',
      phone: 'Phone',
      email: 'Email',
      web: 'Website',
    },
  },

  complainant: {
    whatNextHeading: 'What happens next',
    complaintAcknowledgement: {
      subject: {
        concern: (reference: string) => `We have received your concern (${reference})`,
        complaint: (reference: string) => `We have received your complaint (${reference})`,
      } satisfies Record<Classification, (reference: string) => string>,
      received: {
        concern: (setting: string) =>
          `Thank you for telling us about your concern. ${setting} has recorded it as a concern about the quality of the service or practice.`,
        complaint: (setting: string) =>
          `Thank you for contacting us. ${setting} has received your complaint, and we take it seriously.`,
      } satisfies Record<Classification, (setting: string) => string>,
    },
    allegationReceived: {
      subject: (reference: string) => `We have received what you told us (${reference})`,
      thanks: (setting: string) =>
        `Thank you for telling us. Keeping children safe is the most important thing we do at ${setting}.`,
      procedure:
        'Because you have told us that a member of staff or a volunteer may have harmed a child, we are acting on it straight away under our procedure for allegations against staff, not the complaints procedure. Our designated safeguarding lead has been told.',
      contact: 'We may contact you to ask for more information.',
      emergency: 'If a child is in immediate danger, call 999.',
    },
    deadlineMissed: {
      subject: {
        complaint: (reference: string) => `An update on your complaint (${reference})`,
        concern: (reference: string) => `An update on your concern (${reference})`,
      } satisfies Record<Classification, (reference: string) => string>,
      apology: {
        complaint: 'We are sorry: we did not respond to your complaint by the date we gave you.',
        concern: 'We are sorry: we did not respond to your concern by the date we gave you.',
      } satisfies Record<Classification, string>,
      movedOn: {
        complaint: (level: string) => `Your complaint has now been passed on to the next stage: ${level}.`,
        concern: (level: string) => `Your concern has now been passed on to the next stage: ${level}.`,
      } satisfies Record<Classification, (level: string) => string>,
      noFurther: {
        complaint: 'There is no further stage within the setting. We are still working on your complaint and will answer as soon as we can. You can also take it to Ofsted now (details below).',
        concern: 'There is no further stage within the setting. We are still working on your concern and will answer as soon as we can. You can also take it to Ofsted now (details below).',
      } satisfies Record<Classification, string>,
    },
    levelOpened: {
      subject: {
        complaint: (reference: string) => `Your complaint has moved to the next stage (${reference})`,
        concern: (reference: string) => `Your concern has moved to the next stage (${reference})`,
      } satisfies Record<Classification, (reference: string) => string>,
      opened: {
        complaint: (level: string) => `We have received your request to take your complaint further. It is now with: ${level}.`,
        concern: (level: string) => `We have received your request to take your concern further. It is now with: ${level}.`,
      } satisfies Record<Classification, (level: string) => string>,
    },
    outcomeGiven: {
      subject: {
        complaint: (reference: string) => `The outcome of your complaint (${reference})`,
        concern: (reference: string) => `The outcome of your concern (${reference})`,
      } satisfies Record<Classification, (reference: string) => string>,
      intro: {
        complaint: (level: string) => `We have finished looking into your complaint at this stage: ${level}.`,
        concern: (level: string) => `We have finished looking into your concern at this stage: ${level}.`,
      } satisfies Record<Classification, (level: string) => string>,
      /** Whole sentences: the outcome's word agrees with what was raised (Welsh, Polish, Urdu inflect it). */
      outcome: {
        complaint: {
          upheld: 'Outcome: your complaint is upheld.',
          partlyUpheld: 'Outcome: your complaint is partly upheld.',
          notUpheld: 'Outcome: your complaint is not upheld.',
        },
        concern: {
          upheld: 'Outcome: your concern is upheld.',
          partlyUpheld: 'Outcome: your concern is partly upheld.',
          notUpheld: 'Outcome: your concern is not upheld.',
        },
      } satisfies Record<Classification, Record<Outcome, string>>,
      summaryLabel: 'What we found, and what we will do',
      takeFurtherWithLink: 'To take it further, use the link below, or contact the setting and give your reference.',
      takeFurther: 'To take it further, contact the setting and give your reference.',
    },
    deadlineExtended: {
      subject: {
        complaint: (reference: string) => `A new date for your complaint (${reference})`,
        concern: (reference: string) => `A new date for your concern (${reference})`,
      } satisfies Record<Classification, (reference: string) => string>,
      intro: {
        complaint: (level: string) => `We need more time to answer your complaint at this stage: ${level}.`,
        concern: (level: string) => `We need more time to answer your concern at this stage: ${level}.`,
      } satisfies Record<Classification, (level: string) => string>,
      newDate: (date: string) => `We will now respond by ${date}.`,
      reasonLabel: 'Why we need more time',
      originalDate: (date: string) =>
        `The date set by the procedure was ${date}. We have kept a record of this change.`,
    },
    meetingHeld: {
      subject: (reference: string) => `The meeting about your complaint (${reference})`,
      held: (date: string) => `The setting manager met you on ${date} to discuss your complaint.`,
      summaryLabel: 'What was discussed and agreed',
      noAgreementNext: (level: string) =>
        `If we have not reached an agreement, you can write to the setting manager's line manager. The next stage is: ${level}.`,
      howWithLink: 'To do so, use the link below, or write to the setting and give your reference.',
      how: 'To do so, write to the setting and give your reference.',
    },
    noAgreementRecorded: {
      subject: (reference: string) => `No agreement was reached about your complaint (${reference})`,
      recorded: 'We have recorded that no agreement was reached after our meeting.',
      next: (level: string) =>
        `You can write to the setting manager's line manager, who will acknowledge your letter within 5 days and report back to you within 14 days. The next stage is: ${level}.`,
    },
    complaintClosed: {
      subject: {
        complaint: (reference: string) => `Your complaint is now closed (${reference})`,
        concern: (reference: string) => `Your concern is now closed (${reference})`,
      } satisfies Record<Classification, (reference: string) => string>,
      closed: {
        complaint: (setting: string) => `Your complaint is now closed. Thank you for raising it with ${setting}: it helps us to improve.`,
        concern: (setting: string) => `Your concern is now closed. Thank you for raising it with ${setting}: it helps us to improve.`,
      } satisfies Record<Classification, (setting: string) => string>,
      questions: 'If you have any questions, please contact the setting and give your reference.',
    },
    complaintWithdrawn: {
      subject: {
        complaint: (reference: string) => `Your complaint has been withdrawn (${reference})`,
        concern: (reference: string) => `Your concern has been withdrawn (${reference})`,
      } satisfies Record<Classification, (reference: string) => string>,
      withdrawn: {
        complaint: (setting: string) => `As asked, your complaint to ${setting} has been withdrawn, and we have stopped looking into it.`,
        concern: (setting: string) => `As asked, your concern to ${setting} has been withdrawn, and we have stopped looking into it.`,
      } satisfies Record<Classification, (setting: string) => string>,
      notYou: 'If you did not ask for this, please contact the setting at once and give your reference.',
    },
    statusLinkRenewed: {
      subject: {
        complaint: (reference: string) => `A new link to follow your complaint (${reference})`,
        concern: (reference: string) => `A new link to follow your concern (${reference})`,
      } satisfies Record<Classification, (reference: string) => string>,
      renewed: {
        complaint: 'The setting has sent you a new private link to follow your complaint. Links in earlier emails no longer work.',
        concern: 'The setting has sent you a new private link to follow your concern. Links in earlier emails no longer work.',
      } satisfies Record<Classification, string>,
      notYou: 'If you did not ask for this, please contact the setting at once and give your reference.',
    },
  },

  /** Staff emails carry no personal details of the complainant or the child (F3). */
  staff: {
    fields: {
      reference: 'Reference',
      setting: 'Setting',
      stage: 'Stage',
      recordedAs: 'Recorded as',
      deadline: 'Deadline',
      interpreter: 'Interpreter',
      received: 'Received',
    },
    interpreterNeeded: (language: string) => `needed (${language})`,
    interpreterNeededNoLanguage: 'needed',
    interpreterNotRequested: 'not requested',
    duties: {
      acknowledgement: 'What to do: acknowledge the complaint in writing to the complainant by the deadline.',
      meeting: 'What to do: investigate, and meet the complainant, by the deadline.',
      outcome: 'What to do: investigate, and give the complainant your response, by the deadline.',
      review: 'What to do: review practice in the light of this complaint, and record what you found and the actions you will take, by the deadline.',
    } satisfies Record<Duty, string>,
    openLink: 'Open the complaint',
    confidentiality:
      "The complainant's and the child's details are in the complaints system only. Keep them confidential.",
    automated: (organisation: string) =>
      `This message was sent automatically by the complaints system of ${organisation}.`,
    levelAssigned: {
      subject: (reference: string, date: string) => `Complaint ${reference}: now with you, due by ${date}`,
      /** R4: the review is the owners' own task, not the complaint coming to them. */
      reviewSubject: (reference: string, date: string) => `Review of practice after complaint ${reference}: due by ${date}`,
      reasons: {
        received: 'A new complaint has been received, and you are responsible for this stage.',
        escalated:
          'This complaint has come to you because the deadline at the previous stage passed without a response.',
        complainantMoved:
          'The complainant has asked to take this complaint further, and you are responsible for this stage.',
        continued: 'This complaint has moved on to its next step, and you are responsible for it.',
        practiceReview: 'An outcome upheld this complaint in whole or in part: the owners or trustees review practice, to find what to improve.',
      } satisfies Record<LevelAssigned['reason'], string>,
    },
    deadlineReminder: {
      subject: (reference: string, date: string) => `Reminder: complaint ${reference} is due by ${date}`,
      body: (date: string) => `This is a reminder: the deadline for this stage of the complaint is ${date}.`,
    },
    overdueReminder: {
      subject: (reference: string, count: string) => `Overdue (reminder ${count}): complaint ${reference}`,
      body: (date: string) =>
        `The deadline of ${date} has passed. There is no further stage within the setting, so this stays with you until it is done. Please complete it as soon as you can.`,
    },
    /** P3: plain instructions; no clock runs here. */
    /** A handover by an administrator (issue 12): names neither the colleague nor the complainant. */
    handedOver: {
      subject: (reference: string) => `Complaint ${reference} has been handed over to you`,
      body: 'An administrator has made you the key person for this complaint, in place of a colleague. Its record, and everything done so far, is in the complaints system.',
      yours: (date: string) => `The stage it is at is now yours: it is due by ${date}.`,
      notYours: 'The stage it is at is with someone else for now. Please help them with anything they ask for.',
    },
    appealNotice: {
      subject: (reference: string) => `Appeal received: complaint ${reference} has gone to the owners or trustees`,
      body: (date: string) =>
        `The complainant has appealed. Under the procedure the appeal goes to the owners or trustees: they have been sent it and must respond by ${date}.`,
      yourPart: 'You do not need to record anything for this stage. Please help the owners or trustees with anything they ask for.',
    },
    complaintWithdrawn: {
      subject: (reference: string) => `Complaint ${reference} was withdrawn`,
      body: 'The complainant has withdrawn this complaint. Every deadline on it has stopped: nothing more is owed.',
    },
    allegationAlert: {
      subject: (reference: string, setting: string) =>
        `URGENT: allegation of harm to a child, ${setting} (${reference})`,
      intro: (setting: string) =>
        `An allegation has been made that a member of staff or a volunteer at ${setting} has harmed a child.`,
      actNow: 'Follow the allegations procedure (6.2) now.',
      doNotTell:
        'The person named in the allegation must not be told about it, and must not be involved in handling it.',
      noClock: 'This is not handled under the complaints procedure: no complaint deadline runs here.',
      steps: [
        'Make sure the child, and every other child, is safe now.',
        'Do not investigate, and do not question the child, the person named or any witness yourself.',
        'Write down what you were told, in the words used, with the date and time, and sign it.',
        'Contact the local authority designated officer (LADO) within one working day, before anything else is done about the person named, and follow their advice.',
        'Tell Ofsted as soon as you can, and within 14 days at the latest.',
      ],
      ladoHeading: 'Local authority designated officer (LADO)',
    },
  },
};

export type Messages = typeof en;
