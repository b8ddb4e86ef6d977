/** POST /complaints/agency — another agency's formal written complaint (A1). */
import { header, httpHandler, json, parseJsonBody } from './http';
import { acceptComplaint } from './intake';
import { agencyComplaintRequest } from './schemas';

export const handler = httpHandler(async (event) => {
  const request = parseJsonBody(event, agencyComplaintRequest);
  return json(201, await acceptComplaint('agency', request, header(event, 'idempotency-key')));
});
