/**
 * Requests and answers of the record of complaints (R1–R4, F3): they validate requests and
 * describe the routes in the OpenAPI document, with examples.
 */
import { z } from 'zod';
import { COMPLAINT_STATUSES, OUTCOMES } from '../domain/complaint-types';
import { TRACKS } from '../domain/procedure';
import { EYFS_AREAS, OUTCOME_FACETS } from '../domain/record';
import { ACCESS_KINDS } from '../domain/record-ports';

const text = (max: number) => z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
const londonDate = z.iso.date('use a date like 2026-03-31');
const settingId = z.string().max(63);

export const listRecordQuery = z
  .object({
    settingId: settingId.optional(),
    from: londonDate.optional(),
    to: londonDate.optional(),
    track: z.enum(TRACKS).optional(),
    status: z.enum(COMPLAINT_STATUSES).optional(),
    outcome: z.enum(OUTCOME_FACETS).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    after: z.string().max(400).optional(),
  })
  .meta({ id: 'RecordQuery' });

export const recordRowSchema = z
  .object({
    reference: z.string(),
    settingId: z.string(),
    settingName: z.string(),
    track: z.enum(TRACKS),
    classification: z.enum(['concern', 'complaint']),
    status: z.enum(COMPLAINT_STATUSES),
    receivedAt: z.string(),
    closedAt: z.string().optional(),
    outcome: z.enum(OUTCOME_FACETS),
    outcomeAt: z.string().optional(),
    complainantToldAt: z.string().optional(),
    eyfsAreas: z.array(z.enum(EYFS_AREAS)),
    ofstedInvolvedAt: z.string().optional(),
    allegationReferred: z.boolean(),
    practiceReview: z
      .object({ status: z.enum(['open', 'done']), openedAt: z.string(), dueAt: z.string(), completedAt: z.string().optional() })
      .optional(),
    legalHold: z.boolean(),
    tombstone: z.boolean(),
  })
  .meta({
    id: 'RecordRow',
    examples: [
      {
        reference: 'K7QM-4XRT',
        settingId: 'oak-street',
        settingName: 'Oak Street Nursery',
        track: 'parent',
        classification: 'complaint',
        status: 'closed',
        receivedAt: '2026-03-02T10:00:00.000Z',
        closedAt: '2026-03-21T09:00:00.000Z',
        outcome: 'partlyUpheld',
        outcomeAt: '2026-03-20T10:00:00.000Z',
        complainantToldAt: '2026-03-20T10:00:00.000Z',
        eyfsAreas: ['safeguardingAndWelfare'],
        allegationReferred: false,
        practiceReview: { status: 'open', openedAt: '2026-03-20T10:00:00.000Z', dueAt: '2026-04-17T22:59:59Z' },
        legalHold: false,
        tombstone: false,
      },
    ],
  });

export const recordPage = z
  .object({ items: z.array(recordRowSchema), next: z.string().optional() })
  .meta({ id: 'RecordPage' });

export const summativeRecordRequest = z
  .object({
    eyfsAreas: z.array(z.enum(EYFS_AREAS)).min(1, 'choose at least one EYFS area').max(EYFS_AREAS.length),
    raised: text(2_000),
    investigation: text(4_000),
    actionTaken: text(4_000),
  })
  .meta({
    id: 'SummativeRecord',
    examples: [
      {
        eyfsAreas: ['safeguardingAndWelfare'],
        raised: 'Child A came home with another child’s lunchbox three times in a week.',
        investigation: 'The manager spoke with staff member A and watched pick-up on two days.',
        actionTaken: 'Lunchboxes are now checked against a labelled shelf at pick-up.',
      },
    ],
  });

/** The 400 of a summary that names someone: where each name is, and what to write instead. */
export const nameInRecordResponse = z
  .object({
    message: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })),
    matches: z.array(
      z.object({
        field: z.string(),
        start: z.number().int(),
        end: z.number().int(),
        text: z.string(),
        kind: z.enum(['child', 'complainant', 'staff', 'agency']),
        person: z.string(),
        suggestion: z.string(),
      }),
    ),
  })
  .meta({
    id: 'NameInRecord',
    examples: [
      {
        message: 'People are not named in the record',
        errors: [{ field: 'raised', message: 'names someone: write "child A" instead' }],
        matches: [{ field: 'raised', start: 0, end: 4, text: 'Maya', kind: 'child', person: 'child', suggestion: 'child A' }],
      },
    ],
  });

export const practiceReviewRequest = z
  .object({ findings: text(8_000), actions: text(8_000) })
  .meta({
    id: 'PracticeReview',
    examples: [
      {
        findings: 'Pick-up at the end of the day was rushed, with one member of staff at the door.',
        actions: 'A second member of staff at the door from 17:30; lunchbox shelf labelled by room.',
      },
    ],
  });

export const accessLogResponse = z
  .object({
    items: z.array(z.object({ at: z.string(), kind: z.enum(ACCESS_KINDS), by: z.string() })),
  })
  .meta({
    id: 'AccessLog',
    examples: [{ items: [{ at: '2026-03-03T09:12:00.000Z', kind: 'read', by: 'chloe-evans' }] }],
  });

const settingIds = z
  .string()
  .max(700)
  .transform((value) => value.split(',').map((id) => id.trim()).filter(Boolean));

/** The period and settings of a production of the record; `settingIds` comma-separated. */
export const recordScopeQuery = z.object({
  settingIds: settingIds,
  from: londonDate,
  to: londonDate,
});

export const exportRecordQuery = recordScopeQuery
  .extend({ format: z.enum(['json', 'csv', 'html']).default('json') })
  .meta({ id: 'RecordExportQuery' });

export const recordDocumentSchema = z
  .object({
    organisation: z.string(),
    settings: z.array(z.object({ id: z.string(), name: z.string(), ofstedUrn: z.string().optional() })),
    period: z.object({ from: z.string(), to: z.string() }),
    producedAt: z.string(),
    withheld: z.number().int(),
    entries: z.array(
      recordRowSchema.extend({
        summary: z.object({ raised: z.string(), investigation: z.string(), actionTaken: z.string(), writtenAt: z.string() }).optional(),
        practiceReviewFindings: z.object({ findings: z.string(), actions: z.string() }).optional(),
        people: z.array(z.string()),
      }),
    ),
  })
  .meta({
    id: 'RecordDocument',
    examples: [
      {
        organisation: 'Acorn Early Years Trust',
        settings: [{ id: 'oak-street', name: 'Oak Street Nursery', ofstedUrn: 'EY123456' }],
        period: { from: '2026-01-01', to: '2026-03-31' },
        producedAt: '2026-04-02T09:00:00.000Z',
        withheld: 0,
        entries: [
          {
            reference: 'K7QM-4XRT',
            settingId: 'oak-street',
            settingName: 'Oak Street Nursery',
            track: 'parent',
            classification: 'complaint',
            status: 'closed',
            receivedAt: '2026-03-02T10:00:00.000Z',
            closedAt: '2026-03-21T09:00:00.000Z',
            outcome: 'partlyUpheld',
            outcomeAt: '2026-03-20T10:00:00.000Z',
            complainantToldAt: '2026-03-20T10:00:00.000Z',
            eyfsAreas: ['safeguardingAndWelfare'],
            allegationReferred: false,
            legalHold: false,
            tombstone: false,
            summary: {
              raised: 'Child A came home with another child’s lunchbox three times in a week.',
              investigation: 'The manager spoke with staff member A and watched pick-up on two days.',
              actionTaken: 'Lunchboxes are now checked against a labelled shelf at pick-up.',
              writtenAt: '2026-03-20T11:00:00.000Z',
            },
            people: ['child A', 'parent A', 'staff member A'],
          },
        ],
      },
    ],
  });

export const inspectorLinkRequest = z
  .object({
    settingIds: z.array(settingId).min(1, 'name at least one setting'),
    from: londonDate,
    to: londonDate,
    /** Days until it expires; the organisation's default (7) when absent. */
    days: z.number().int().min(1).max(90).optional(),
    note: z.string().trim().max(200).optional(),
  })
  .meta({
    id: 'InspectorLinkRequest',
    examples: [{ settingIds: ['oak-street'], from: '2025-09-01', to: '2026-03-31', days: 7, note: 'Ofsted inspection, April' }],
  });

const inspectorLinkSchema = z.object({
  id: z.string(),
  scope: z.object({ settingIds: z.array(z.string()), from: z.string(), to: z.string() }),
  createdAt: z.string(),
  createdBy: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().optional(),
  revokedBy: z.string().optional(),
  revokedReason: z.string().optional(),
  note: z.string().optional(),
});

export const inspectorLinkCreated = z
  .object({ link: inspectorLinkSchema, url: z.string() })
  .meta({
    id: 'InspectorLinkCreated',
    examples: [
      {
        link: {
          id: 'Q2x9bWVyZ3R5dWlv',
          scope: { settingIds: ['oak-street'], from: '2025-09-01', to: '2026-03-31' },
          createdAt: '2026-04-01T09:00:00.000Z',
          createdBy: 'ian-murray',
          expiresAt: '2026-04-08T09:00:00.000Z',
          note: 'Ofsted inspection, April',
        },
        url: 'https://complaints.example.org/api/record/shared?token=…',
      },
    ],
  });

export const inspectorLinkList = z
  .object({ items: z.array(inspectorLinkSchema) })
  .meta({ id: 'InspectorLinks' });

export const sharedRecordQuery = z
  .object({ token: z.string().max(200), format: z.enum(['html', 'csv', 'json']).default('html') })
  .meta({ id: 'SharedRecordQuery' });

export const productionsResponse = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        at: z.string(),
        by: z.union([
          z.object({ kind: z.literal('staff'), staffId: z.string() }),
          z.object({ kind: z.literal('inspectorLink'), linkId: z.string() }),
        ]),
        scope: z.object({ settingIds: z.array(z.string()), from: z.string(), to: z.string() }),
        format: z.enum(['json', 'csv', 'html']),
        complaints: z.number().int(),
      }),
    ),
  })
  .meta({
    id: 'RecordProductions',
    examples: [
      {
        items: [
          {
            id: '9f2c41d07a3b55e1',
            at: '2026-04-02T09:00:00.000Z',
            by: { kind: 'inspectorLink', linkId: 'Q2x9bWVyZ3R5dWlv' },
            scope: { settingIds: ['oak-street'], from: '2025-09-01', to: '2026-03-31' },
            format: 'html',
            complaints: 4,
          },
        ],
      },
    ],
  });

export const legalHoldRequest = z
  .object({ reason: text(1_000) })
  .meta({ id: 'LegalHold', examples: [{ reason: 'A claim has been made; the insurer asked us to keep the record.' }] });

export const revokeLinkRequest = z
  .object({ reason: text(500) })
  .meta({ id: 'RevokeInspectorLink', examples: [{ reason: 'The inspection is over.' }] });
