/** POST /complaints/agency — another agency's formal written complaint (A1). */
import type { Subject } from '../domain/procedure';
import { submitComplaint } from '../use-cases/submit-complaint';
import { header, httpHandler, json, parseJsonBody } from './http';
import { getRuntime, logger } from './runtime';
import { agencyComplaintRequest, type AgencyComplaintRequest } from './schemas';

const SUBJECT_OF: Record<AgencyComplaintRequest['about'], Subject> = {
  practice: 'service',
  staff: 'otherStaff',
  manager: 'manager',
};

export const handler = httpHandler(async (event) => {
  const { agency, about, ...request } = parseJsonBody(event, agencyComplaintRequest);
  const result = await submitComplaint(
    getRuntime().context,
    {
      ...request,
      track: 'agency',
      channel: 'online',
      classification: 'complaint', // A1: a formal complaint
      about: SUBJECT_OF[about],
      contact: { name: agency.name, email: agency.email, phone: agency.phone, organisation: agency.organisation, role: agency.role },
    },
    { idempotencyKey: header(event, 'idempotency-key'), actor: { kind: 'complainant' } },
  );
  logger.info('Agency complaint accepted', { reference: result.reference, level: result.level, status: result.status });
  return json(201, result);
});
