/**
 * Request bodies of the staff's actions (issue 4). Like schemas.ts, they validate requests
 * and generate the OpenAPI document. The complainant's answer has a module of its own
 * (complainant-response-request.ts): the functions that take it do not build these.
 *
 * A schema is built when its module is imported, and a function pays for every schema in
 * the modules it imports: a schema that only one function uses (the dashboard's query, the
 * on-behalf request) lives in a module of its own, and nothing re-exports it.
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

export const staffActionRequest = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('acknowledgement'),
      note: optionalText(2_000),
      /** When it was sent, if not today: it may be after the deadline, and shows as late. */
      occurredAt: z.optional(dateOrMoment()),
      level: levelOwing(),
    }),
    z.object({
      type: z.literal('meeting'),
      /** The day the meeting was held; it may be after the deadline, and shows as late. */
      heldOn: dateOrMoment(),
      /** What was discussed and agreed: sent to the agency in writing (A4). */
      summary: optionalText(8_000),
      note: optionalText(4_000),
    }),
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
    z.object({ type: z.literal('agreement'), reached: z.boolean(), note: optionalText(4_000) }),
    z.object({
      type: z.literal('extension'),
      newDeadlineAt: z.iso.datetime({ offset: true }),
      /** Why: the complainant is told it, in their language. */
      reason: text(2_000),
      /** The day the complainant agreed: needed to extend a date the procedure sets. */
      complainantAgreedOn: z.optional(dateOrMoment()),
    }),
    z.object({
      type: z.literal('letterPosted'),
      /** The `key` of one of the complaint's letters (GET …/letters). */
      letterKey: text(300),
      /** The day it was posted or handed over: from then it counts as told in writing. */
      postedOn: dateOrMoment(),
    }),
    z.object({ type: z.literal('referral'), reason: text(2_000) }),
    z.object({ type: z.literal('ofsted'), ofstedReference: text(60), note: optionalText(2_000) }),
    z.object({ type: z.literal('note'), text: text(8_000) }),
    z.object({ type: z.literal('renewStatusLink'), reason: optionalText(2_000) }),
    z.object({ type: z.literal('close'), reason: text(2_000) }),
  ])
  .register(z.globalRegistry, {
    id: 'StaffAction',
    examples: [
      {
        type: 'outcome',
        outcome: 'partlyUpheld',
        summary: 'We have changed how lunchboxes are checked at pick-up and apologise for the mix-ups.',
        confidentialReport: 'Spoke with room staff on 3 March; new labelled shelf introduced.',
      },
    ],
  });
