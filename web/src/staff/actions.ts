/**
 * What staff can record on a complaint (POST /staff/complaints/{id}/actions, staffActionRequest
 * in lambdas/handlers/staff-schemas.ts): which actions the complaint's state offers, the
 * fields of each, and the one mapping from a form's answers to the API's request. Field names
 * are the request's, so an error the API names maps straight back to its field.
 *
 * Which actions a person may take is the API's to decide: the complaint it returns lists them
 * (lambdas/domain/available-actions.ts) and the console offers only those. Pure: no DOM, no
 * fetch.
 */
import { londonDateTime } from '../../../lambdas/domain/calendar';
import { OUTCOMES } from '../../../lambdas/domain/complaint-types';
import type { FieldError } from '../../../lambdas/templates/site/form/fields';
import type { ResponseType } from '../../../lambdas/domain/available-responses';

export { STAFF_ACTION_TYPES, type StaffActionType } from '../../../lambdas/domain/available-actions';
import type { StaffActionType } from '../../../lambdas/domain/available-actions';

/** The longest answer the API takes for each free-text field (staff-schemas.ts). */
export const MAX_LENGTHS: Readonly<Record<string, number>> = {
  note: 4_000,
  summary: 8_000,
  confidentialReport: 20_000,
  reason: 2_000,
  ofstedReference: 60,
  text: 8_000,
};

/** A duty done on an earlier day, possibly after its deadline, for a named stage (A3, P6). */
interface Late {
  occurredAt?: string;
  level?: string;
}

export type StaffActionRequest =
  | ({ type: 'acknowledgement'; note?: string } & Late)
  | { type: 'meeting'; heldOn: string; summary?: string; note?: string }
  | ({ type: 'outcome'; outcome: (typeof OUTCOMES)[number]; summary: string; confidentialReport?: string } & Late)
  | { type: 'agreement'; reached: boolean; note?: string }
  | { type: 'extension'; newDeadlineAt: string; reason: string; complainantAgreedOn?: string }
  | { type: 'referral'; reason: string }
  | { type: 'ofsted'; ofstedReference: string; note?: string }
  | { type: 'note'; text: string }
  | { type: 'renewStatusLink'; reason?: string }
  | { type: 'close'; reason: string }
  | { type: 'letterPosted'; letterKey: string; postedOn: string };

export type ActionMapping = { request: StaffActionRequest; errors: [] } | { request?: undefined; errors: FieldError[] };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The API request for an action form's answers, or what is missing or wrong, named as the
 * API would name it. Dates are days in England: a meeting is recorded at the start of its
 * day, an extension runs to the end of its day (23:59:59 Europe/London), as every deadline does.
 */
export function actionRequestFromForm(type: StaffActionType, values: ReadonlyMap<string, string>): ActionMapping {
  const errors: FieldError[] = [];
  const text = (name: string): string | undefined => values.get(name)?.trim() || undefined;
  const required = (name: string): string => {
    const value = text(name);
    if (!value) errors.push({ field: name, message: 'is required' });
    else if (MAX_LENGTHS[name] !== undefined && value.length > MAX_LENGTHS[name]!) {
      errors.push({ field: name, message: `must be at most ${MAX_LENGTHS[name]} characters` });
    }
    return value ?? '';
  };
  const optional = (name: string): { [key: string]: string } => {
    const value = text(name);
    if (value && MAX_LENGTHS[name] !== undefined && value.length > MAX_LENGTHS[name]!) {
      errors.push({ field: name, message: `must be at most ${MAX_LENGTHS[name]} characters` });
    }
    return value ? { [name]: value } : {};
  };
  /** A day in England as typed (`2026-07-01`), checked; '' with an error when missing or not a date. */
  const date = (name: string): string => {
    const value = text(name);
    if (!value) errors.push({ field: name, message: 'is required' });
    else if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) errors.push({ field: name, message: 'is not a date' });
    else return value;
    return '';
  };
  /** A wall-clock time in London on a day the form gives. */
  const day = (name: string, time: string): string => {
    const value = date(name);
    return value ? londonDateTime(value, time) : '';
  };

  // The day typed, as a bare date: the API reads it as that London day (A3, P6).
  const late = (): Late => ({
    ...(text('occurredAt') ? { occurredAt: date('occurredAt') } : {}),
    ...(text('level') ? { level: text('level') } : {}),
  });

  let request: StaffActionRequest;
  switch (type) {
    case 'acknowledgement':
      request = { type, ...optional('note'), ...late() };
      break;
    case 'meeting':
      request = { type, heldOn: day('heldOn', '00:00:00'), ...optional('summary'), ...optional('note') };
      break;
    case 'outcome': {
      const outcome = text('outcome');
      if (!outcome || !(OUTCOMES as readonly string[]).includes(outcome)) errors.push({ field: 'outcome', message: 'is required' });
      request = {
        type,
        outcome: outcome as (typeof OUTCOMES)[number],
        summary: required('summary'),
        ...optional('confidentialReport'),
        ...late(),
      };
      break;
    }
    case 'agreement': {
      const reached = text('reached');
      if (reached !== 'yes' && reached !== 'no') errors.push({ field: 'reached', message: 'is required' });
      request = { type, reached: reached === 'yes', ...optional('note') };
      break;
    }
    case 'extension':
      // A date the procedure sets may be extended only with the complainant's agreement: the
      // day they agreed is asked for, and the server refuses a statutory extension without it.
      request = {
        type,
        newDeadlineAt: day('newDeadlineAt', '23:59:59'),
        reason: required('reason'),
        // The day alone: the server compares it by London day with the day the complaint came in.
        ...(text('complainantAgreedOn') && date('complainantAgreedOn') ? { complainantAgreedOn: text('complainantAgreedOn') } : {}),
      };
      break;
    case 'referral':
      request = { type, reason: required('reason') };
      break;
    case 'ofsted':
      request = { type, ofstedReference: required('ofstedReference'), ...optional('note') };
      break;
    case 'note':
      request = { type, text: required('text') };
      break;
    case 'renewStatusLink':
      request = { type, ...optional('reason') };
      break;
    case 'close':
      request = { type, reason: required('reason') };
      break;
    case 'letterPosted':
      // The day typed, sent as that day: the API reads a bare date as a London day (to its
      // end). Never derived from an instant, whose UTC date is the day before in summer.
      request = { type, letterKey: required('letterKey'), postedOn: date('postedOn') };
      break;
  }
  return errors.length > 0 ? { errors } : { request, errors: [] };
}

/** POST /staff/complaints/{id}/responses (response-on-behalf-request.ts). */
export type ResponseOnBehalfRequest = { type: ResponseType; reason?: string; channel: WrittenChannel; receivedAt?: string };

const WRITTEN_CHANNELS = ['inPerson', 'phone', 'letter', 'email'] as const;
type WrittenChannel = (typeof WRITTEN_CHANNELS)[number];

/** The complainant's answer as staff record it: what they said, how it came, and the day (today when left empty). */
export function responseRequestFromForm(
  type: ResponseType,
  values: ReadonlyMap<string, string>,
): { request: ResponseOnBehalfRequest; errors: [] } | { request?: undefined; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const text = (name: string): string | undefined => values.get(name)?.trim() || undefined;
  const reason = text('reason');
  if (reason && reason.length > MAX_LENGTHS.text!) errors.push({ field: 'reason', message: `must be at most ${MAX_LENGTHS.text} characters` });
  if ((type === 'notSatisfied' || type === 'noAgreement') && !reason) errors.push({ field: 'reason', message: 'is required' });
  const channel = text('channel');
  if (!channel || !(WRITTEN_CHANNELS as readonly string[]).includes(channel)) errors.push({ field: 'channel', message: 'is required' });
  const receivedAt = text('receivedAt');
  if (receivedAt && (!DATE.test(receivedAt) || Number.isNaN(Date.parse(`${receivedAt}T00:00:00Z`)))) {
    errors.push({ field: 'receivedAt', message: 'is not a date' });
  }
  if (errors.length > 0) return { errors };
  return {
    request: {
      type,
      ...(type !== 'satisfied' && reason ? { reason } : {}),
      channel: channel as WrittenChannel,
      ...(receivedAt ? { receivedAt } : {}),
    },
    errors: [],
  };
}

/** The fields of an agency's written complaint entered by staff (agency-on-behalf-request.ts), as the API names them. */
export const AGENCY_LETTER_FIELDS = [
  'settingId',
  'about',
  'subjectStaffId',
  'allegationOfHarm',
  'description',
  'desiredOutcome',
  'agency.organisation',
  'agency.name',
  'agency.role',
  'agency.email',
  'agency.phone',
  'agency.postalAddress',
  'language',
  'channel',
  'receivedAt',
] as const;

/**
 * POST /staff/agency-complaints from the form: the day it reached the setting counts from the
 * start of that London day (A2's and A3's clocks run from that date, and today is never in
 * the future). The API checks the rest and names each field it refuses.
 */
export function agencyLetterRequestFromForm(values: ReadonlyMap<string, string>): { request: Record<string, unknown>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const text = (name: string): string | undefined => values.get(name)?.trim() || undefined;
  const receivedOn = text('receivedAt');
  if (!receivedOn) errors.push({ field: 'receivedAt', message: 'is required' });
  else if (!DATE.test(receivedOn) || Number.isNaN(Date.parse(`${receivedOn}T00:00:00Z`))) errors.push({ field: 'receivedAt', message: 'is not a date' });
  const about = text('about');
  const agency = Object.fromEntries(
    (['organisation', 'name', 'role', 'email', 'phone', 'postalAddress'] as const).flatMap((name) => {
      const value = text(`agency.${name}`);
      return value ? [[name, value]] : [];
    }),
  );
  const request = {
    ...(text('settingId') ? { settingId: text('settingId') } : {}),
    ...(about ? { about } : {}),
    // The person named only where the complaint is about a member of staff; for the manager the server finds her.
    ...(about === 'staff' && text('subjectStaffId') ? { subjectStaffId: text('subjectStaffId') } : {}),
    allegationOfHarm: text('allegationOfHarm') === 'yes',
    ...(text('description') ? { description: text('description') } : {}),
    ...(text('desiredOutcome') ? { desiredOutcome: text('desiredOutcome') } : {}),
    agency,
    language: text('language') ?? 'en',
    ...(text('channel') ? { channel: text('channel') } : {}),
    ...(receivedOn && errors.length === 0 ? { receivedAt: londonDateTime(receivedOn, '00:00:00') } : {}),
  };
  return { request, errors };
}
