/** POST /complaints/parent — a parent's complaint or concern from the public form. */
import { header, httpHandler, json, parseJsonBody } from './http';
import { acceptComplaint } from './intake';
import { parentComplaintRequest } from './schemas';

export const handler = httpHandler(async (event) => {
  const request = parseJsonBody(event, parentComplaintRequest);
  return json(201, await acceptComplaint('parent', request, header(event, 'idempotency-key')));
});
