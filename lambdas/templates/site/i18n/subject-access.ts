/**
 * The subject access document's own words, in every language a complainant may use (F2).
 * Names of statuses, levels, outcomes and events come from the pages' and emails' strings.
 */
import type { Language } from '../../../domain/language';

export interface SubjectAccessText {
  title: string;
  intro: (organisation: string, reference: string, date: string) => string;
  legendHeading: string;
  staffOnlyLegend: string;
  thirdPartyLegend: string;
  staffOnly: string;
  thirdParty: string;
  yourDetails: string;
  name: string;
  email: string;
  phone: string;
  organisation: string;
  role: string;
  complaintHeading: string;
  reference: string;
  setting: string;
  received: string;
  recordedAs: string;
  language: string;
  interpreter: string;
  child: string;
  whatYouTold: string;
  desiredOutcome: string;
  outcomeHeading: string;
  historyHeading: string;
  recordHeading: string;
  retention: (date: string) => string;
  retentionOpen: string;
  retentionHeld: string;
}

export const SUBJECT_ACCESS_TEXT: Readonly<Record<Language, SubjectAccessText>> = {
  en: {
    title: 'The information we hold about you',
    intro: (organisation, reference, date) =>
      `This is everything ${organisation} holds about you in its complaints system for complaint ${reference}, as at ${date}.`,
    legendHeading: 'How to read this document',
    staffOnlyLegend: 'Marked “Staff only”: written by staff for the setting’s own use. It may be withheld from you where the law allows.',
    thirdPartyLegend:
      'Marked “From another agency”: information another agency gave us in confidence. It is not passed on without that agency’s consent.',
    staffOnly: 'Staff only',
    thirdParty: 'From another agency',
    yourDetails: 'Your details',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    organisation: 'Organisation',
    role: 'Role',
    complaintHeading: 'Your complaint',
    reference: 'Reference',
    setting: 'Setting',
    received: 'Received',
    recordedAs: 'Recorded as',
    language: 'Language',
    interpreter: 'Interpreter',
    child: 'Child',
    whatYouTold: 'What you told us',
    desiredOutcome: 'What you would like to happen',
    outcomeHeading: 'The answer you were given',
    historyHeading: 'Everything recorded about your complaint',
    recordHeading: 'The record of complaints (people are not named in it)',
    retention: (date) => `We keep this information until ${date}, and then delete it.`,
    retentionOpen: 'We keep this information for three years after your complaint is closed, and then delete it.',
    retentionHeld: 'We have been asked to keep this information for longer than usual, for a legal reason.',
  },
  cy: {
    title: 'Yr wybodaeth sydd gennym amdanoch',
    intro: (organisation, reference, date) =>
      `Dyma bopeth sydd gan ${organisation} amdanoch yn ei system gwynion ar gyfer cwyn ${reference}, ar ${date}.`,
    legendHeading: 'Sut i ddarllen y ddogfen hon',
    staffOnlyLegend: 'Wedi’i farcio “Staff yn unig”: ysgrifennwyd gan staff at ddefnydd y lleoliad ei hun. Gellir ei gadw oddi wrthych lle mae’r gyfraith yn caniatáu.',
    thirdPartyLegend:
      'Wedi’i farcio “Gan asiantaeth arall”: gwybodaeth a roddodd asiantaeth arall i ni yn gyfrinachol. Nid yw’n cael ei throsglwyddo heb ganiatâd yr asiantaeth honno.',
    staffOnly: 'Staff yn unig',
    thirdParty: 'Gan asiantaeth arall',
    yourDetails: 'Eich manylion',
    name: 'Enw',
    email: 'E-bost',
    phone: 'Ffôn',
    organisation: 'Sefydliad',
    role: 'Rôl',
    complaintHeading: 'Eich cwyn',
    reference: 'Cyfeirnod',
    setting: 'Lleoliad',
    received: 'Derbyniwyd',
    recordedAs: 'Cofnodwyd fel',
    language: 'Iaith',
    interpreter: 'Cyfieithydd',
    child: 'Plentyn',
    whatYouTold: 'Beth ddywedoch chi wrthym',
    desiredOutcome: 'Beth yr hoffech iddo ddigwydd',
    outcomeHeading: 'Yr ateb a roddwyd i chi',
    historyHeading: 'Popeth a gofnodwyd am eich cwyn',
    recordHeading: 'Y cofnod o gwynion (nid yw pobl yn cael eu henwi ynddo)',
    retention: (date) => `Rydym yn cadw’r wybodaeth hon tan ${date}, ac yna’n ei dileu.`,
    retentionOpen: 'Rydym yn cadw’r wybodaeth hon am dair blynedd ar ôl cau eich cwyn, ac yna’n ei dileu.',
    retentionHeld: 'Gofynnwyd i ni gadw’r wybodaeth hon yn hirach nag arfer, am reswm cyfreithiol.',
  },
  pl: {
    title: 'Informacje, które o Państwu przechowujemy',
    intro: (organisation, reference, date) =>
      `Oto wszystkie informacje o Państwu, które ${organisation} przechowuje w systemie skarg w związku ze skargą ${reference}, według stanu na ${date}.`,
    legendHeading: 'Jak czytać ten dokument',
    staffOnlyLegend: 'Oznaczone „Tylko dla personelu”: zapisane przez personel na własny użytek placówki. Może zostać wyłączone z udostępnienia, jeśli zezwala na to prawo.',
    thirdPartyLegend:
      'Oznaczone „Od innej instytucji”: informacje przekazane nam poufnie przez inną instytucję. Nie są przekazywane dalej bez zgody tej instytucji.',
    staffOnly: 'Tylko dla personelu',
    thirdParty: 'Od innej instytucji',
    yourDetails: 'Państwa dane',
    name: 'Imię i nazwisko',
    email: 'E-mail',
    phone: 'Telefon',
    organisation: 'Instytucja',
    role: 'Stanowisko',
    complaintHeading: 'Państwa skarga',
    reference: 'Numer sprawy',
    setting: 'Placówka',
    received: 'Data otrzymania',
    recordedAs: 'Zarejestrowano jako',
    language: 'Język',
    interpreter: 'Tłumacz',
    child: 'Dziecko',
    whatYouTold: 'Co nam Państwo przekazali',
    desiredOutcome: 'Czego Państwo oczekują',
    outcomeHeading: 'Udzielona odpowiedź',
    historyHeading: 'Wszystko, co zapisano w sprawie Państwa skargi',
    recordHeading: 'Rejestr skarg (nie podaje się w nim nazwisk)',
    retention: (date) => `Przechowujemy te informacje do ${date}, a następnie je usuwamy.`,
    retentionOpen: 'Przechowujemy te informacje przez trzy lata od zamknięcia skargi, a następnie je usuwamy.',
    retentionHeld: 'Poproszono nas o przechowywanie tych informacji dłużej niż zwykle, z przyczyn prawnych.',
  },
  ro: {
    title: 'Informațiile pe care le deținem despre dumneavoastră',
    intro: (organisation, reference, date) =>
      `Acestea sunt toate informațiile pe care ${organisation} le deține despre dumneavoastră în sistemul de plângeri pentru plângerea ${reference}, la data de ${date}.`,
    legendHeading: 'Cum să citiți acest document',
    staffOnlyLegend: 'Marcat „Doar pentru personal”: scris de personal pentru uzul intern al unității. Poate fi reținut acolo unde legea permite.',
    thirdPartyLegend:
      'Marcat „De la o altă instituție”: informații primite confidențial de la o altă instituție. Nu sunt transmise mai departe fără acordul acelei instituții.',
    staffOnly: 'Doar pentru personal',
    thirdParty: 'De la o altă instituție',
    yourDetails: 'Datele dumneavoastră',
    name: 'Nume',
    email: 'E-mail',
    phone: 'Telefon',
    organisation: 'Instituție',
    role: 'Funcție',
    complaintHeading: 'Plângerea dumneavoastră',
    reference: 'Număr de referință',
    setting: 'Unitate',
    received: 'Primită',
    recordedAs: 'Înregistrată ca',
    language: 'Limbă',
    interpreter: 'Interpret',
    child: 'Copil',
    whatYouTold: 'Ce ne-ați spus',
    desiredOutcome: 'Ce ați dori să se întâmple',
    outcomeHeading: 'Răspunsul primit',
    historyHeading: 'Tot ce s-a consemnat despre plângerea dumneavoastră',
    recordHeading: 'Registrul plângerilor (persoanele nu sunt numite în el)',
    retention: (date) => `Păstrăm aceste informații până la ${date}, apoi le ștergem.`,
    retentionOpen: 'Păstrăm aceste informații timp de trei ani după închiderea plângerii, apoi le ștergem.',
    retentionHeld: 'Ni s-a cerut să păstrăm aceste informații mai mult decât de obicei, dintr-un motiv legal.',
  },
  ur: {
    title: 'آپ کے بارے میں ہمارے پاس موجود معلومات',
    intro: (organisation, reference, date) =>
      `یہ وہ تمام معلومات ہیں جو ${organisation} کے شکایات کے نظام میں شکایت ${reference} کے سلسلے میں آپ کے بارے میں ${date} تک موجود ہیں۔`,
    legendHeading: 'اس دستاویز کو کیسے پڑھیں',
    staffOnlyLegend: '"صرف عملے کے لیے" کے نشان والی معلومات: عملے نے ادارے کے اپنے استعمال کے لیے لکھیں۔ جہاں قانون اجازت دے، یہ آپ کو نہیں دی جا سکتیں۔',
    thirdPartyLegend: '"کسی دوسرے ادارے سے" کے نشان والی معلومات: کسی دوسرے ادارے نے ہمیں رازداری سے دیں۔ یہ اس ادارے کی رضامندی کے بغیر آگے نہیں دی جاتیں۔',
    staffOnly: 'صرف عملے کے لیے',
    thirdParty: 'کسی دوسرے ادارے سے',
    yourDetails: 'آپ کی تفصیلات',
    name: 'نام',
    email: 'ای میل',
    phone: 'فون',
    organisation: 'ادارہ',
    role: 'عہدہ',
    complaintHeading: 'آپ کی شکایت',
    reference: 'حوالہ نمبر',
    setting: 'ادارہ (سیٹنگ)',
    received: 'موصول ہوئی',
    recordedAs: 'بطور درج',
    language: 'زبان',
    interpreter: 'ترجمان',
    child: 'بچہ',
    whatYouTold: 'آپ نے ہمیں کیا بتایا',
    desiredOutcome: 'آپ کیا چاہتے ہیں',
    outcomeHeading: 'آپ کو دیا گیا جواب',
    historyHeading: 'آپ کی شکایت کے بارے میں درج ہر بات',
    recordHeading: 'شکایات کا ریکارڈ (اس میں لوگوں کے نام نہیں ہوتے)',
    retention: (date) => `ہم یہ معلومات ${date} تک رکھتے ہیں، پھر انہیں حذف کر دیتے ہیں۔`,
    retentionOpen: 'ہم یہ معلومات آپ کی شکایت بند ہونے کے تین سال بعد تک رکھتے ہیں، پھر انہیں حذف کر دیتے ہیں۔',
    retentionHeld: 'قانونی وجہ سے ہم سے یہ معلومات معمول سے زیادہ عرصہ رکھنے کو کہا گیا ہے۔',
  },
  ar: {
    title: 'المعلومات التي نحتفظ بها عنكم',
    intro: (organisation, reference, date) =>
      `هذه كل المعلومات التي تحتفظ بها ${organisation} عنكم في نظام الشكاوى بخصوص الشكوى ${reference}، حتى تاريخ ${date}.`,
    legendHeading: 'كيف تقرؤون هذه الوثيقة',
    staffOnlyLegend: 'ما عليه علامة «للموظفين فقط»: كتبه الموظفون لاستخدام المؤسسة الخاص، ويجوز حجبه عنكم حيث يسمح القانون بذلك.',
    thirdPartyLegend: 'ما عليه علامة «من جهة أخرى»: معلومات أعطتنا إياها جهة أخرى بسرية، ولا تُنقل دون موافقة تلك الجهة.',
    staffOnly: 'للموظفين فقط',
    thirdParty: 'من جهة أخرى',
    yourDetails: 'بياناتكم',
    name: 'الاسم',
    email: 'البريد الإلكتروني',
    phone: 'الهاتف',
    organisation: 'الجهة',
    role: 'الوظيفة',
    complaintHeading: 'شكواكم',
    reference: 'الرقم المرجعي',
    setting: 'المؤسسة',
    received: 'تاريخ الاستلام',
    recordedAs: 'سُجّلت على أنها',
    language: 'اللغة',
    interpreter: 'مترجم',
    child: 'الطفل',
    whatYouTold: 'ما أخبرتمونا به',
    desiredOutcome: 'ما تودّون أن يحدث',
    outcomeHeading: 'الرد الذي قُدّم لكم',
    historyHeading: 'كل ما سُجّل عن شكواكم',
    recordHeading: 'سجل الشكاوى (لا تُذكر فيه أسماء الأشخاص)',
    retention: (date) => `نحتفظ بهذه المعلومات حتى ${date}، ثم نحذفها.`,
    retentionOpen: 'نحتفظ بهذه المعلومات لمدة ثلاث سنوات بعد إغلاق شكواكم، ثم نحذفها.',
    retentionHeld: 'طُلب منا الاحتفاظ بهذه المعلومات مدة أطول من المعتاد لسبب قانوني.',
  },
};
