import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { ROUTES } from '../../lambdas/handlers/functions';
import { buildOpenApiDocument } from '../../lambdas/handlers/openapi';
import { onBehalfRequest } from '../../lambdas/handlers/on-behalf-request';
import { parkedEffectResolutionRequest } from '../../lambdas/handlers/parked-effect-resolution';
import { agencyOnBehalfRequest } from '../../lambdas/handlers/agency-on-behalf-request';
import { responseOnBehalfRequest } from '../../lambdas/handlers/response-on-behalf-request';
import { agencyComplaintRequest, parentComplaintRequest } from '../../lambdas/handlers/schemas';
import { complainantResponseRequest } from '../../lambdas/handlers/complainant-response-request';
import { staffActionRequest } from '../../lambdas/handlers/staff-schemas';
import { memberChangeRequest } from '../../lambdas/handlers/member-change-request';
import { newMemberRequest } from '../../lambdas/handlers/new-member-request';
import { newSettingRequest } from '../../lambdas/handlers/new-setting-request';
import { settingChangeRequest } from '../../lambdas/handlers/setting-change-request';
import { handOverRequest } from '../../lambdas/handlers/hand-over-request';
import { inspectorLinkRequest } from '../../lambdas/handlers/inspector-link-request';
import { revokeLinkRequest } from '../../lambdas/handlers/revoke-inspector-link-request';
import { legalHoldRequest } from '../../lambdas/handlers/legal-hold-request';
import { practiceReviewRequest } from '../../lambdas/handlers/practice-review-request';
import { summativeRecordRequest } from '../../lambdas/handlers/summative-record-request';

// The document is generated from ROUTES and the zod schemas the handlers validate with; these
// tests hold it to them. Each JSON body is named here by hand, from the handler that parses it.

interface Operation {
  operationId: string;
  security: Record<string, string[]>[];
  parameters: { name: string; in: string; required: boolean }[];
  requestBody?: { required: boolean; content: Record<string, { schema: unknown; examples?: Record<string, { value: unknown }> }> };
  responses: Record<string, unknown>;
}

const document = buildOpenApiDocument();
const operationOf = (route: (typeof ROUTES)[number]) =>
  (document.paths[route.path] as Record<string, Operation> | undefined)?.[route.method.toLowerCase()];

const JSON_BODIES: Record<string, z.ZodMiniType> = {
  submitParentComplaint: parentComplaintRequest,
  submitAgencyComplaint: agencyComplaintRequest,
  recordComplaintOnBehalf: onBehalfRequest,
  recordAction: staffActionRequest(),
  respondToOutcome: complainantResponseRequest,
  addMember: newMemberRequest,
  changeMember: memberChangeRequest,
  handOverComplaints: handOverRequest,
  addSetting: newSettingRequest,
  changeSetting: settingChangeRequest,
  resolveParkedEffect: parkedEffectResolutionRequest,
  recordAgencyComplaintOnBehalf: agencyOnBehalfRequest,
  recordResponseOnBehalf: responseOnBehalfRequest,
  writeSummativeRecord: summativeRecordRequest,
  recordPracticeReview: practiceReviewRequest,
  createInspectorLink: inspectorLinkRequest,
  placeLegalHold: legalHoldRequest,
  liftLegalHold: legalHoldRequest,
  revokeInspectorLink: revokeLinkRequest,
};

const jsonPosts = ROUTES.filter((route) => route.method === 'POST' && !route.path.startsWith('/forms/'));

describe('Handler: the OpenAPI document', () => {
  it('says it is OpenAPI 3.1.0', () => {
    expect(document.openapi).toBe('3.1.0');
  });

  it.each(ROUTES.map((route) => [route.method, route.path, route] as const))('%s %s appears with its operationId', (_m, _p, route) => {
    expect(operationOf(route)?.operationId).toBe(route.operationId);
  });

  it('has exactly the routes of ROUTES, and every operationId once', () => {
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const ids = ROUTES.map((route) => route.operationId);

    expect(documented.sort()).toEqual(ROUTES.map((route) => `${route.method} ${route.path}`).sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe('security (F3)', () => {
    it.each(ROUTES.map((route) => [route.operationId, route.access, route] as const))('%s (%s)', (_id, access, route) => {
      const expected = { staff: [{ staffJwt: [] }], complainant: [{ statusToken: [] }], public: [] }[access];

      expect(operationOf(route)!.security).toEqual(expected);
    });

    it('declares both schemes: a bearer JWT for staff, the X-Status-Token header for complainants', () => {
      expect(document.components.securitySchemes).toMatchObject({
        staffJwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        statusToken: { type: 'apiKey', in: 'header', name: 'X-Status-Token' },
      });
    });

    it('every staff route can answer 401 and 403', () => {
      for (const route of ROUTES.filter((r) => r.access === 'staff')) {
        expect(Object.keys(operationOf(route)!.responses), route.operationId).toEqual(expect.arrayContaining(['401', '403']));
      }
    });
  });

  describe('request bodies', () => {
    it('every POST with a JSON body is listed here with the schema its handler parses', () => {
      expect(jsonPosts.map((route) => route.operationId).sort()).toEqual(Object.keys(JSON_BODIES).sort());
    });

    it.each(jsonPosts.map((route) => [route.operationId, route] as const))(
      '%s: a required JSON body with at least one example, each valid against the route’s schema',
      (operationId, route) => {
        // Prepare
        const content = operationOf(route)!.requestBody?.content['application/json'];
        const examples = Object.values(content?.examples ?? {}).map((example) => example.value);

        // Assess
        expect(operationOf(route)!.requestBody?.required).toBe(true);
        expect(examples.length).toBeGreaterThan(0);
        for (const example of examples) {
          const parsed = JSON_BODIES[operationId]!.safeParse(example);
          expect(parsed.error?.issues ?? [], JSON.stringify(example)).toEqual([]);
        }
      },
    );

    it('the form routes take application/x-www-form-urlencoded', () => {
      for (const route of ROUTES.filter((r) => r.method === 'POST' && r.path.startsWith('/forms/'))) {
        expect(Object.keys(operationOf(route)!.requestBody!.content), route.operationId).toEqual(['application/x-www-form-urlencoded']);
      }
    });

    it('the staff action schema in the document offers every action type', () => {
      const schema = JSON.stringify(operationOf(ROUTES.find((r) => r.operationId === 'recordAction')!)!.requestBody!.content['application/json']!.schema);

      for (const type of ['acknowledgement', 'meeting', 'outcome', 'agreement', 'extension', 'referral', 'ofsted', 'note', 'close']) {
        expect(schema).toContain(`"${type}"`);
      }
    });
  });

  describe('parameters', () => {
    it('path parameters are declared for every {name} in a path', () => {
      for (const route of ROUTES) {
        const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
        const declared = operationOf(route)!.parameters.filter((p) => p.in === 'path').map((p) => p.name);
        expect(declared, route.operationId).toEqual(names);
      }
    });

    it('the dashboard’s query parameters include the cursor and the page size', () => {
      const list = operationOf(ROUTES.find((r) => r.operationId === 'listComplaints')!)!;

      const query = list.parameters.filter((p) => p.in === 'query');
      expect(query.map((p) => p.name).sort()).toEqual(['after', 'limit', 'settingId', 'state', 'track']);
      // Every one may be left out: `limit` has a default.
      expect(query.filter((p) => p.required)).toEqual([]);
    });
  });
});
