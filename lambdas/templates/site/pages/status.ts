/**
 * The complainant's status page, behind the private link in every email (R6, P10): the stage
 * in plain words, the date they will hear by (and the statutory date with the reason, when
 * it was extended), the last answer, what happens next, the timeline, Ofsted, and their reply
 * (P4, P7, P8, A5, A6: "not satisfied" takes it to the next level; withdraw at any time).
 *
 * Rendered by the API from the same view the JSON route gives (StatusView), in the link's
 * language, so it works without JavaScript; the enhancement script only sends the reply.
 */
import type { StatusView } from '../../../use-cases/get-complaint-status';
import { levelStep } from '../../messages/level-step';
import type { PageText } from '../i18n/page-text';
import { FORM_LEVEL_FIELD, PAGE_LANGUAGE_FIELD, type FieldError } from '../form/fields';
import { CONFIRM_WITHDRAWAL_FIELD, REFERENCE_FIELD, TOKEN_FIELD } from '../form/status-response';
import { STATUS_PATH, STATUS_RESPONSE_PATH, statusPageUrl, type ResponseType } from '../paths';
import { renderFields, type FormBlock, type RadiosField } from './form-parts';
import { attributes, html, type Html } from './html';
import { capitalise, renderPage } from './layout';
import type { Site } from './site';

export interface StatusPageInput {
  site: Site;
  /** The token of the link the page was opened with: the form posts it back. */
  token: string;
  view: StatusView;
  /** The reply just recorded (after the redirect). */
  done?: ResponseType;
  /** What was posted, to put back when the reply had mistakes. */
  values?: ReadonlyMap<string, string>;
  errors?: readonly FieldError[];
  /** The reply could not be recorded for a reason outside the form. */
  problem?: 'conflict' | 'server' | 'tooLarge';
}

/** `t`: the page's language, the link's own or the one asked for (i18n/load.ts). */
export function renderStatus(t: PageText, input: StatusPageInput): string {
  const { site, view, token } = input;
  const s = t.status;
  const form = replyForm(t, input);
  const heading = statusHeading(t, view);
  const title = form?.hasErrors ? `${t.errors.prefix} ${heading}` : heading;
  const body = html`${form?.summary ?? ''}
${input.done ? doneBanner(t, input.done) : ''}
<h1 class="heading-xl">${heading}</h1>
<p class="caption">${t.common.referenceLabel}: <strong class="reference-inline" dir="ltr">${view.reference}</strong></p>
${facts(t, view)}
${dates(t, view)}
${lastOutcome(t, view)}
${whatNext(t, view)}
${form?.html ?? ''}
${timeline(t, view)}
<section aria-labelledby="ofsted-now">
<h2 class="heading-m" id="ofsted-now">${t.common.ofsted.heading}</h2>
<p>${s.ofsted}</p>
<p><a href="#ofsted">${s.ofstedLink}</a></p>
</section>`;
  return renderPage({
    t,
    site,
    title,
    body,
    hrefIn: (other) => statusPageUrl({ lang: other, ref: view.reference, token }),
    enhanced: form !== undefined,
  });
}

/** Each page says what it is: a concern, a complaint, or what they told us of harm (P2, P3). */
function statusHeading(t: PageText, view: StatusView): string {
  if (view.status === 'referred') return t.status.allegationTitle;
  return view.classification === 'concern' ? t.status.concernTitle : t.status.title;
}

/** A link that matches no complaint (or a wrong token): the same page either way. */
export function renderStatusNotFound(t: PageText, { site }: { site: Site }): string {
  const body = html`<h1 class="heading-xl">${t.status.notFoundTitle}</h1>
<p class="lead">${t.status.notFound}</p>
<p>${t.common.referenceHint}</p>`;
  // The other languages of a page with no complaint: the same words, nothing to carry over.
  return renderPage({ t, site, title: t.status.notFoundTitle, body, hrefIn: (other) => `${STATUS_PATH}?lang=${other}` });
}

function doneBanner(t: PageText, done: ResponseType): Html {
  const text = {
    satisfied: t.status.doneSatisfied,
    notSatisfied: t.status.doneNotSatisfied,
    noAgreement: t.status.doneNoAgreement,
    withdraw: t.status.doneWithdraw,
  }[done];
  // Focused on arrival, so that a screen reader announces what happened after the redirect.
  return html`<div class="notification notification--success" role="status" tabindex="-1" autofocus aria-labelledby="done-title" data-done>
<h2 class="notification__title" id="done-title">${t.status.doneTitle}</h2>
<p class="notification__text">${text}</p>
</div>`;
}

const levelName = (t: PageText, view: StatusView) => (view.level ? capitalise(t.common.levels[view.level]) : undefined);

function facts(t: PageText, view: StatusView): Html {
  const s = t.status;
  const stage = levelName(t, view);
  const row = (key: string, value: Html | string) => html`<div class="summary-list__row"><dt class="summary-list__key">${key}</dt><dd class="summary-list__value">${value}</dd></div>`;
  return html`<dl class="summary-list">
${row(s.setting, html`<bdi>${view.settingName}</bdi>`)}
${row(s.received, t.formatDate(view.receivedAt))}
${stage && view.status !== 'referred' ? row(s.stage, stage) : ''}
${row(s.state, html`<strong class="tag tag--${view.status}">${s.states[view.status]}</strong>`)}
</dl>`;
}

/** When they will hear; with an extension, the date the procedure set and why it moved. */
function dates(t: PageText, view: StatusView): Html {
  if (view.status !== 'open' || !view.respondBy) return html``;
  const extended = view.statutoryRespondBy && view.extensionReason;
  return html`<h2 class="heading-m">${t.status.hearByHeading}</h2>
<p class="lead">${t.common.respondBy(t.formatDate(view.respondBy))}</p>
${extended
  ? html`<div class="inset">
<h3 class="heading-s">${t.status.extendedHeading}</h3>
<p>${t.complainant.deadlineExtended.originalDate(t.formatDate(view.statutoryRespondBy!))}</p>
<p><strong>${t.complainant.deadlineExtended.reasonLabel}:</strong> <span class="written">${view.extensionReason}</span></p>
</div>`
  : ''}`;
}

function lastOutcome(t: PageText, view: StatusView): Html {
  const outcome = view.lastOutcome;
  if (!outcome) return html``;
  const given = t.complainant.outcomeGiven;
  return html`<h2 class="heading-m">${t.status.outcomeHeading}</h2>
<p>${t.status.outcomeFrom(t.common.levels[outcome.level])}</p>
<p class="lead"><strong>${given.outcome[view.classification][outcome.outcome]}</strong> ${t.common.outcomeMeanings[view.classification][outcome.outcome]}</p>
<h3 class="heading-s">${given.summaryLabel}</h3>
<blockquote class="written inset">${outcome.summary}</blockquote>
<p class="hint">${t.status.outcomeOn(t.formatDate(outcome.at))}</p>`;
}

function whatNext(t: PageText, view: StatusView): Html {
  const s = t.status;
  const heading = html`<h2 class="heading-m">${t.complainant.whatNextHeading}</h2>`;
  switch (view.status) {
    case 'referred':
      return html`${heading}<p>${t.complainant.allegationReceived.procedure}</p><p>${t.complainant.allegationReceived.contact}</p>`;
    case 'closed':
      return html`${heading}<p>${s.closed}</p><p>${t.common.notSatisfiedOfsted}</p>`;
    case 'withdrawn':
      return html`${heading}<p>${s.withdrawn}</p>`;
    case 'open': {
      const answered = view.canRespond.satisfied || view.canRespond.notSatisfied || view.canRespond.noAgreement;
      // Where "not satisfied" leads is said beside that choice; at the last stage, it is Ofsted (P9).
      if (answered) return html`${heading}<p>${s.answered}</p>${view.canRespond.notSatisfied ? '' : html`<p>${t.common.notSatisfiedOfsted}</p>`}`;
      return html`${heading}
${view.level ? html`<p>${levelStep(t.common, view.level, view.classification)}</p>` : ''}
<p>${s.waiting}</p>`;
    }
  }
}

interface ReplyForm {
  summary: Html;
  html: Html;
  hasErrors: boolean;
}

/** Only the replies the complaint allows now (canRespond), each saying where it leads. */
function replyForm(t: PageText, input: StatusPageInput): ReplyForm | undefined {
  const { view } = input;
  const s = t.status;
  const can = view.canRespond;
  const options: RadiosField['options'] = [
    ...(can.satisfied ? [{ value: 'satisfied', label: s.satisfied, hint: s.satisfiedHint }] : []),
    ...(can.notSatisfied && view.nextLevel
      ? [{ value: 'notSatisfied', label: s.notSatisfied, hint: t.common.notSatisfiedNext(t.common.levels[view.nextLevel]) }]
      : []),
    // A4, A5: after the meeting, the agency may say there is no agreement and write on.
    ...(can.noAgreement ? [{ value: 'noAgreement', label: s.noAgreement, hint: s.noAgreementHint }] : []),
    ...(can.withdraw ? [{ value: 'withdraw', label: s.withdraw, hint: s.withdrawHint }] : []),
  ];
  if (options.length === 0) return undefined;
  const blocks: FormBlock[] = [
    { control: 'radios', name: 'type', label: s.respondLegend, errorKey: 'type', options },
    // A reason is asked for "not satisfied" (it goes to the next stage); withdrawing needs none.
    can.notSatisfied || can.noAgreement
      ? { control: 'textarea', name: 'reason', label: s.reason, hint: s.reasonHint, errorKey: 'reason', rows: 5 }
      : { control: 'textarea', name: 'reason', label: s.reason, errorKey: 'reason', rows: 3, optional: true },
    // Withdrawing ends it: the server refuses a withdrawal without this box ticked.
    ...(can.withdraw
      ? [{ control: 'checkbox', name: CONFIRM_WITHDRAWAL_FIELD, label: s.confirmWithdraw, hint: s.confirmWithdrawHint, errorKey: 'confirmWithdrawal' } as const]
      : []),
  ];
  const problemText = input.problem === 'conflict' ? s.conflict : input.problem ? t.errors[input.problem] : undefined;
  const fields = renderFields(
    {
      t,
      values: input.values ?? new Map(),
      errors: input.problem ? [{ field: FORM_LEVEL_FIELD, message: input.problem }, ...(input.errors ?? [])] : (input.errors ?? []),
      formLevelText: problemText,
    },
    blocks,
  );
  return {
    summary: fields.summary,
    hasErrors: fields.hasErrors,
    html: html`<h2 class="heading-l" id="reply">${s.respondHeading}</h2>
<form class="form" method="post" novalidate${attributes({
      action: STATUS_RESPONSE_PATH,
      'accept-charset': 'utf-8',
      'aria-labelledby': 'reply',
      'data-enhance': 'status',
      'data-error-title': t.errors.summaryTitle,
      'data-error-prefix': t.errors.prefix,
      'data-error-rejected': t.errors.rejected,
      'data-error-network': t.errors.network,
      'data-error-server': t.errors.server,
      'data-error-too-many': t.errors.tooMany,
      'data-error-not-found': s.notFound,
    })}>
<input type="hidden" name="${PAGE_LANGUAGE_FIELD}" value="${t.lang}">
<input type="hidden" name="${REFERENCE_FIELD}" value="${view.reference}">
<input type="hidden" name="${TOKEN_FIELD}" value="${input.token}">
${fields.fields}
<button type="submit" class="button"${attributes({ 'data-sending': s.sending })}>${s.send}</button>
</form>`,
  };
}

/**
 * What happened, in order. The stage it went to on arrival belongs to its receipt: said as
 * one line ("received", with the stage), not as a move to a new stage at the same moment.
 */
function timeline(t: PageText, view: StatusView): Html {
  if (view.timeline.length === 0) return html``;
  const received = view.timeline.find((event) => event.type === 'received');
  const firstStage = view.timeline.find((event) => event.type === 'levelOpened' && event.at === received?.at);
  const events = view.timeline
    .filter((event) => event !== firstStage)
    .map((event) => (event === received && firstStage?.level ? { ...event, level: firstStage.level } : event));
  const what = (type: StatusView['timeline'][number]['type']) =>
    type !== 'received'
      ? t.status.events[type]
      : view.status === 'referred'
        ? t.status.receivedAllegation
        : view.classification === 'concern'
          ? t.status.receivedConcern
          : t.status.events.received;
  return html`<h2 class="heading-l">${t.status.timelineHeading}</h2>
<ol class="timeline">
${events.map(
  (event) => html`<li class="timeline__item">
<time class="timeline__date" datetime="${event.at}">${t.formatDate(event.at)}</time>
<span class="timeline__what">${what(event.type)}</span>
${event.level ? html`<span class="timeline__level">${t.status.stage}: ${t.common.levels[event.level]}</span>` : ''}
</li>`,
)}
</ol>`;
}
