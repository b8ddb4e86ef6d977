/** POST /status/{reference}/response — satisfied, not satisfied (appeal/escalate), or withdraw. */
import { getComplaintStatus } from '../use-cases/get-complaint-status';
import { authoriseStatusToken } from '../use-cases/status-token';
import { respondToOutcome } from '../use-cases/respond-to-outcome';
import { httpHandler, json, parseJsonBody, pathParameter, statusToken } from './http';
import { logger, useCaseContext } from './runtime';
import { complainantResponseRequest } from './complainant-response-request';

export const handler = httpHandler(async (event) => {
  const context = await useCaseContext();
  const reference = pathParameter(event, 'reference');
  const token = statusToken(event);
  await authoriseStatusToken(context, reference, token);
  const response = parseJsonBody(event, complainantResponseRequest);
  await respondToOutcome(context, reference, response);
  logger.info('Complainant responded', { reference, response: response.type });
  return json(200, await getComplaintStatus(context, reference, token));
});
