/** POST /staff/complaints/{id}/responses — a complainant's spoken or written answer, recorded by staff (P8, A5). */
import { recordResponseOnBehalf } from '../use-cases/record-response-on-behalf';
import { principalFrom } from './auth';
import { httpHandler, json, parseJsonBody, pathParameter } from './http';
import { responseOnBehalfRequest } from './response-on-behalf-request';
import { logger, useCaseContext } from './runtime';

export const handler = httpHandler(async (event) => {
  const context = await useCaseContext();
  const principal = principalFrom(event, context.directory);
  const { channel, receivedAt, ...response } = parseJsonBody(event, responseOnBehalfRequest);
  const reference = pathParameter(event, 'id');
  const { complaint, levels } = await recordResponseOnBehalf(context, principal, reference, response, {
    channel,
    ...(receivedAt ? { receivedAt } : {}),
  });
  logger.info('Complainant response recorded by staff', { reference, response: response.type, channel, status: complaint.status });
  return json(200, { complaint, levels });
});
