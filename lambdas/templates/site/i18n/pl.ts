/**
 * Polish (polski). Typed as `WebMessages`: a missing key is a compile error (F2). Readers
 * are addressed as "Państwo" (formal and gender-neutral), as in the emails.
 */
import type { WebMessages } from './en';

export const pl: WebMessages = {
  serviceName: 'Uwagi i skargi',

  layout: {
    skipLink: 'Przejdź do treści głównej',
    languages: 'Wybierz język',
    home: 'Jak zgłosić uwagę lub złożyć skargę',
    emergency: 'Jeśli dziecku grozi teraz niebezpieczeństwo, prosimy dzwonić pod 999.',
  },

  chooser: {
    choose: 'Wybierz swój język',
  },

  home: {
    title: 'Zgłoś uwagę lub złóż skargę',
    intro: (organisation) =>
      `Chcemy, aby każde dziecko i każda rodzina w ${organisation} byli zadowoleni z naszej opieki. Jeśli coś jest nie tak, prosimy nam o tym powiedzieć. Zgłoszenie uwagi lub skargi nigdy nie będzie działać na niekorzyść Państwa ani Państwa dziecka.`,
    startParent: 'Zgłoś uwagę lub skargę',
    agencyLink: 'Składają Państwo skargę w imieniu innej instytucji lub organizacji? Prosimy skorzystać z formularza dla instytucji.',
    harmHeading: 'Obawiają się Państwo, że ktoś, kto tu pracuje, skrzywdził dziecko?',
    harmText:
      'Taka sprawa nie jest rozpatrywana jako skarga. Prosimy powiedzieć nam o tym od razu: wyznaczona osoba odpowiedzialna za ochronę dzieci zostanie natychmiast poinformowana.',
    harmLink: 'Co się dzieje, gdy zgłoszą Państwo skrzywdzenie dziecka',
    kindsHeading: 'Uwaga czy skarga?',
    concern:
      'Uwaga to sprawa, którą chcieliby Państwo, abyśmy sprawdzili i naprawili, zwykle w rozmowie z Państwem.',
    complaint:
      'Skarga to formalna prośba do kierownika placówki o zbadanie tego, co się wydarzyło, i udzielenie Państwu odpowiedzi.',
    kindsChoice: 'To Państwo decydują, czym jest zgłoszenie. Skargę można złożyć w każdej chwili, bez wcześniejszego zgłaszania uwagi.',
    stepsHeading: 'Co się dzieje, krok po kroku',
    steps: {
      keyPerson:
        'Uwaga trafia zwykle najpierw do opiekuna przypisanego do Państwa dziecka (key person). Wysłucha on Państwa, wyjaśni sprawę i spróbuje ją naprawić. Zapisujemy każdą uwagę i sposób jej rozwiązania.',
      settingManager:
        'Jeśli odpowiedź opiekuna Państwa nie zadowala albo skarga dotyczy opiekuna lub innego pracownika, sprawę bada kierownik placówki i w ciągu 28 dni przekazuje Państwu swoje ustalenia.',
      lineManager:
        'Jeśli nadal nie są Państwo zadowoleni albo skarga dotyczy kierownika placówki, sprawa trafia do przełożonego kierownika placówki.',
      owners:
        'Jeśli nadal nie są Państwo zadowoleni, mogą Państwo złożyć odwołanie, ustnie lub na piśmie. Właściciele lub powiernicy odpowiedzą w ciągu kolejnych 14 dni.',
      ofsted:
        'Jeśli sprawa nadal nie jest rozwiązana i uważają Państwo, że placówka nie spełniła wymogów Early Years Foundation Stage (EYFS – standardów wczesnej edukacji i opieki), mogą Państwo złożyć skargę do Ofsted.',
    },
    timesHeading: 'Kiedy otrzymają Państwo odpowiedź',
    times:
      'Po wysłaniu formularza od razu wysyłamy Państwu e-mail z numerem sprawy i datą, do której otrzymają Państwo odpowiedź. Jeśli nie dotrzymamy terminu, skarga automatycznie trafia do kolejnej osoby, a my Państwa o tym informujemy.',
    languageHeading: 'Pomoc w Państwa języku',
    language:
      'Te strony i wszystkie nasze e-maile są dostępne po angielsku, walijsku, polsku, rumuńsku, w języku urdu i po arabsku. Możemy też bezpłatnie zapewnić tłumacza: wystarczy zaznaczyć to w formularzu.',
    agencyHeading: 'Dla innych instytucji',
    agency:
      'Specjaliści z innych instytucji, na przykład pielęgniarka środowiskowa (health visitor) lub pracownik socjalny, mogą złożyć formalną skargę na piśmie. W ciągu 10 dni potwierdzamy na piśmie jej otrzymanie, a w ciągu 28 dni spotykamy się z Państwem.',
    agencyStart: 'Złóż skargę w imieniu instytucji',
  },

  allegation: {
    title: 'Jeśli uważają Państwo, że ktoś, kto tu pracuje, skrzywdził dziecko',
    intro:
      'Jeśli uważają Państwo, że pracownik lub wolontariusz skrzywdził dziecko albo może je skrzywdzić, prosimy powiedzieć nam o tym od razu. Nie muszą Państwo mieć pewności.',
    insteadHeading: 'Co się dzieje zamiast rozpatrzenia skargi',
    instead: [
      'Nie traktujemy tego jako skargi i nie czekamy na terminy procedury skargowej.',
      'Wyznaczona osoba odpowiedzialna za ochronę dzieci i kierownik placówki są informowani natychmiast.',
      'Nie informujemy osoby, której dotyczą Państwa obawy, i nie bierze ona udziału w wyjaśnianiu sprawy.',
      'Postępujemy zgodnie z naszą procedurą dotyczącą zarzutów wobec personelu. Obejmuje to powiadomienie wyznaczonego urzędnika władz lokalnych (LADO), który nadzoruje sprawy zarzutów wobec osób pracujących z dziećmi.',
      'Możemy skontaktować się z Państwem, aby poprosić o dodatkowe informacje.',
    ],
    howHeading: 'Jak nam o tym powiedzieć',
    how: 'Prosimy skorzystać z formularza i zaznaczyć pole informujące, że sprawa dotyczy skrzywdzenia dziecka przez pracownika lub wolontariusza. Mogą też Państwo porozmawiać osobiście z kierownikiem placówki lub z wyznaczoną osobą odpowiedzialną za ochronę dzieci.',
    parentForm: 'Zgłoś przez formularz dla rodziców i opiekunów',
    agencyForm: 'Zgłoś przez formularz dla instytucji',
    othersHeading: 'Mogą się Państwo również skontaktować z',
    lado: 'Wyznaczonym urzędnikiem władz lokalnych (LADO) lub działem opieki społecznej nad dziećmi (children’s social care) – przez Państwa lokalny urząd (council).',
    police: 'Policją: prosimy dzwonić pod 999, jeśli dziecku grozi teraz niebezpieczeństwo, lub pod 101, jeśli nie jest to nagły wypadek.',
  },

  form: {
    requiredNote: 'Prosimy odpowiedzieć na każde pytanie, chyba że jest oznaczone jako (opcjonalne).',
    optional: '(opcjonalne)',
    choose: 'Wybierz',
    submit: 'Wyślij',
    sending: 'Wysyłanie…',
    setting: 'Którego żłobka, przedszkola lub placówki dotyczy sprawa?',
    harmLegend: 'Czy dziecku grozi krzywda?',
    harmWarning:
      'Jeśli uważają Państwo, że pracownik lub wolontariusz skrzywdził dziecko, prosimy zaznaczyć to pole. Sprawa nie będzie rozpatrywana jako skarga: wyznaczona osoba odpowiedzialna za ochronę dzieci zostanie natychmiast poinformowana i zastosujemy naszą procedurę dotyczącą zarzutów wobec personelu.',
    harmCheckbox: 'Tak, sprawa dotyczy skrzywdzenia dziecka przez pracownika lub wolontariusza',
    harmMore: 'Co się dzieje zamiast rozpatrzenia skargi',
    subjectStaff: 'Którego pracownika dotyczy sprawa?',
    subjectStaffHint: 'Tylko jeśli Państwo wiedzą. Osoba, której dotyczy sprawa, nigdy nie będzie jej wyjaśniać.',
    subjectStaffNone: 'Nie wiem lub nie dotyczy jednej osoby',
    description: 'Co się wydarzyło?',
    desiredOutcome: 'Co mogłoby naprawić sytuację?',
    desiredOutcomeHint: 'Na przykład przeprosiny, zmiana sposobu postępowania lub spotkanie.',
    detailsHeading: 'Państwa dane',
    name: 'Imię i nazwisko',
    email: 'Adres e-mail',
    emailHint: 'Na ten adres wyślemy numer sprawy i wszystkie informacje o jej postępach.',
    phone: 'Numer telefonu',
    phoneHint: 'Tylko jeśli chcą Państwo, abyśmy zadzwonili.',
    languageHeading: 'Język',
    language: 'W jakim języku mamy do Państwa pisać?',
    interpreter: 'Chcę skorzystać z bezpłatnej pomocy tłumacza',
    interpreterHint: 'Podczas spotkań i rozmów telefonicznych z nami.',
    interpreterLanguage: 'W jakim języku ma mówić tłumacz?',
    interpreterLanguageHint:
      'Na przykład polski lub brytyjski język migowy (BSL). Jeśli pozostawią Państwo to pole puste, przyjmiemy język wybrany powyżej.',
    honeypot: 'Prosimy pozostawić to pole puste',
  },

  parent: {
    title: 'Zgłoś uwagę lub skargę',
    intro:
      'Zajmie to około 10 minut. Informacje od Państwa wykorzystamy wyłącznie do wyjaśnienia uwagi lub skargi i zachowamy je w poufności.',
    classification: 'Czy to uwaga, czy skarga?',
    classificationHint: 'Jeśli zaznaczyli Państwo pole dotyczące skrzywdzenia dziecka, można pominąć to pytanie.',
    concern: 'Uwaga',
    concernHint:
      'Sprawa dotycząca opieki lub usług, którą chcieliby Państwo, abyśmy naprawili. Zwykle opiekun przypisany do dziecka omówi ją z Państwem.',
    complaint: 'Skarga',
    complaintHint: 'Formalna skarga. Kierownik placówki ją zbada i odpowie Państwu w ciągu 28 dni.',
    about: 'Kogo lub czego dotyczy sprawa?',
    aboutHint: 'Dzięki temu wiemy, kto powinien ją wyjaśnić.',
    aboutService: 'Opieki lub usług ogólnie',
    aboutKeyPerson: 'Opiekuna przypisanego do mojego dziecka',
    aboutKeyPersonHint: 'Sprawę wyjaśni kierownik placówki.',
    aboutOtherStaff: 'Innego pracownika',
    aboutOtherStaffHint: 'Sprawę wyjaśni kierownik placówki.',
    aboutManager: 'Kierownika placówki',
    aboutManagerHint: 'Sprawę wyjaśni przełożony kierownika placówki.',
    keyPerson: 'Kto jest opiekunem przypisanym do Państwa dziecka?',
    keyPersonNone: 'Nie wiem',
    childName: 'Imię dziecka',
    descriptionHint: 'Prosimy opisać, co się wydarzyło, kiedy i kto brał w tym udział. Można pisać bez ograniczeń.',
    consent: 'Zgadzam się, aby placówka kontaktowała się ze mną w sprawie mojej uwagi lub skargi',
    consentHint: 'Potrzebujemy tej zgody, aby Państwu odpowiedzieć.',
  },

  agency: {
    title: 'Złóż formalną skargę w imieniu instytucji',
    intro:
      'Dla specjalistów z innych instytucji lub organizacji, na przykład pielęgniarki środowiskowej (health visitor) lub pracownika socjalnego. W ciągu 10 dni potwierdzimy na piśmie otrzymanie skargi, a w ciągu 28 dni spotkamy się z Państwem.',
    about: 'Czego dotyczy skarga?',
    aboutPractice: 'Praktyki stosowanej w placówce',
    aboutStaff: 'Pracownika',
    aboutStaffHint: 'Sprawę wyjaśni kierownik placówki.',
    aboutManager: 'Kierownika placówki',
    aboutManagerHint: 'Zostanie poinformowany przełożony kierownika placówki.',
    descriptionHint: 'Prosimy przedstawić skargę: co się wydarzyło, kiedy i kto brał w tym udział.',
    organisation: 'Nazwa instytucji',
    role: 'Stanowisko',
  },

  confirmation: {
    title: 'Otrzymaliśmy Państwa skargę',
    concernTitle: 'Otrzymaliśmy Państwa uwagę',
    allegationTitle: 'Otrzymaliśmy Państwa zgłoszenie',
    emailSent:
      'Wysłaliśmy Państwu e-mail z potwierdzeniem. Zawiera on prywatny link, pod którym można śledzić dalsze postępowanie.',
    home: 'Wróć do informacji, jak zgłosić uwagę lub złożyć skargę',
  },

  status: {
    title: 'Państwa skarga',
    concernTitle: 'Państwa uwaga',
    allegationTitle: 'Państwa zgłoszenie',
    receivedConcern: 'Otrzymaliśmy uwagę',
    receivedAllegation: 'Otrzymaliśmy zgłoszenie',
    setting: 'Placówka',
    received: 'Data otrzymania',
    stage: 'Etap',
    state: 'Stan sprawy',
    states: {
      open: 'W toku',
      closed: 'Zamknięta',
      withdrawn: 'Wycofana',
      referred: 'Przekazana do procedury dotyczącej zarzutów wobec personelu',
    },
    hearByHeading: 'Kiedy otrzymają Państwo odpowiedź',
    extendedHeading: 'Potrzebujemy więcej czasu',
    outcomeHeading: 'Udzielona odpowiedź',
    outcomeFrom: (level) => `Etap, na którym udzielono odpowiedzi: ${level}.`,
    outcomeOn: (date) => `Data odpowiedzi: ${date}.`,
    waiting: 'Nie muszą Państwo teraz nic robić. Wyślemy Państwu e-mail, gdy pojawią się nowe informacje.',
    answered: 'Prosimy poniżej poinformować nas, czy są Państwo zadowoleni z tej odpowiedzi.',
    closed: 'Sprawa została zamknięta. Dziękujemy za jej zgłoszenie: pomaga nam to się doskonalić.',
    withdrawn: 'Wycofali Państwo tę sprawę. Jeśli coś nadal jest nie tak, mogą Państwo zgłosić to ponownie.',
    respondHeading: 'Państwa odpowiedź',
    respondLegend: 'Co chcieliby Państwo zrobić?',
    satisfied: 'Jestem zadowolony/zadowolona z odpowiedzi',
    satisfiedHint: 'Sprawa zostanie zamknięta.',
    notSatisfied: 'Nie jestem zadowolony/zadowolona i chcę skierować sprawę dalej',
    noAgreement: 'Po naszym spotkaniu nie doszliśmy do porozumienia i chcę napisać do przełożonego kierownika',
    noAgreementHint: 'Pismo trafi do przełożonego kierownika placówki, który potwierdzi jego otrzymanie w ciągu 5 dni i odpowie w ciągu 14 dni.',
    withdraw: 'Chcę wycofać zgłoszenie',
    withdrawHint: 'Przestaniemy się tym zajmować. Nadal mogą Państwo w każdej chwili skontaktować się z Ofsted.',
    confirmWithdraw: 'Potwierdzam, że chcę wycofać zgłoszenie',
    confirmWithdrawHint: 'Proszę zaznaczyć tylko wtedy, gdy wybrali Państwo wycofanie.',
    reason: 'Prosimy podać powód',
    reasonHint:
      'Jeśli nie są Państwo zadowoleni, prosimy napisać, co nadal jest nie tak: przekażemy to do kolejnego etapu.',
    send: 'Wyślij odpowiedź',
    sending: 'Wysyłanie…',
    doneTitle: 'Zapisaliśmy Państwa odpowiedź',
    doneSatisfied: 'Dziękujemy. Sprawa została zamknięta.',
    doneNotSatisfied: 'Sprawa przeszła do kolejnego etapu. Poniżej widać, kto się nią teraz zajmuje i do kiedy.',
    doneNoAgreement: 'Pismo trafiło do przełożonego kierownika placówki. Poniżej widać, do kiedy otrzymają Państwo odpowiedź.',
    doneWithdraw: 'Zgłoszenie zostało wycofane.',
    timelineHeading: 'Co się dotąd wydarzyło',
    events: {
      received: 'Otrzymaliśmy skargę',
      allegationReferred: 'Sprawę przekazano do procedury dotyczącej zarzutów wobec personelu',
      levelOpened: 'Sprawa przeszła do kolejnego etapu',
      reminderSent: 'Osobie odpowiedzialnej wysłano przypomnienie',
      reminderSkipped: 'Nie wysłano przypomnienia, ponieważ jego termin już minął',
      lapsed: 'Nie dotrzymaliśmy podanego terminu',
      escalated: 'Sprawę przekazano do kolejnego etapu, bo nie dotrzymaliśmy terminu',
      overdueReminderSent: 'Osobie odpowiedzialnej przypomniano, że termin minął',
      acknowledged: 'Potwierdziliśmy na piśmie otrzymanie skargi',
      meetingHeld: 'Spotkaliśmy się z Państwem',
      outcomeGiven: 'Udzieliliśmy odpowiedzi',
      agreementRecorded: 'Zapisaliśmy, czy doszliśmy do porozumienia',
      satisfied: 'Poinformowali nas Państwo, że są zadowoleni',
      notSatisfied: 'Poinformowali nas Państwo, że nie są zadowoleni',
      withdrawn: 'Wycofali Państwo zgłoszenie',
      extended: 'Wyznaczyliśmy późniejszy termin odpowiedzi',
      letterPosted: 'Wysłaliśmy Państwu list pocztą',
      note: 'Dodano notatkę',
      ofstedInvolved: 'Sprawą zajmuje się Ofsted',
      closed: 'Sprawa została zamknięta',
      recordWritten: 'Sporządzono wpis w rejestrze skarg',
      practiceReviewOpened: 'Rozpoczęto przegląd praktyki',
      practiceReviewRecorded: 'Zakończono przegląd praktyki',
      legalHoldPlaced: 'Wstrzymano usunięcie zapisu',
      legalHoldLifted: 'Zniesiono wstrzymanie usunięcia zapisu',
    },
    ofsted: 'Niezależnie od etapu sprawy mogą Państwo w każdej chwili skontaktować się z Ofsted.',
    ofstedLink: 'Jak skontaktować się z Ofsted',
    notFoundTitle: 'Nie możemy znaleźć tej skargi',
    notFound:
      'Link może być niepełny albo został źle skopiowany. Prosimy użyć linku z najnowszego e-maila od nas albo skontaktować się z placówką i podać numer sprawy.',
    conflict:
      'Nie mogliśmy zapisać odpowiedzi, ponieważ od otwarcia tej strony sprawa przeszła dalej. Strona pokazuje teraz jej aktualny stan.',
  },

  errors: {
    summaryTitle: 'Wystąpił problem',
    prefix: 'Błąd:',
    required: {
      settingId: 'Prosimy wybrać żłobek, przedszkole lub placówkę',
      classification: 'Prosimy wybrać, czy to uwaga, czy skarga',
      about: 'Prosimy wybrać, kogo lub czego dotyczy sprawa',
      description: 'Prosimy opisać, co się wydarzyło',
      name: 'Prosimy podać imię i nazwisko',
      email: 'Prosimy podać adres e-mail',
      consentToContact: 'Prosimy zaznaczyć pole, abyśmy mogli się z Państwem skontaktować',
      organisation: 'Prosimy podać nazwę instytucji',
      type: 'Prosimy wybrać, co chcą Państwo zrobić',
      reason: 'Prosimy napisać, dlaczego nie są Państwo zadowoleni',
      confirmWithdrawal: 'Proszę zaznaczyć pole, aby potwierdzić, że chcą Państwo wycofać zgłoszenie',
    },
    invalid: {
      settingId: 'Prosimy wybrać placówkę z listy',
      keyPersonId: 'Prosimy wybrać opiekuna pracującego w wybranej placówce albo opcję „Nie wiem”',
      subjectStaffId: 'Prosimy wybrać pracownika z listy albo opcję „Nie wiem”',
      email: 'Prosimy podać adres e-mail w poprawnym formacie, np. imie@example.com',
      phone: 'Prosimy podać numer telefonu, np. 07700 900 982',
      language: 'Prosimy wybrać język z listy',
    },
    tooLong: (label, max) => `Odpowiedź na pytanie „${label}” może mieć najwyżej ${max} znaków`,
    rejected: 'Nie mogliśmy przyjąć formularza. Prosimy sprawdzić odpowiedzi, odczekać kilka sekund i wysłać go ponownie.',
    network: 'Nie udało się wysłać formularza. Prosimy sprawdzić połączenie i spróbować ponownie: nic z wpisanego tekstu nie zostało utracone.',
    server: 'Coś poszło nie tak po naszej stronie. Prosimy spróbować ponownie za kilka minut: nic z wpisanego tekstu nie zostało utracone.',
    tooLarge: 'Odpowiedzi były zbyt długie, aby je wysłać. Prosimy je skrócić i spróbować ponownie.',
    confirm: 'Aby chronić formularz przed automatycznymi wiadomościami, prosimy sprawdzić odpowiedzi i wysłać formularz jeszcze raz.',
    tooMany: 'Z tego miejsca wysłano zbyt wiele formularzy. Prosimy odczekać minutę i spróbować ponownie.',
  },
};
