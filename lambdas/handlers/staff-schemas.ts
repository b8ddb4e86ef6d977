/**
 * Request bodies of the staff and complainant routes (issue 4). Like schemas.ts, they
 * validate requests and generate the OpenAPI document.
 */
import { z } from 'zod';
import { OUTCOMES, CHANNELS } from '../domain/complaint-types';
import { TRACKS } from '../domain/procedure';
import { parentComplaintRequest } from './schemas';

const text = (max: number) => z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).optional();

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
  .meta({
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

export const listComplaintsQuery = z.object({
  settingId: z.string().max(63).optional(),
  track: z.enum(TRACKS).optional(),
  state: z.enum(['onTrack', 'dueSoon', 'overdue', 'extended', 'breached']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  after: z.string().max(400).optional(),
});

export const complainantResponseRequest = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('satisfied') }),
    z.object({ type: z.literal('notSatisfied'), reason: text(8_000) }),
    z.object({ type: z.literal('withdraw'), reason: optionalText(2_000) }),
  ])
  .meta({ id: 'ComplainantResponse', examples: [{ type: 'notSatisfied', reason: 'The same thing happened again on Friday.' }] });

/** P5: a complaint made in person or by phone, written down by staff on the CIR. */
export const onBehalfFields = {
  channel: z.enum(CHANNELS).exclude(['online']),
  receivedAt: z.iso.datetime({ offset: true }),
};

/** P5: the parent's complaint as staff write it down; consent and spam checks are for the public form. */
export const onBehalfRequest = parentComplaintRequest
  .omit({ consentToContact: true, website: true, fillTimeMs: true })
  .extend(onBehalfFields)
  // A derived schema keeps none of its parent's metadata: its example is its own.
  .meta({
    id: 'ComplaintOnBehalf',
    examples: [
      {
        settingId: 'oak-street',
        classification: 'complaint',
        about: 'keyPerson',
        keyPersonId: 'amira-khan',
        subjectStaffId: 'amira-khan',
        allegationOfHarm: false,
        description: 'Told the manager at pick-up that Maya’s nappy had not been changed all afternoon.',
        childName: 'Maya',
        contact: { name: 'Sam Taylor', email: 'sam.taylor@example.com', phone: '07700 900123' },
        language: 'en',
        channel: 'inPerson',
        receivedAt: '2026-03-02T16:30:00Z',
      },
    ],
  });
