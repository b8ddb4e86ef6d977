/**
 * What the record's routes answer (R1–R4, F3), for the OpenAPI document only: no handler
 * parses them, so only the document's function loads them.
 */
import * as z from 'zod/mini';
import { COMPLAINT_STATUSES } from '../domain/complaint-types';
import { TRACKS } from '../domain/procedure';
import { EYFS_AREAS, OUTCOME_FACETS } from '../domain/record';
import { ACCESS_KINDS } from '../domain/record-ports';

const rowFields = {
  reference: z.string(),
  settingId: z.string(),
  settingName: z.string(),
  track: z.enum(TRACKS),
  classification: z.enum(['concern', 'complaint']),
  status: z.enum(COMPLAINT_STATUSES),
  receivedAt: z.string(),
  closedAt: z.optional(z.string()),
  outcome: z.enum(OUTCOME_FACETS),
  outcomeAt: z.optional(z.string()),
  complainantToldAt: z.optional(z.string()),
  eyfsAreas: z.array(z.enum(EYFS_AREAS)),
  ofstedInvolvedAt: z.optional(z.string()),
  allegationReferred: z.boolean(),
  practiceReview: z.optional(
    z.object({ status: z.enum(['open', 'done']), openedAt: z.string(), dueAt: z.string(), completedAt: z.optional(z.string()) }),
  ),
  legalHold: z.boolean(),
  tombstone: z.boolean(),
};

const exampleRow = {
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
};

export const recordRowSchema = z.object(rowFields).register(z.globalRegistry, {
  id: 'RecordRow',
  examples: [{ ...exampleRow, practiceReview: { status: 'open', openedAt: '2026-03-20T10:00:00.000Z', dueAt: '2026-04-17T22:59:59Z' } }],
});

export const recordPage = z
  .object({ items: z.array(recordRowSchema), next: z.optional(z.string()) })
  .register(z.globalRegistry, { id: 'RecordPage' });

/** The 400 of a summary that names someone: where each name is, and what to write instead. */
export const nameInRecordResponse = z
  .object({
    message: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })),
    matches: z.array(
      z.object({
        field: z.string(),
        start: z.number().check(z.int()),
        end: z.number().check(z.int()),
        text: z.string(),
        kind: z.enum(['child', 'complainant', 'staff', 'agency']),
        person: z.string(),
        suggestion: z.string(),
      }),
    ),
  })
  .register(z.globalRegistry, {
    id: 'NameInRecord',
    examples: [
      {
        message: 'People are not named in the record',
        errors: [{ field: 'raised', message: 'names someone: write "child A" instead' }],
        matches: [{ field: 'raised', start: 0, end: 4, text: 'Maya', kind: 'child', person: 'child', suggestion: 'child A' }],
      },
    ],
  });

export const accessLogResponse = z
  .object({ items: z.array(z.object({ at: z.string(), kind: z.enum(ACCESS_KINDS), by: z.string() })) })
  .register(z.globalRegistry, {
    id: 'AccessLog',
    examples: [{ items: [{ at: '2026-03-03T09:12:00.000Z', kind: 'read', by: 'chloe-evans' }] }],
  });

export const recordDocumentSchema = z
  .object({
    organisation: z.string(),
    settings: z.array(z.object({ id: z.string(), name: z.string(), ofstedUrn: z.optional(z.string()) })),
    period: z.object({ from: z.string(), to: z.string() }),
    producedAt: z.string(),
    withheld: z.number().check(z.int()),
    entries: z.array(
      z.object({
        ...rowFields,
        summary: z.optional(z.object({ raised: z.string(), investigation: z.string(), actionTaken: z.string(), writtenAt: z.string() })),
        practiceReviewFindings: z.optional(z.object({ findings: z.string(), actions: z.string() })),
        people: z.array(z.string()),
      }),
    ),
  })
  .register(z.globalRegistry, {
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
            ...exampleRow,
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

const inspectorLinkSchema = z.object({
  id: z.string(),
  scope: z.object({ settingIds: z.array(z.string()), from: z.string(), to: z.string() }),
  createdAt: z.string(),
  createdBy: z.string(),
  expiresAt: z.string(),
  revokedAt: z.optional(z.string()),
  revokedBy: z.optional(z.string()),
  revokedReason: z.optional(z.string()),
  note: z.optional(z.string()),
});

export const inspectorLinkCreated = z
  .object({ link: inspectorLinkSchema, url: z.string() })
  .register(z.globalRegistry, {
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

export const inspectorLinkList = z.object({ items: z.array(inspectorLinkSchema) }).register(z.globalRegistry, { id: 'InspectorLinks' });

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
        complaints: z.number().check(z.int()),
      }),
    ),
  })
  .register(z.globalRegistry, {
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
