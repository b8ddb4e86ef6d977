/** POST /staff/complaints — a complaint made in person or by phone, recorded by staff (P5). */
import { ForbiddenError } from '../domain/errors';
import { mayRecordFor } from '../domain/access';
import { submitComplaint } from '../use-cases/submit-complaint';
import { principalFrom } from './auth';
import { httpHandler, idempotencyKey, json, parseJsonBody } from './http';
import { checkDirectory } from './intake';
import { intakeContext } from './intake-runtime';
import { logger } from './runtime';
import { onBehalfRequest } from './on-behalf-request';

export const handler = httpHandler(async (event) => {
  const context = await intakeContext();
  const principal = principalFrom(event, context.directory);
  const request = parseJsonBody(event, onBehalfRequest, (input) => checkDirectory(context.directory, input));
  if (!mayRecordFor(principal, request.settingId)) throw new ForbiddenError('You do not work at this setting');
  const result = await submitComplaint(
    context,
    { ...request, track: 'parent' },
    {
      idempotencyKey: idempotencyKey(event),
      actor: { kind: 'staff', staffId: principal.staffId, role: principal.roles[0]! },
    },
  );
  logger.info('Complaint recorded on behalf of a parent', { reference: result.reference, channel: request.channel });
  return json(201, result);
});
