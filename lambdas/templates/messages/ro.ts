/**
 * Romanian (română). Typed as `Messages`: a missing key is a compile error (F2).
 * Complainants are addressed as "dumneavoastră"; names of settings follow the noun
 * "unitatea", so they need no case ending.
 */
import type { Messages } from './en';

export const ro: Messages = {
  common: {
    levels: {
      keyPerson: 'persoana de referință a copilului (key person)',
      settingManager: 'managerul unității',
      lineManager: 'superiorul managerului unității',
      owners: 'proprietarii sau administratorii (contestație)',
      agencyAcknowledgement: 'managerul unității',
      agencyMeeting: 'managerul unității',
      lineManagerAcknowledgement: 'superiorul managerului unității',
      lineManagerReport: 'superiorul managerului unității',
      agencyAppeal: 'proprietarii sau administratorii (contestație)',
      practiceReview: 'proprietarii sau administratorii (analiza practicii)',
    },
    levelSteps: {
      keyPerson:
        'Persoana de referință a copilului va discuta cu dumneavoastră despre îngrijorarea semnalată și va încerca să rezolve situația.',
      settingManager: 'Managerul unității va analiza plângerea dumneavoastră și vă va comunica ce a constatat.',
      lineManager:
        'Superiorul managerului unității va analiza plângerea dumneavoastră și vă va comunica ce a constatat.',
      owners: 'Proprietarii sau administratorii vor analiza contestația dumneavoastră și vă vor da un răspuns.',
      agencyAcknowledgement: 'Managerul unității va confirma în scris primirea plângerii dumneavoastră.',
      agencyMeeting: 'Managerul unității va investiga plângerea dumneavoastră și se va întâlni cu dumneavoastră.',
      lineManagerAcknowledgement:
        'Superiorul managerului unității va confirma în scris primirea scrisorii dumneavoastră.',
      lineManagerReport: 'Superiorul managerului unității va investiga și vă va prezenta un raport.',
      agencyAppeal: 'Proprietarii sau administratorii vor analiza contestația dumneavoastră și vă vor da un răspuns.',
      practiceReview: 'Proprietarii sau administratorii vor analiza practica unității, pentru a afla ce trebuie îmbunătățit.',
    },
    outcomes: {
      upheld: 'admisă',
      partlyUpheld: 'admisă parțial',
      notUpheld: 'respinsă',
    },
    outcomeMeanings: {
      complaint: {
        upheld: 'Suntem de acord cu plângerea dumneavoastră.',
        partlyUpheld: 'Suntem de acord cu o parte din plângerea dumneavoastră.',
        notUpheld: 'Nu suntem de acord cu plângerea dumneavoastră.',
      },
      concern: {
        upheld: 'Suntem de acord cu îngrijorarea dumneavoastră.',
        partlyUpheld: 'Suntem de acord cu o parte din îngrijorarea dumneavoastră.',
        notUpheld: 'Nu suntem de acord cu îngrijorarea dumneavoastră.',
      },
    },
    classifications: {
      concern: 'îngrijorare privind calitatea serviciului sau a practicii',
      complaint: 'plângere',
    },
    greeting: 'Bună ziua,',
    signOff: 'Cu stimă,',
    referenceLabel: 'Numărul dumneavoastră de referință',
    referenceHint: 'Vă rugăm să menționați acest număr de fiecare dată când ne contactați.',
    respondBy: (date) => `Vă vom răspunde până la ${date}.`,
    notSatisfiedNext: (level) =>
      `Dacă nu sunteți mulțumit(ă) de răspuns, puteți duce cazul mai departe. Următoarea etapă: ${level}.`,
    notSatisfiedOfsted:
      'Dacă tot nu sunteți mulțumit(ă) și considerați că unitatea nu a respectat cerințele Early Years Foundation Stage (EYFS – standardele pentru educația timpurie), puteți depune o plângere la Ofsted (datele de contact sunt mai jos).',
    interpreterOffer:
      'Spuneți-ne dacă aveți nevoie de un interpret sau de aceste informații în altă limbă. Ne vom ocupa de acest lucru.',
    interpreterNoted: (language) => `Am reținut că doriți un interpret (${language}). Ne vom ocupa de acest lucru.`,
    interpreterNotedNoLanguage: 'Am reținut că doriți un interpret. Ne vom ocupa de acest lucru.',
    statusLinkIntro: 'Puteți vedea oricând stadiul plângerii dumneavoastră:',
    statusLinkText: 'Vedeți stadiul plângerii',
    forConcern: {
      levelSteps: {
        settingManager: 'Managerul unității va analiza îngrijorarea dumneavoastră și vă va comunica ce a constatat.',
        lineManager: 'Superiorul managerului unității va analiza îngrijorarea dumneavoastră și vă va comunica ce a constatat.',
      },
      statusLinkIntro: 'Puteți vedea oricând stadiul analizării îngrijorării dumneavoastră:',
      statusLinkText: 'Vedeți stadiul îngrijorării semnalate',
    },
    statusLinkPrivate: 'Acest link este doar pentru dumneavoastră. Vă rugăm să nu îl distribuiți.',
    ofsted: {
      heading: 'Cum contactați Ofsted',
      atAnyTime:
        'Puteți depune oricând o plângere la Ofsted, autoritatea care supraveghează unitățile pentru copii mici din Anglia, telefonic sau în scris:',
      phone: 'Telefon',
      email: 'E-mail',
      web: 'Site web',
    },
  },

  complainant: {
    whatNextHeading: 'Ce urmează',
    complaintAcknowledgement: {
      subject: {
        concern: (reference) => `Am primit sesizarea dumneavoastră (${reference})`,
        complaint: (reference) => `Am primit plângerea dumneavoastră (${reference})`,
      },
      received: {
        concern: (setting) =>
          `Vă mulțumim că ne-ați semnalat această îngrijorare. Unitatea ${setting} a înregistrat-o ca îngrijorare privind calitatea serviciului sau a practicii.`,
        complaint: (setting) =>
          `Vă mulțumim că ne-ați contactat. Unitatea ${setting} a primit plângerea dumneavoastră și o tratează cu seriozitate.`,
      },
    },
    allegationReceived: {
      subject: (reference) => `Am primit informațiile transmise de dumneavoastră (${reference})`,
      thanks: (setting) =>
        `Vă mulțumim că ne-ați spus. Siguranța copiilor este cel mai important lucru pentru unitatea ${setting}.`,
      procedure:
        'Deoarece ne-ați spus că un membru al personalului sau un voluntar ar fi putut face rău unui copil, ne ocupăm imediat de acest lucru conform procedurii noastre privind acuzațiile împotriva personalului, nu conform procedurii de plângeri. Responsabilul desemnat cu protecția copiilor a fost informat.',
      contact: 'Este posibil să vă contactăm pentru mai multe informații.',
      emergency: 'Dacă un copil este în pericol imediat, sunați la 999.',
    },
    deadlineMissed: {
      subject: {
        complaint: (reference) => `Noutăți despre plângerea dumneavoastră (${reference})`,
        concern: (reference) => `Noutăți despre îngrijorarea dumneavoastră (${reference})`,
      },
      apology: {
        complaint: 'Ne pare rău: nu v-am răspuns la plângere până la data pe care v-am comunicat-o.',
        concern: 'Ne pare rău: nu v-am răspuns la îngrijorarea semnalată până la data pe care v-am comunicat-o.',
      },
      movedOn: {
        complaint: (level) => `Plângerea dumneavoastră a fost transmisă la etapa următoare: ${level}.`,
        concern: (level) => `Îngrijorarea dumneavoastră a fost transmisă la etapa următoare: ${level}.`,
      },
      noFurther: {
        complaint: 'Nu mai există o altă etapă în cadrul unității. Lucrăm în continuare la plângerea dumneavoastră și vă vom răspunde cât mai curând. Vă puteți adresa și acum la Ofsted (datele de contact sunt mai jos).',
        concern: 'Nu mai există o altă etapă în cadrul unității. Lucrăm în continuare la îngrijorarea dumneavoastră și vă vom răspunde cât mai curând. Vă puteți adresa și acum la Ofsted (datele de contact sunt mai jos).',
      },
    },
    levelOpened: {
      subject: {
        complaint: (reference) => `Plângerea dumneavoastră a trecut la etapa următoare (${reference})`,
        concern: (reference) => `Îngrijorarea dumneavoastră a trecut la etapa următoare (${reference})`,
      },
      opened: {
        complaint: (level) =>
        `Am primit cererea dumneavoastră de a duce plângerea mai departe. De aceasta se ocupă acum: ${level}.`,
        concern: (level) => `Am primit cererea dumneavoastră de a duce îngrijorarea mai departe. De aceasta se ocupă acum: ${level}.`,
      },
    },
    outcomeGiven: {
      subject: {
        complaint: (reference) => `Rezultatul plângerii dumneavoastră (${reference})`,
        concern: (reference) => `Rezultatul analizării îngrijorării dumneavoastră (${reference})`,
      },
      intro: {
        complaint: (level) => `Am terminat de analizat plângerea dumneavoastră în această etapă: ${level}.`,
        concern: (level) => `Am terminat de analizat îngrijorarea dumneavoastră în această etapă: ${level}.`,
      },
      outcome: {
        complaint: {
          upheld: 'Rezultat: plângerea a fost admisă.',
          partlyUpheld: 'Rezultat: plângerea a fost admisă parțial.',
          notUpheld: 'Rezultat: plângerea a fost respinsă.',
        },
        concern: {
          upheld: 'Rezultat: îngrijorarea a fost admisă.',
          partlyUpheld: 'Rezultat: îngrijorarea a fost admisă parțial.',
          notUpheld: 'Rezultat: îngrijorarea a fost respinsă.',
        },
      },
      summaryLabel: 'Ce am constatat și ce vom face',
      takeFurtherWithLink:
        'Pentru a duce plângerea mai departe, folosiți linkul de mai jos sau contactați unitatea și menționați numărul de referință.',
      takeFurther: 'Pentru a duce plângerea mai departe, contactați unitatea și menționați numărul de referință.',
    },
    deadlineExtended: {
      subject: {
        complaint: (reference) => `O nouă dată pentru plângerea dumneavoastră (${reference})`,
        concern: (reference) => `O nouă dată pentru îngrijorarea dumneavoastră (${reference})`,
      },
      intro: {
        complaint: (level) =>
        `Avem nevoie de mai mult timp pentru a răspunde plângerii dumneavoastră în această etapă: ${level}.`,
        concern: (level) => `Avem nevoie de mai mult timp pentru a răspunde îngrijorării dumneavoastră în această etapă: ${level}.`,
      },
      newDate: (date) => `Vă vom răspunde până la ${date}.`,
      reasonLabel: 'De ce avem nevoie de mai mult timp',
      originalDate: (date) => `Data stabilită de procedură era ${date}. Am păstrat o evidență a acestei modificări.`,
    },
    meetingHeld: {
      subject: (reference) => `Întâlnirea despre plângerea dumneavoastră (${reference})`,
      held: (date) => `Managerul unității s-a întâlnit cu dumneavoastră pe ${date} pentru a discuta plângerea.`,
      summaryLabel: 'Ce s-a discutat și ce s-a convenit',
      noAgreementNext: (level) =>
        `Dacă nu am ajuns la un acord, puteți scrie superiorului managerului unității. Etapa următoare este: ${level}.`,
      howWithLink: 'Pentru aceasta, folosiți linkul de mai jos sau scrieți unității, menționând numărul de referință.',
      how: 'Pentru aceasta, scrieți unității, menționând numărul de referință.',
    },
    noAgreementRecorded: {
      subject: (reference) => `Nu s-a ajuns la un acord privind plângerea dumneavoastră (${reference})`,
      recorded: 'Am consemnat că după întâlnirea noastră nu s-a ajuns la un acord.',
      next: (level) =>
        `Puteți scrie superiorului managerului unității, care vă va confirma primirea scrisorii în 5 zile și vă va răspunde în 14 zile. Etapa următoare este: ${level}.`,
    },
    complaintClosed: {
      subject: {
        complaint: (reference) => `Plângerea dumneavoastră a fost închisă (${reference})`,
        concern: (reference) => `Analiza îngrijorării dumneavoastră s-a încheiat (${reference})`,
      },
      closed: {
        complaint: (setting) =>
        `Plângerea dumneavoastră a fost închisă. Vă mulțumim că ați adus-o la cunoștința unității ${setting}: ne ajută să ne îmbunătățim.`,
        concern: (setting) => `Analiza îngrijorării dumneavoastră s-a încheiat. Vă mulțumim că ați adus-o la cunoștința unității ${setting}: ne ajută să ne îmbunătățim.`,
      },
      questions: 'Dacă aveți întrebări, contactați unitatea și menționați numărul de referință.',
    },
    complaintWithdrawn: {
      subject: {
        complaint: (reference) => `Plângerea dumneavoastră a fost retrasă (${reference})`,
        concern: (reference) => `Îngrijorarea dumneavoastră a fost retrasă (${reference})`,
      },
      withdrawn: {
        complaint: (setting) =>
        `La cererea dumneavoastră, plângerea adresată unității ${setting} a fost retrasă și nu o mai analizăm.`,
        concern: (setting) => `La cererea dumneavoastră, îngrijorarea adresată unității ${setting} a fost retrasă și nu o mai analizăm.`,
      },
      notYou: 'Dacă nu ați cerut acest lucru, contactați imediat unitatea și menționați numărul de referință.',
    },
    statusLinkRenewed: {
      subject: {
        complaint: (reference) => `Un link nou pentru a urmări plângerea (${reference})`,
        concern: (reference) => `Un link nou pentru a urmări îngrijorarea semnalată (${reference})`,
      },
      renewed: {
        complaint: 'Unitatea v-a trimis un link privat nou pentru a urmări plângerea. Linkurile din e-mailurile anterioare nu mai funcționează.',
        concern: 'Unitatea v-a trimis un link privat nou pentru a urmări îngrijorarea semnalată. Linkurile din e-mailurile anterioare nu mai funcționează.',
      },
      notYou: 'Dacă nu ați cerut acest lucru, contactați imediat unitatea și menționați numărul de referință.',
    },
  },

  staff: {
    fields: {
      reference: 'Număr de referință',
      setting: 'Unitatea',
      stage: 'Etapa',
      recordedAs: 'Înregistrată ca',
      deadline: 'Termen',
      interpreter: 'Interpret',
      received: 'Primită',
    },
    interpreterNeeded: (language) => `necesar (${language})`,
    interpreterNeededNoLanguage: 'necesar',
    interpreterNotRequested: 'nesolicitat',
    duties: {
      acknowledgement: 'Ce trebuie făcut: confirmați în scris reclamantului primirea plângerii, până la termen.',
      meeting: 'Ce trebuie făcut: investigați și întâlniți-vă cu reclamantul, până la termen.',
      outcome: 'Ce trebuie făcut: investigați și transmiteți reclamantului răspunsul dumneavoastră, până la termen.',
      review: 'Ce trebuie făcut: analizați practica în lumina acestei plângeri și consemnați constatările și acțiunile pe care le veți lua, până la termen.',
    },
    openLink: 'Deschideți plângerea',
    confidentiality:
      'Datele reclamantului și ale copilului se află numai în sistemul de plângeri. Păstrați-le confidențiale.',
    automated: (organisation) =>
      `Acest mesaj a fost trimis automat de sistemul de plângeri al organizației ${organisation}.`,
    levelAssigned: {
      subject: (reference, date) => `Plângerea ${reference}: acum la dumneavoastră, termen ${date}`,
      reviewSubject: (reference, date) => `Analiza practicii după plângerea ${reference}: termen ${date}`,
      reasons: {
        received: 'A fost primită o plângere nouă, iar dumneavoastră sunteți responsabil(ă) de această etapă.',
        escalated: 'Plângerea a ajuns la dumneavoastră deoarece termenul de la etapa anterioară a trecut fără răspuns.',
        complainantMoved:
          'Reclamantul a cerut ca plângerea să meargă mai departe, iar dumneavoastră sunteți responsabil(ă) de această etapă.',
        continued: 'Plângerea a trecut la pasul următor, iar dumneavoastră sunteți responsabil(ă) de acesta.',
        practiceReview: 'Plângerea a fost admisă total sau parțial: proprietarii sau administratorii analizează practica, pentru a afla ce trebuie îmbunătățit.',
      },
    },
    deadlineReminder: {
      subject: (reference, date) => `Reamintire: plângerea ${reference} are termen ${date}`,
      body: (date) => `Vă reamintim: termenul pentru această etapă a plângerii este ${date}.`,
    },
    overdueReminder: {
      subject: (reference, count) => `Termen depășit (reamintirea ${count}): plângerea ${reference}`,
      body: (date) =>
        `Termenul din ${date} a trecut. Nu mai există o altă etapă în cadrul unității, așa că plângerea rămâne la dumneavoastră până la finalizare. Vă rugăm să o finalizați cât mai curând.`,
    },
    handedOver: {
      subject: (reference) => `Plângerea ${reference} v-a fost predată`,
      body: 'Un administrator v-a desemnat persoana de referință (key person) pentru această plângere, în locul unui coleg. Dosarul ei și tot ce s-a făcut până acum se află în sistemul de plângeri.',
      yours: (date) => `Etapa în care se află este acum a dumneavoastră: termenul este ${date}.`,
      notYours: 'Etapa în care se află este deocamdată la altcineva. Vă rugăm să-l ajutați cu tot ce vă cere.',
    },
    appealNotice: {
      subject: (reference) => `Contestație primită: plângerea ${reference} a ajuns la proprietari sau administratori`,
      body: (date) =>
        `Reclamantul a depus o contestație. Conform procedurii, contestația merge la proprietari sau administratori: au primit-o și trebuie să răspundă până la ${date}.`,
      yourPart: 'Nu trebuie să înregistrați nimic pentru această etapă. Vă rugăm să-i ajutați pe proprietari sau administratori cu tot ce vă cer.',
    },
    complaintWithdrawn: {
      subject: (reference) => `Plângerea ${reference} a fost retrasă`,
      body: 'Persoana care a depus plângerea a retras-o. Toate termenele au fost oprite: nu mai este nimic de făcut.',
    },
    allegationAlert: {
      subject: (reference, setting) => `URGENT: acuzație de vătămare a unui copil, ${setting} (${reference})`,
      intro: (setting) =>
        `S-a făcut o acuzație că un membru al personalului sau un voluntar de la ${setting} a făcut rău unui copil.`,
      actNow: 'Urmați acum procedura privind acuzațiile (6.2).',
      doNotTell: 'Persoana numită în acuzație nu trebuie informată și nu trebuie implicată în gestionarea acesteia.',
      noClock: 'Acest caz nu este tratat prin procedura de plângeri: aici nu curge niciun termen de plângere.',
      steps: [
        'Asigurați-vă chiar acum că acest copil și toți ceilalți copii sunt în siguranță.',
        'Nu investigați și nu întrebați singuri copilul, persoana numită sau vreun martor.',
        'Notați ce vi s-a spus, cu cuvintele folosite, cu data și ora, și semnați.',
        'Contactați ofițerul desemnat al autorității locale (LADO) în cel mult o zi lucrătoare, înainte de a face orice altceva în privința persoanei numite, și urmați sfaturile acestuia.',
        'Anunțați Ofsted cât mai curând, cel târziu în 14 zile.',
      ],
      ladoHeading: 'Ofițerul desemnat al autorității locale (LADO)',
    },
  },
};
