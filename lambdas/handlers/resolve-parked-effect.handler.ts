/** POST /admin/outbox/parked/{id} — try a parked effect again, or mark it done by hand (administrators). */
import { resolveParkedEffect } from '../use-cases/parked-effects';
import { principalFrom } from './auth';
import { httpHandler, json, parseJsonBody, pathParameter } from './http';
import { logger } from './logger';
import { parkedEffectsContext } from './parked-runtime';
import { parkedEffectResolutionRequest } from './parked-effect-resolution';

export const handler = httpHandler(async (event) => {
  const context = await parkedEffectsContext();
  const principal = principalFrom(event, context.directory);
  const resolution = parseJsonBody(event, parkedEffectResolutionRequest);
  const resolved = await resolveParkedEffect(context, principal, pathParameter(event, 'id'), resolution);
  logger.info('Parked effect resolved', { reference: resolved.reference, effectKind: resolved.kind, action: resolution.action });
  return json(200, resolved);
});
