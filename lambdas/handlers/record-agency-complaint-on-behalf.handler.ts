/** POST /staff/agency-complaints — an agency's written complaint received by post or email, entered by staff (A1). */
import { ForbiddenError } from '../domain/errors';
import { mayRecordFor } from '../domain/access';
import { submitComplaint } from '../use-cases/submit-complaint';
import { principalFrom } from './auth';
import { httpHandler, idempotencyKey, json, parseJsonBody } from './http';
import { agencySubmission, checkDirectory } from './intake';
import { agencyOnBehalfRequest } from './agency-on-behalf-request';
import { intakeContext } from './intake-runtime';
import { logger } from './runtime';

export const handler = httpHandler(async (event) => {
  const context = await intakeContext();
  const principal = principalFrom(event, context.directory);
  const { channel, receivedAt, ...request } = parseJsonBody(event, agencyOnBehalfRequest, (input) => checkDirectory(context.directory, input));
  if (!mayRecordFor(principal, request.settingId)) throw new ForbiddenError('You do not work at this setting');
  const result = await submitComplaint(
    context,
    // The letter's date of receipt starts A2's and A3's clocks (A1).
    { ...agencySubmission(request), channel, receivedAt },
    {
      idempotencyKey: idempotencyKey(event),
      actor: { kind: 'staff', staffId: principal.staffId, role: principal.roles[0]! },
    },
  );
  logger.info('Agency complaint entered by staff', { reference: result.reference, channel });
  return json(201, result);
});
