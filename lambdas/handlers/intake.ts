/**
 * Taking in a complaint from the public, however it arrives: the JSON API (the enhanced
 * forms, other clients) and the plain form posts. One mapping from request to submission,
 * so the two paths store the same thing.
 */
import type { Subject } from '../domain/procedure';
import { submitComplaint, type ComplaintSubmission, type SubmissionResult } from '../use-cases/submit-complaint';
import { logger, useCaseContext } from './runtime';
import { agencyComplaintRequest, parentComplaintRequest, type AgencyComplaintRequest, type ParentComplaintRequest } from './schemas';
import { rejectLikelySpam } from './spam-check';

export const INTAKE_SCHEMAS = { parent: parentComplaintRequest, agency: agencyComplaintRequest } as const;

export type IntakeKind = keyof typeof INTAKE_SCHEMAS;
export type IntakeRequest = { parent: ParentComplaintRequest; agency: AgencyComplaintRequest };

/** A1: whom an agency's complaint is about, in the procedure's terms. */
const AGENCY_SUBJECT: Record<AgencyComplaintRequest['about'], Subject> = {
  practice: 'service',
  staff: 'otherStaff',
  manager: 'manager',
};

export function parentSubmission(request: ParentComplaintRequest): ComplaintSubmission {
  const { consentToContact: _consent, website: _website, fillTimeMs: _fillTime, ...details } = request;
  return { ...details, track: 'parent', channel: 'online' };
}

/** An agency's complaint as its form or the API sends it, or as staff enter its letter (no email needed then). */
type AgencyRequest = Omit<AgencyComplaintRequest, 'agency' | 'website' | 'fillTimeMs'> & {
  agency: Omit<AgencyComplaintRequest['agency'], 'email'> & { email?: string; postalAddress?: string };
  website?: string;
  fillTimeMs?: number;
};

export function agencySubmission(request: AgencyRequest): ComplaintSubmission {
  const { agency, about, website: _website, fillTimeMs: _fillTime, ...details } = request;
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

export async function acceptComplaint<K extends IntakeKind>(
  kind: K,
  request: IntakeRequest[K],
  idempotencyKey: string | undefined,
): Promise<SubmissionResult> {
  rejectLikelySpam(request);
  const result = await submitComplaint(await useCaseContext(), submissionOf(kind, request), {
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
