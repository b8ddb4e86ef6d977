/** Welsh (Cymraeg). Typed as `Messages`: a missing key is a compile error (F2). */
import type { Messages } from './en';

export const cy: Messages = {
  common: {
    levels: {
      keyPerson: 'person allweddol y plentyn',
      settingManager: 'rheolwr y lleoliad',
      lineManager: 'rheolwr llinell rheolwr y lleoliad',
      owners: 'y perchnogion neu’r ymddiriedolwyr (apêl)',
      agencyAcknowledgement: 'rheolwr y lleoliad',
      agencyMeeting: 'rheolwr y lleoliad',
      lineManagerAcknowledgement: 'rheolwr llinell rheolwr y lleoliad',
      lineManagerReport: 'rheolwr llinell rheolwr y lleoliad',
      agencyAppeal: 'y perchnogion neu’r ymddiriedolwyr (apêl)',
      practiceReview: 'y perchnogion neu’r ymddiriedolwyr (adolygu arferion)',
    },
    levelSteps: {
      keyPerson: 'Bydd person allweddol eich plentyn yn siarad â chi am eich pryder ac yn ceisio datrys pethau.',
      settingManager: 'Bydd rheolwr y lleoliad yn ymchwilio i’ch cwyn ac yn dweud wrthych beth a ganfu.',
      lineManager:
        'Bydd rheolwr llinell rheolwr y lleoliad yn ymchwilio i’ch cwyn ac yn dweud wrthych beth a ganfu.',
      owners: 'Bydd y perchnogion neu’r ymddiriedolwyr yn ystyried eich apêl ac yn rhoi eu hateb i chi.',
      agencyAcknowledgement: 'Bydd rheolwr y lleoliad yn cadarnhau yn ysgrifenedig fod eich cwyn wedi dod i law.',
      agencyMeeting: 'Bydd rheolwr y lleoliad yn ymchwilio i’ch cwyn ac yn cyfarfod â chi.',
      lineManagerAcknowledgement:
        'Bydd rheolwr llinell rheolwr y lleoliad yn cadarnhau yn ysgrifenedig fod eich llythyr wedi dod i law.',
      lineManagerReport: 'Bydd rheolwr llinell rheolwr y lleoliad yn ymchwilio ac yn adrodd yn ôl i chi.',
      agencyAppeal: 'Bydd y perchnogion neu’r ymddiriedolwyr yn ystyried eich apêl ac yn rhoi eu hateb i chi.',
      practiceReview: 'Bydd y perchnogion neu’r ymddiriedolwyr yn adolygu arferion y lleoliad, i ddysgu beth i’w wella.',
    },
    outcomes: {
      upheld: 'wedi’i chadarnhau',
      partlyUpheld: 'wedi’i chadarnhau’n rhannol',
      notUpheld: 'heb ei chadarnhau',
    },
    outcomeMeanings: {
      complaint: {
        upheld: 'Rydym yn cytuno â’ch cwyn.',
        partlyUpheld: 'Rydym yn cytuno â rhan o’ch cwyn.',
        notUpheld: 'Nid ydym yn cytuno â’ch cwyn.',
      },
      concern: {
        upheld: 'Rydym yn cytuno â’ch pryder.',
        partlyUpheld: 'Rydym yn cytuno â rhan o’ch pryder.',
        notUpheld: 'Nid ydym yn cytuno â’ch pryder.',
      },
    },
    classifications: {
      concern: 'pryder am ansawdd y gwasanaeth neu’r arfer',
      complaint: 'cwyn',
    },
    greeting: 'Helo,',
    signOff: 'Cofion gorau,',
    referenceLabel: 'Eich cyfeirnod',
    referenceHint: 'Rhowch y cyfeirnod hwn bob tro y byddwch yn cysylltu â ni.',
    respondBy: (date) => `Byddwn yn ymateb erbyn ${date}.`,
    notSatisfiedNext: (level) =>
      `Os nad ydych yn fodlon â’r ateb, gallwch fynd â’r mater ymhellach. Y cam nesaf yw: ${level}.`,
    notSatisfiedOfsted:
      'Os nad ydych yn fodlon o hyd, a’ch bod yn credu nad yw’r lleoliad wedi bodloni gofynion y Cyfnod Sylfaen Blynyddoedd Cynnar (EYFS), gallwch gwyno wrth Ofsted (manylion isod).',
    interpreterOffer:
      'Rhowch wybod i ni os oes angen cyfieithydd arnoch, neu’r wybodaeth hon mewn iaith arall. Byddwn yn trefnu hynny.',
    interpreterNoted: (language) => `Rydym wedi nodi yr hoffech gael cyfieithydd (${language}). Byddwn yn trefnu un.`,
    interpreterNotedNoLanguage: 'Rydym wedi nodi yr hoffech gael cyfieithydd. Byddwn yn trefnu un.',
    statusLinkIntro: 'Gallwch weld sut mae’ch cwyn yn dod yn ei blaen ar unrhyw adeg:',
    statusLinkText: 'Gweld hynt eich cwyn',
    forConcern: {
      levelSteps: {
        settingManager: 'Bydd rheolwr y lleoliad yn ymchwilio i’ch pryder ac yn dweud wrthych beth a ganfu.',
        lineManager: 'Bydd rheolwr llinell rheolwr y lleoliad yn ymchwilio i’ch pryder ac yn dweud wrthych beth a ganfu.',
      },
      statusLinkIntro: 'Gallwch weld sut mae’ch pryder yn dod yn ei flaen ar unrhyw adeg:',
      statusLinkText: 'Gweld hynt eich pryder',
    },
    statusLinkPrivate: 'Mae’r ddolen hon yn breifat i chi. Peidiwch â’i rhannu.',
    ofsted: {
      heading: 'Cysylltu ag Ofsted',
      atAnyTime:
        'Gallwch gwyno wrth Ofsted, y rheoleiddiwr ar gyfer lleoliadau blynyddoedd cynnar yn Lloegr, ar unrhyw adeg, dros y ffôn neu yn ysgrifenedig:',
      phone: 'Ffôn',
      email: 'E-bost',
      web: 'Gwefan',
    },
  },

  complainant: {
    whatNextHeading: 'Beth sy’n digwydd nesaf',
    complaintAcknowledgement: {
      subject: {
        concern: (reference) => `Rydym wedi derbyn eich pryder (${reference})`,
        complaint: (reference) => `Rydym wedi derbyn eich cwyn (${reference})`,
      },
      received: {
        concern: (setting) =>
          `Diolch am ddweud wrthym am eich pryder. Mae ${setting} wedi’i gofnodi fel pryder am ansawdd y gwasanaeth neu’r arfer.`,
        complaint: (setting) =>
          `Diolch am gysylltu â ni. Mae ${setting} wedi derbyn eich cwyn, ac rydym yn ei chymryd o ddifrif.`,
      },
    },
    allegationReceived: {
      subject: (reference) => `Rydym wedi derbyn yr hyn a ddywedoch wrthym (${reference})`,
      thanks: (setting) =>
        `Diolch am ddweud wrthym. Cadw plant yn ddiogel yw’r peth pwysicaf a wnawn yn ${setting}.`,
      procedure:
        'Gan eich bod wedi dweud wrthym y gallai aelod o staff neu wirfoddolwr fod wedi niweidio plentyn, rydym yn gweithredu ar unwaith o dan ein gweithdrefn ar gyfer honiadau yn erbyn staff, nid y weithdrefn gwyno. Mae ein harweinydd diogelu dynodedig wedi cael gwybod.',
      contact: 'Efallai y byddwn yn cysylltu â chi i ofyn am ragor o wybodaeth.',
      emergency: 'Os yw plentyn mewn perygl uniongyrchol, ffoniwch 999.',
    },
    deadlineMissed: {
      subject: {
        complaint: (reference) => `Diweddariad am eich cwyn (${reference})`,
        concern: (reference) => `Diweddariad am eich pryder (${reference})`,
      },
      apology: {
        complaint: 'Mae’n ddrwg gennym: ni wnaethom ymateb i’ch cwyn erbyn y dyddiad a roesom i chi.',
        concern: 'Mae’n ddrwg gennym: ni wnaethom ymateb i’ch pryder erbyn y dyddiad a roesom i chi.',
      },
      movedOn: {
        complaint: (level) => `Mae eich cwyn bellach wedi’i throsglwyddo i’r cam nesaf: ${level}.`,
        concern: (level) => `Mae eich pryder bellach wedi’i drosglwyddo i’r cam nesaf: ${level}.`,
      },
      noFurther: {
        complaint: 'Nid oes cam arall o fewn y lleoliad. Rydym yn dal i weithio ar eich cwyn a byddwn yn ateb cyn gynted ag y gallwn. Gallwch hefyd fynd â hi at Ofsted nawr (manylion isod).',
        concern: 'Nid oes cam arall o fewn y lleoliad. Rydym yn dal i weithio ar eich pryder a byddwn yn ateb cyn gynted ag y gallwn. Gallwch hefyd fynd ag ef at Ofsted nawr (manylion isod).',
      },
    },
    levelOpened: {
      subject: {
        complaint: (reference) => `Mae eich cwyn wedi symud i’r cam nesaf (${reference})`,
        concern: (reference) => `Mae eich pryder wedi symud i’r cam nesaf (${reference})`,
      },
      opened: {
        complaint: (level) =>
        `Rydym wedi derbyn eich cais i fynd â’ch cwyn ymhellach. Mae hi bellach gyda: ${level}.`,
        concern: (level) => `Rydym wedi derbyn eich cais i fynd â’ch pryder ymhellach. Mae ef bellach gyda: ${level}.`,
      },
    },
    outcomeGiven: {
      subject: {
        complaint: (reference) => `Canlyniad eich cwyn (${reference})`,
        concern: (reference) => `Canlyniad eich pryder (${reference})`,
      },
      intro: {
        complaint: (level) => `Rydym wedi gorffen ystyried eich cwyn ar y cam hwn: ${level}.`,
        concern: (level) => `Rydym wedi gorffen ystyried eich pryder ar y cam hwn: ${level}.`,
      },
      outcome: {
        complaint: {
          upheld: 'Canlyniad: mae eich cwyn wedi’i chadarnhau.',
          partlyUpheld: 'Canlyniad: mae eich cwyn wedi’i chadarnhau’n rhannol.',
          notUpheld: 'Canlyniad: mae eich cwyn heb ei chadarnhau.',
        },
        concern: {
          upheld: 'Canlyniad: mae eich pryder wedi’i gadarnhau.',
          partlyUpheld: 'Canlyniad: mae eich pryder wedi’i gadarnhau’n rhannol.',
          notUpheld: 'Canlyniad: mae eich pryder heb ei gadarnhau.',
        },
      },
      summaryLabel: 'Beth a ganfuom, a beth y byddwn yn ei wneud',
      takeFurtherWithLink:
        'I fynd â hi ymhellach, defnyddiwch y ddolen isod, neu cysylltwch â’r lleoliad a rhoi eich cyfeirnod.',
      takeFurther: 'I fynd â hi ymhellach, cysylltwch â’r lleoliad a rhoi eich cyfeirnod.',
    },
    deadlineExtended: {
      subject: {
        complaint: (reference) => `Dyddiad newydd ar gyfer eich cwyn (${reference})`,
        concern: (reference) => `Dyddiad newydd ar gyfer eich pryder (${reference})`,
      },
      intro: {
        complaint: (level) => `Mae angen rhagor o amser arnom i ateb eich cwyn ar y cam hwn: ${level}.`,
        concern: (level) => `Mae angen rhagor o amser arnom i ateb eich pryder ar y cam hwn: ${level}.`,
      },
      newDate: (date) => `Byddwn bellach yn ymateb erbyn ${date}.`,
      reasonLabel: 'Pam mae angen rhagor o amser arnom',
      originalDate: (date) =>
        `Y dyddiad a bennwyd gan y weithdrefn oedd ${date}. Rydym wedi cadw cofnod o’r newid hwn.`,
    },
    meetingHeld: {
      subject: (reference) => `Y cyfarfod am eich cwyn (${reference})`,
      held: (date) => `Cyfarfu rheolwr y lleoliad â chi ar ${date} i drafod eich cwyn.`,
      summaryLabel: 'Beth a drafodwyd ac a gytunwyd',
      noAgreementNext: (level) =>
        `Os nad ydym wedi dod i gytundeb, gallwch ysgrifennu at reolwr llinell rheolwr y lleoliad. Y cam nesaf yw: ${level}.`,
      howWithLink: "I wneud hynny, defnyddiwch y ddolen isod, neu ysgrifennwch at y lleoliad gan roi eich cyfeirnod.",
      how: "I wneud hynny, ysgrifennwch at y lleoliad gan roi eich cyfeirnod.",
    },
    noAgreementRecorded: {
      subject: (reference) => `Ni ddaethpwyd i gytundeb am eich cwyn (${reference})`,
      recorded: "Rydym wedi cofnodi na ddaethpwyd i gytundeb ar ôl ein cyfarfod.",
      next: (level) =>
        `Gallwch ysgrifennu at reolwr llinell rheolwr y lleoliad, a fydd yn cydnabod eich llythyr o fewn 5 diwrnod ac yn adrodd yn ôl i chi o fewn 14 diwrnod. Y cam nesaf yw: ${level}.`,
    },
    complaintClosed: {
      subject: {
        complaint: (reference) => `Mae eich cwyn bellach wedi’i chau (${reference})`,
        concern: (reference) => `Mae eich pryder bellach wedi’i gau (${reference})`,
      },
      closed: {
        complaint: (setting) =>
        `Mae eich cwyn bellach wedi’i chau. Diolch am ei chodi gyda ${setting}: mae’n ein helpu i wella.`,
        concern: (setting) => `Mae eich pryder bellach wedi’i gau. Diolch am ei godi gyda ${setting}: mae’n ein helpu i wella.`,
      },
      questions: 'Os oes gennych unrhyw gwestiynau, cysylltwch â’r lleoliad a rhoi eich cyfeirnod.',
    },
    complaintWithdrawn: {
      subject: {
        complaint: (reference) => `Mae eich cwyn wedi’i thynnu’n ôl (${reference})`,
        concern: (reference) => `Mae eich pryder wedi’i dynnu’n ôl (${reference})`,
      },
      withdrawn: {
        complaint: (setting) =>
        `Fel y gofynnoch, mae eich cwyn i ${setting} wedi’i thynnu’n ôl, ac rydym wedi rhoi’r gorau i edrych arni.`,
        concern: (setting) => `Fel y gofynnoch, mae eich pryder i ${setting} wedi’i dynnu’n ôl, ac rydym wedi rhoi’r gorau i edrych arno.`,
      },
      notYou: 'Os na wnaethoch chi ofyn am hyn, cysylltwch â’r lleoliad ar unwaith a rhoi eich cyfeirnod.',
    },
    statusLinkRenewed: {
      subject: {
        complaint: (reference) => `Dolen newydd i ddilyn eich cwyn (${reference})`,
        concern: (reference) => `Dolen newydd i ddilyn eich pryder (${reference})`,
      },
      renewed: {
        complaint: 'Mae’r lleoliad wedi anfon dolen breifat newydd atoch i ddilyn eich cwyn. Nid yw’r dolenni mewn negeseuon e-bost cynharach yn gweithio mwyach.',
        concern: 'Mae’r lleoliad wedi anfon dolen breifat newydd atoch i ddilyn eich pryder. Nid yw’r dolenni mewn negeseuon e-bost cynharach yn gweithio mwyach.',
      },
      notYou: 'Os na wnaethoch chi ofyn am hyn, cysylltwch â’r lleoliad ar unwaith a rhoi eich cyfeirnod.',
    },
  },

  staff: {
    fields: {
      reference: 'Cyfeirnod',
      setting: 'Lleoliad',
      stage: 'Cam',
      recordedAs: 'Wedi’i gofnodi fel',
      deadline: 'Dyddiad terfyn',
      interpreter: 'Cyfieithydd',
      received: 'Derbyniwyd',
    },
    interpreterNeeded: (language) => `angen (${language})`,
    interpreterNeededNoLanguage: 'angen',
    interpreterNotRequested: 'heb ofyn am un',
    duties: {
      acknowledgement: 'Beth i’w wneud: cydnabod y gŵyn yn ysgrifenedig i’r achwynydd erbyn y dyddiad terfyn.',
      meeting: 'Beth i’w wneud: ymchwilio, a chyfarfod â’r achwynydd, erbyn y dyddiad terfyn.',
      outcome: 'Beth i’w wneud: ymchwilio, a rhoi eich ymateb i’r achwynydd, erbyn y dyddiad terfyn.',
      review: 'Beth i’w wneud: adolygu arferion yng ngoleuni’r gŵyn hon, a chofnodi’r hyn a ganfuwyd a’r camau a gymerwch, erbyn y dyddiad terfyn.',
    },
    openLink: 'Agor y gŵyn',
    confidentiality:
      'Mae manylion yr achwynydd a’r plentyn yn y system gwyno yn unig. Cadwch nhw’n gyfrinachol.',
    automated: (organisation) => `Anfonwyd y neges hon yn awtomatig gan system gwyno ${organisation}.`,
    levelAssigned: {
      subject: (reference, date) => `Cwyn ${reference}: gyda chi nawr, erbyn ${date}`,
      reviewSubject: (reference, date) => `Adolygu ymarfer ar ôl cwyn ${reference}: erbyn ${date}`,
      reasons: {
        received: 'Mae cwyn newydd wedi dod i law, a chi sy’n gyfrifol am y cam hwn.',
        escalated:
          'Mae’r gŵyn hon wedi dod atoch chi oherwydd bod y dyddiad terfyn ar y cam blaenorol wedi mynd heibio heb ymateb.',
        complainantMoved:
          'Mae’r achwynydd wedi gofyn am fynd â’r gŵyn hon ymhellach, a chi sy’n gyfrifol am y cam hwn.',
        continued: 'Mae’r gŵyn hon wedi symud ymlaen i’w cham nesaf, a chi sy’n gyfrifol amdani.',
        practiceReview: 'Cadarnhawyd y gŵyn hon yn llawn neu’n rhannol: bydd y perchnogion neu’r ymddiriedolwyr yn adolygu arferion, i ganfod beth i’w wella.',
      },
    },
    deadlineReminder: {
      subject: (reference, date) => `Nodyn atgoffa: mae cwyn ${reference} i’w hateb erbyn ${date}`,
      body: (date) => `Nodyn atgoffa yw hwn: y dyddiad terfyn ar gyfer y cam hwn o’r gŵyn yw ${date}.`,
    },
    overdueReminder: {
      subject: (reference, count) => `Hwyr (nodyn atgoffa ${count}): cwyn ${reference}`,
      body: (date) =>
        `Mae’r dyddiad terfyn, ${date}, wedi mynd heibio. Nid oes cam arall o fewn y lleoliad, felly mae hyn yn aros gyda chi nes ei fod wedi’i wneud. Cwblhewch ef cyn gynted ag y gallwch.`,
    },
    handedOver: {
      subject: (reference) => `Mae cwyn ${reference} wedi ei throsglwyddo i chi`,
      body: "Mae gweinyddwr wedi eich gwneud chi'n berson allweddol ar gyfer y gŵyn hon, yn lle cydweithiwr. Mae ei chofnod, a phopeth a wnaed hyd yma, yn y system gwynion.",
      yours: (date) => `Chi sy'n gyfrifol am y cam y mae hi arno bellach: rhaid ei gwblhau erbyn ${date}.`,
      notYours: "Mae'r cam y mae hi arno gyda rhywun arall am y tro. Helpwch nhw gydag unrhyw beth y maen nhw'n ei ofyn.",
    },
    appealNotice: {
      subject: (reference) => `Apêl wedi dod i law: mae cwyn ${reference} wedi mynd at y perchnogion neu'r ymddiriedolwyr`,
      body: (date) =>
        `Mae'r achwynydd wedi apelio. O dan y weithdrefn, mae'r apêl yn mynd at y perchnogion neu'r ymddiriedolwyr: maen nhw wedi ei chael a rhaid iddyn nhw ymateb erbyn ${date}.`,
      yourPart: "Nid oes angen i chi gofnodi dim ar gyfer y cam hwn. Helpwch y perchnogion neu'r ymddiriedolwyr gydag unrhyw beth y maen nhw'n ei ofyn.",
    },
    complaintWithdrawn: {
      subject: (reference) => `Mae cwyn ${reference} wedi’i thynnu’n ôl`,
      body: 'Mae’r achwynydd wedi tynnu’r gŵyn hon yn ôl. Mae pob dyddiad cau arni wedi dod i ben: nid oes dim mwy i’w wneud.',
    },
    allegationAlert: {
      subject: (reference, setting) => `BRYS: honiad o niwed i blentyn, ${setting} (${reference})`,
      intro: (setting) =>
        `Mae honiad wedi’i wneud fod aelod o staff neu wirfoddolwr yn ${setting} wedi niweidio plentyn.`,
      actNow: 'Dilynwch y weithdrefn honiadau (6.2) nawr.',
      doNotTell:
        'Rhaid peidio â dweud wrth y person a enwir yn yr honiad, a rhaid peidio â’i gynnwys wrth ymdrin â’r honiad.',
      noClock: 'Nid yw hyn yn cael ei drin o dan y weithdrefn gwyno: nid oes dyddiad terfyn cwyn yn rhedeg yma.',
      steps: [
        'Gwnewch yn siŵr fod y plentyn, a phob plentyn arall, yn ddiogel nawr.',
        'Peidiwch ag ymchwilio, a pheidiwch â holi’r plentyn, y person a enwir nac unrhyw dyst eich hun.',
        'Ysgrifennwch yr hyn a ddywedwyd wrthych, yn y geiriau a ddefnyddiwyd, gyda’r dyddiad a’r amser, a’i lofnodi.',
        'Cysylltwch â swyddog dynodedig yr awdurdod lleol (LADO) o fewn un diwrnod gwaith, cyn gwneud dim arall ynghylch y person a enwir, a dilynwch ei gyngor.',
        'Rhowch wybod i Ofsted cyn gynted ag y gallwch, ac o fewn 14 diwrnod fan bellaf.',
      ],
      ladoHeading: 'Swyddog dynodedig yr awdurdod lleol (LADO)',
    },
  },
};
