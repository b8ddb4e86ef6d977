/**
 * Arabic (العربية), written right to left. Typed as `Messages`: a missing key is a compile
 * error (F2). Complainants are addressed in the plural ("كم"), which is polite and does not
 * presume their gender.
 */
import type { Messages } from './en';

export const ar: Messages = {
  common: {
    levels: {
      keyPerson: 'المربّي المسؤول عن الطفل (key person)',
      settingManager: 'مدير الحضانة',
      lineManager: 'المدير المباشر لمدير الحضانة',
      owners: 'المالكون أو الأمناء (الاستئناف)',
      agencyAcknowledgement: 'مدير الحضانة (إقرار كتابي بالاستلام)',
      agencyMeeting: 'مدير الحضانة (التحقيق والاجتماع)',
      lineManagerAcknowledgement: 'المدير المباشر لمدير الحضانة (الإقرار بالاستلام)',
      lineManagerReport: 'المدير المباشر لمدير الحضانة (التقرير)',
      agencyAppeal: 'المالكون أو الأمناء (الاستئناف)',
    },
    levelSteps: {
      keyPerson: 'سيتحدث المربّي المسؤول عن طفلكم معكم بشأن ما يقلقكم، وسيحاول معالجة الأمر.',
      settingManager: 'سينظر مدير الحضانة في شكواكم ويُبلغكم بما توصّل إليه.',
      lineManager: 'سينظر المدير المباشر لمدير الحضانة في شكواكم ويُبلغكم بما توصّل إليه.',
      owners: 'سينظر المالكون أو الأمناء في استئنافكم ويُبلغونكم بقرارهم.',
      agencyAcknowledgement: 'سيؤكّد مدير الحضانة كتابيًا استلام شكواكم.',
      agencyMeeting: 'سيحقّق مدير الحضانة في شكواكم ويجتمع بكم.',
      lineManagerAcknowledgement: 'سيؤكّد المدير المباشر لمدير الحضانة كتابيًا استلام رسالتكم.',
      lineManagerReport: 'سيحقّق المدير المباشر لمدير الحضانة في الأمر ويقدّم لكم تقريرًا.',
      agencyAppeal: 'سينظر المالكون أو الأمناء في استئنافكم ويُبلغونكم بقرارهم.',
    },
    outcomes: {
      upheld: 'مقبولة',
      partlyUpheld: 'مقبولة جزئيًا',
      notUpheld: 'غير مقبولة',
    },
    outcomeMeanings: {
      upheld: 'نحن نتفق مع شكواكم.',
      partlyUpheld: 'نحن نتفق مع جزء من شكواكم.',
      notUpheld: 'نحن لا نتفق مع شكواكم.',
    },
    classifications: {
      concern: 'ملاحظة بشأن جودة الخدمة أو الممارسة',
      complaint: 'شكوى',
    },
    greeting: 'مرحبًا،',
    signOff: 'مع أطيب التمنيات،',
    referenceLabel: 'رقمكم المرجعي',
    referenceHint: 'يُرجى ذكر هذا الرقم كلما تواصلتم معنا.',
    respondBy: (date) => `سنردّ عليكم في موعد أقصاه ${date}.`,
    notSatisfiedNext: (level) =>
      `إذا لم تكونوا راضين عن الرد، يمكنكم رفع شكواكم إلى المرحلة التالية: ${level}.`,
    notSatisfiedOfsted:
      'إذا بقيتم غير راضين، وكنتم تعتقدون أن الحضانة لم تلتزم بمتطلبات مرحلة الأساس للسنوات المبكرة (EYFS)، يمكنكم تقديم شكوى إلى أوفستد (Ofsted) (التفاصيل أدناه).',
    interpreterOffer: 'أخبرونا إذا كنتم بحاجة إلى مترجم فوري، أو إلى هذه المعلومات بلغة أخرى، وسنرتّب ذلك.',
    interpreterNoted: (language) => `لقد سجّلنا أنكم ترغبون في مترجم فوري (${language}). وسنرتّب ذلك.`,
    interpreterNotedNoLanguage: 'لقد سجّلنا أنكم ترغبون في مترجم فوري، وسنرتّب ذلك.',
    statusLinkIntro: 'يمكنكم متابعة سير شكواكم في أي وقت:',
    statusLinkText: 'متابعة سير الشكوى',
    statusLinkPrivate: 'هذا الرابط خاص بكم، يُرجى عدم مشاركته.',
    ofsted: {
      heading: 'التواصل مع أوفستد (Ofsted)',
      atAnyTime:
        'يمكنكم في أي وقت تقديم شكوى إلى أوفستد، الجهة الرقابية على مؤسسات رعاية الأطفال الصغار في إنجلترا، هاتفيًا أو كتابيًا:',
      phone: 'الهاتف',
      email: 'البريد الإلكتروني',
      web: 'الموقع الإلكتروني',
    },
  },

  complainant: {
    whatNextHeading: 'ما الذي سيحدث بعد ذلك',
    complaintAcknowledgement: {
      subject: {
        concern: (reference) => `لقد استلمنا ملاحظتكم (${reference})`,
        complaint: (reference) => `لقد استلمنا شكواكم (${reference})`,
      },
      received: {
        concern: (setting) =>
          `شكرًا لكم على إبلاغنا بملاحظتكم. وقد سُجّلت في ${setting} على أنها ملاحظة بشأن جودة الخدمة أو الممارسة.`,
        complaint: (setting) => `شكرًا لتواصلكم معنا. لقد وصلت شكواكم إلى ${setting}، ونحن نتعامل معها بجدية.`,
      },
    },
    allegationReceived: {
      subject: (reference) => `لقد استلمنا ما أبلغتمونا به (${reference})`,
      thanks: (setting) => `شكرًا لإبلاغنا. سلامة الأطفال هي أهم ما نحرص عليه في ${setting}.`,
      procedure:
        'بما أنكم أبلغتمونا بأن أحد الموظفين أو المتطوعين ربما ألحق الأذى بطفل، فإننا نتعامل مع الأمر فورًا وفق إجراءاتنا الخاصة بالادعاءات ضد الموظفين، وليس وفق إجراءات الشكاوى. وقد أُبلغ المسؤول المعيّن عن حماية الأطفال.',
      contact: 'قد نتواصل معكم لطلب مزيد من المعلومات.',
      emergency: 'إذا كان طفل في خطر مباشر، اتصلوا بالرقم 999.',
    },
    deadlineMissed: {
      subject: (reference) => `مستجدات بشأن شكواكم (${reference})`,
      apology: 'نعتذر إليكم: لم نردّ على شكواكم في الموعد الذي أبلغناكم به.',
      movedOn: (level) => `أُحيلت شكواكم الآن إلى المرحلة التالية: ${level}.`,
      noFurther:
        'لا توجد مرحلة أخرى داخل الحضانة. ما زلنا نعمل على شكواكم وسنردّ عليكم في أقرب وقت ممكن. ويمكنكم أيضًا التوجّه إلى أوفستد الآن (التفاصيل أدناه).',
    },
    levelOpened: {
      subject: (reference) => `انتقلت شكواكم إلى المرحلة التالية (${reference})`,
      opened: (level) => `لقد استلمنا طلبكم رفع الشكوى إلى المرحلة التالية. وهي الآن لدى: ${level}.`,
    },
    outcomeGiven: {
      subject: (reference) => `نتيجة شكواكم (${reference})`,
      intro: (level) => `انتهينا من النظر في شكواكم في هذه المرحلة: ${level}.`,
      outcome: (outcome) => `النتيجة: الشكوى ${outcome}.`,
      summaryLabel: 'ما توصّلنا إليه وما سنفعله',
      takeFurtherWithLink:
        'لرفع الشكوى إلى المرحلة التالية، استخدموا الرابط أدناه، أو تواصلوا مع الحضانة واذكروا رقمكم المرجعي.',
      takeFurther: 'لرفع الشكوى إلى المرحلة التالية، تواصلوا مع الحضانة واذكروا رقمكم المرجعي.',
    },
    deadlineExtended: {
      subject: (reference) => `موعد جديد للرد على شكواكم (${reference})`,
      intro: (level) => `نحتاج إلى مزيد من الوقت للرد على شكواكم في هذه المرحلة: ${level}.`,
      newDate: (date) => `سنردّ عليكم الآن في موعد أقصاه ${date}.`,
      reasonLabel: 'لماذا نحتاج إلى مزيد من الوقت',
      originalDate: (date) => `كان الموعد المحدد وفق الإجراءات ${date}، وقد احتفظنا بسجلّ لهذا التغيير.`,
    },
    complaintClosed: {
      subject: (reference) => `تم إغلاق شكواكم (${reference})`,
      closed: (setting) => `تم إغلاق شكواكم. شكرًا لكم على طرحها على ${setting}، فهذا يساعدنا على التحسّن.`,
      questions: 'إذا كانت لديكم أي أسئلة، يُرجى التواصل مع الحضانة وذكر رقمكم المرجعي.',
    },
  },

  staff: {
    fields: {
      reference: 'الرقم المرجعي',
      setting: 'الحضانة',
      stage: 'المرحلة',
      recordedAs: 'مسجّلة بوصفها',
      deadline: 'الموعد النهائي',
      interpreter: 'مترجم فوري',
      received: 'تاريخ الاستلام',
    },
    interpreterNeeded: (language) => `مطلوب (${language})`,
    interpreterNeededNoLanguage: 'مطلوب',
    interpreterNotRequested: 'لم يُطلب',
    duties: {
      acknowledgement: 'المطلوب: الإقرار كتابيًا للمشتكي باستلام الشكوى قبل الموعد النهائي.',
      meeting: 'المطلوب: التحقيق في الشكوى والاجتماع بالمشتكي قبل الموعد النهائي.',
      outcome: 'المطلوب: التحقيق في الشكوى وتقديم ردّكم إلى المشتكي قبل الموعد النهائي.',
    },
    openLink: 'فتح الشكوى',
    confidentiality: 'بيانات المشتكي والطفل موجودة في نظام الشكاوى فقط. يُرجى الحفاظ على سرّيتها.',
    automated: (organisation) => `أُرسلت هذه الرسالة تلقائيًا من نظام الشكاوى لدى ${organisation}.`,
    levelAssigned: {
      subject: (reference, date) => `الشكوى ${reference}: أصبحت من مسؤوليتكم، الموعد النهائي ${date}`,
      reasons: {
        received: 'وردت شكوى جديدة، وأنتم المسؤولون عن هذه المرحلة.',
        escalated: 'وصلت إليكم هذه الشكوى لأن الموعد النهائي في المرحلة السابقة انقضى دون رد.',
        complainantMoved: 'طلب المشتكي رفع هذه الشكوى إلى المرحلة التالية، وأنتم المسؤولون عن هذه المرحلة.',
        continued: 'انتقلت هذه الشكوى إلى خطوتها التالية، وأنتم المسؤولون عنها.',
      },
    },
    deadlineReminder: {
      subject: (reference, date) => `تذكير: الموعد النهائي للشكوى ${reference} هو ${date}`,
      body: (date) => `هذا تذكير: الموعد النهائي لهذه المرحلة من الشكوى هو ${date}.`,
    },
    overdueReminder: {
      subject: (reference, count) => `متأخرة (التذكير رقم ${count}): الشكوى ${reference}`,
      body: (date) =>
        `انقضى الموعد النهائي ${date}. لا توجد مرحلة أخرى داخل الحضانة، لذا تبقى الشكوى من مسؤوليتكم حتى إنجازها. يُرجى إنجازها في أقرب وقت ممكن.`,
    },
    allegationAlert: {
      subject: (reference, setting) => `عاجل: ادعاء بإيذاء طفل، ${setting} (${reference})`,
      intro: (setting) => `قُدِّم ادعاء بأن أحد الموظفين أو المتطوعين في ${setting} ألحق الأذى بطفل.`,
      actNow: 'اتّبعوا الآن إجراءات التعامل مع الادعاءات (6.2).',
      doNotTell: 'يجب عدم إبلاغ الشخص المذكور في الادعاء، ويجب عدم إشراكه في التعامل معه.',
      noClock: 'لا يُعالج هذا الأمر وفق إجراءات الشكاوى: لا يسري هنا أي موعد نهائي للشكوى.',
    },
  },
};
