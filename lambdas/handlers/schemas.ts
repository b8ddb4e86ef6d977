/**
 * The public API's request and response bodies. These schemas validate every request and
 * generate the OpenAPI document, so the two cannot disagree.
 *
 * The requests live each in a module of its own, which the function that parses it imports
 * (a schema is built when its module is imported, and a function pays for every schema in
 * the modules it imports); this module gathers them for the OpenAPI document and the tests,
 * and holds the answers' schemas, which only the document needs. No function imports it.
 * A request's name in the document and its examples are not beside the request either, but
 * with the document (openapi-metadata.ts), so that the function that parses it loads neither.
 */
// zod/mini: the same schemas as zod's classic API, but a bundle carries only the checks it
// uses (tens of KB instead of hundreds), which is most of a function's cold start.
import * as z from 'zod/mini';
import { LEVEL_IDS } from '../domain/procedure';
import { COMPLAINT_STATUSES } from '../domain/complaint-types';
import { agencyComplaintRequest } from './agency-complaint-request';
import { parentComplaintRequest } from './parent-complaint-request';

export { AGENCY_SUBJECTS, agencyComplaintRequest, type AgencyComplaintRequest } from './agency-complaint-request';
export { parentComplaintRequest, type ParentComplaintRequest } from './parent-complaint-request';
export { examplesOf } from './openapi-metadata';

/** The public's two requests by the form that sends them. */
export const INTAKE_SCHEMAS = { parent: parentComplaintRequest, agency: agencyComplaintRequest } as const;

export const submissionResponse = z
  .object({
    reference: z.string(),
    status: z.enum(COMPLAINT_STATUSES),
    level: z.optional(z.enum(LEVEL_IDS)),
    respondBy: z.optional(z.iso.datetime()),
  })
  .register(z.globalRegistry, { id: 'SubmissionResult' });

export const errorResponseSchema = z
  .object({
    message: z.string(),
    errors: z.optional(z.array(z.object({ field: z.string(), message: z.string() }))),
    /** A refused change of the directory: each way it would leave the procedure impossible. */
    problems: z.optional(z.array(z.string())),
  })
  .register(z.globalRegistry, { id: 'Error' });
