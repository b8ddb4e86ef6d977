/** POST /admin/members/{id} — change a member's roles, settings or details, or deactivate them (administrators only). */
import { changeMember } from '../use-cases/change-member';
import { staffAccounts } from './accounts-runtime';
import { directoryAdmin } from './admin-runtime';
import { memberChangeRequest } from './member-change-request';
import { httpHandler, json, parseJsonBody, pathParameter } from './http';
import { logger } from './runtime';

export const handler = httpHandler(async (event) => {
  const { ctx, principal } = await directoryAdmin(event, staffAccounts());
  const change = parseJsonBody(event, memberChangeRequest);
  const member = await changeMember(ctx, principal, pathParameter(event, 'id'), change);
  logger.info('Member of staff changed', { fields: Object.keys(change), active: member.active });
  return json(200, member);
});
