/** Welsh (Cymraeg). Typed as `WebMessages`: a missing key is a compile error (F2). */
import type { WebMessages } from './en';

export const cy: WebMessages = {
  serviceName: 'Pryderon a chwynion',

  layout: {
    skipLink: 'Neidio i’r prif gynnwys',
    languages: 'Dewis iaith',
    home: 'Sut i godi pryder neu wneud cwyn',
    emergency: 'Os yw plentyn mewn perygl nawr, ffoniwch 999.',
  },

  chooser: {
    choose: 'Dewiswch eich iaith',
  },

  home: {
    title: 'Codi pryder neu wneud cwyn',
    intro: (organisation) =>
      `Rydym am i bob plentyn a theulu yn ${organisation} fod yn hapus â’r gofal rydym yn ei roi. Os nad yw rhywbeth yn iawn, rhowch wybod i ni. Ni fydd codi pryder neu wneud cwyn byth yn cyfrif yn eich erbyn chi na’ch plentyn.`,
    startParent: 'Dywedwch wrthym am bryder neu gŵyn',
    agencyLink: 'Yn cwyno ar ran asiantaeth neu sefydliad arall? Defnyddiwch y ffurflen ar gyfer asiantaethau.',
    harmHeading: 'Yn poeni bod rhywun sy’n gweithio yma wedi niweidio plentyn?',
    harmText:
      'Nid yw hyn yn cael ei drin fel cwyn. Dywedwch wrthym ar unwaith: bydd ein harweinydd diogelu dynodedig yn cael gwybod yn syth.',
    harmLink: 'Beth sy’n digwydd pan fyddwch yn dweud wrthym am niwed i blentyn',
    kindsHeading: 'Pryder neu gŵyn?',
    concern:
      'Pryder yw rhywbeth yr hoffech i ni edrych arno a’i unioni, fel arfer drwy siarad amdano gyda chi.',
    complaint:
      'Cwyn yw cais ffurfiol i reolwr y lleoliad ymchwilio i’r hyn a ddigwyddodd a rhoi ateb i chi.',
    kindsChoice: 'Chi sy’n dewis pa un ydyw. Gallwch wneud cwyn ar unrhyw adeg, heb godi pryder yn gyntaf.',
    stepsHeading: 'Beth sy’n digwydd, gam wrth gam',
    steps: {
      keyPerson:
        'Fel arfer, mae pryder yn mynd yn gyntaf at berson allweddol eich plentyn. Bydd yn gwrando, yn egluro ac yn ceisio unioni pethau. Rydym yn cofnodi pob pryder a sut y cafodd ei ddatrys.',
      settingManager:
        'Os nad ydych yn hapus ag ateb y person allweddol, neu os yw eich cwyn am eich person allweddol neu aelod arall o staff, bydd rheolwr y lleoliad yn ymchwilio ac yn dweud wrthych beth a gafodd o fewn 28 diwrnod.',
      lineManager:
        'Os nad ydych yn hapus o hyd, neu os yw eich cwyn am reolwr y lleoliad, mae’n mynd at reolwr llinell rheolwr y lleoliad.',
      owners:
        'Os nad ydych yn hapus o hyd, gallwch apelio, ar lafar neu yn ysgrifenedig. Bydd y perchnogion neu’r ymddiriedolwyr yn eich ateb o fewn 14 diwrnod arall.',
      ofsted:
        'Os nad yw’r mater wedi’i ddatrys o hyd a’ch bod yn credu nad yw’r lleoliad wedi bodloni gofynion y Cyfnod Sylfaen Blynyddoedd Cynnar (EYFS), gallwch gwyno wrth Ofsted.',
    },
    timesHeading: 'Pryd y byddwch yn clywed gennym',
    times:
      'Pan fyddwch yn anfon y ffurflen, byddwn yn anfon e-bost atoch ar unwaith gyda’ch cyfeirnod a’r dyddiad y byddwch yn clywed gennym erbyn. Os byddwn yn methu dyddiad, bydd eich cwyn yn symud ymlaen at y person nesaf yn awtomatig a byddwn yn dweud wrthych.',
    languageHeading: 'Help yn eich iaith',
    language:
      'Gallwch ddarllen y tudalennau hyn, a chael pob e-bost gennym, yn Saesneg, Cymraeg, Pwyleg, Rwmaneg, Wrdw neu Arabeg. Gallwn hefyd drefnu cyfieithydd i chi, yn rhad ac am ddim: dim ond dweud wrthym ar y ffurflen.',
    agencyHeading: 'Ar gyfer asiantaethau eraill',
    agency:
      'Gall gweithwyr proffesiynol o asiantaeth arall, fel ymwelydd iechyd neu weithiwr cymdeithasol, wneud cwyn ffurfiol yn ysgrifenedig. Byddwn yn cadarnhau yn ysgrifenedig ein bod wedi ei derbyn o fewn 10 diwrnod, ac yn cyfarfod â chi o fewn 28 diwrnod.',
    agencyStart: 'Gwneud cwyn ar ran asiantaeth',
  },

  allegation: {
    title: 'Os ydych yn meddwl bod rhywun sy’n gweithio yma wedi niweidio plentyn',
    intro:
      'Os ydych yn meddwl bod aelod o staff neu wirfoddolwr wedi niweidio plentyn, neu y gallai niweidio plentyn, dywedwch wrthym ar unwaith. Nid oes angen i chi fod yn siŵr.',
    insteadHeading: 'Beth sy’n digwydd yn lle cwyn',
    instead: [
      'Nid ydym yn ei drin fel cwyn, ac nid yw’n aros am amserlen y weithdrefn gwyno.',
      'Mae ein harweinydd diogelu dynodedig a rheolwr y lleoliad yn cael gwybod yn syth.',
      'Nid ydym yn dweud wrth y person rydych yn poeni amdano, ac nid yw’n cymryd rhan wrth ddelio ag ef.',
      'Rydym yn dilyn ein gweithdrefn ar gyfer honiadau yn erbyn staff. Mae hyn yn cynnwys rhoi gwybod i swyddog dynodedig yr awdurdod lleol (LADO), sy’n goruchwylio honiadau yn erbyn pobl sy’n gweithio gyda phlant.',
      'Efallai y byddwn yn cysylltu â chi i ofyn am ragor o wybodaeth.',
    ],
    howHeading: 'Sut i ddweud wrthym',
    how: 'Defnyddiwch y ffurflen, a thiciwch y blwch sy’n dweud ei fod am aelod o staff neu wirfoddolwr yn niweidio plentyn. Gallwch hefyd siarad â rheolwr y lleoliad neu’r arweinydd diogelu dynodedig wyneb yn wyneb.',
    parentForm: 'Dweud wrthym drwy’r ffurflen ar gyfer rhieni a gofalwyr',
    agencyForm: 'Dweud wrthym drwy’r ffurflen ar gyfer asiantaethau',
    othersHeading: 'Gallwch hefyd gysylltu â',
    lado: 'Swyddog dynodedig yr awdurdod lleol (LADO) neu’r gwasanaethau cymdeithasol i blant, drwy eich cyngor lleol.',
    police: 'Yr heddlu: ffoniwch 999 os yw plentyn mewn perygl nawr, neu 101 os nad yw’n argyfwng.',
  },

  form: {
    requiredNote: 'Atebwch bob cwestiwn oni bai ei fod yn dweud (dewisol).',
    optional: '(dewisol)',
    choose: 'Dewiswch',
    submit: 'Anfon',
    sending: 'Wrthi’n anfon…',
    setting: 'Pa feithrinfa neu leoliad y mae’n ymwneud ag ef?',
    harmLegend: 'A oes plentyn mewn perygl o niwed?',
    harmWarning:
      'Os ydych yn meddwl bod aelod o staff neu wirfoddolwr wedi niweidio plentyn, ticiwch y blwch hwn. Ni fydd yn cael ei drin fel cwyn: bydd ein harweinydd diogelu dynodedig yn cael gwybod yn syth a bydd ein gweithdrefn ar gyfer honiadau yn erbyn staff yn cael ei dilyn.',
    harmCheckbox: 'Ydy, mae hyn am aelod o staff neu wirfoddolwr yn niweidio plentyn',
    harmMore: 'Beth sy’n digwydd yn lle cwyn',
    subjectStaff: 'Pa aelod o staff y mae’n ymwneud ag ef?',
    subjectStaffHint: 'Dim ond os ydych yn gwybod. Ni fydd y person y mae’n ymwneud ag ef byth yn ymchwilio iddo.',
    subjectStaffNone: 'Ddim yn siŵr, neu nid am un person',
    description: 'Beth ddigwyddodd?',
    desiredOutcome: 'Beth fyddai’n unioni pethau?',
    desiredOutcomeHint: 'Er enghraifft, ymddiheuriad, newid yn y ffordd y caiff rhywbeth ei wneud, neu gyfarfod.',
    detailsHeading: 'Eich manylion',
    name: 'Eich enw llawn',
    email: 'Cyfeiriad e-bost',
    emailHint: 'Byddwn yn anfon eich cyfeirnod a phob diweddariad i’r cyfeiriad hwn.',
    phone: 'Rhif ffôn',
    phoneHint: 'Dim ond os hoffech i ni eich ffonio.',
    languageHeading: 'Iaith',
    language: 'Ym mha iaith y dylem ysgrifennu atoch?',
    interpreter: 'Hoffwn gael cyfieithydd, yn rhad ac am ddim',
    interpreterHint: 'Ar gyfer cyfarfodydd a galwadau ffôn gyda ni.',
    interpreterLanguage: 'Pa iaith y dylai’r cyfieithydd ei siarad?',
    interpreterLanguageHint:
      'Er enghraifft, Pwyleg neu Iaith Arwyddion Prydain. Os byddwch yn gadael hwn yn wag, byddwn yn defnyddio’r iaith a ddewisoch uchod.',
    honeypot: 'Gadewch hwn yn wag',
  },

  parent: {
    title: 'Dywedwch wrthym am bryder neu gŵyn',
    intro:
      'Mae’n cymryd tua 10 munud. Dim ond i ymchwilio i’ch pryder neu’ch cwyn y byddwn yn defnyddio’r hyn rydych yn ei ddweud wrthym, ac rydym yn ei gadw’n gyfrinachol.',
    classification: 'Ai pryder neu gŵyn yw hyn?',
    classificationHint: 'Os gwnaethoch dicio’r blwch am niwed i blentyn, gallwch hepgor y cwestiwn hwn.',
    concern: 'Pryder',
    concernHint:
      'Rhywbeth am y gofal neu’r gwasanaeth yr hoffech i ni ei unioni. Fel arfer, bydd person allweddol eich plentyn yn siarad amdano gyda chi.',
    complaint: 'Cwyn',
    complaintHint: 'Cwyn ffurfiol. Bydd rheolwr y lleoliad yn ymchwilio iddi ac yn eich ateb o fewn 28 diwrnod.',
    about: 'Am bwy neu beth y mae?',
    aboutHint: 'Mae hyn yn dweud wrthym pwy ddylai ymchwilio iddo.',
    aboutService: 'Y gofal neu’r gwasanaeth yn gyffredinol',
    aboutKeyPerson: 'Person allweddol fy mhlentyn',
    aboutKeyPersonHint: 'Bydd rheolwr y lleoliad yn ymchwilio iddo.',
    aboutOtherStaff: 'Aelod arall o staff',
    aboutOtherStaffHint: 'Bydd rheolwr y lleoliad yn ymchwilio iddo.',
    aboutManager: 'Rheolwr y lleoliad',
    aboutManagerHint: 'Bydd rheolwr llinell rheolwr y lleoliad yn ymchwilio iddo.',
    keyPerson: 'Pwy yw person allweddol eich plentyn?',
    keyPersonNone: 'Ddim yn siŵr',
    childName: 'Enw cyntaf eich plentyn',
    descriptionHint: 'Dywedwch wrthym beth ddigwyddodd, pryd, a phwy oedd yn rhan ohono. Ysgrifennwch gymaint ag y dymunwch.',
    consent: 'Rwy’n cytuno y gall y lleoliad gysylltu â mi am fy mhryder neu fy nghwyn',
    consentHint: 'Mae angen hyn arnom i’ch ateb.',
  },

  agency: {
    title: 'Gwneud cwyn ffurfiol ar ran asiantaeth',
    intro:
      'Ar gyfer gweithwyr proffesiynol o asiantaeth neu sefydliad arall, fel ymwelydd iechyd neu weithiwr cymdeithasol. Byddwn yn cadarnhau yn ysgrifenedig ein bod wedi derbyn eich cwyn o fewn 10 diwrnod, ac yn cyfarfod â chi o fewn 28 diwrnod.',
    about: 'Am beth y mae’r gŵyn?',
    aboutPractice: 'Un o arferion y lleoliad',
    aboutStaff: 'Aelod o staff',
    aboutStaffHint: 'Bydd rheolwr y lleoliad yn ymchwilio iddi.',
    aboutManager: 'Rheolwr y lleoliad',
    aboutManagerHint: 'Bydd rheolwr llinell rheolwr y lleoliad yn cael gwybod.',
    descriptionHint: 'Nodwch eich cwyn: beth ddigwyddodd, pryd, a phwy oedd yn rhan ohono.',
    organisation: 'Eich sefydliad',
    role: 'Eich rôl',
  },

  confirmation: {
    title: 'Rydym wedi derbyn eich cwyn',
    allegationTitle: 'Rydym wedi derbyn yr hyn a ddywedoch wrthym',
    emailSent:
      'Rydym wedi anfon e-bost atoch i gadarnhau hyn. Mae ynddo ddolen breifat lle gallwch ddilyn beth sy’n digwydd.',
    home: 'Yn ôl i sut i godi pryder neu wneud cwyn',
  },

  status: {
    title: 'Eich cwyn',
    setting: 'Lleoliad',
    received: 'Derbyniwyd',
    stage: 'Cam',
    state: 'Statws',
    states: {
      open: 'Ar agor',
      closed: 'Wedi’i chau',
      withdrawn: 'Wedi’i thynnu’n ôl',
      referred: 'Wedi’i throsglwyddo i’n gweithdrefn ar gyfer honiadau yn erbyn staff',
    },
    hearByHeading: 'Pryd y byddwch yn clywed gennym',
    extendedHeading: 'Mae angen mwy o amser arnom',
    outcomeHeading: 'Yr ateb a gawsoch',
    outcomeFrom: (level) => `Daeth yr ateb hwn gan: ${level}.`,
    outcomeOn: (date) => `Rhoddwyd ar ${date}.`,
    waiting: 'Nid oes angen i chi wneud dim nawr. Byddwn yn anfon e-bost atoch pan fydd newyddion.',
    answered: 'Dywedwch wrthym isod a ydych yn fodlon â’r ateb hwn.',
    closed: 'Mae eich cwyn wedi’i chau. Diolch am ei chodi gyda ni: mae’n ein helpu i wella.',
    withdrawn: 'Rydych wedi tynnu’r gŵyn hon yn ôl. Os oes rhywbeth o’i le o hyd, gallwch ei godi gyda ni eto.',
    respondHeading: 'Eich ateb',
    respondLegend: 'Beth hoffech chi ei wneud?',
    satisfied: 'Rwy’n fodlon â’r ateb',
    satisfiedHint: 'Bydd eich cwyn yn cael ei chau.',
    notSatisfied: 'Nid wyf yn fodlon ac rwyf am fynd â’m cwyn ymhellach',
    withdraw: 'Rwyf am dynnu fy nghwyn yn ôl',
    withdrawHint: 'Byddwn yn rhoi’r gorau i ymchwilio iddi. Gallwch gysylltu ag Ofsted o hyd, ar unrhyw adeg.',
    reason: 'Dywedwch wrthym pam',
    reasonHint: 'Os nad ydych yn fodlon, dywedwch wrthym beth sydd o’i le o hyd: bydd yn mynd i’r cam nesaf gyda’ch cwyn.',
    send: 'Anfon fy ateb',
    sending: 'Wrthi’n anfon…',
    doneTitle: 'Mae eich ateb wedi’i gofnodi',
    doneSatisfied: 'Diolch. Mae eich cwyn bellach wedi’i chau.',
    doneNotSatisfied: 'Mae eich cwyn wedi symud i’r cam nesaf. Mae’r dudalen isod yn dangos pwy sy’n ymchwilio iddi nawr, ac erbyn pryd.',
    doneWithdraw: 'Mae eich cwyn wedi’i thynnu’n ôl.',
    timelineHeading: 'Beth sydd wedi digwydd hyd yn hyn',
    events: {
      received: 'Cawsom eich cwyn',
      allegationReferred: 'Fe’i trosglwyddwyd i’n gweithdrefn ar gyfer honiadau yn erbyn staff',
      levelOpened: 'Aeth eich cwyn i gam newydd',
      reminderSent: 'Cafodd y person cyfrifol ei atgoffa',
      lapsed: 'Methon ni’r dyddiad a roesom i chi',
      escalated: 'Trosglwyddwyd eich cwyn ymlaen am i ni fethu’r dyddiad',
      overdueReminderSent: 'Cafodd y person cyfrifol ei atgoffa bod y dyddiad wedi mynd heibio',
      acknowledged: 'Cadarnhawyd yn ysgrifenedig ein bod wedi’i derbyn',
      meetingHeld: 'Cawsom gyfarfod â chi',
      outcomeGiven: 'Rhoesom ein hateb i chi',
      agreementRecorded: 'Cofnodwyd a ddaethom i gytundeb',
      satisfied: 'Dywedoch wrthym eich bod yn fodlon',
      notSatisfied: 'Dywedoch wrthym nad ydych yn fodlon',
      withdrawn: 'Tynnoch eich cwyn yn ôl',
      extended: 'Gosodwyd dyddiad hwyrach i’ch ateb',
      note: 'Ychwanegwyd nodyn',
      ofstedInvolved: 'Mae Ofsted yn rhan o’r mater',
      closed: 'Caewyd eich cwyn',
    },
    ofsted: 'Ym mha gam bynnag y mae eich cwyn, gallwch gysylltu ag Ofsted ar unrhyw adeg.',
    ofstedLink: 'Sut i gysylltu ag Ofsted',
    notFoundTitle: 'Ni allwn ddod o hyd i’r gŵyn hon',
    notFound:
      'Efallai fod y ddolen yn anghyflawn, neu wedi’i chopïo’n anghywir. Defnyddiwch y ddolen yn yr e-bost diweddaraf a anfonwyd gennym, neu cysylltwch â’r lleoliad a rhowch eich cyfeirnod.',
    conflict:
      'Nid oeddem yn gallu cofnodi eich ateb, oherwydd bod eich cwyn wedi symud ymlaen ers i chi agor y dudalen hon. Mae’r dudalen nawr yn dangos ble mae hi arni.',
  },

  errors: {
    summaryTitle: 'Mae problem',
    prefix: 'Gwall:',
    required: {
      settingId: 'Dewiswch y feithrinfa neu’r lleoliad',
      classification: 'Dewiswch ai pryder neu gŵyn yw hyn',
      about: 'Dewiswch am bwy neu beth y mae',
      description: 'Dywedwch wrthym beth ddigwyddodd',
      name: 'Rhowch eich enw llawn',
      email: 'Rhowch eich cyfeiriad e-bost',
      consentToContact: 'Ticiwch y blwch i adael i ni gysylltu â chi amdano',
      organisation: 'Rhowch enw eich sefydliad',
      type: 'Dewiswch beth hoffech chi ei wneud',
      reason: 'Dywedwch wrthym pam nad ydych yn fodlon',
    },
    invalid: {
      settingId: 'Dewiswch y feithrinfa neu’r lleoliad o’r rhestr',
      keyPersonId: 'Dewiswch berson allweddol sy’n gweithio yn y lleoliad a ddewisoch, neu dewiswch “Ddim yn siŵr”',
      subjectStaffId: 'Dewiswch aelod o staff o’r rhestr, neu dewiswch “Ddim yn siŵr”',
      email: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com',
      phone: 'Rhowch rif ffôn, fel 07700 900 982',
      language: 'Dewiswch iaith o’r rhestr',
    },
    tooLong: (label, max) => `Rhaid i’ch ateb i “${label}” fod yn ${max} nod neu lai`,
    rejected: 'Nid oeddem yn gallu derbyn y ffurflen. Gwiriwch eich atebion, arhoswch ychydig eiliadau a’i hanfon eto.',
    network: 'Nid oeddem yn gallu anfon y ffurflen. Gwiriwch eich cysylltiad a rhowch gynnig arall arni: nid oes dim a deipiwyd gennych wedi’i golli.',
    server: 'Aeth rhywbeth o’i le ar ein hochr ni. Rhowch gynnig arall arni ymhen ychydig funudau: nid oes dim a deipiwyd gennych wedi’i golli.',
    tooMany: 'Mae gormod o ffurflenni wedi’u hanfon o’r fan hon. Arhoswch funud a rhowch gynnig arall arni.',
  },
};
