/** POST /staff/complaints/{id}/actions — record what a member of staff did. */
import { recordAction } from '../use-cases/record-action';
import { principalFrom } from './auth';
import { httpHandler, json, parseJsonBody, pathParameter } from './http';
import { logger, useCaseContext } from './runtime';
import { staffActionSchemaFor } from './staff-schemas';

export const handler = httpHandler(async (event) => {
  const context = await useCaseContext();
  const principal = principalFrom(event, context.directory);
  const action = parseJsonBody(event, staffActionSchemaFor);
  const reference = pathParameter(event, 'id');
  const { complaint, levels } = await recordAction(context, reference, action, principal);
  logger.info('Action recorded', { reference, action: action.type, status: complaint.status });
  return json(200, { complaint, levels });
});
