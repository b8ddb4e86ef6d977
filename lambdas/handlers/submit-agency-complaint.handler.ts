/** POST /complaints/agency — another agency's formal written complaint (A1). */
import { httpHandler, idempotencyKey, json, parseJsonBody } from './http';
import { acceptComplaint, checkDirectory } from './intake';
import { getFormTokens } from './form-token-key';
import { intakeContext } from './intake-runtime';
import { formTokenProblems } from './spam-check';
import { agencyComplaintRequest } from './agency-complaint-request';

export const handler = httpHandler(async (event) => {
  const { directory } = await intakeContext();
  const tokens = await getFormTokens();
  const request = parseJsonBody(event, agencyComplaintRequest, (input) => [...checkDirectory(directory, input), ...formTokenProblems(input, tokens)]);
  return json(201, await acceptComplaint('agency', request, idempotencyKey(event), tokens));
});
