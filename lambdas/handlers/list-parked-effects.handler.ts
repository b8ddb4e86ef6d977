/** GET /admin/outbox/parked — emails and clock starts that failed every attempt (administrators). */
import { listParkedEffects } from '../use-cases/parked-effects';
import { principalFrom } from './auth';
import { httpHandler, json } from './http';
import { parkedEffectsContext } from './parked-runtime';

export const handler = httpHandler(async (event) => {
  const context = await parkedEffectsContext();
  return json(200, await listParkedEffects(context, principalFrom(event, context.directory)));
});
