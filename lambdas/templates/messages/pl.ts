/**
 * Polish (polski). Typed as `Messages`: a missing key is a compile error (F2).
 * Complainants are addressed as "Państwo" (formal and gender-neutral); names of settings
 * follow the noun "placówka", so they stay in the nominative whatever the sentence needs.
 */
import type { Messages } from './en';

export const pl: Messages = {
  common: {
    levels: {
      keyPerson: 'opiekun przypisany do dziecka (key person)',
      settingManager: 'kierownik placówki',
      lineManager: 'przełożony kierownika placówki',
      owners: 'właściciele lub powiernicy (odwołanie)',
      agencyAcknowledgement: 'kierownik placówki',
      agencyMeeting: 'kierownik placówki',
      lineManagerAcknowledgement: 'przełożony kierownika placówki',
      lineManagerReport: 'przełożony kierownika placówki',
      agencyAppeal: 'właściciele lub powiernicy (odwołanie)',
      practiceReview: 'właściciele lub powiernicy (przegląd praktyki)',
    },
    levelSteps: {
      keyPerson: 'Opiekun przypisany do dziecka porozmawia z Państwem o zgłoszonej sprawie i spróbuje ją rozwiązać.',
      settingManager: 'Kierownik placówki zbada Państwa skargę i przekaże Państwu swoje ustalenia.',
      lineManager: 'Przełożony kierownika placówki zbada Państwa skargę i przekaże Państwu swoje ustalenia.',
      owners: 'Właściciele lub powiernicy rozpatrzą Państwa odwołanie i udzielą odpowiedzi.',
      agencyAcknowledgement: 'Kierownik placówki potwierdzi na piśmie otrzymanie Państwa skargi.',
      agencyMeeting: 'Kierownik placówki zbada Państwa skargę i spotka się z Państwem.',
      lineManagerAcknowledgement: 'Przełożony kierownika placówki potwierdzi na piśmie otrzymanie Państwa pisma.',
      lineManagerReport: 'Przełożony kierownika placówki zbada sprawę i przekaże Państwu sprawozdanie.',
      agencyAppeal: 'Właściciele lub powiernicy rozpatrzą Państwa odwołanie i udzielą odpowiedzi.',
      practiceReview: 'Właściciele lub powiernicy dokonają przeglądu praktyki placówki, aby ustalić, co poprawić.',
    },
    outcomes: {
      upheld: 'uwzględniona',
      partlyUpheld: 'częściowo uwzględniona',
      notUpheld: 'nieuwzględniona',
    },
    outcomeMeanings: {
      complaint: {
        upheld: 'Zgadzamy się z Państwa skargą.',
        partlyUpheld: 'Zgadzamy się z częścią Państwa skargi.',
        notUpheld: 'Nie zgadzamy się z Państwa skargą.',
      },
      concern: {
        upheld: 'Zgadzamy się z Państwa uwagą.',
        partlyUpheld: 'Zgadzamy się z częścią Państwa uwagi.',
        notUpheld: 'Nie zgadzamy się z Państwa uwagą.',
      },
    },
    classifications: {
      concern: 'uwaga dotycząca jakości usług lub praktyki',
      complaint: 'skarga',
    },
    greeting: 'Dzień dobry,',
    signOff: 'Z wyrazami szacunku,',
    referenceLabel: 'Numer Państwa sprawy',
    referenceHint: 'Prosimy podawać ten numer przy każdym kontakcie z nami.',
    respondBy: (date) => `Odpowiemy do ${date}.`,
    notSatisfiedNext: (level) =>
      `Jeśli odpowiedź Państwa nie zadowoli, mogą Państwo przekazać sprawę dalej. Kolejny etap: ${level}.`,
    notSatisfiedOfsted:
      'Jeśli nadal nie są Państwo zadowoleni i uważają Państwo, że placówka nie spełniła wymogów Early Years Foundation Stage (EYFS – standardów wczesnej edukacji i opieki), mogą Państwo złożyć skargę do Ofsted (dane kontaktowe poniżej).',
    interpreterOffer:
      'Prosimy dać nam znać, jeśli potrzebują Państwo tłumacza lub tych informacji w innym języku. Zorganizujemy to.',
    interpreterNoted: (language) =>
      `Odnotowaliśmy, że chcą Państwo skorzystać z pomocy tłumacza (${language}). Zorganizujemy go.`,
    interpreterNotedNoLanguage: 'Odnotowaliśmy, że chcą Państwo skorzystać z pomocy tłumacza. Zorganizujemy go.',
    statusLinkIntro: 'Postęp sprawy mogą Państwo sprawdzić w każdej chwili:',
    statusLinkText: 'Sprawdź postęp sprawy',
    forConcern: {
      levelSteps: {
        settingManager: 'Kierownik placówki zbada Państwa uwagę i przekaże Państwu swoje ustalenia.',
        lineManager: 'Przełożony kierownika placówki zbada Państwa uwagę i przekaże Państwu swoje ustalenia.',
      },
      statusLinkIntro: 'Postęp rozpatrywania Państwa uwagi mogą Państwo sprawdzić w każdej chwili:',
      statusLinkText: 'Sprawdź postęp rozpatrywania uwagi',
    },
    statusLinkPrivate: 'Ten link jest przeznaczony tylko dla Państwa. Prosimy go nie udostępniać.',
    ofsted: {
      heading: 'Kontakt z Ofsted',
      atAnyTime:
        'W każdej chwili mogą Państwo złożyć skargę do Ofsted – urzędu nadzorującego placówki opieki nad małymi dziećmi w Anglii – telefonicznie lub na piśmie:',
      phone: 'Telefon',
      email: 'E-mail',
      web: 'Strona internetowa',
    },
  },

  complainant: {
    whatNextHeading: 'Co dalej',
    complaintAcknowledgement: {
      subject: {
        concern: (reference) => `Otrzymaliśmy Państwa zgłoszenie (${reference})`,
        complaint: (reference) => `Otrzymaliśmy Państwa skargę (${reference})`,
      },
      received: {
        concern: (setting) =>
          `Dziękujemy za przekazanie uwagi. Placówka ${setting} zarejestrowała ją jako uwagę dotyczącą jakości usług lub praktyki.`,
        complaint: (setting) =>
          `Dziękujemy za kontakt. Placówka ${setting} otrzymała Państwa skargę i traktuje ją poważnie.`,
      },
    },
    allegationReceived: {
      subject: (reference) => `Otrzymaliśmy Państwa zgłoszenie (${reference})`,
      thanks: (setting) =>
        `Dziękujemy za przekazanie tych informacji. Bezpieczeństwo dzieci jest dla placówki ${setting} najważniejsze.`,
      procedure:
        'Ponieważ przekazali nam Państwo, że pracownik lub wolontariusz mógł skrzywdzić dziecko, zajmujemy się tym natychmiast w ramach procedury dotyczącej zarzutów wobec personelu, a nie procedury skargowej. Wyznaczona osoba odpowiedzialna za ochronę dzieci została o tym poinformowana.',
      contact: 'Możemy skontaktować się z Państwem, aby poprosić o dodatkowe informacje.',
      emergency: 'Jeśli dziecku grozi bezpośrednie niebezpieczeństwo, prosimy dzwonić pod numer 999.',
    },
    deadlineMissed: {
      subject: {
        complaint: (reference) => `Informacja o Państwa skardze (${reference})`,
        concern: (reference) => `Informacja o Państwa uwadze (${reference})`,
      },
      apology: {
        complaint: 'Przepraszamy: nie odpowiedzieliśmy na Państwa skargę w podanym terminie.',
        concern: 'Przepraszamy: nie odpowiedzieliśmy na Państwa uwagę w podanym terminie.',
      },
      movedOn: {
        complaint: (level) => `Skarga została przekazana do kolejnego etapu: ${level}.`,
        concern: (level) => `Uwaga została przekazana do kolejnego etapu: ${level}.`,
      },
      noFurther: {
        complaint: 'W placówce nie ma już kolejnego etapu. Nadal zajmujemy się Państwa skargą i odpowiemy najszybciej, jak to możliwe. Mogą Państwo również już teraz zwrócić się do Ofsted (dane kontaktowe poniżej).',
        concern: 'W placówce nie ma już kolejnego etapu. Nadal zajmujemy się Państwa uwagą i odpowiemy najszybciej, jak to możliwe. Mogą Państwo również już teraz zwrócić się do Ofsted (dane kontaktowe poniżej).',
      },
    },
    levelOpened: {
      subject: {
        complaint: (reference) => `Państwa skarga przeszła do kolejnego etapu (${reference})`,
        concern: (reference) => `Państwa uwaga przeszła do kolejnego etapu (${reference})`,
      },
      opened: {
        complaint: (level) =>
        `Otrzymaliśmy Państwa prośbę o dalsze rozpatrzenie skargi. Sprawą zajmuje się teraz: ${level}.`,
        concern: (level) => `Otrzymaliśmy Państwa prośbę o dalsze rozpatrzenie uwagi. Sprawą zajmuje się teraz: ${level}.`,
      },
    },
    outcomeGiven: {
      subject: {
        complaint: (reference) => `Wynik rozpatrzenia Państwa skargi (${reference})`,
        concern: (reference) => `Wynik rozpatrzenia Państwa uwagi (${reference})`,
      },
      intro: {
        complaint: (level) => `Zakończyliśmy rozpatrywanie Państwa skargi na tym etapie: ${level}.`,
        concern: (level) => `Zakończyliśmy rozpatrywanie Państwa uwagi na tym etapie: ${level}.`,
      },
      outcome: {
        complaint: {
          upheld: 'Wynik: skarga uwzględniona.',
          partlyUpheld: 'Wynik: skarga częściowo uwzględniona.',
          notUpheld: 'Wynik: skarga nieuwzględniona.',
        },
        concern: {
          upheld: 'Wynik: uwaga uwzględniona.',
          partlyUpheld: 'Wynik: uwaga częściowo uwzględniona.',
          notUpheld: 'Wynik: uwaga nieuwzględniona.',
        },
      },
      summaryLabel: 'Co ustaliliśmy i co zrobimy',
      takeFurtherWithLink:
        'Aby przekazać skargę dalej, prosimy skorzystać z linku poniżej albo skontaktować się z placówką, podając numer sprawy.',
      takeFurther: 'Aby przekazać skargę dalej, prosimy skontaktować się z placówką, podając numer sprawy.',
    },
    deadlineExtended: {
      subject: {
        complaint: (reference) => `Nowy termin odpowiedzi na Państwa skargę (${reference})`,
        concern: (reference) => `Nowy termin odpowiedzi na Państwa uwagę (${reference})`,
      },
      intro: {
        complaint: (level) => `Potrzebujemy więcej czasu na odpowiedź na Państwa skargę na tym etapie: ${level}.`,
        concern: (level) => `Potrzebujemy więcej czasu na odpowiedź na Państwa uwagę na tym etapie: ${level}.`,
      },
      newDate: (date) => `Odpowiemy do ${date}.`,
      reasonLabel: 'Dlaczego potrzebujemy więcej czasu',
      originalDate: (date) => `Termin wynikający z procedury to ${date}. Zmiana terminu została odnotowana.`,
    },
    meetingHeld: {
      subject: (reference) => `Spotkanie w sprawie Państwa skargi (${reference})`,
      held: (date) => `Kierownik placówki spotkał się z Państwem ${date}, aby omówić skargę.`,
      summaryLabel: 'Co omówiono i uzgodniono',
      noAgreementNext: (level) =>
        `Jeśli nie doszliśmy do porozumienia, mogą Państwo napisać do przełożonego kierownika placówki. Kolejny etap: ${level}.`,
      howWithLink: 'W tym celu prosimy skorzystać z linku poniżej albo napisać do placówki, podając numer sprawy.',
      how: 'W tym celu prosimy napisać do placówki, podając numer sprawy.',
    },
    noAgreementRecorded: {
      subject: (reference) => `Nie osiągnięto porozumienia w sprawie Państwa skargi (${reference})`,
      recorded: 'Odnotowaliśmy, że po naszym spotkaniu nie osiągnięto porozumienia.',
      next: (level) =>
        `Mogą Państwo napisać do przełożonego kierownika placówki, który potwierdzi otrzymanie pisma w ciągu 5 dni i przekaże odpowiedź w ciągu 14 dni. Kolejny etap: ${level}.`,
    },
    complaintClosed: {
      subject: {
        complaint: (reference) => `Państwa skarga została zamknięta (${reference})`,
        concern: (reference) => `Rozpatrywanie Państwa uwagi zostało zakończone (${reference})`,
      },
      closed: {
        complaint: (setting) =>
        `Państwa skarga została zamknięta. Dziękujemy za jej zgłoszenie – pomaga to placówce ${setting} stawać się lepszą.`,
        concern: (setting) => `Rozpatrywanie Państwa uwagi zostało zakończone. Dziękujemy za jej zgłoszenie – pomaga to placówce ${setting} stawać się lepszą.`,
      },
      questions: 'W razie pytań prosimy o kontakt z placówką, z podaniem numeru sprawy.',
    },
    complaintWithdrawn: {
      subject: {
        complaint: (reference) => `Państwa skarga została wycofana (${reference})`,
        concern: (reference) => `Państwa uwaga została wycofana (${reference})`,
      },
      withdrawn: {
        complaint: (setting) =>
        `Zgodnie z Państwa prośbą skarga do placówki ${setting} została wycofana i zakończyliśmy jej rozpatrywanie.`,
        concern: (setting) => `Zgodnie z Państwa prośbą uwaga do placówki ${setting} została wycofana i zakończyliśmy jej rozpatrywanie.`,
      },
      notYou: 'Jeśli nie prosili Państwo o to, prosimy o natychmiastowy kontakt z placówką, z podaniem numeru sprawy.',
    },
    statusLinkRenewed: {
      subject: {
        complaint: (reference) => `Nowy link do śledzenia Państwa skargi (${reference})`,
        concern: (reference) => `Nowy link do śledzenia Państwa uwagi (${reference})`,
      },
      renewed: {
        complaint: 'Placówka wysłała Państwu nowy, prywatny link do śledzenia skargi. Linki z wcześniejszych wiadomości już nie działają.',
        concern: 'Placówka wysłała Państwu nowy, prywatny link do śledzenia uwagi. Linki z wcześniejszych wiadomości już nie działają.',
      },
      notYou: 'Jeśli nie prosili Państwo o to, prosimy o natychmiastowy kontakt z placówką, z podaniem numeru sprawy.',
    },
  },

  staff: {
    fields: {
      reference: 'Numer sprawy',
      setting: 'Placówka',
      stage: 'Etap',
      recordedAs: 'Zarejestrowano jako',
      deadline: 'Termin',
      interpreter: 'Tłumacz',
      received: 'Otrzymano',
    },
    interpreterNeeded: (language) => `potrzebny (${language})`,
    interpreterNeededNoLanguage: 'potrzebny',
    interpreterNotRequested: 'nie zgłoszono potrzeby',
    duties: {
      acknowledgement: 'Co należy zrobić: potwierdzić skarżącemu na piśmie otrzymanie skargi w wyznaczonym terminie.',
      meeting: 'Co należy zrobić: zbadać sprawę i spotkać się ze skarżącym w wyznaczonym terminie.',
      outcome: 'Co należy zrobić: zbadać sprawę i przekazać skarżącemu odpowiedź w wyznaczonym terminie.',
      review: 'Co należy zrobić: dokonać przeglądu praktyki w świetle tej skargi oraz zapisać ustalenia i planowane działania w wyznaczonym terminie.',
    },
    openLink: 'Otwórz skargę',
    confidentiality:
      'Dane skarżącego i dziecka znajdują się wyłącznie w systemie skarg. Należy zachować je w poufności.',
    automated: (organisation) =>
      `Ta wiadomość została wysłana automatycznie przez system skarg organizacji ${organisation}.`,
    levelAssigned: {
      subject: (reference, date) => `Skarga ${reference}: nowe zadanie, termin ${date}`,
      reviewSubject: (reference, date) => `Przegląd praktyki po skardze ${reference}: termin ${date}`,
      reasons: {
        received: 'Wpłynęła nowa skarga. Za ten etap odpowiada Pan/Pani.',
        escalated: 'Skarga trafiła do Pana/Pani, ponieważ termin na poprzednim etapie upłynął bez odpowiedzi.',
        complainantMoved: 'Skarżący poprosił o dalsze rozpatrzenie skargi. Za ten etap odpowiada Pan/Pani.',
        continued: 'Skarga przeszła do kolejnego kroku. Odpowiada za niego Pan/Pani.',
        practiceReview: 'Skarga została uznana w całości lub w części: właściciele lub powiernicy dokonują przeglądu praktyki, aby ustalić, co poprawić.',
      },
    },
    deadlineReminder: {
      subject: (reference, date) => `Przypomnienie: termin w sprawie skargi ${reference} upływa ${date}`,
      body: (date) => `Przypominamy: termin na tym etapie skargi upływa ${date}.`,
    },
    overdueReminder: {
      subject: (reference, count) => `Po terminie (przypomnienie nr ${count}): skarga ${reference}`,
      body: (date) =>
        `Termin upłynął ${date}. W placówce nie ma już kolejnego etapu, więc sprawa pozostaje u Pana/Pani do czasu jej zakończenia. Prosimy zakończyć ją jak najszybciej.`,
    },
    handedOver: {
      subject: (reference) => `Skarga ${reference} została przekazana Panu/Pani`,
      body: 'Administrator wyznaczył Pana/Panią na opiekuna przypisanego (key person) w tej sprawie w miejsce innego pracownika. Jej dokumentacja i wszystko, co dotąd zrobiono, są w systemie skarg.',
      yours: (date) => `Obecny etap należy teraz do Pana/Pani: termin upływa ${date}.`,
      notYours: 'Obecny etap prowadzi na razie ktoś inny. Prosimy pomóc tej osobie we wszystkim, o co poprosi.',
    },
    appealNotice: {
      subject: (reference) => `Wpłynęło odwołanie: skarga ${reference} trafiła do właścicieli lub powierników`,
      body: (date) =>
        `Skarżący złożył odwołanie. Zgodnie z procedurą odwołanie trafia do właścicieli lub powierników: otrzymali je i muszą odpowiedzieć do ${date}.`,
      yourPart: 'Na tym etapie nie musi Pan/Pani niczego rejestrować. Prosimy pomóc właścicielom lub powiernikom we wszystkim, o co poproszą.',
    },
    complaintWithdrawn: {
      subject: (reference) => `Skarga ${reference} została wycofana`,
      body: 'Osoba składająca skargę wycofała ją. Wszystkie terminy zostały zatrzymane: nic więcej nie trzeba robić.',
    },
    allegationAlert: {
      subject: (reference, setting) => `PILNE: zarzut skrzywdzenia dziecka, ${setting} (${reference})`,
      intro: (setting) =>
        `Zgłoszono zarzut, że pracownik lub wolontariusz placówki ${setting} skrzywdził dziecko.`,
      actNow: 'Należy teraz postępować zgodnie z procedurą dotyczącą zarzutów (6.2).',
      doNotTell:
        'Osoby wskazanej w zarzucie nie wolno o nim informować ani angażować w jego rozpatrywanie.',
      noClock: 'Sprawa nie jest prowadzona w ramach procedury skargowej: nie biegnie tu żaden termin skargowy.',
      steps: [
        'Należy natychmiast zapewnić bezpieczeństwo temu dziecku i wszystkim innym dzieciom.',
        'Nie należy samodzielnie prowadzić wyjaśnień ani wypytywać dziecka, osoby wskazanej ani świadków.',
        'Należy zapisać to, co zostało przekazane, użytymi słowami, z datą i godziną, i podpisać.',
        'W ciągu jednego dnia roboczego należy skontaktować się z wyznaczonym urzędnikiem władz lokalnych (LADO), zanim cokolwiek innego zostanie zrobione w sprawie osoby wskazanej, i postępować zgodnie z jego zaleceniami.',
        'Należy jak najszybciej, a najpóźniej w ciągu 14 dni, powiadomić Ofsted.',
      ],
      ladoHeading: 'Wyznaczony urzędnik władz lokalnych (LADO)',
    },
  },
};
