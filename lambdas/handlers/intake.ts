/**
 * Taking in a complaint from the public, however it arrives: the JSON API (the enhanced
 * forms, other clients) and the plain form posts. One mapping from request to submission,
 * so the two paths store the same thing.
 */
import type { Subject } from '../domain/procedure';
import { directoryProblems, submitComplaint, type ComplaintSubmission, type SubmissionResult } from '../use-cases/submit-complaint';
import type { Directory } from '../domain/directory';
import type { FieldProblem } from './http';
import type { FormTokens } from '../adapters/form-token';
import { DynamoDbAcknowledgementCap } from '../adapters/dynamodb/acknowledgement-cap';
import { getBaseRuntime } from './base-runtime';
import { intakeContext } from './intake-runtime';
import { logger } from './runtime';
import type { AgencyComplaintRequest } from './agency-complaint-request';
import type { ParentComplaintRequest } from './parent-complaint-request';
import { rejectLikelySpam } from './spam-check';

export type IntakeRequest = { parent: ParentComplaintRequest; agency: AgencyComplaintRequest };
export type IntakeKind = keyof IntakeRequest;

/** The request's setting and staff ids against the directory, beside the schema's own checks. */
export function checkDirectory(directory: Directory, input: unknown): FieldProblem[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [];
  return directoryProblems(directory, input);
}

/** A1: whom an agency's complaint is about, in the procedure's terms. */
const AGENCY_SUBJECT: Record<AgencyComplaintRequest['about'], Subject> = {
  practice: 'service',
  staff: 'otherStaff',
  manager: 'manager',
};

export function parentSubmission(request: ParentComplaintRequest): ComplaintSubmission {
  const { consentToContact: _consent, website: _website, formToken: _formToken, ...details } = request;
  return { ...details, track: 'parent', channel: 'online' };
}

/** An agency's complaint as its form or the API sends it, or as staff enter its letter (no email needed then). */
type AgencyRequest = Omit<AgencyComplaintRequest, 'agency' | 'website' | 'formToken'> & {
  agency: Omit<AgencyComplaintRequest['agency'], 'email'> & { email?: string; postalAddress?: string };
  website?: string;
  formToken?: string;
};

export function agencySubmission(request: AgencyRequest): ComplaintSubmission {
  const { agency, about, website: _website, formToken: _formToken, ...details } = request;
  const { name, email, phone, organisation, role, postalAddress } = agency;
  return {
    ...details,
    track: 'agency',
    channel: 'online',
    classification: 'complaint', // A1: a formal complaint
    about: AGENCY_SUBJECT[about],
    contact: {
      name,
      organisation,
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      ...(role ? { role } : {}),
      ...(postalAddress ? { postalAddress } : {}),
    },
  };
}

/** The submission a request stands for, without the spam signals (never stored). */
export function submissionOf<K extends IntakeKind>(kind: K, request: IntakeRequest[K]): ComplaintSubmission {
  return kind === 'parent'
    ? parentSubmission(request as ParentComplaintRequest)
    : agencySubmission(request as AgencyComplaintRequest);
}

let cap: DynamoDbAcknowledgementCap | undefined;

function acknowledgementCap(): DynamoDbAcknowledgementCap {
  const { table, org } = getBaseRuntime();
  cap ??= new DynamoDbAcknowledgementCap(table.client, table.name, org.intake.acknowledgementsPerAddressPerDay);
  return cap;
}

export async function acceptComplaint<K extends IntakeKind>(
  kind: K,
  request: IntakeRequest[K],
  idempotencyKey: string | undefined,
  tokens: FormTokens,
): Promise<SubmissionResult> {
  rejectLikelySpam(request, tokens);
  const result = await submitComplaint({ ...(await intakeContext()), acknowledgementCap: acknowledgementCap() }, submissionOf(kind, request), {
    idempotencyKey,
    actor: { kind: 'complainant' },
  });
  // `level` is a key the logger keeps for itself.
  logger.info(kind === 'parent' ? 'Parent complaint accepted' : 'Agency complaint accepted', {
    reference: result.reference,
    stage: result.level,
    status: result.status,
  });
  return result;
}
