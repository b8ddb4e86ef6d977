/** POST /complaints/parent — a parent's complaint or concern from the public form. */
import { submitComplaint } from '../use-cases/submit-complaint';
import { header, httpHandler, json, parseJsonBody } from './http';
import { getRuntime, logger } from './runtime';
import { parentComplaintRequest } from './schemas';

export const handler = httpHandler(async (event) => {
  const request = parseJsonBody(event, parentComplaintRequest);
  const { consentToContact: _consent, ...submission } = request;
  const result = await submitComplaint(
    getRuntime().context,
    { ...submission, track: 'parent', channel: 'online' },
    { idempotencyKey: header(event, 'idempotency-key'), actor: { kind: 'complainant' } },
  );
  logger.info('Parent complaint accepted', { reference: result.reference, level: result.level, status: result.status });
  return json(201, result);
});
