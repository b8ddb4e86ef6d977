/** POST /staff/complaints/{id}/responses — a complainant's spoken or written answer, recorded by staff (P8, A5). */
import { recordResponseOnBehalf } from '../use-cases/record-response-on-behalf';
import { principalFrom } from './auth';
import { httpHandler, json, parseJsonBody, pathParameter } from './http';
import { getRuntime, logger } from './runtime';
import { responseOnBehalfRequest } from './response-on-behalf-request';

export const handler = httpHandler(async (event) => {
  const principal = principalFrom(event);
  const { channel, receivedAt, ...response } = parseJsonBody(event, responseOnBehalfRequest);
  const reference = pathParameter(event, 'id');
  const { complaint, levels } = await recordResponseOnBehalf(getRuntime().context, principal, reference, response, {
    channel,
    ...(receivedAt ? { receivedAt } : {}),
  });
  logger.info('Complainant response recorded by staff', { reference, response: response.type, channel, status: complaint.status });
  return json(200, { complaint, levels });
});
