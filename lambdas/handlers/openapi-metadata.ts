/**
 * What the OpenAPI document says of the requests beyond their shape: the name each has in the
 * document's $defs and the examples it shows. It lives here rather than beside each schema
 * because a function that parses with a schema would otherwise load zod's registry and carry
 * the examples at every cold start for nothing; only the document's code (openapi.ts) and the
 * tests that send the examples import this. The answers' schemas (schemas.ts,
 * record-documents.ts) are the document's alone, so they keep their names beside them.
 */
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { agencyComplaintRequest } from './agency-complaint-request';
import { agencyOnBehalfRequest } from './agency-on-behalf-request';
import { complainantResponseRequest } from './complainant-response-request';
import { confirmationQuery } from './confirmation-query';
import { handOverRequest } from './hand-over-request';
import { inspectorLinkRequest } from './inspector-link-request';
import { revokeLinkRequest } from './revoke-inspector-link-request';
import { legalHoldRequest } from './legal-hold-request';
import { memberChangeRequest } from './member-change-request';
import { newMemberRequest } from './new-member-request';
import { onBehalfRequest } from './on-behalf-request';
import { parentComplaintRequest } from './parent-complaint-request';
import { parkedEffectResolutionRequest } from './parked-effect-resolution';
import { practiceReviewRequest } from './practice-review-request';
import { exportRecordQuery } from './record-export-query';
import { listRecordQuery } from './record-list-query';
import { responseOnBehalfRequest } from './response-on-behalf-request';
import { newSettingRequest } from './new-setting-request';
import { settingChangeRequest } from './setting-change-request';
import { sharedRecordQuery } from './shared-record-query';
import { statusPageQuery } from './status-page-query';
import { statusReplyForm } from './status-reply-form';
import { summativeRecordRequest } from './summative-record-request';
import { staffActionRequest } from './staff-schemas';

type OpenApiMeta = { id: string; examples?: unknown[] };

const REQUESTS: (readonly [$ZodType, OpenApiMeta])[] = [
  // The public's complaints and their pages.
  [
    parentComplaintRequest,
    {
      id: 'ParentComplaint',
      examples: [
        {
          settingId: 'oak-street',
          classification: 'complaint',
          about: 'service',
          allegationOfHarm: false,
          description: 'My daughter came home with another child’s lunchbox three times this month.',
          desiredOutcome: 'Check lunchboxes at pick-up.',
          childName: 'Maya',
          contact: { name: 'Sam Taylor', email: 'sam.taylor@example.com', phone: '07700 900123' },
          consentToContact: true,
          language: 'en',
        },
      ],
    },
  ],
  [
    agencyComplaintRequest,
    {
      id: 'AgencyComplaint',
      examples: [
        {
          settingId: 'willow-lane',
          about: 'practice',
          allegationOfHarm: false,
          description: 'Our health visitor was not given the room we booked for two developmental reviews.',
          agency: {
            organisation: 'Leeds Community Healthcare',
            name: 'Jo Patel',
            role: 'Health visitor',
            email: 'jo.patel@example.nhs.uk',
          },
          language: 'en',
        },
      ],
    },
  ],
  [confirmationQuery, { id: 'ConfirmationQuery' }],
  // Staff on a complaint.
  [
    onBehalfRequest,
    {
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
    },
  ],
  [
    agencyOnBehalfRequest,
    {
      id: 'AgencyComplaintOnBehalf',
      examples: [
        {
          settingId: 'willow-lane',
          about: 'practice',
          allegationOfHarm: false,
          description: 'Letter of 3 March: our speech therapist was twice refused the quiet room booked for a session.',
          agency: {
            organisation: 'Leeds Community Healthcare',
            name: 'Jo Patel',
            role: 'Speech and language therapist',
            postalAddress: '12 Park Row, Leeds LS1 5HD',
          },
          language: 'en',
          channel: 'letter',
          receivedAt: '2026-03-04T09:00:00Z',
        },
      ],
    },
  ],
  [
    responseOnBehalfRequest,
    {
      id: 'ComplainantResponseOnBehalf',
      examples: [
        { type: 'notSatisfied', reason: 'Appeal by letter: the outcome did not address the missed meals.', channel: 'letter', receivedAt: '2026-04-02' },
      ],
    },
  ],
  [
    parkedEffectResolutionRequest,
    {
      id: 'ParkedEffectResolution',
      examples: [{ action: 'handled', note: 'Acknowledgement posted as a letter on 3 March' }, { action: 'retry' }],
    },
  ],
  [legalHoldRequest, { id: 'LegalHold', examples: [{ reason: 'A claim has been made; the insurer asked us to keep the record.' }] }],
  // The complainant.
  [complainantResponseRequest, { id: 'ComplainantResponse', examples: [{ type: 'notSatisfied', reason: 'The same thing happened again on Friday.' }] }],
  [statusPageQuery, { id: 'StatusPageQuery' }],
  [statusReplyForm, { id: 'StatusReplyForm' }],
  // The record.
  [listRecordQuery, { id: 'RecordQuery' }],
  [
    summativeRecordRequest,
    {
      id: 'SummativeRecord',
      examples: [
        {
          eyfsAreas: ['safeguardingAndWelfare'],
          raised: 'Child A came home with another child’s lunchbox three times in a week.',
          investigation: 'The manager spoke with staff member A and watched pick-up on two days.',
          actionTaken: 'Lunchboxes are now checked against a labelled shelf at pick-up.',
        },
      ],
    },
  ],
  [
    practiceReviewRequest,
    {
      id: 'PracticeReview',
      examples: [
        {
          findings: 'Pick-up at the end of the day was rushed, with one member of staff at the door.',
          actions: 'A second member of staff at the door from 17:30; lunchbox shelf labelled by room.',
        },
      ],
    },
  ],
  [exportRecordQuery, { id: 'RecordExportQuery' }],
  [
    inspectorLinkRequest,
    {
      id: 'InspectorLinkRequest',
      examples: [{ settingIds: ['oak-street'], from: '2025-09-01', to: '2026-03-31', days: 7, note: 'Ofsted inspection, April' }],
    },
  ],
  [revokeLinkRequest, { id: 'RevokeInspectorLink', examples: [{ reason: 'The inspection is over.' }] }],
  [sharedRecordQuery, { id: 'SharedRecordQuery' }],
  // The directory.
  [
    newMemberRequest,
    {
      id: 'NewMember',
      examples: [
        { id: 'jo-bloggs', name: 'Jo Bloggs', email: 'jo.bloggs@acorn-early-years.example.org', roles: ['keyPerson'], settings: ['oak-street'], language: 'en' },
      ],
    },
  ],
  [memberChangeRequest, { id: 'MemberChange', examples: [{ roles: ['keyPerson', 'safeguardingLead'] }, { active: false }] }],
  [handOverRequest, { id: 'HandOver', examples: [{ toStaffId: 'ben-jones' }] }],
  [
    newSettingRequest,
    {
      id: 'NewSetting',
      examples: [
        {
          id: 'elm-road',
          name: 'Elm Road Nursery',
          address: '3 Elm Road, Leeds LS3 3CC',
          lado: { name: 'Bradford LADO (Allegations against staff)', phone: '01274 000000' },
        },
      ],
    },
  ],
  [settingChangeRequest, { id: 'SettingChange', examples: [{ name: 'Oak Street Nursery and Pre-school' }] }],
  // The staff's actions as one union, built only for the document (the same memoised one as
  // its route table's); record-action builds the one body it reads.
  [
    staffActionRequest(),
    {
      id: 'StaffAction',
      examples: [
        {
          type: 'outcome',
          outcome: 'partlyUpheld',
          summary: 'We have changed how lunchboxes are checked at pick-up and apologise for the mix-ups.',
          confidentialReport: 'Spoke with room staff on 3 March; new labelled shelf introduced.',
        },
      ],
    },
  ],
];

for (const [schema, meta] of REQUESTS) z.globalRegistry.add(schema, meta);

/** The examples a schema was registered with (they also fill the OpenAPI document). */
export function examplesOf(schema: $ZodType): unknown[] {
  const examples = z.globalRegistry.get(schema)?.examples;
  return Array.isArray(examples) ? examples : [];
}
