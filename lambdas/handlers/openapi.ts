/**
 * The OpenAPI 3.1 document of every route, generated from the route table and the same zod
 * schemas that validate requests, so the document cannot drift from what the API accepts.
 */
import * as z from 'zod/mini';
import type { $ZodObject, $ZodType } from 'zod/v4/core';
import { confirmationQuery } from './confirmation-query';
import { ROUTES, type RouteDefinition } from './functions';
import { agencyComplaintRequest, errorResponseSchema, parentComplaintRequest, submissionResponse } from './schemas';
import { examplesOf } from './openapi-metadata';
import { listComplaintsQuery } from './list-complaints-query';
import { onBehalfRequest } from './on-behalf-request';
import { complainantResponseRequest } from './complainant-response-request';
import { staffActionRequest } from './staff-schemas';
import { parkedEffectResolutionRequest } from './parked-effect-resolution';
import { agencyOnBehalfRequest } from './agency-on-behalf-request';
import { responseOnBehalfRequest } from './response-on-behalf-request';
import { listLettersQuery } from './list-letters-query';
import { statusPageQuery } from './status-page-query';
import { statusReplyForm } from './status-reply-form';
import { memberChangeRequest } from './member-change-request';
import { staffIdSchema } from './member-request-parts';
import { newMemberRequest } from './new-member-request';
import { newSettingRequest } from './new-setting-request';
import { settingChangeRequest } from './setting-change-request';
import { handOverRequest } from './hand-over-request';
import { directoryChangesQuery } from './directory-changes-query';
import { listRecordQuery } from './record-list-query';
import { summativeRecordRequest } from './summative-record-request';
import { practiceReviewRequest } from './practice-review-request';
import { exportRecordQuery } from './record-export-query';
import { inspectorLinkRequest } from './inspector-link-request';
import { revokeLinkRequest } from './revoke-inspector-link-request';
import { sharedRecordQuery } from './shared-record-query';
import { legalHoldRequest } from './legal-hold-request';
import {
  accessLogResponse,
  inspectorLinkCreated,
  inspectorLinkList,
  nameInRecordResponse,
  productionsResponse,
  recordDocumentSchema,
  recordPage,
} from './record-documents';
import { LANGUAGES } from '../domain/language';
import { ROLES } from '../domain/procedure';

// What the directory's routes answer (issue 12): documented here only, no handler parses them.
const memberSchema = z.object({
  id: staffIdSchema,
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
  settings: z.array(z.string()),
  language: z.enum(LANGUAGES),
  active: z.boolean(),
});
const ladoSchema = z.object({ name: z.string(), phone: z.string(), email: z.optional(z.string()), address: z.optional(z.string()), web: z.optional(z.string()) });
const settingFields = { id: z.string(), name: z.string(), address: z.optional(z.string()), ofstedUrn: z.optional(z.string()), lado: z.optional(ladoSchema) };
const settingSchema = z.object(settingFields);
/** A form's page: its language (English when absent). */
const formPageQuery = z.object({ lang: z.optional(z.enum(LANGUAGES)) });
const directoryChangeSchema = z.object({
  at: z.string(),
  by: z.string(),
  kind: z.enum(['seeded', 'memberAdded', 'memberChanged', 'memberDeactivated', 'memberReactivated', 'settingAdded', 'settingChanged', 'complaintsHandedOver']),
  target: z.string(),
  before: z.optional(z.record(z.string(), z.unknown())),
  after: z.optional(z.record(z.string(), z.unknown())),
});

interface OperationSchemas {
  body?: $ZodType;
  bodyType?: 'application/json' | 'application/x-www-form-urlencoded';
  query?: $ZodObject;
  success: { status: number; description: string; schema?: $ZodType; contentType?: string };
  /** Answers besides the usual ones, or instead of them (a 400 with more to say). */
  responses?: Record<number, { description: string; schema: $ZodType }>;
}

const SCHEMAS: Record<string, OperationSchemas> = {
  health: { success: { status: 200, description: 'Up', schema: z.object({ status: z.literal('ok') }) } },
  getOpenApi: { success: { status: 200, description: 'This document' } },
  issueFormToken: {
    success: {
      status: 200,
      description: 'A token to send as `formToken` with the complaint: accepted from a few seconds after it is issued, for a day',
      schema: z.object({ token: z.string() }),
    },
  },
  submitParentComplaint: { body: parentComplaintRequest, success: { status: 201, description: 'Received', schema: submissionResponse } },
  submitAgencyComplaint: { body: agencyComplaintRequest, success: { status: 201, description: 'Received', schema: submissionResponse } },
  submitParentComplaintForm: {
    body: parentComplaintRequest,
    bodyType: 'application/x-www-form-urlencoded',
    success: { status: 303, description: 'Received: redirect to the confirmation page' },
  },
  submitAgencyComplaintForm: {
    body: agencyComplaintRequest,
    bodyType: 'application/x-www-form-urlencoded',
    success: { status: 303, description: 'Received: redirect to the confirmation page' },
  },
  showParentForm: { query: formPageQuery, success: { status: 200, description: "The parent's form (HTML), with the settings and staff as they are now" } },
  showAgencyForm: { query: formPageQuery, success: { status: 200, description: "The agency's form (HTML), with the settings and staff as they are now" } },
  showConfirmation: { query: confirmationQuery, success: { status: 200, description: 'The confirmation page (HTML)' } },
  listComplaints: { query: listComplaintsQuery, success: { status: 200, description: 'A page of open complaints, each with what it waits for and on whom: running deadlines first, nearest first, then those waiting on the complainant or on an agreement' } },
  recordComplaintOnBehalf: { body: onBehalfRequest, success: { status: 201, description: 'Recorded', schema: submissionResponse } },
  getComplaint: { success: { status: 200, description: 'The complaint, its clocks, its record, and the actions the caller may record now (availableActions) and the complainant\'s answers they may record for them (availableResponses), with the reason for each other one (unavailableActions, unavailableResponses)' } },
  recordAction: { body: staffActionRequest(), success: { status: 200, description: 'Recorded; the complaint as it is now' } },
  listParkedEffects: { success: { status: 200, description: 'Parked emails and clock starts, oldest first (administrators only)' } },
  resolveParkedEffect: {
    body: parkedEffectResolutionRequest,
    success: { status: 200, description: 'Put back in the outbox, or recorded as done by hand' },
  },
  recordAgencyComplaintOnBehalf: {
    body: agencyOnBehalfRequest,
    success: { status: 201, description: 'Recorded on the agency track', schema: submissionResponse },
  },
  recordResponseOnBehalf: {
    body: responseOnBehalfRequest,
    success: { status: 200, description: 'Recorded for the complainant; the complaint as it is now' },
  },
  listLettersToPrint: { query: listLettersQuery, success: { status: 200, description: 'Letters waiting to be printed and posted' } },
  getComplaintLetters: { success: { status: 200, description: "The complaint's letters, each rendered in the complainant's language" } },
  listRecord: { query: listRecordQuery, success: { status: 200, description: 'A page of the record, newest first', schema: recordPage } },
  writeSummativeRecord: {
    body: summativeRecordRequest,
    success: { status: 200, description: 'Written up; the labels people have in the record' },
    responses: { 400: { description: 'A bad field, or a summary that names someone: each name found, and the label to write instead', schema: nameInRecordResponse } },
  },
  recordPracticeReview: {
    body: practiceReviewRequest,
    success: { status: 200, description: 'Recorded; the review as it is now' },
    responses: { 400: { description: 'A bad field, or findings that name someone', schema: nameInRecordResponse } },
  },
  exportRecord: {
    query: exportRecordQuery,
    success: {
      status: 200,
      description:
        'The record (format=json, below); format=csv is text/csv, every cell quoted and formula-safe; format=html is the printable page (text/html)',
      schema: recordDocumentSchema,
    },
  },
  listRecordProductions: { success: { status: 200, description: 'Productions of the record, newest first', schema: productionsResponse } },
  createInspectorLink: {
    body: inspectorLinkRequest,
    success: { status: 201, description: 'Created; the URL carries the token, shown this once', schema: inspectorLinkCreated },
  },
  listInspectorLinks: { success: { status: 200, description: 'Every link, newest first', schema: inspectorLinkList } },
  revokeInspectorLink: { body: revokeLinkRequest, success: { status: 200, description: 'Revoked: the link answers 404 from now on' } },
  openInspectorLink: {
    query: sharedRecordQuery,
    success: {
      status: 200,
      description: 'The printable record (text/html), or format=csv (text/csv) or format=json (below); 404 for a link unknown, expired or revoked',
      schema: recordDocumentSchema,
    },
  },
  getAccessLog: { success: { status: 200, description: 'The access log of the complaint, newest first', schema: accessLogResponse } },
  placeLegalHold: { body: legalHoldRequest, success: { status: 200, description: 'Held: no item of the complaint expires' } },
  liftLegalHold: { body: legalHoldRequest, success: { status: 200, description: 'Lifted: the retention from closure applies again' } },
  subjectAccess: {
    success: { status: 200, description: 'The printable document (text/html) in the complainant’s language; format=json gives the same as JSON' },
  },
  getComplaintStatus: { success: { status: 200, description: "The complainant's view" } },
  respondToOutcome: { body: complainantResponseRequest, success: { status: 200, description: "The complainant's view after the response" } },
  showStatusPage: { query: statusPageQuery, success: { status: 200, description: 'The status page (HTML); 404 for a link that matches no complaint' } },
  respondToOutcomeForm: {
    body: statusReplyForm,
    bodyType: 'application/x-www-form-urlencoded',
    success: { status: 303, description: 'Recorded: redirect to the status page, which says so' },
  },
};

// The directory routes (issue 12), kept together.
const namedSchema = z.object({ id: z.string(), name: z.string() });
Object.assign(SCHEMAS, {
  listMembers: { success: { status: 200, description: 'Everyone, by name', schema: z.object({ members: z.array(memberSchema) }) } },
  addMember: { body: newMemberRequest, success: { status: 201, description: 'Added; in AWS their invitation is on its way', schema: memberSchema } },
  changeMember: { body: memberChangeRequest, success: { status: 200, description: 'Changed (409 with the problems when refused)', schema: memberSchema } },
  handOverComplaints: {
    body: handOverRequest,
    success: { status: 200, description: 'The references handed over', schema: z.object({ handedOver: z.array(z.string()) }) },
  },
  listNames: {
    success: {
      status: 200,
      description: "Every setting's and every member of staff's name (deactivated people too: the record names them); names only",
      schema: z.object({ settings: z.array(namedSchema), staff: z.array(namedSchema) }),
    },
  },
  listSettings: {
    success: {
      status: 200,
      description: 'Each setting with what the procedure still needs there',
      schema: z.object({
        settings: z.array(z.object({ ...settingFields, needs: z.array(z.enum(['settingManager', 'lineManager', 'owner', 'allegationRecipients', 'lado'])) })),
      }),
    },
  },
  addSetting: { body: newSettingRequest, success: { status: 201, description: 'Added', schema: settingSchema } },
  changeSetting: { body: settingChangeRequest, success: { status: 200, description: 'Changed', schema: settingSchema } },
  listDirectoryChanges: {
    query: directoryChangesQuery,
    success: {
      status: 200,
      description: 'A page of changes, newest first',
      schema: z.object({ items: z.array(directoryChangeSchema), next: z.optional(z.string()) }),
    },
  },
} satisfies Record<string, OperationSchemas>);

const SECURITY: Record<RouteDefinition['access'], Record<string, string[]>[]> = {
  public: [],
  staff: [{ staffJwt: [] }],
  complainant: [{ statusToken: [] }],
};

function jsonSchema(schema: $ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function examplesFor(schema: $ZodType) {
  return Object.fromEntries(examplesOf(schema).map((value, i) => [`example${i + 1}`, { value }]));
}

/**
 * One parameter per field of a query schema. A schema with an `id` comes out of zod as a
 * `$ref` into `$defs`, so the object is looked up there first.
 */
function queryParametersOf(query: $ZodObject) {
  const root = jsonSchema(query, 'input');
  const ref = typeof root.$ref === 'string' ? root.$ref.replace('#/$defs/', '') : undefined;
  const object = (ref ? (root.$defs as Record<string, Record<string, unknown>>)[ref] : root) ?? {};
  const required = new Set((object.required as string[] | undefined) ?? []);
  return Object.entries((object.properties ?? {}) as Record<string, unknown>).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.has(name),
    schema,
  }));
}

const errorContent = { 'application/json': { schema: jsonSchema(errorResponseSchema, 'output') } };

function operation(route: RouteDefinition) {
  const schemas = SCHEMAS[route.operationId];
  if (!schemas) throw new Error(`No OpenAPI schemas for ${route.operationId}`);
  const pathParameters = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => ({
    name: match[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const queryParameters = schemas.query ? queryParametersOf(schemas.query) : [];
  const body = schemas.body
    ? {
        requestBody: {
          required: true,
          content: {
            [schemas.bodyType ?? 'application/json']: {
              schema: jsonSchema(schemas.body, 'input'),
              examples: Object.fromEntries(examplesOf(schemas.body).map((value, i) => [`example${i + 1}`, { value }])),
            },
          },
        },
      }
    : {};
  const headers =
    route.method === 'POST' && route.access !== 'staff' && schemas.bodyType !== 'application/x-www-form-urlencoded'
      ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 }, description: 'A retry with the same key returns the first answer and sends nothing twice' }]
      : [];
  return {
    operationId: route.operationId,
    summary: route.summary,
    security: SECURITY[route.access],
    parameters: [...pathParameters, ...queryParameters, ...headers],
    ...body,
    responses: {
      [schemas.success.status]: {
        description: schemas.success.description,
        ...(schemas.success.schema
          ? {
              content: {
                [schemas.success.contentType ?? 'application/json']: {
                  schema: jsonSchema(schemas.success.schema, 'output'),
                  ...(examplesOf(schemas.success.schema).length > 0 ? { examples: examplesFor(schemas.success.schema) } : {}),
                },
              },
            }
          : {}),
      },
      ...(schemas.body || schemas.query ? { 400: { description: 'Invalid request: every bad field named', content: errorContent } } : {}),
      ...(route.access === 'staff' ? { 401: { description: 'Not signed in' }, 403: { description: 'Not allowed' } } : {}),
      ...(route.path.includes('{') ? { 404: { description: 'Not found (or not yours)' } } : {}),
      ...(route.method === 'POST' && route.path.includes('{') ? { 409: { description: 'Does not fit the state of the complaint', content: errorContent } } : {}),
      429: { description: 'Too many requests' },
      ...Object.fromEntries(
        Object.entries(schemas.responses ?? {}).map(([status, response]) => [
          status,
          {
            description: response.description,
            content: { 'application/json': { schema: jsonSchema(response.schema, 'output'), examples: examplesFor(response.schema) } },
          },
        ]),
      ),
    },
  };
}

export function buildOpenApiDocument(serverUrl = '/api') {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Early-years complaints',
      version: '1.0.0',
      description:
        'The complaints procedure of an early-years setting in England: intake, statutory clocks, actions, and the complainant\'s status.',
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: {
        staffJwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A Cognito ID token (local sign-in in the embedded default)' },
        statusToken: { type: 'apiKey', in: 'header', name: 'X-Status-Token', description: 'The token from the private status link' },
      },
    },
  };
}
