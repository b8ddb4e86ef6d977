/** POST /admin/members — add a member of staff, with their sign-in account (administrators only). */
import { addMember } from '../use-cases/add-member';
import { staffAccounts } from './accounts-runtime';
import { directoryAdmin } from './admin-runtime';
import { newMemberRequest } from './new-member-request';
import { httpHandler, json, parseJsonBody } from './http';
import { logger } from './runtime';

export const handler = httpHandler(async (event) => {
  const { ctx, principal } = await directoryAdmin(event, staffAccounts());
  const request = parseJsonBody(event, newMemberRequest);
  const member = await addMember(ctx, principal, request);
  logger.info('Member of staff added', { roles: member.roles });
  return json(201, member);
});
