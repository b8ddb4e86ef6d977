/** POST /admin/members/{id}/handover — give a member's running complaints to another key person (administrators only). */
import { handOverComplaints } from '../use-cases/hand-over-complaints';
import { directoryAdmin } from './admin-runtime';
import { handOverRequest } from './hand-over-request';
import { httpHandler, json, parseJsonBody, pathParameter } from './http';
import { logger } from './runtime';

export const handler = httpHandler(async (event) => {
  const { ctx, principal } = await directoryAdmin(event);
  const { toStaffId } = parseJsonBody(event, handOverRequest);
  const result = await handOverComplaints(ctx, principal, pathParameter(event, 'id'), toStaffId);
  logger.info('Complaints handed over', { references: result.handedOver });
  return json(200, result);
});
