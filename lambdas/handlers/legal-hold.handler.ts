/**
 * POST /staff/complaints/{id}/legal-hold and …/legal-hold/lift — an administrator holds a
 * complaint's record past its retention, with a reason, or lifts the hold (R3).
 */
import { liftLegalHold, placeLegalHold } from '../use-cases/legal-hold';
import { principalFrom } from './auth';
import { httpHandler, json, parseJsonBody, pathParameter } from './http';
import { legalHoldRequest } from './legal-hold-request';
import { logger } from './runtime';
import { recordContext } from './record-runtime';

export const handler = httpHandler(async (event) => {
  const context = await recordContext();
  const principal = principalFrom(event, context.directory);
  const { reason } = parseJsonBody(event, legalHoldRequest);
  const reference = pathParameter(event, 'id');
  const lift = event.rawPath.endsWith('/lift') || event.routeKey.endsWith('/lift');
  const complaint = await (lift ? liftLegalHold : placeLegalHold)(context, principal, reference, reason);
  logger.info(lift ? 'Legal hold lifted' : 'Legal hold placed', { reference });
  return json(200, { legalHold: complaint.legalHold ?? null, expiresAt: complaint.expiresAt ?? null });
});
