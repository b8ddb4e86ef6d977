/**
 * Request bodies of the staff's actions (issue 4). Like schemas.ts, they validate requests
 * and generate the OpenAPI document. The complainant's answer has a module of its own
 * (complainant-response-request.ts): the functions that take it do not build these.
 *
 * Nothing here is built at import: record-action builds the one body it reads
 * (staffActionSchemaFor), the OpenAPI document the whole union (staffActionRequest).
 */
import * as z from 'zod/mini';
import { OUTCOMES } from '../domain/complaint-types';

import { dateOrMoment, optionalText, text } from './schema-parts';

/**
 * The level whose lapsed deadline a late record is for (A3, P6), by its id; record-action
 * checks it names a stage of the procedure (the procedure table stays out of this module,
 * which every staff function loads).
 */
const levelOwing = () => z.optional(z.string().check(z.regex(/^[a-zA-Z]{1,40}$/, 'is not a stage of the procedure')));

/**
 * Each action's body by its type, built the first time a function meets that type: a
 * request carries one action, and building all twelve objects at import cost record-action
 * about 4 ms of its cold start (zod constructs every check of every field), where one costs
 * a tenth of that on the request that needs it.
 */
const ACTION_BODIES = {
  acknowledgement: () =>
    z.object({
      type: z.literal('acknowledgement'),
      note: optionalText(2_000),
      /** When it was sent, if not today: it may be after the deadline, and shows as late. */
      occurredAt: z.optional(dateOrMoment()),
      level: levelOwing(),
    }),
  meeting: () =>
    z.object({
      type: z.literal('meeting'),
      /** The day the meeting was held; it may be after the deadline, and shows as late. */
      heldOn: dateOrMoment(),
      /** What was discussed and agreed: sent to the agency in writing (A4). */
      summary: optionalText(8_000),
      note: optionalText(4_000),
    }),
  outcome: () =>
    z.object({
      type: z.literal('outcome'),
      outcome: z.enum(OUTCOMES),
      /** What the complainant is told. */
      summary: text(8_000),
      /** P6: the confidential report kept on the child's file; never shown to the complainant. */
      confidentialReport: optionalText(20_000),
      /** When the complainant was given it, if not today: it may be after the deadline, and shows as late. */
      occurredAt: z.optional(dateOrMoment()),
      level: levelOwing(),
    }),
  agreement: () => z.object({ type: z.literal('agreement'), reached: z.boolean(), note: optionalText(4_000) }),
  extension: () =>
    z.object({
      type: z.literal('extension'),
      newDeadlineAt: z.iso.datetime({ offset: true }),
      /** Why: the complainant is told it, in their language. */
      reason: text(2_000),
      /** The day the complainant agreed: needed to extend a date the procedure sets. */
      complainantAgreedOn: z.optional(dateOrMoment()),
    }),
  letterPosted: () =>
    z.object({
      type: z.literal('letterPosted'),
      /** The `key` of one of the complaint's letters (GET …/letters). */
      letterKey: text(300),
      /** The day it was posted or handed over: from then it counts as told in writing. */
      postedOn: dateOrMoment(),
    }),
  referral: () => z.object({ type: z.literal('referral'), reason: text(2_000) }),
  ofsted: () => z.object({ type: z.literal('ofsted'), ofstedReference: text(60), note: optionalText(2_000) }),
  note: () => z.object({ type: z.literal('note'), text: text(8_000) }),
  renewStatusLink: () => z.object({ type: z.literal('renewStatusLink'), reason: optionalText(2_000) }),
  close: () => z.object({ type: z.literal('close'), reason: text(2_000) }),
};

type ActionType = keyof typeof ACTION_BODIES;
export type StaffActionRequest = z.infer<ReturnType<(typeof ACTION_BODIES)[ActionType]>>;

const ACTION_TYPES = Object.keys(ACTION_BODIES) as ActionType[];
const built = new Map<ActionType, z.ZodMiniType<StaffActionRequest>>();

/**
 * The schema a staff action's body is read with (parseJsonBody): its own type's, built once
 * per container. A body of no known type is checked against the list of types instead, so
 * the 400 names `type` and what it may be, as the whole union's check would.
 */
export function staffActionSchemaFor(body: unknown): z.ZodMiniType<StaffActionRequest> {
  const type = typeof body === 'object' && body !== null ? (body as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(ACTION_BODIES, type)) {
    // It cannot pass: `type` is not one of these. Typed as the request for parseJsonBody.
    return z.object({ type: z.enum(ACTION_TYPES) }) as unknown as z.ZodMiniType<StaffActionRequest>;
  }
  const known = type as ActionType;
  let schema = built.get(known);
  if (!schema) built.set(known, (schema = ACTION_BODIES[known]()));
  return schema;
}

let union: ReturnType<typeof buildUnion> | undefined;

/** Every action's body as one union: for the OpenAPI document and the tests, never a cold start. */
export const staffActionRequest = () => (union ??= buildUnion());

function buildUnion() {
  type Body = ReturnType<(typeof ACTION_BODIES)[ActionType]>;
  return z.discriminatedUnion('type', ACTION_TYPES.map((type) => ACTION_BODIES[type]()) as [Body, ...Body[]]);
}
