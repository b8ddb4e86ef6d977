/** POST /complaints/parent — a parent's complaint or concern from the public form. */
import { httpHandler, idempotencyKey, json, parseJsonBody } from './http';
import { acceptComplaint, checkDirectory } from './intake';
import { getFormTokens } from './form-token-key';
import { intakeContext } from './intake-runtime';
import { formTokenProblems } from './spam-check';
import { parentComplaintRequest } from './parent-complaint-request';

export const handler = httpHandler(async (event) => {
  const { directory } = await intakeContext();
  const tokens = await getFormTokens();
  const request = parseJsonBody(event, parentComplaintRequest, (input) => [...checkDirectory(directory, input), ...formTokenProblems(input, tokens)]);
  return json(201, await acceptComplaint('parent', request, idempotencyKey(event), tokens));
});
