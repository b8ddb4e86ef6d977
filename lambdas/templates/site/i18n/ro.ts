/**
 * Romanian (română). Typed as `WebMessages`: a missing key is a compile error (F2). Readers
 * are addressed as "dumneavoastră", as in the emails.
 */
import type { WebMessages } from './en';

export const ro: WebMessages = {
  serviceName: 'Îngrijorări și plângeri',

  layout: {
    skipLink: 'Salt la conținutul principal',
    languages: 'Alegeți limba',
    home: 'Cum semnalați o îngrijorare sau faceți o plângere',
    emergency: 'Dacă un copil este în pericol acum, sunați la 999.',
  },

  chooser: {
    choose: 'Alegeți limba dumneavoastră',
  },

  home: {
    title: 'Semnalați o îngrijorare sau faceți o plângere',
    intro: (organisation) =>
      `Ne dorim ca fiecare copil și fiecare familie de la ${organisation} să fie mulțumiți de îngrijirea pe care o oferim. Dacă ceva nu este în regulă, vă rugăm să ne spuneți. Faptul că semnalați o îngrijorare sau faceți o plângere nu va fi niciodată în defavoarea dumneavoastră sau a copilului dumneavoastră.`,
    startParent: 'Spuneți-ne despre o îngrijorare sau o plângere',
    agencyLink: 'Faceți o plângere în numele unei alte instituții sau organizații? Folosiți formularul pentru instituții.',
    harmHeading: 'Vă temeți că cineva care lucrează aici a făcut rău unui copil?',
    harmText:
      'Acest lucru nu este tratat ca o plângere. Spuneți-ne imediat: responsabilul desemnat cu protecția copiilor va fi informat pe loc.',
    harmLink: 'Ce se întâmplă când ne spuneți că unui copil i s-a făcut rău',
    kindsHeading: 'Îngrijorare sau plângere?',
    concern:
      'O îngrijorare este ceva ce ați dori să verificăm și să îndreptăm, de obicei stând de vorbă cu dumneavoastră.',
    complaint:
      'O plângere este o cerere oficială ca managerul unității să cerceteze ce s-a întâmplat și să vă dea un răspuns.',
    kindsChoice: 'Dumneavoastră alegeți ce este. Puteți face oricând o plângere, fără să semnalați mai întâi o îngrijorare.',
    stepsHeading: 'Ce se întâmplă, pas cu pas',
    steps: {
      keyPerson:
        'De obicei, o îngrijorare ajunge mai întâi la persoana de referință a copilului dumneavoastră (key person). Aceasta vă va asculta, vă va explica și va încerca să îndrepte lucrurile. Notăm fiecare îngrijorare și felul în care a fost rezolvată.',
      settingManager:
        'Dacă nu sunteți mulțumit de răspunsul persoanei de referință sau dacă plângerea privește persoana de referință ori un alt membru al personalului, managerul unității cercetează situația și vă comunică în 28 de zile ce a constatat.',
      lineManager:
        'Dacă tot nu sunteți mulțumit sau dacă plângerea privește managerul unității, aceasta ajunge la superiorul managerului unității.',
      owners:
        'Dacă tot nu sunteți mulțumit, puteți face contestație, verbal sau în scris. Proprietarii sau administratorii vă vor răspunde în încă 14 zile.',
      ofsted:
        'Dacă problema tot nu este rezolvată și considerați că unitatea nu a respectat cerințele Early Years Foundation Stage (EYFS – standardele pentru educația și îngrijirea copiilor mici), puteți face o plângere la Ofsted.',
    },
    timesHeading: 'Când veți primi vești de la noi',
    times:
      'Când trimiteți formularul, vă trimitem imediat un e-mail cu numărul de referință și data până la care veți primi răspuns. Dacă nu respectăm o dată, plângerea trece automat la următoarea persoană și vă anunțăm.',
    languageHeading: 'Ajutor în limba dumneavoastră',
    language:
      'Puteți citi aceste pagini și puteți primi toate e-mailurile noastre în engleză, galeză, poloneză, română, urdu sau arabă. Vă putem oferi și un interpret, gratuit: trebuie doar să ne spuneți în formular.',
    agencyHeading: 'Pentru alte instituții',
    agency:
      'Specialiștii din alte instituții, de exemplu asistentul medical comunitar (health visitor) sau asistentul social, pot face o plângere oficială în scris. Confirmăm în scris primirea ei în 10 zile și ne întâlnim cu dumneavoastră în 28 de zile.',
    agencyStart: 'Faceți o plângere în numele unei instituții',
  },

  allegation: {
    title: 'Dacă credeți că cineva care lucrează aici a făcut rău unui copil',
    intro:
      'Dacă credeți că un membru al personalului sau un voluntar a făcut rău unui copil ori i-ar putea face rău, vă rugăm să ne spuneți imediat. Nu trebuie să fiți sigur.',
    insteadHeading: 'Ce se întâmplă în locul unei plângeri',
    instead: [
      'Nu tratăm situația ca pe o plângere și nu așteptăm termenele procedurii de plângeri.',
      'Responsabilul desemnat cu protecția copiilor și managerul unității sunt informați imediat.',
      'Nu îi spunem persoanei care vă îngrijorează, iar aceasta nu ia parte la rezolvarea situației.',
      'Urmăm procedura noastră privind acuzațiile împotriva personalului. Aceasta include informarea ofițerului desemnat al autorității locale (LADO), care supraveghează acuzațiile împotriva persoanelor care lucrează cu copii.',
      'Este posibil să vă contactăm pentru mai multe informații.',
    ],
    howHeading: 'Cum ne puteți spune',
    how: 'Folosiți formularul și bifați căsuța care arată că este vorba despre un membru al personalului sau un voluntar care a făcut rău unui copil. Puteți vorbi și personal cu managerul unității sau cu responsabilul desemnat cu protecția copiilor.',
    parentForm: 'Spuneți-ne prin formularul pentru părinți și îngrijitori',
    agencyForm: 'Spuneți-ne prin formularul pentru instituții',
    othersHeading: 'Puteți contacta și',
    lado: 'Ofițerul desemnat al autorității locale (LADO) sau serviciile sociale pentru copii (children’s social care), prin consiliul local (council).',
    police: 'Poliția: sunați la 999 dacă un copil este în pericol acum sau la 101 dacă nu este o urgență.',
  },

  form: {
    requiredNote: 'Răspundeți la fiecare întrebare, cu excepția celor marcate (opțional).',
    optional: '(opțional)',
    choose: 'Alegeți',
    submit: 'Trimiteți',
    sending: 'Se trimite…',
    setting: 'Despre ce creșă, grădiniță sau unitate este vorba?',
    harmLegend: 'Este un copil în pericol să i se facă rău?',
    harmWarning:
      'Dacă credeți că un membru al personalului sau un voluntar a făcut rău unui copil, bifați această căsuță. Nu va fi tratată ca o plângere: responsabilul desemnat cu protecția copiilor va fi informat imediat și vom urma procedura noastră privind acuzațiile împotriva personalului.',
    harmCheckbox: 'Da, este vorba despre un membru al personalului sau un voluntar care a făcut rău unui copil',
    harmMore: 'Ce se întâmplă în locul unei plângeri',
    subjectStaff: 'Despre ce membru al personalului este vorba?',
    subjectStaffHint: 'Doar dacă știți. Persoana vizată nu va fi niciodată cea care cercetează situația.',
    subjectStaffNone: 'Nu știu sau nu este vorba despre o singură persoană',
    description: 'Ce s-a întâmplat?',
    desiredOutcome: 'Ce ar îndrepta situația?',
    desiredOutcomeHint: 'De exemplu, o scuză, o schimbare în felul în care se face ceva sau o întâlnire.',
    detailsHeading: 'Datele dumneavoastră',
    name: 'Numele complet',
    email: 'Adresa de e-mail',
    emailHint: 'Vă vom trimite la această adresă numărul de referință și toate noutățile.',
    phone: 'Număr de telefon',
    phoneHint: 'Doar dacă doriți să vă sunăm.',
    languageHeading: 'Limba',
    language: 'În ce limbă să vă scriem?',
    interpreter: 'Aș dori un interpret, gratuit',
    interpreterHint: 'Pentru întâlniri și convorbiri telefonice cu noi.',
    interpreterLanguage: 'Ce limbă să vorbească interpretul?',
    interpreterLanguageHint:
      'De exemplu, română sau limbajul semnelor britanic (BSL). Dacă lăsați câmpul gol, vom folosi limba aleasă mai sus.',
    honeypot: 'Lăsați acest câmp gol',
  },

  parent: {
    title: 'Spuneți-ne despre o îngrijorare sau o plângere',
    intro:
      'Durează aproximativ 10 minute. Folosim ce ne spuneți doar pentru a cerceta îngrijorarea sau plângerea dumneavoastră și păstrăm informațiile confidențiale.',
    classification: 'Este o îngrijorare sau o plângere?',
    classificationHint: 'Dacă ați bifat căsuța despre un copil căruia i s-a făcut rău, puteți sări peste această întrebare.',
    concern: 'O îngrijorare',
    concernHint:
      'Ceva legat de îngrijire sau de servicii pe care ați dori să îl îndreptăm. De obicei, persoana de referință a copilului va discuta cu dumneavoastră.',
    complaint: 'O plângere',
    complaintHint: 'O plângere oficială. Managerul unității o va cerceta și vă va răspunde în 28 de zile.',
    about: 'Pe cine sau ce privește?',
    aboutHint: 'Astfel știm cine trebuie să cerceteze situația.',
    aboutService: 'Îngrijirea sau serviciile în general',
    aboutKeyPerson: 'Persoana de referință a copilului meu',
    aboutKeyPersonHint: 'Managerul unității va cerceta situația.',
    aboutOtherStaff: 'Alt membru al personalului',
    aboutOtherStaffHint: 'Managerul unității va cerceta situația.',
    aboutManager: 'Managerul unității',
    aboutManagerHint: 'Superiorul managerului unității va cerceta situația.',
    keyPerson: 'Cine este persoana de referință a copilului dumneavoastră?',
    keyPersonNone: 'Nu știu',
    childName: 'Prenumele copilului',
    descriptionHint: 'Spuneți-ne ce s-a întâmplat, când și cine a fost implicat. Scrieți cât doriți.',
    consent: 'Sunt de acord ca unitatea să mă contacteze în legătură cu îngrijorarea sau plângerea mea',
    consentHint: 'Avem nevoie de acordul dumneavoastră pentru a vă răspunde.',
  },

  agency: {
    title: 'Faceți o plângere oficială în numele unei instituții',
    intro:
      'Pentru specialiștii din alte instituții sau organizații, de exemplu asistentul medical comunitar (health visitor) sau asistentul social. Vom confirma în scris primirea plângerii în 10 zile și ne vom întâlni cu dumneavoastră în 28 de zile.',
    about: 'Ce privește plângerea?',
    aboutPractice: 'O practică a unității',
    aboutStaff: 'Un membru al personalului',
    aboutStaffHint: 'Managerul unității va cerceta situația.',
    aboutManager: 'Managerul unității',
    aboutManagerHint: 'Superiorul managerului unității va fi informat.',
    descriptionHint: 'Prezentați plângerea: ce s-a întâmplat, când și cine a fost implicat.',
    organisation: 'Instituția dumneavoastră',
    role: 'Funcția dumneavoastră',
  },

  confirmation: {
    title: 'Am primit plângerea dumneavoastră',
    concernTitle: 'Am primit îngrijorarea dumneavoastră',
    allegationTitle: 'Am primit ce ne-ați spus',
    emailSent:
      'V-am trimis un e-mail de confirmare. Acesta conține un link privat unde puteți urmări ce se întâmplă.',
    home: 'Înapoi la cum semnalați o îngrijorare sau faceți o plângere',
  },

  status: {
    title: 'Plângerea dumneavoastră',
    concernTitle: 'Îngrijorarea dumneavoastră',
    allegationTitle: 'Ce ne-ați spus',
    receivedConcern: 'Am primit îngrijorarea dumneavoastră',
    receivedAllegation: 'Am primit ce ne-ați spus',
    setting: 'Unitatea',
    received: 'Primită la',
    stage: 'Etapa',
    state: 'Stare',
    states: {
      open: 'Deschisă',
      closed: 'Închisă',
      withdrawn: 'Retrasă',
      referred: 'Transmisă procedurii noastre pentru acuzații împotriva personalului',
    },
    hearByHeading: 'Când veți primi răspuns de la noi',
    extendedHeading: 'Avem nevoie de mai mult timp',
    outcomeHeading: 'Răspunsul primit',
    outcomeFrom: (level) => `Acest răspuns a venit de la: ${level}.`,
    outcomeOn: (date) => `Dat la ${date}.`,
    waiting: 'Nu trebuie să faceți nimic acum. Vă vom trimite un e-mail când vor fi noutăți.',
    answered: 'Spuneți-ne mai jos dacă sunteți mulțumit(ă) de acest răspuns.',
    closed: 'Cazul este închis. Vă mulțumim că ni l-ați semnalat: ne ajută să ne îmbunătățim.',
    withdrawn: 'Ați retras această sesizare. Dacă ceva nu este în continuare în regulă, ne puteți spune din nou.',
    respondHeading: 'Răspunsul dumneavoastră',
    respondLegend: 'Ce doriți să faceți?',
    satisfied: 'Sunt mulțumit(ă) de răspuns',
    satisfiedHint: 'Cazul va fi închis.',
    notSatisfied: 'Nu sunt mulțumit(ă) și vreau să duc cazul mai departe',
    noAgreement: 'Nu am ajuns la un acord după întâlnire și vreau să scriu superiorului managerului',
    noAgreementHint: 'Scrisoarea dumneavoastră merge la superiorul managerului unității, care o va confirma în 5 zile și vă va răspunde în 14 zile.',
    withdraw: 'Vreau să-mi retrag sesizarea',
    withdrawHint: 'Nu o vom mai investiga. Puteți contacta în continuare Ofsted oricând.',
    confirmWithdraw: 'Confirm că vreau să-mi retrag sesizarea',
    confirmWithdrawHint: 'Bifați doar dacă ați ales să o retrageți.',
    reason: 'Spuneți-ne de ce',
    reasonHint:
      'Dacă nu sunteți mulțumit(ă), spuneți-ne ce nu este încă în regulă: vom transmite aceasta la etapa următoare.',
    send: 'Trimiteți răspunsul',
    sending: 'Se trimite…',
    doneTitle: 'Răspunsul dumneavoastră a fost înregistrat',
    doneSatisfied: 'Vă mulțumim. Cazul este acum închis.',
    doneNotSatisfied: 'Cazul a trecut la etapa următoare. Mai jos vedeți cine se ocupă acum de el și până când.',
    doneNoAgreement: 'Scrisoarea dumneavoastră a ajuns la superiorul managerului unității. Mai jos vedeți până când veți primi răspuns.',
    doneWithdraw: 'Sesizarea dumneavoastră a fost retrasă.',
    timelineHeading: 'Ce s-a întâmplat până acum',
    events: {
      received: 'Am primit plângerea dumneavoastră',
      allegationReferred: 'A fost transmisă procedurii noastre pentru acuzații împotriva personalului',
      levelOpened: 'Cazul a trecut la etapa următoare',
      reminderSent: 'Persoanei responsabile i s-a trimis un memento',
      reminderSkipped: 'Un memento nu a fost trimis, pentru că momentul lui trecuse',
      lapsed: 'Nu am respectat data pe care v-am dat-o',
      escalated: 'Cazul a fost transmis la etapa următoare pentru că nu am respectat data',
      overdueReminderSent: 'Persoanei responsabile i s-a amintit că data a trecut',
      acknowledged: 'Am confirmat în scris că am primit-o',
      meetingHeld: 'Ne-am întâlnit cu dumneavoastră',
      outcomeGiven: 'V-am dat răspunsul nostru',
      agreementRecorded: 'Am înregistrat dacă am ajuns la un acord',
      satisfied: 'Ne-ați spus că sunteți mulțumit(ă)',
      notSatisfied: 'Ne-ați spus că nu sunteți mulțumit(ă)',
      withdrawn: 'Ați retras sesizarea',
      extended: 'Am stabilit o dată mai târzie pentru răspuns',
      letterPosted: 'V-am trimis o scrisoare prin poștă',
      note: 'S-a adăugat o notă',
      ofstedInvolved: 'Ofsted este implicat',
      closed: 'Cazul a fost închis',
      recordWritten: 'Plângerea a fost consemnată în registrul plângerilor',
      practiceReviewOpened: 'A început o analiză a practicii',
      practiceReviewRecorded: 'Analiza practicii a fost finalizată',
      legalHoldPlaced: 'Înregistrarea a fost pusă sub reținere',
      legalHoldLifted: 'Reținerea înregistrării a fost ridicată',
    },
    ofsted: 'Indiferent de etapa la care se află cazul, puteți contacta Ofsted oricând.',
    ofstedLink: 'Cum contactați Ofsted',
    notFoundTitle: 'Nu găsim această plângere',
    notFound:
      'Linkul poate fi incomplet sau copiat greșit. Folosiți linkul din cel mai recent e-mail trimis de noi sau contactați unitatea și spuneți numărul de referință.',
    conflict:
      'Nu am putut înregistra răspunsul, pentru că plângerea a avansat de când ați deschis această pagină. Pagina arată acum unde se află.',
  },

  errors: {
    summaryTitle: 'Există o problemă',
    prefix: 'Eroare:',
    required: {
      settingId: 'Alegeți creșa, grădinița sau unitatea',
      classification: 'Alegeți dacă este o îngrijorare sau o plângere',
      about: 'Alegeți pe cine sau ce privește',
      description: 'Spuneți-ne ce s-a întâmplat',
      name: 'Introduceți numele complet',
      email: 'Introduceți adresa de e-mail',
      consentToContact: 'Bifați căsuța ca să vă putem contacta',
      organisation: 'Introduceți numele instituției',
      type: 'Alegeți ce doriți să faceți',
      reason: 'Spuneți-ne de ce nu sunteți mulțumit(ă)',
      confirmWithdrawal: 'Bifați căsuța pentru a confirma că vreți să vă retrageți sesizarea',
    },
    invalid: {
      settingId: 'Alegeți unitatea din listă',
      keyPersonId: 'Alegeți o persoană de referință care lucrează în unitatea aleasă sau alegeți „Nu știu”',
      subjectStaffId: 'Alegeți un membru al personalului din listă sau alegeți „Nu știu”',
      email: 'Introduceți o adresă de e-mail în formatul corect, de exemplu nume@example.com',
      phone: 'Introduceți un număr de telefon, de exemplu 07700 900 982',
      language: 'Alegeți o limbă din listă',
    },
    tooLong: (label, max) => `Răspunsul la „${label}” poate avea cel mult ${max} de caractere`,
    rejected: 'Nu am putut primi formularul. Verificați răspunsurile, așteptați câteva secunde și trimiteți-l din nou.',
    network: 'Nu am putut trimite formularul. Verificați conexiunea și încercați din nou: nu s-a pierdut nimic din ce ați scris.',
    server: 'Ceva nu a funcționat la noi. Încercați din nou peste câteva minute: nu s-a pierdut nimic din ce ați scris.',
    tooLarge: 'Răspunsurile dvs. au fost prea lungi pentru a fi trimise. Vă rugăm să le scurtați și să încercați din nou.',
    confirm: 'Pentru a ține departe mesajele automate, vă rugăm să vă verificați răspunsurile și să trimiteți formularul încă o dată.',
    tooMany: 'S-au trimis prea multe formulare de aici. Așteptați un minut și încercați din nou.',
  },
};
