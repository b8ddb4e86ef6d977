/** POST /staff/record/links/{id}/revoke — an inspector's link stops working at once (R1). */
import { revokeInspectorLink } from '../use-cases/inspector-links';
import { principalFrom } from './auth';
import { httpHandler, json, parseJsonBody, pathParameter } from './http';
import { revokeLinkRequest } from './revoke-inspector-link-request';
import { logger } from './logger';
import { recordReadContext } from './record-read-runtime';

export const handler = httpHandler(async (event) => {
  const context = await recordReadContext();
  const principal = principalFrom(event, context.directory);
  const id = pathParameter(event, 'id');
  const { reason } = parseJsonBody(event, revokeLinkRequest);
  await revokeInspectorLink(context, principal, id, reason);
  logger.info('Inspector link revoked', { link: id });
  return json(200, { revoked: id });
});
