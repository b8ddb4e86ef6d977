/**
 * Every email, in the recipient's language (F2): a subject, a plain-text body and an HTML
 * body written from the same blocks, so the two never say different things.
 *
 * Complainant emails carry the reference, the status link when there is one, the offer of
 * an interpreter and Ofsted's contact details (P10). Staff emails carry the reference, the
 * stage, the deadline and a link, and nothing about the complainant or the child (F3): the
 * messages they are written from hold no such field.
 */
import type { Classification } from '../domain/complaint-types';
import type { Language } from '../domain/language';
import type {
  AllegationAlert,
  AllegationReceived,
  ComplaintAcknowledgement,
  ComplaintClosed,
  ComplaintWithdrawn,
  ComplaintWithdrawnNotice,
  StatusLinkRenewed,
  DeadlineExtended,
  DeadlineMissed,
  DeadlineReminder,
  EmailMessage,
  LevelAssigned,
  LevelOpened,
  MeetingHeld,
  NoAgreementRecorded,
  AppealNotice,
  ComplaintHandedOver,
  OutcomeGiven,
  OverdueReminder,
  RenderedEmail,
} from '../domain/notifications';
import type { OfstedContact } from '../domain/ofsted';
import type { LadoContact } from '../domain/allegation-recipients';
import { LEVELS, type LevelDefinition, type LevelId } from '../domain/procedure';
import { directionOf, formatDate, formatDateTime, type TextDirection } from './messages/format';
import { levelStep } from './messages/level-step';
import type { Messages } from './messages';

/**
 * `messages` are the strings of `language` (messages/load.ts loads one language at a time;
 * messages/index.ts `messagesFor` has all of them at hand).
 */
export function renderEmail(message: EmailMessage, language: Language, messages: Messages): RenderedEmail {
  const context: Context = { language, messages, direction: directionOf(language) };
  const email = compose(message, context);
  return {
    subject: phraseAsText(email.subject, context.direction),
    text: blocksAsText(email.blocks, context.direction),
    html: blocksAsHtml(email, context),
  };
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// ── Phrases: a translated sentence and the values placed in it ──────────────────────────

/**
 * `ltr` values (references, phone numbers, addresses) must keep their left-to-right order
 * inside Urdu and Arabic text: "0300 123 1231" would otherwise show its groups reversed.
 * Other values (names, dates, free text) take the direction of their own first letter.
 */
interface Value {
  text: string;
  ltr: boolean;
}

const plainValue = (text: string): Value => ({ text, ltr: false });
const ltrValue = (text: string): Value => ({ text, ltr: true });

/**
 * A sentence is built once with markers where its values go. The text rendering puts the
 * values in as they are; the HTML rendering escapes the sentence and each value apart, so a
 * translation may use any character and no value can inject markup.
 */
interface Phrase {
  sentence: string;
  values: readonly Value[];
}

const MARKER = /\uE000(\d+)\uE001/g;
const markerFor = (index: number) => `\uE000${index}\uE001`;

function phrase<Args extends string[]>(
  sentence: (...args: Args) => string,
  ...values: { [Index in keyof Args]: Value }
): Phrase {
  const list: readonly Value[] = values;
  return { sentence: sentence(...(list.map((_, index) => markerFor(index)) as Args)), values: list };
}

const say = (sentence: string): Phrase => ({ sentence, values: [] });

function valueAt(value: Phrase, index: string): Value {
  const found = value.values[Number(index)];
  if (!found) throw new Error(`no value ${index} for the sentence "${value.sentence}"`);
  return found;
}

// Unicode isolates (LRI/FSI … PDI) do in plain text what `dir` does in HTML. Only
// right-to-left emails need them; left-to-right text stays free of invisible characters.
const LRI = '\u2066';
const FSI = '\u2068';
const PDI = '\u2069';

function isolateForText(value: Value, direction: TextDirection): string {
  if (direction === 'ltr') return value.text;
  return `${value.ltr ? LRI : FSI}${value.text}${PDI}`;
}

function isolateForHtml(value: Value): string {
  const text = escapeHtml(value.text);
  return value.ltr ? `<span dir="ltr">${text}</span>` : `<bdi>${text}</bdi>`;
}

function phraseAsText(value: Phrase, direction: TextDirection): string {
  return value.sentence.replace(MARKER, (_, index: string) => isolateForText(valueAt(value, index), direction));
}

function phraseAsHtml(value: Phrase): string {
  return escapeHtml(value.sentence).replace(MARKER, (_, index: string) => isolateForHtml(valueAt(value, index)));
}

// ── Blocks: what an email is made of ───────────────────────────────────────────────────

interface Field {
  label: string;
  value: Phrase;
}

interface ContactLine {
  label?: string;
  value: string;
  href?: string;
}

type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: Phrase; strong?: boolean }
  | { kind: 'list'; items: readonly Phrase[]; strong: boolean }
  /** The reference, large and letter-spaced so it can be read out over the phone. */
  | { kind: 'reference'; label: string; reference: string; hint?: string }
  | { kind: 'fields'; fields: readonly Field[] }
  /** Free text written by staff (an outcome's summary, an extension's reason). */
  | { kind: 'quote'; label: string; text: string }
  | { kind: 'link'; intro?: string; text: string; url: string; note?: string }
  | { kind: 'contact'; lines: readonly ContactLine[] }
  | { kind: 'signature'; lines: readonly Phrase[] };

interface Email {
  subject: Phrase;
  blocks: readonly Block[];
}

interface Context {
  language: Language;
  messages: Messages;
  direction: TextDirection;
}

const paragraph = (text: Phrase | string, strong = false): Block => ({
  kind: 'paragraph',
  text: typeof text === 'string' ? say(text) : text,
  strong,
});

// ── Composition, one function per kind ─────────────────────────────────────────────────

function compose(message: EmailMessage, context: Context): Email {
  switch (message.kind) {
    case 'complaintAcknowledgement':
      return acknowledgement(message, context);
    case 'allegationReceived':
      return allegationReceived(message, context);
    case 'deadlineMissed':
      return deadlineMissed(message, context);
    case 'levelOpened':
      return levelOpened(message, context);
    case 'outcomeGiven':
      return outcomeGiven(message, context);
    case 'deadlineExtended':
      return deadlineExtended(message, context);
    case 'complaintClosed':
      return complaintClosed(message, context);
    case 'complaintWithdrawn':
      return complaintWithdrawn(message, context);
    case 'statusLinkRenewed':
      return statusLinkRenewed(message, context);
    case 'complaintWithdrawnNotice':
      return complaintWithdrawnNotice(message, context);
    case 'levelAssigned':
      return levelAssigned(message, context);
    case 'deadlineReminder':
      return deadlineReminder(message, context);
    case 'overdueReminder':
      return overdueReminder(message, context);
    case 'allegationAlert':
      return allegationAlert(message, context);
    case 'meetingHeld':
      return meetingHeld(message, context);
    case 'noAgreementRecorded':
      return noAgreementRecorded(message, context);
    case 'appealNotice':
      return appealNotice(message, context);
    case 'complaintHandedOver':
      return complaintHandedOver(message, context);
  }
}

/**
 * What would be emailed, as a letter to print and post (P5): the recipient's name and
 * address at the top, the date, then the same words as the email, in the same language.
 */
export interface RenderedLetter {
  subject: string;
  text: string;
  language: Language;
  direction: TextDirection;
}

export function renderLetter(
  message: EmailMessage,
  language: Language,
  messages: Messages,
  recipient: { name: string; organisation?: string; postalAddress?: string },
  dated: string,
): RenderedLetter {
  const context: Context = { language, messages, direction: directionOf(language) };
  const email = compose(message, context);
  const isolate = (text: string) => isolateForText(plainValue(text), context.direction);
  const address = [recipient.name, recipient.organisation, ...(recipient.postalAddress ?? '').split(/\r?\n|,\s*/)]
    .map((line) => line?.trim())
    .filter((line): line is string => Boolean(line))
    .map(isolate);
  const subject = phraseAsText(email.subject, context.direction);
  return {
    subject,
    text: `${address.join('\n')}\n\n${isolate(formatDate(dated, language))}\n\n${subject}\n\n${blocksAsText(email.blocks, context.direction)}`,
    language,
    direction: context.direction,
  };
}

/** P6, A2, R6: what happens next, by when, how to take it further, and Ofsted (P10). */
function acknowledgement(message: ComplaintAcknowledgement, context: Context): Email {
  const { common, complainant } = context.messages;
  const texts = complainant.complaintAcknowledgement;
  const interpreter = message.interpreterLanguage
    ? phrase(common.interpreterNoted, plainValue(message.interpreterLanguage))
    : say(common.interpreterNotedNoLanguage);
  return complainantEmail(message, context, {
    subject: phrase(texts.subject[message.classification], ltrValue(message.reference)),
    body: [
      paragraph(phrase(texts.received[message.classification], plainValue(message.settingName))),
      { kind: 'heading', text: complainant.whatNextHeading },
      paragraph(levelStep(common, message.level, message.classification)),
      paragraph(phrase(common.respondBy, date(message.respondBy, context))),
      takingItFurther(furtherStepAfter(message.level), context),
      // F2: a requested interpreter is confirmed; otherwise one is offered further down.
      ...(message.interpreterRequested ? [paragraph(interpreter)] : []),
    ],
    offerInterpreter: !message.interpreterRequested,
  });
}

/** P3: the complainant learns the matter left this procedure, and what happens instead. */
function allegationReceived(message: AllegationReceived, context: Context): Email {
  const texts = context.messages.complainant.allegationReceived;
  return complainantEmail(message, context, {
    subject: phrase(texts.subject, ltrValue(message.reference)),
    body: [
      paragraph(phrase(texts.thanks, plainValue(message.settingName))),
      paragraph(texts.procedure),
      paragraph(texts.contact),
      paragraph(texts.emergency, true),
    ],
    offerInterpreter: true,
  });
}

function deadlineMissed(message: DeadlineMissed, context: Context): Email {
  const { common, complainant } = context.messages;
  const texts = complainant.deadlineMissed;
  const raised = message.classification ?? 'complaint';
  const next = message.nextLevel;
  const body: Block[] = [paragraph(texts.apology[raised])];
  if (next) {
    body.push(paragraph(phrase(texts.movedOn[raised], plainValue(common.levels[next]))), paragraph(levelStep(common, next, raised)));
    if (message.nextRespondBy) body.push(paragraph(phrase(common.respondBy, date(message.nextRespondBy, context))));
  } else {
    body.push(paragraph(texts.noFurther[raised]));
  }
  return complainantEmail(message, context, {
    subject: phrase(texts.subject[raised], ltrValue(message.reference)),
    body,
    offerInterpreter: true,
  });
}

/** P8, A5: the complainant moved it on; who has it now and by when. */
function levelOpened(message: LevelOpened, context: Context): Email {
  const { common, complainant } = context.messages;
  const texts = complainant.levelOpened;
  const raised = message.classification ?? 'complaint';
  return complainantEmail(message, context, {
    subject: phrase(texts.subject[raised], ltrValue(message.reference)),
    body: [
      paragraph(phrase(texts.opened[raised], plainValue(common.levels[message.level]))),
      paragraph(levelStep(common, message.level, raised)),
      paragraph(phrase(common.respondBy, date(message.respondBy, context))),
      takingItFurther(furtherStepAfter(message.level), context),
    ],
    offerInterpreter: true,
  });
}

/** P6, P8, A5: the outcome, what was found, and where to go next (P9: Ofsted at the end). */
function outcomeGiven(message: OutcomeGiven, context: Context): Email {
  const { common, complainant } = context.messages;
  const texts = complainant.outcomeGiven;
  const next = message.nextLevel ?? null;
  const how = message.statusUrl ? texts.takeFurtherWithLink : texts.takeFurther;
  const raised = message.classification ?? 'complaint';
  return complainantEmail(message, context, {
    subject: phrase(texts.subject[raised], ltrValue(message.reference)),
    body: [
      paragraph(phrase(texts.intro[raised], plainValue(common.levels[message.level]))),
      paragraph(texts.outcome[raised][message.outcome], true),
      paragraph(common.outcomeMeanings[raised][message.outcome]),
      { kind: 'quote', label: texts.summaryLabel, text: message.summary },
      takingItFurther(next, context),
      ...(next ? [paragraph(how)] : []),
    ],
    offerInterpreter: true,
  });
}

function deadlineExtended(message: DeadlineExtended, context: Context): Email {
  const { common, complainant } = context.messages;
  const texts = complainant.deadlineExtended;
  const raised = message.classification ?? 'complaint';
  return complainantEmail(message, context, {
    subject: phrase(texts.subject[raised], ltrValue(message.reference)),
    body: [
      paragraph(phrase(texts.intro[raised], plainValue(common.levels[message.level]))),
      paragraph(phrase(texts.newDate, date(message.newDeadlineAt, context)), true),
      { kind: 'quote', label: texts.reasonLabel, text: message.reason },
      paragraph(phrase(texts.originalDate, date(message.statutoryDeadlineAt, context))),
    ],
    offerInterpreter: true,
  });
}

/** A3, A4: the outcome of the meeting in writing, and where to write if there is no agreement (A5). */
function meetingHeld(message: MeetingHeld, context: Context): Email {
  const { common, complainant } = context.messages;
  const texts = complainant.meetingHeld;
  return complainantEmail(message, context, {
    subject: phrase(texts.subject, ltrValue(message.reference)),
    body: [
      paragraph(phrase(texts.held, date(message.heldOn, context))),
      ...(message.summary ? [{ kind: 'quote', label: texts.summaryLabel, text: message.summary } as const] : []),
      paragraph(phrase(texts.noAgreementNext, plainValue(common.levels[message.nextLevel]))),
      paragraph(message.statusUrl ? texts.howWithLink : texts.how),
    ],
    offerInterpreter: true,
  });
}

/** A4: no agreement was recorded; the agency may write to the line manager (A5). */
function noAgreementRecorded(message: NoAgreementRecorded, context: Context): Email {
  const { common, complainant } = context.messages;
  const texts = complainant.noAgreementRecorded;
  return complainantEmail(message, context, {
    subject: phrase(texts.subject, ltrValue(message.reference)),
    body: [
      paragraph(texts.recorded),
      paragraph(phrase(texts.next, plainValue(common.levels[message.nextLevel]))),
      paragraph(message.statusUrl ? complainant.meetingHeld.howWithLink : complainant.meetingHeld.how),
    ],
    offerInterpreter: true,
  });
}

function complaintClosed(message: ComplaintClosed, context: Context): Email {
  const texts = context.messages.complainant.complaintClosed;
  const raised = message.classification ?? 'complaint';
  return complainantEmail(message, context, {
    subject: phrase(texts.subject[raised], ltrValue(message.reference)),
    body: [paragraph(phrase(texts.closed[raised], plainValue(message.settingName))), paragraph(texts.questions)],
    offerInterpreter: true,
  });
}

function complaintWithdrawn(message: ComplaintWithdrawn, context: Context): Email {
  const texts = context.messages.complainant.complaintWithdrawn;
  const raised = message.classification ?? 'complaint';
  return complainantEmail(message, context, {
    subject: phrase(texts.subject[raised], ltrValue(message.reference)),
    body: [paragraph(phrase(texts.withdrawn[raised], plainValue(message.settingName))), paragraph(texts.notYou)],
    offerInterpreter: true,
  });
}

function statusLinkRenewed(message: StatusLinkRenewed, context: Context): Email {
  const texts = context.messages.complainant.statusLinkRenewed;
  const raised = message.classification ?? 'complaint';
  return complainantEmail(message, context, {
    subject: phrase(texts.subject[raised], ltrValue(message.reference)),
    body: [paragraph(texts.renewed[raised]), paragraph(texts.notYou)],
    offerInterpreter: true,
  });
}

function complaintWithdrawnNotice(message: ComplaintWithdrawnNotice, context: Context): Email {
  const { staff } = context.messages;
  return staffEmail(message, context, {
    subject: phrase(staff.complaintWithdrawn.subject, ltrValue(message.reference)),
    body: [paragraph(staff.complaintWithdrawn.body, true)],
    fields: stageFields(message, context),
  });
}

function levelAssigned(message: LevelAssigned, context: Context): Email {
  const { common, staff } = context.messages;
  const deadline = date(message.deadlineAt, context);
  const interpreter = !message.interpreterNeeded
    ? say(staff.interpreterNotRequested)
    : message.interpreterLanguage
      ? phrase(staff.interpreterNeeded, plainValue(message.interpreterLanguage))
      : say(staff.interpreterNeededNoLanguage);
  return staffEmail(message, context, {
    subject: phrase(
      message.reason === 'practiceReview' ? staff.levelAssigned.reviewSubject : staff.levelAssigned.subject,
      ltrValue(message.reference),
      deadline,
    ),
    body: [paragraph(staff.levelAssigned.reasons[message.reason]), dutyOf(message.level, context, true)],
    fields: [
      ...stageFields(message, context),
      { label: staff.fields.recordedAs, value: say(common.classifications[message.classification]) },
      { label: staff.fields.deadline, value: phrase(identity, deadline) },
      // F2: the interpreter need is shown to staff, in the staff member's language.
      { label: staff.fields.interpreter, value: interpreter },
    ],
  });
}

function deadlineReminder(message: DeadlineReminder, context: Context): Email {
  const { staff } = context.messages;
  const deadline = date(message.deadlineAt, context);
  return staffEmail(message, context, {
    subject: phrase(staff.deadlineReminder.subject, ltrValue(message.reference), deadline),
    body: [paragraph(phrase(staff.deadlineReminder.body, deadline)), dutyOf(message.level, context, true)],
    fields: [...stageFields(message, context), { label: staff.fields.deadline, value: phrase(identity, deadline) }],
  });
}

function overdueReminder(message: OverdueReminder, context: Context): Email {
  const { staff } = context.messages;
  const deadline = date(message.deadlineAt, context);
  return staffEmail(message, context, {
    subject: phrase(staff.overdueReminder.subject, ltrValue(message.reference), plainValue(String(message.count))),
    body: [paragraph(phrase(staff.overdueReminder.body, deadline), true), dutyOf(message.level, context, false)],
    fields: [...stageFields(message, context), { label: staff.fields.deadline, value: phrase(identity, deadline) }],
  });
}

/** P8, A6: the line manager is told of the appeal that went to the owners/trustees. */
function appealNotice(message: AppealNotice, context: Context): Email {
  const { staff } = context.messages;
  const deadline = date(message.deadlineAt, context);
  return staffEmail(message, context, {
    subject: phrase(staff.appealNotice.subject, ltrValue(message.reference)),
    body: [paragraph(phrase(staff.appealNotice.body, deadline), true), paragraph(staff.appealNotice.yourPart)],
    fields: [...stageFields(message, context), { label: staff.fields.deadline, value: phrase(identity, deadline) }],
  });
}

/** A handover (issue 12): the new key person is told at once, and whether the stage is theirs now. */
function complaintHandedOver(message: ComplaintHandedOver, context: Context): Email {
  const { staff } = context.messages;
  const deadline = message.deadlineAt ? date(message.deadlineAt, context) : undefined;
  return staffEmail(message, context, {
    subject: phrase(staff.handedOver.subject, ltrValue(message.reference)),
    body: [
      paragraph(staff.handedOver.body),
      ...(deadline
        ? [paragraph(phrase(staff.handedOver.yours, deadline), true), dutyOf(message.level, context, true)]
        : [paragraph(staff.handedOver.notYours)]),
    ],
    fields: [
      ...stageFields(message, context),
      ...(deadline ? [{ label: staff.fields.deadline, value: phrase(identity, deadline) }] : []),
    ],
  });
}

/** P3: act now under 6.2, keep the named person out of it; no clock runs here. */
function allegationAlert(message: AllegationAlert, context: Context): Email {
  const { staff } = context.messages;
  const texts = staff.allegationAlert;
  return staffEmail(message, context, {
    subject: phrase(texts.subject, ltrValue(message.reference), plainValue(message.settingName)),
    body: [
      paragraph(phrase(texts.intro, plainValue(message.settingName))),
      { kind: 'list', items: [say(texts.actNow), ...texts.steps.map(say), say(texts.doNotTell)], strong: true },
      ...(message.lado ? ladoBlocks(message.lado, context) : []),
      paragraph(texts.noClock),
    ],
    fields: [
      { label: staff.fields.setting, value: phrase(identity, plainValue(message.settingName)) },
      {
        label: staff.fields.received,
        value: phrase(identity, plainValue(formatDateTime(message.receivedAt, context.language))),
      },
    ],
  });
}

/** P3: whom staff call about an allegation, as configured for the setting. */
function ladoBlocks(lado: LadoContact, context: Context): Block[] {
  const texts = context.messages.common.ofsted;
  const lines: ContactLine[] = [{ value: lado.name }];
  if (lado.address) lines.push({ value: lado.address });
  lines.push({ label: texts.phone, value: lado.phone, href: `tel:${lado.phone.replace(/[^\d+]/g, '')}` });
  if (lado.email) lines.push({ label: texts.email, value: lado.email, href: `mailto:${lado.email}` });
  if (lado.web) lines.push({ label: texts.web, value: lado.web, href: lado.web });
  return [{ kind: 'heading', text: context.messages.staff.allegationAlert.ladoHeading }, { kind: 'contact', lines }];
}

// ── Shared parts ────────────────────────────────────────────────────────────────────────

interface ComplainantParts {
  subject: Phrase;
  body: readonly Block[];
  /** F2: offer an interpreter unless this email already confirms one. */
  offerInterpreter: boolean;
}

interface ComplainantMessage {
  reference: string;
  settingName: string;
  organisationName: string;
  /** P2: what was raised, where the message carries it (the status link then names it too). */
  classification?: Classification;
  statusUrl?: string;
  ofsted?: OfstedContact;
}

function complainantEmail(message: ComplainantMessage, context: Context, parts: ComplainantParts): Email {
  const { common } = context.messages;
  const blocks: Block[] = [
    paragraph(common.greeting),
    { kind: 'reference', label: common.referenceLabel, reference: message.reference, hint: common.referenceHint },
    ...parts.body,
  ];
  if (message.statusUrl) {
    blocks.push({
      kind: 'link',
      intro: message.classification === 'concern' ? common.forConcern.statusLinkIntro : common.statusLinkIntro,
      text: message.classification === 'concern' ? common.forConcern.statusLinkText : common.statusLinkText,
      url: message.statusUrl,
      note: common.statusLinkPrivate,
    });
  }
  if (parts.offerInterpreter) blocks.push(paragraph(common.interpreterOffer));
  if (message.ofsted) blocks.push(...ofstedBlocks(message.ofsted, context));
  blocks.push(signature(message, common.signOff));
  return { subject: parts.subject, blocks };
}

/** P10: Ofsted's contact details, as configured. */
function ofstedBlocks(ofsted: OfstedContact, context: Context): Block[] {
  const texts = context.messages.common.ofsted;
  const lines: ContactLine[] = [{ value: ofsted.name }, { value: ofsted.address }];
  lines.push({ label: texts.phone, value: ofsted.phone, href: `tel:${ofsted.phone.replace(/[^\d+]/g, '')}` });
  if (ofsted.email) lines.push({ label: texts.email, value: ofsted.email, href: `mailto:${ofsted.email}` });
  if (ofsted.web) lines.push({ label: texts.web, value: ofsted.web, href: ofsted.web });
  return [{ kind: 'heading', text: texts.heading }, paragraph(texts.atAnyTime), { kind: 'contact', lines }];
}

interface StaffParts {
  subject: Phrase;
  body: readonly Block[];
  fields: readonly Field[];
}

interface StaffMessage {
  reference: string;
  organisationName: string;
  staffUrl?: string;
}

function staffEmail(message: StaffMessage, context: Context, parts: StaffParts): Email {
  const { common, staff } = context.messages;
  const blocks: Block[] = [
    paragraph(common.greeting),
    { kind: 'reference', label: staff.fields.reference, reference: message.reference },
    ...parts.body,
    { kind: 'fields', fields: parts.fields },
  ];
  if (message.staffUrl) blocks.push({ kind: 'link', text: staff.openLink, url: message.staffUrl });
  blocks.push(
    paragraph(staff.confidentiality),
    paragraph(phrase(staff.automated, plainValue(message.organisationName))),
  );
  return { subject: parts.subject, blocks };
}

/** What the responsible person must do at this level, from the procedure table. */
function dutyOf(level: LevelId, context: Context, strong: boolean): Block {
  return paragraph(context.messages.staff.duties[LEVELS[level].duty], strong);
}

function stageFields(message: { settingName: string; level: LevelId }, context: Context): Field[] {
  const { common, staff } = context.messages;
  return [
    { label: staff.fields.setting, value: phrase(identity, plainValue(message.settingName)) },
    { label: staff.fields.stage, value: say(common.levels[message.level]) },
  ];
}

function signature(message: { settingName: string; organisationName: string }, signOff: string): Block {
  const names = [message.settingName];
  if (message.organisationName !== message.settingName) names.push(message.organisationName);
  return { kind: 'signature', lines: [say(signOff), ...names.map((name) => phrase(identity, plainValue(name)))] };
}

/** The next step if not satisfied, or Ofsted (P9) where the procedure has none left. */
function takingItFurther(next: LevelId | null, context: Context): Block {
  const { common } = context.messages;
  return next
    ? paragraph(phrase(common.notSatisfiedNext, plainValue(common.levels[next])))
    : paragraph(common.notSatisfiedOfsted);
}

/**
 * Where a complainant goes if not satisfied once this level is done: the first
 * `onNotSatisfied` along the level's `onDone` chain, because some levels (an agency's
 * written acknowledgement) are followed by another before anyone answers; `null` is Ofsted.
 */
export function furtherStepAfter(level: LevelId): LevelId | null {
  const seen = new Set<LevelId>();
  let current: LevelId | null = level;
  while (current && !seen.has(current)) {
    seen.add(current);
    const definition: LevelDefinition = LEVELS[current];
    if (definition.onNotSatisfied) return definition.onNotSatisfied;
    current = definition.onDone;
  }
  return null;
}

/** A phrase that is just its value, for fields. */
const identity = (value: string) => value;

const date = (iso: string, context: Context): Value => plainValue(formatDate(iso, context.language));

// ── Plain text ──────────────────────────────────────────────────────────────────────────

function blocksAsText(blocks: readonly Block[], direction: TextDirection): string {
  const isolateLtr = (text: string) => isolateForText(ltrValue(text), direction);
  const text = (value: Phrase) => phraseAsText(value, direction);
  const parts = blocks.map((block): string => {
    switch (block.kind) {
      case 'heading':
        return block.text;
      case 'paragraph':
        return text(block.text);
      case 'list':
        return block.items.map((item) => `- ${text(item)}`).join('\n');
      case 'reference':
        // On a line of its own, indented, so it is easy to find and read out.
        return [`${block.label}:`, '', `    ${isolateLtr(block.reference)}`, ...(block.hint ? ['', block.hint] : [])].join(
          '\n',
        );
      case 'fields':
        return block.fields.map((field) => `${field.label}: ${text(field.value)}`).join('\n');
      case 'quote':
        // Isolates end at a line break, so each line of the free text is isolated alone.
        return [`${block.label}:`, ...block.text.split(/\r?\n/).map((line) => isolateForText(plainValue(line), direction))]
          .join('\n');
      case 'link':
        // The address stays bare on its own line: an isolate next to it would break it.
        return [block.intro ?? `${block.text}:`, block.url, ...(block.note ? [block.note] : [])].join('\n');
      case 'contact':
        return block.lines
          .map((line) => {
            // Phone numbers and addresses contain spaces, so their parts would reverse in
            // right-to-left text; email addresses and links have none and stay bare.
            const value = line.href && !line.href.startsWith('tel:') ? line.value : isolateLtr(line.value);
            return line.label ? `${line.label}: ${value}` : value;
          })
          .join('\n');
      case 'signature':
        return block.lines.map(text).join('\n');
    }
  });
  return `${parts.join('\n\n')}\n`;
}

// ── HTML ────────────────────────────────────────────────────────────────────────────────

const LINK_STYLE = 'color:#1d70b8;text-decoration:underline;';

/** Only web addresses become links; anything else is shown as text, never as a `javascript:` href. */
function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function anchor(href: string, text: string, extraStyle = ''): string {
  return `<a href="${escapeHtml(href)}" style="${LINK_STYLE}${extraStyle}">${text}</a>`;
}

function blocksAsHtml(email: Email, context: Context): string {
  const { language, direction } = context;
  const start = direction === 'rtl' ? 'right' : 'left';
  const subject = phraseAsHtml(email.subject);
  const body = email.blocks.map((block): string => {
    switch (block.kind) {
      case 'heading':
        return `<h2 style="font-size:20px;line-height:1.3;margin:32px 0 8px;">${escapeHtml(block.text)}</h2>`;
      case 'paragraph': {
        const content = phraseAsHtml(block.text);
        return `<p style="margin:0 0 16px;">${block.strong ? `<strong>${content}</strong>` : content}</p>`;
      }
      case 'list':
        return [
          `<ul style="margin:0 0 16px;padding-${start}:24px;">`,
          ...block.items.map((item) => {
            const content = phraseAsHtml(item);
            return `<li style="margin:0 0 8px;">${block.strong ? `<strong>${content}</strong>` : content}</li>`;
          }),
          '</ul>',
        ].join('\n');
      case 'reference':
        return [
          `<div style="margin:8px 0 24px;padding:16px;border:2px solid #0b0c0c;">`,
          `<p style="margin:0 0 8px;">${escapeHtml(block.label)}</p>`,
          `<p style="margin:0;font-size:28px;line-height:1.3;font-weight:bold;letter-spacing:0.2em;font-family:'Courier New',Courier,monospace;word-break:break-all;"><span dir="ltr">${escapeHtml(block.reference)}</span></p>`,
          ...(block.hint ? [`<p style="margin:8px 0 0;">${escapeHtml(block.hint)}</p>`] : []),
          '</div>',
        ].join('\n');
      case 'fields':
        return `<p style="margin:0 0 16px;">${block.fields
          .map((field) => `<strong>${escapeHtml(field.label)}:</strong> ${phraseAsHtml(field.value)}`)
          .join('<br>\n')}</p>`;
      case 'quote':
        return [
          `<p style="margin:0 0 8px;"><strong>${escapeHtml(block.label)}</strong></p>`,
          `<div style="margin:0 0 16px;padding:8px 16px;border-${start}:4px solid #b1b4b6;"><bdi>${block.text
            .split(/\r?\n/)
            .map(escapeHtml)
            .join('<br>\n')}</bdi></div>`,
        ].join('\n');
      case 'link': {
        const link = isWebAddress(block.url)
          ? anchor(block.url, escapeHtml(block.text), 'font-weight:bold;')
          : `<span dir="ltr">${escapeHtml(block.url)}</span>`;
        return [
          ...(block.intro ? [`<p style="margin:0 0 8px;">${escapeHtml(block.intro)}</p>`] : []),
          `<p style="margin:0 0 ${block.note ? 8 : 16}px;">${link}</p>`,
          ...(block.note ? [`<p style="margin:0 0 16px;">${escapeHtml(block.note)}</p>`] : []),
        ].join('\n');
      }
      case 'contact':
        return `<p style="margin:0 0 16px;">${block.lines
          .map((line) => {
            const value = `<span dir="ltr">${escapeHtml(line.value)}</span>`;
            const linked =
              line.href && (isWebAddress(line.href) || /^(tel|mailto):/.test(line.href))
                ? anchor(line.href, value)
                : value;
            return line.label ? `${escapeHtml(line.label)}: ${linked}` : linked;
          })
          .join('<br>\n')}</p>`;
      case 'signature':
        return `<p style="margin:32px 0 0;">${block.lines.map(phraseAsHtml).join('<br>\n')}</p>`;
    }
  });
  // `lang` and `dir` are repeated on the wrapper because some mail clients drop the
  // <html> element's attributes. Inline styles only, and no images or remote resources.
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}" dir="${direction}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // <title> holds text only: no isolating markup there.
    `<title>${escapeHtml(phraseAsText(email.subject, direction))}</title>`,
    '</head>',
    '<body style="margin:0;padding:0;background-color:#ffffff;">',
    `<div lang="${language}" dir="${direction}" role="article" aria-roledescription="email" style="max-width:600px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif;font-size:17px;line-height:1.6;color:#0b0c0c;text-align:${start};">`,
    `<h1 style="font-size:24px;line-height:1.3;margin:0 0 24px;">${subject}</h1>`,
    ...body,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
