/**
 * Request bodies of the staff and complainant routes (issue 4). Like schemas.ts, they
 * validate requests and generate the OpenAPI document.
 *
 * A schema is built when its module is imported, and a function pays for every schema in
 * the modules it imports: a schema that only one function uses (the dashboard's query, the
 * on-behalf request) lives in a module of its own, and nothing re-exports it.
 */
import * as z from 'zod/mini';
import { OUTCOMES } from '../domain/complaint-types';

const text = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(max, `must be at most ${max} characters`));
const optionalText = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max, `must be at most ${max} characters`)));

export const staffActionRequest = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('acknowledgement'), note: optionalText(2_000) }),
    z.object({ type: z.literal('meeting'), heldOn: z.iso.datetime({ offset: true }), note: optionalText(4_000) }),
    z.object({
      type: z.literal('outcome'),
      outcome: z.enum(OUTCOMES),
      /** What the complainant is told. */
      summary: text(8_000),
      /** P6: the confidential report kept on the child's file; never shown to the complainant. */
      confidentialReport: optionalText(20_000),
    }),
    z.object({ type: z.literal('agreement'), reached: z.boolean(), note: optionalText(4_000) }),
    z.object({ type: z.literal('extension'), newDeadlineAt: z.iso.datetime({ offset: true }), reason: text(2_000) }),
    z.object({ type: z.literal('referral'), reason: text(2_000) }),
    z.object({ type: z.literal('ofsted'), ofstedReference: text(60), note: optionalText(2_000) }),
    z.object({ type: z.literal('note'), text: text(8_000) }),
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


export const complainantResponseRequest = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('satisfied') }),
    z.object({ type: z.literal('notSatisfied'), reason: text(8_000) }),
    z.object({ type: z.literal('withdraw'), reason: optionalText(2_000) }),
  ])
  .register(z.globalRegistry, { id: 'ComplainantResponse', examples: [{ type: 'notSatisfied', reason: 'The same thing happened again on Friday.' }] });

