/** POST /staff/complaints/{id}/actions — record what a member of staff did. */
import { recordAction } from '../use-cases/record-action';
import { principalFrom } from './auth';
import { httpHandler, json, parseJsonBody, pathParameter } from './http';
import { getRuntime, logger } from './runtime';
import { staffActionRequest } from './staff-schemas';

export const handler = httpHandler(async (event) => {
  const principal = principalFrom(event);
  const action = parseJsonBody(event, staffActionRequest);
  const reference = pathParameter(event, 'id');
  const { complaint, levels } = await recordAction(getRuntime().context, reference, action, principal);
  logger.info('Action recorded', { reference, action: action.type, status: complaint.status });
  return json(200, { complaint, levels });
});
